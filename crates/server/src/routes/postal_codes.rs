//! `GET /api/v1/postal-codes/{code}`: the addresses a postal code stands for, so forms can fill
//! the address in. The code may be written any way `PostalCode::parse` reads (`999-0001`,
//! `9990001`, full-width digits).

use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use madoguchi_domain::{ApiError, PostalCode, PostalCodeLookup};

use super::AppState;
use crate::error::ServerError;

#[utoipa::path(
    get,
    path = "/api/v1/postal-codes/{code}",
    tag = "addresses",
    params(("code" = String, Path, description = "Seven digits, with or without the dash", example = "999-0001")),
    responses(
        (status = 200, description = "Every address with this code (usually one)", body = PostalCodeLookup),
        (status = 400, description = "Not a postal code", body = ApiError),
        (status = 404, description = "No address has this code", body = ApiError),
    )
)]
#[tracing::instrument(skip(state))]
pub async fn lookup(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, ServerError> {
    let postal_code = PostalCode::parse(&code).map_err(|_| ServerError::InvalidPostalCode)?;
    let addresses = state.store.postal_addresses(postal_code).await?;
    if addresses.is_empty() {
        return Err(ServerError::PostalCodeUnknown);
    }
    let mut response = axum::Json(PostalCodeLookup {
        postal_code,
        addresses,
    })
    .into_response();
    // Japan Post's data changes monthly; a day's caching spares the server repeated lookups.
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=86400"),
    );
    Ok(response)
}
