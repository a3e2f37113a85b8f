//! `GET /api/v1/procedures`: the city's procedure catalogue, every text in every language it has.
//! Clients pick the reader's language (with its fallback chain) themselves, so switching language
//! needs no new request and a cached copy serves every language offline.

use axum::Json;
use axum::extract::State;
use madoguchi_domain::{ApiError, ProcedureCatalogue};

use super::AppState;
use crate::error::ServerError;

#[utoipa::path(
    get,
    path = "/api/v1/procedures",
    tag = "procedures",
    responses(
        (status = 200, description = "The city's procedure catalogue", body = ProcedureCatalogue),
        (status = 500, description = "The server failed", body = ApiError),
    )
)]
#[tracing::instrument(skip(state))]
pub async fn list(State(state): State<AppState>) -> Result<Json<ProcedureCatalogue>, ServerError> {
    Ok(Json(state.store.catalogue().await?))
}
