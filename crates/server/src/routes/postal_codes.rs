//! `GET /api/v1/postal-codes/{code}`: the addresses a postal code stands for, so forms can fill
//! the address in. The code may be written any way `PostalCode::parse` reads (`999-0001`,
//! `9990001`, full-width digits).

use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use madoguchi_domain::{ApiError, PostalCode, PostalCodeLookup};

use super::AppState;
use crate::error::ServerError;

#[utoipa::path(
    get,
    path = "/api/v1/postal-codes/{code}",
    operation_id = "lookUpPostalCode",
    tag = "addresses",
    params((
        "code" = String,
        Path,
        description = "Seven digits, as `PostalCode::parse` reads them: ASCII or full-width digits, one \
                       dash after the third (- ‐ − ー － –), an optional leading 〒, spaces around",
        // Exactly what `PostalCode::parse` accepts; `\u0009-\u000D … \u3000` is Rust's `trim()`
        // whitespace (Unicode White_Space), not ECMA-262's `\s`, which differs.
        pattern = r"^[\u0009-\u000D\u0020\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*\u3012*[\u0009-\u000D\u0020\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*[0-9\uFF10-\uFF19]{3}[\u002D\u2010\u2212\u30FC\uFF0D\u2013]?[0-9\uFF10-\uFF19]{4}[\u0009-\u000D\u0020\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$",
        example = "999-0001"
    )),
    responses(
        (status = 200, description = "Every address with this code (usually one)", body = PostalCodeLookup,
            headers(("Cache-Control" = String, description = "A day: Japan Post's data changes monthly"))),
        (status = 400, description = "`invalid_postal_code`: not a postal code", body = ApiError),
        (status = 404, description = "`postal_code_unknown`: no address has this code", body = ApiError),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip(state))]
pub async fn lookup(
    State(state): State<AppState>,
    code: Result<Path<String>, PathRejection>,
) -> Result<Response, ServerError> {
    // A segment that is not UTF-8 once decoded is not a postal code either, and says so in JSON.
    let Path(code) = code.map_err(|_| ServerError::InvalidPostalCode)?;
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
