//! `GET /api/v1/procedures`: the city's procedure catalogue, every text in every language it has.
//! Clients pick the reader's language (with its fallback chain) themselves, so switching language
//! needs no new request and a cached copy serves every language offline. Carries an `ETag`.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use madoguchi_domain::{ApiError, ProcedureCatalogue};

use super::AppState;
use super::etag::json_with_etag;
use crate::error::ServerError;

#[utoipa::path(
    get,
    path = "/api/v1/procedures",
    tag = "procedures",
    responses(
        (status = 200, description = "The city's procedure catalogue", body = ProcedureCatalogue),
        (status = 304, description = "Unchanged since the ETag in If-None-Match"),
        (status = 500, description = "The server failed", body = ApiError),
    )
)]
#[tracing::instrument(skip(state, headers))]
pub async fn list(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, ServerError> {
    json_with_etag(&headers, &state.store.catalogue().await?)
}
