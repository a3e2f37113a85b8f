//! Staff routes under `/api/v1/admin` for attachments (applications' are in `applications::staff`,
//! bookings' in `booking::staff`). The group's layer (`auth::staff_layer`) lets in clerks and
//! admins only; each route writes its audit entry before it answers.

use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use madoguchi_domain::ApiError;
use madoguchi_domain::account::AuditAction;

use super::AppState;
use super::auth::Staff;
use crate::error::ServerError;

#[utoipa::path(
    get,
    path = "/api/v1/admin/attachments/{id}",
    operation_id = "getAttachmentAsStaff",
    tag = "admin",
    security(("staff" = [])),
    params((
        "id" = String,
        Path,
        description = "The id from the attachment's receipt: `att-` and 32 lowercase hex digits",
        pattern = "^att-[0-9a-f]{32}$",
        example = "att-00112233445566778899aabbccddeeff"
    )),
    responses(
        (status = 200, description = "The file's bytes, exactly as received", body = inline(super::attachments::FileBytes),
            content_type = "application/octet-stream",
            headers(("Content-Disposition" = String, description = "`attachment`: to download, never to render"))),
        (status = 401, description = "`unauthorized`: no valid staff session", body = ApiError),
        (status = 403, description = "`forbidden`: a resident's token, or a staff role that does not handle residents' data", body = ApiError),
        (status = 404, description = "`not_found`: no such attachment", body = ApiError),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip(state, staff))]
pub async fn attachment(
    State(state): State<AppState>,
    staff: Staff,
    id: Result<Path<String>, PathRejection>,
) -> Result<Response, ServerError> {
    // No attachment has an id that is not UTF-8 once decoded.
    let Path(id) = id.map_err(|_| ServerError::NotFound)?;
    staff
        .audit(&state, AuditAction::ReadAttachment, None, id.clone())
        .await?;
    let content = state
        .store
        .attachment_content(id)
        .await?
        .ok_or(ServerError::NotFound)?;
    // Served as bytes to download, never rendered: a resident's file is not trusted content.
    Ok((
        [
            (header::CONTENT_TYPE, "application/octet-stream"),
            (header::CONTENT_DISPOSITION, "attachment"),
        ],
        content,
    )
        .into_response())
}
