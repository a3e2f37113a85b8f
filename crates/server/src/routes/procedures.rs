//! `GET /api/v1/procedures`: the city's procedure catalogue, every text in every language it has.
//! Clients pick the reader's language (with its fallback chain) themselves, so switching language
//! needs no new request and a cached copy serves every language offline. Carries an `ETag`.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use madoguchi_domain::{ApiError, ProcedureCatalogue};

use super::AppState;
use super::etag;
use crate::error::ServerError;

#[utoipa::path(
    get,
    path = "/api/v1/procedures",
    operation_id = "listProcedures",
    tag = "procedures",
    params((
        "If-None-Match" = Option<String>,
        Header,
        description = "The ETag of the copy the client has; the same one gets 304 without a body"
    )),
    responses(
        (status = 200, description = "The city's procedure catalogue", body = ProcedureCatalogue,
            headers(("ETag" = String, description = "Changes whenever the content does"))),
        (status = 304, description = "Unchanged since the ETag in If-None-Match",
            headers(("ETag" = String, description = "The same ETag"))),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip(state, headers))]
pub async fn list(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, ServerError> {
    let tagged = state.cached.catalogue.get(|| state.store.catalogue()).await?;
    Ok(etag::respond(&headers, &tagged))
}
