//! The HTTP routes, one module per feature.

pub(crate) mod access;
pub mod accounts;
pub mod admin;
pub mod applications;
pub mod areas;
pub mod attachments;
pub mod auth;
pub mod booking;
pub mod departments;
pub mod etag;
pub mod health;
pub mod json;
pub mod limits;
pub mod notices;
pub mod postal_codes;
pub mod procedures;
pub mod push;

use std::sync::Arc;

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use madoguchi_domain::{ApiError, AttachmentLimits, ErrorCode};

use crate::clock::Clock;
use crate::mail::Mailer;
use crate::storage::Store;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    /// Sends the sign-in codes (SMTP, or nothing when no mail server is configured).
    pub mailer: Arc<dyn Mailer>,
    /// What `POST /api/v1/attachments` accepts.
    pub attachment_limits: AttachmentLimits,
    /// The city's code at the start of application references (`YMS`).
    pub reference_prefix: crate::config::ReferencePrefix,
    /// Serialised answers every resident's app asks for (catalogue, departments, areas); see
    /// `etag.rs`.
    pub cached: Arc<etag::Cached>,
    /// This process's notice channels (`notices/fanout.rs`).
    pub notices: Arc<notices::Fanout>,
    /// The places for uploads being read at once on this instance (`attachments/gate.rs`).
    pub uploads: Arc<tokio::sync::Semaphore>,
    /// How many bytes of files a resident or a kiosk may send in a day (`attachments/gate.rs`).
    pub upload_quotas: attachments::gate::DailyQuotas,
    /// How long a request's body may take to arrive (`idempotency.rs` reads every body).
    pub body_read_timeout: std::time::Duration,
    /// The booking setup with its calendar, built once a second at most (`booking/setup.rs`).
    pub booking_setup: Arc<crate::fresh::Fresh<Option<Arc<booking::setup::Setup>>>>,
    /// The relying party of the city's passkeys, from its public URL (`accounts/passkeys.rs`).
    pub webauthn: Arc<webauthn_rs::Webauthn>,
    /// Web Push: the city's VAPID key and what endpoints it takes (`crate::push`).
    pub push: Arc<crate::push::Push>,
}

/// The token of `Authorization: Bearer <token>`; 401 without one. Who the token stands for is each
/// route group's rule (`auth.rs`: a resident's access token, a staff session; an application's
/// access token).
pub(crate) fn bearer_token(headers: &axum::http::HeaderMap) -> Result<&str, crate::error::ServerError> {
    headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or(crate::error::ServerError::Unauthorized)
}

/// What a route answers to a method it does not have: 405 with the usual error body (axum adds the
/// `Allow` header). Installed after the idempotency layer (`method_not_allowed_fallback` in
/// `startup::router`), so a `PUT` or `TRACE` nobody handles is refused as such, not for a missing
/// idempotency key: nothing runs, so nothing needs one.
pub async fn method_not_allowed() -> Response {
    (
        StatusCode::METHOD_NOT_ALLOWED,
        Json(ApiError::from(ErrorCode::InvalidRequest)),
    )
        .into_response()
}
