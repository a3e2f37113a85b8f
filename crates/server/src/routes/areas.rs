//! `GET /api/v1/areas` (the domain's `notice::areas::AREAS_PATH`): the city's list of areas
//! (districts, 町丁目), which notices' rules name by code and a resident's profile picks from on
//! the device. Public, and served like the departments: cached per instance, with an `ETag`,
//! brotli or gzip (`etag.rs`), since every app asks for it when its profile screen opens and it
//! changes a few times a year.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use madoguchi_domain::ApiError;
use madoguchi_domain::notice::AreaList;

use super::AppState;
use super::etag;
use crate::error::ServerError;

#[utoipa::path(
    get,
    path = "/api/v1/areas",
    operation_id = "listAreas",
    tag = "notices",
    params((
        "If-None-Match" = Option<String>,
        Header,
        description = "The ETag of the copy the client has; the same one gets 304 without a body"
    )),
    responses(
        (status = 200, description = "The city's areas, in the city's order", body = AreaList,
            headers(("ETag" = String, description = "Changes whenever the content does"))),
        (status = 304, description = "Unchanged since the ETag in If-None-Match",
            headers(("ETag" = String, description = "The same ETag"))),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip(state, headers))]
pub async fn list(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, ServerError> {
    let tagged = state.cached.areas.get(|| state.store.areas()).await?;
    Ok(etag::respond(&headers, &tagged))
}
