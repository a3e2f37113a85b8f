//! "Once only": what the city already knows of a signed-in resident's own details, for a new form
//! to start with (`madoguchi_domain::form::prefill`).
//!
//! Nothing is kept for it. The details are learnt from the answers of the resident's own
//! applications (newest first, only the fields their forms mark as the resident's own) and the
//! address the account signs in with; so deleting the account, which unlinks its applications,
//! forgets them too.

use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use madoguchi_domain::ApiError;
use madoguchi_domain::form::ResidentDetails;

use crate::error::ServerError;
use crate::routes::AppState;
use crate::routes::auth::Resident;

/// Personal data: never kept by a cache on the way.
const NO_STORE: [(header::HeaderName, &str); 1] = [(header::CACHE_CONTROL, "no-store")];

/// How many of the resident's applications are read, newest first. A detail not given in the
/// newest few is likely out of date; the bound keeps the read small for a resident with many.
const APPLICATIONS_READ: u32 = 20;

#[utoipa::path(
    get,
    path = "/api/v1/account/details",
    operation_id = "getResidentDetails",
    tag = "accounts",
    security(("resident" = [])),
    responses(
        (status = 200, description = "The resident's own details the city already has (from their applications and the account's address), each absent until given", body = ResidentDetails),
        (status = 401, description = "`unauthorized`: no valid access token", body = ApiError),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn details(
    State(state): State<AppState>,
    Resident(me): Resident,
) -> Result<impl IntoResponse, ServerError> {
    let account = state
        .store
        .account(me.account.clone())
        .await?
        .ok_or(ServerError::Unauthorized)?;
    let mut details = ResidentDetails {
        email: Some(account.email.as_str().to_owned()),
        ..ResidentDetails::default()
    };
    for application in state
        .store
        .account_applications(me.account, APPLICATIONS_READ)
        .await?
    {
        // Each is judged against the form version it was filled in (versions are never deleted).
        if let Some(schema) = state
            .store
            .form(application.procedure, Some(application.form_version))
            .await?
        {
            details.learn(&schema, &application.answers);
        }
    }
    Ok((NO_STORE, Json(details)))
}
