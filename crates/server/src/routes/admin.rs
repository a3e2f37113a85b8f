//! Staff routes under `/api/v1/admin`, guarded by the admin token from the configuration until
//! staff accounts exist. No token configured means no staff access at all.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, header};
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
