//! `GET /api/v1/departments`: the city's departments (課), named in each language. No client of
//! ours reads it since お問い合わせ became the `inquiry` form, whose divisions are that form's own
//! choices; it stays because it names the department ids the questions migrated from the old
//! inquiries table carry in their answers (migrations `sqlite/0018`, `postgres/0016`). Carries an
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
    tag = "procedures",
    params((
        "If-None-Match" = Option<String>,
        Header,
        description = "The ETag of the copy the client has; the same one gets 304 without a body"
    )),
    responses(
        (status = 200, description = "The city's departments, in its order", body = DepartmentCatalogue,
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
