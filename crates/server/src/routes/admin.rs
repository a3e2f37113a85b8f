//! Staff routes under `/api/v1/admin`, guarded by the admin token from the configuration until
//! staff accounts exist. No token configured means no staff access at all.

use axum::Json;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use madoguchi_domain::{ApiError, InquiryList};

use super::AppState;
use crate::error::ServerError;

#[utoipa::path(
    get,
    path = "/api/v1/admin/inquiries",
    operation_id = "listInquiriesAsStaff",
    tag = "admin",
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "Every inquiry, oldest first", body = InquiryList),
        (status = 401, description = "`unauthorized`: missing or wrong admin token", body = ApiError),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn inquiries(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<InquiryList>, ServerError> {
    authorize(&state, &headers)?;
    Ok(Json(InquiryList {
        inquiries: state.store.inquiries().await?,
    }))
}

#[utoipa::path(
    get,
    path = "/api/v1/admin/attachments/{id}",
    operation_id = "getAttachmentAsStaff",
    tag = "admin",
    security(("admin_token" = [])),
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
        (status = 401, description = "`unauthorized`: missing or wrong admin token", body = ApiError),
        (status = 404, description = "`not_found`: no such attachment", body = ApiError),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip(state, headers))]
pub async fn attachment(
    State(state): State<AppState>,
    headers: HeaderMap,
    id: Result<Path<String>, PathRejection>,
) -> Result<Response, ServerError> {
    authorize(&state, &headers)?;
    // No attachment has an id that is not UTF-8 once decoded.
    let Path(id) = id.map_err(|_| ServerError::NotFound)?;
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

/// The staff check every admin route makes (until staff accounts replace the shared token).
pub(crate) fn authorize(state: &AppState, headers: &HeaderMap) -> Result<(), ServerError> {
    let presented = super::bearer_token(headers)?;
    match &state.admin_token {
        Some(token) if token.matches(presented) => Ok(()),
        _ => Err(ServerError::Unauthorized),
    }
}
