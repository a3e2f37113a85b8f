//! The one error type of the HTTP boundary, mapped to a status code and an [`ApiError`] body.

use axum::Json;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use madoguchi_domain::form::FieldProblem;
use madoguchi_domain::{ApiError, AttachmentProblem, ErrorCode};

use crate::storage::StoreError;

/// What a 503 asks a client to wait before trying again, in seconds.
pub const RETRY_AFTER_SECS: &str = "1";

/// Why a request failed.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("not found")]
    NotFound,
    #[error("the request body is malformed: {0}")]
    InvalidRequest(String),
    #[error("the request body is too large")]
    PayloadTooLarge,
    #[error("the submission breaks its form's rules")]
    InvalidSubmission(Vec<FieldProblem>),
    #[error("no Idempotency-Key header on a mutation")]
    IdempotencyKeyMissing,
    #[error("the Idempotency-Key header is malformed")]
    IdempotencyKeyInvalid,
    #[error("an idempotency key came back with a different request")]
    IdempotencyKeyReused,
    #[error("the first request with this idempotency key is still running")]
    RequestInProgress,
    #[error("no valid credential for this route")]
    Unauthorized,
    #[error("signed in, but not allowed this")]
    Forbidden,
    /// The procedure needs an identity checked at a counter, and the resident's is not (or nobody
    /// is signed in).
    #[error("the procedure needs a checked identity")]
    IdentityLevelTooLow,
    #[error("too many tries; retry in {retry_after_secs} s")]
    RateLimited { retry_after_secs: u64 },
    #[error("the sign-in code is wrong, used or expired")]
    SignInCodeInvalid,
    #[error("a staff sign-in failed")]
    StaffSignInFailed,
    #[error("the passkey challenge is unknown, used or expired")]
    PasskeyChallengeInvalid,
    #[error("the passkey was not accepted")]
    PasskeyRefused,
    #[error("the mail could not be sent")]
    MailUnavailable,
    #[error("the application's status does not allow this change")]
    StatusChangeNotAllowed,
    #[error("not a postal code")]
    InvalidPostalCode,
    #[error("no address has this postal code")]
    PostalCodeUnknown,
    #[error("attachment refused: {0}")]
    Attachment(AttachmentProblem),
    /// The sender's files of the last 24 hours and this one pass their quota.
    #[error("attachment quota exceeded")]
    AttachmentQuotaExceeded,
    /// A booking, change or waitlist request the rules refuse (`slot_full`, `closed_day`, …).
    #[error("booking refused: {0:?}")]
    Booking(ErrorCode),
    /// Too close to the appointment to cancel or move it online: call the counter.
    #[error("the change deadline has passed")]
    ChangeDeadlinePassed { phone: String },
    /// As many uploads as the instance reads at once are under way (`attachments/gate.rs`).
    #[error("the server is busy with as many uploads as it takes at once")]
    Busy,
    /// The request's body did not arrive within the server's time.
    #[error("the request body did not arrive in time")]
    RequestTimeout,
    #[error("internal: {0}")]
    Internal(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ServerError {
    fn status_and_code(&self) -> (StatusCode, ErrorCode) {
        match self {
            ServerError::NotFound => (StatusCode::NOT_FOUND, ErrorCode::NotFound),
            ServerError::InvalidRequest(_) => (StatusCode::BAD_REQUEST, ErrorCode::InvalidRequest),
            ServerError::PayloadTooLarge => (StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::InvalidRequest),
            ServerError::InvalidSubmission(_) => {
                (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidSubmission)
            }
            ServerError::IdempotencyKeyMissing => (StatusCode::BAD_REQUEST, ErrorCode::IdempotencyKeyMissing),
            ServerError::IdempotencyKeyInvalid => (StatusCode::BAD_REQUEST, ErrorCode::IdempotencyKeyInvalid),
            ServerError::IdempotencyKeyReused => {
                (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::IdempotencyKeyReused)
            }
            ServerError::RequestInProgress => (StatusCode::CONFLICT, ErrorCode::RequestInProgress),
            ServerError::Unauthorized => (StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized),
            ServerError::Forbidden => (StatusCode::FORBIDDEN, ErrorCode::Forbidden),
            ServerError::IdentityLevelTooLow => (StatusCode::FORBIDDEN, ErrorCode::IdentityLevelTooLow),
            ServerError::RateLimited { .. } => (StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited),
            ServerError::SignInCodeInvalid => {
                (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::SignInCodeInvalid)
            }
            ServerError::StaffSignInFailed => (StatusCode::UNAUTHORIZED, ErrorCode::StaffSignInFailed),
            ServerError::PasskeyChallengeInvalid => (
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::PasskeyChallengeInvalid,
            ),
            ServerError::PasskeyRefused => (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::PasskeyRefused),
            ServerError::MailUnavailable => (StatusCode::SERVICE_UNAVAILABLE, ErrorCode::MailUnavailable),
            ServerError::StatusChangeNotAllowed => (StatusCode::CONFLICT, ErrorCode::StatusChangeNotAllowed),
            ServerError::InvalidPostalCode => (StatusCode::BAD_REQUEST, ErrorCode::InvalidPostalCode),
            // A state the request cannot change (full, too late, not active): 409; a request the
            // rules refuse whatever the state (a closed day, outside the window): 422.
            ServerError::Booking(
                code @ (ErrorCode::SlotFull
                | ErrorCode::BookingNotActive
                | ErrorCode::SlotAvailable
                | ErrorCode::WaitlistNoOffer
                | ErrorCode::WaitlistOfferExpired),
            ) => (StatusCode::CONFLICT, *code),
            ServerError::Booking(code) => (StatusCode::UNPROCESSABLE_ENTITY, *code),
            ServerError::ChangeDeadlinePassed { .. } => {
                (StatusCode::CONFLICT, ErrorCode::CancellationDeadlinePassed)
            }
            ServerError::PostalCodeUnknown => (StatusCode::NOT_FOUND, ErrorCode::PostalCodeUnknown),
            ServerError::Attachment(problem) => match problem {
                AttachmentProblem::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::AttachmentTooLarge),
                AttachmentProblem::WrongKind => {
                    (StatusCode::UNSUPPORTED_MEDIA_TYPE, ErrorCode::AttachmentWrongKind)
                }
                AttachmentProblem::Empty | AttachmentProblem::BadName => {
                    (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidAttachment)
                }
            },
            ServerError::AttachmentQuotaExceeded => {
                (StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::AttachmentQuotaExceeded)
            }
            ServerError::Busy => (StatusCode::SERVICE_UNAVAILABLE, ErrorCode::Unavailable),
            ServerError::RequestTimeout => (StatusCode::REQUEST_TIMEOUT, ErrorCode::RequestTimeout),
            // Contention or a database that is down or failing over passes: 503, so the outbox
            // retries and a load balancer can send the next request elsewhere.
            ServerError::Store(e) if e.is_passing() => {
                (StatusCode::SERVICE_UNAVAILABLE, ErrorCode::Unavailable)
            }
            ServerError::Internal(_) | ServerError::Store(_) => {
                (StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal)
            }
        }
    }
}

impl IntoResponse for ServerError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        let retry_after = match &self {
            ServerError::RateLimited { retry_after_secs } => Some(retry_after_secs.to_string()),
            _ if status == StatusCode::SERVICE_UNAVAILABLE => Some(RETRY_AFTER_SECS.to_owned()),
            _ => None,
        };
        if status.is_server_error() {
            tracing::error!(error = ?self, "request failed");
        }
        let body = match self {
            ServerError::InvalidSubmission(problems) => ApiError::invalid_submission(problems),
            ServerError::ChangeDeadlinePassed { phone } => ApiError {
                phone: Some(phone),
                ..ApiError::from(code)
            },
            _ => ApiError::from(code),
        };
        let mut response = (status, Json(body)).into_response();
        if let Some(value) = retry_after.and_then(|v| header::HeaderValue::from_str(&v).ok()) {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer"),
            );
        }
        response
    }
}
