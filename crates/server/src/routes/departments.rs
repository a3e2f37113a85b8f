//! `GET /api/v1/departments`: who a resident can ask (the inquiry form's first field). Carries an
//! `ETag` like the catalogue.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use madoguchi_domain::{ApiError, DepartmentCatalogue};

use super::AppState;
use super::etag::json_with_etag;
use crate::error::ServerError;

#[utoipa::path(
    get,
    path = "/api/v1/departments",
    tag = "inquiries",
    responses(
        (status = 200, description = "The departments residents can ask", body = DepartmentCatalogue),
        (status = 304, description = "Unchanged since the ETag in If-None-Match"),
        (status = 500, description = "The server failed", body = ApiError),
    )
)]
#[tracing::instrument(skip(state, headers))]
pub async fn list(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, ServerError> {
    json_with_etag(&headers, &state.store.departments().await?)
}
