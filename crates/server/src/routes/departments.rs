//! `GET /api/v1/departments`: who a resident can ask (the inquiry form's first field). Carries an
//! `ETag` like the catalogue.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use madoguchi_domain::{ApiError, DepartmentCatalogue};

use super::AppState;
use super::etag;
use crate::error::ServerError;

#[utoipa::path(
    get,
    path = "/api/v1/departments",
    operation_id = "listDepartments",
    tag = "inquiries",
    params((
        "If-None-Match" = Option<String>,
        Header,
        description = "The ETag of the copy the client has; the same one gets 304 without a body"
    )),
    responses(
        (status = 200, description = "The departments residents can ask", body = DepartmentCatalogue,
            headers(("ETag" = String, description = "Changes whenever the content does"))),
        (status = 304, description = "Unchanged since the ETag in If-None-Match",
            headers(("ETag" = String, description = "The same ETag"))),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip(state, headers))]
pub async fn list(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, ServerError> {
    let tagged = state.cached.departments.get(|| state.store.departments()).await?;
    Ok(etag::respond(&headers, &tagged))
}
