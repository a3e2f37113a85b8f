//! Staff routes under `/api/v1/admin`, guarded by the admin token from the configuration until
//! staff accounts exist. No token configured means no staff access at all.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use madoguchi_domain::{ApiError, InquiryList};

use super::AppState;
use crate::error::ServerError;

#[utoipa::path(
    get,
    path = "/api/v1/admin/inquiries",
    tag = "admin",
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "Every inquiry, oldest first", body = InquiryList),
        (status = 401, description = "Missing or wrong admin token", body = ApiError),
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
    tag = "admin",
    security(("admin_token" = [])),
    params(("id" = String, Path, description = "The id from the attachment's receipt")),
    responses(
        (status = 200, description = "The file's bytes, exactly as received", content_type = "application/octet-stream"),
        (status = 401, description = "Missing or wrong admin token", body = ApiError),
        (status = 404, description = "No such attachment", body = ApiError),
    )
)]
#[tracing::instrument(skip(state, headers))]
pub async fn attachment(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ServerError> {
    authorize(&state, &headers)?;
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

fn authorize(state: &AppState, headers: &HeaderMap) -> Result<(), ServerError> {
    let presented = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or(ServerError::Unauthorized)?;
    match &state.admin_token {
        Some(token) if token.matches(presented) => Ok(()),
        _ => Err(ServerError::Unauthorized),
    }
}
