//! Envelopes and errors exchanged over HTTP (server ↔ UI/shell) and IPC (UI ↔ shell).
//!
//! **API Boundary:** changing a field here changes the public API; the server's OpenAPI document is
//! generated from these types (feature `openapi`), and the black-box API tests read it back.

use serde::{Deserialize, Serialize};

use crate::form::FieldProblem;
use crate::{Department, LifeEvent, LocalizedText, Procedure};

/// The body of `GET /api/v1/procedures`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProcedureCatalogue {
    /// The city's name, e.g. 夢咲市.
    pub city: LocalizedText,
    pub procedures: Vec<Procedure>,
}

impl ProcedureCatalogue {
    /// The procedures of `event`, in the city's order.
    pub fn in_life_event(&self, event: LifeEvent) -> impl Iterator<Item = &Procedure> {
        self.procedures
            .iter()
            .filter(move |p| p.life_events.contains(&event))
    }

    /// The life events at least one procedure belongs to, in the order the UI lists them.
    pub fn life_events(&self) -> Vec<LifeEvent> {
        LifeEvent::ALL
            .into_iter()
            .filter(|&e| self.in_life_event(e).next().is_some())
            .collect()
    }
}

/// The body of `GET /api/v1/departments`: the city's departments, in its order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DepartmentCatalogue {
    pub departments: Vec<Department>,
}

/// A stable, machine-readable reason for a failure. Clients branch on this, never on text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[non_exhaustive]
pub enum ErrorCode {
    /// The city's server could not be reached (network down, server stopped, wrong address).
    ServerUnreachable,
    /// The server answered, but with something the client does not understand.
    BadResponse,
    /// The requested thing does not exist.
    NotFound,
    /// The server failed; retrying later may help.
    Internal,
    /// The request body is not what the route expects (malformed JSON, wrong shape).
    InvalidRequest,
    /// A submission (an application, a booking's contact, …) breaks its form's rules; the body's
    /// `problems` say which answers and why. The UI checks the same rules with the same validator
    /// first. (`invalid_inquiry` is its old name, which refusals kept on devices still carry.)
    #[serde(alias = "invalid_inquiry")]
    InvalidSubmission,
    /// A mutating request came without an `Idempotency-Key` header.
    IdempotencyKeyMissing,
    /// A mutating request's `Idempotency-Key` is not 22–128 of `A–Z a–z 0–9 - _` (at least 128
    /// bits when random).
    IdempotencyKeyInvalid,
    /// The same idempotency key came back with a different request: a client bug, never retried.
    IdempotencyKeyReused,
    /// The first request with this idempotency key is still being processed; retry shortly.
    RequestInProgress,
    /// A route that needs someone signed in was called without a valid credential (none, wrong,
    /// expired or revoked).
    Unauthorized,
    /// Signed in, but not allowed this (a resident on a staff route, a volunteer on a clerk's).
    Forbidden,
    /// Too many tries in a short time (sign-in codes, failed sign-ins, uploads); the answer's
    /// `Retry-After` says when to try again.
    RateLimited,
    /// The one-time code is wrong, used or expired: ask for a new one.
    SignInCodeInvalid,
    /// A member of staff's username, password or authenticator code is wrong.
    StaffSignInFailed,
    /// The passkey challenge is unknown, used or expired (each works once, for five minutes):
    /// start again.
    PasskeyChallengeInvalid,
    /// The passkey was not accepted: it is not one registered with the city (removed, or another
    /// site's), or the authenticator's answer did not check out. Nothing changed.
    PasskeyRefused,
    /// The city's mail server cannot take the message now; try again shortly.
    MailUnavailable,
    /// The device has no usable OS keyring to keep the key of the encrypted local data.
    KeyringUnavailable,
    /// The local data exists but its key is gone or wrong, so it cannot be read.
    LocalDataLocked,
    /// Reading or writing the encrypted local data failed.
    LocalStorage,
    /// The postal code is not seven digits.
    InvalidPostalCode,
    /// No address has this postal code.
    PostalCodeUnknown,
    /// The attachment is larger than the limit.
    AttachmentTooLarge,
    /// The attachment is not of an accepted kind (judged by its bytes, not its name).
    AttachmentWrongKind,
    /// The attachment is empty or its name is not usable.
    InvalidAttachment,
    /// Whoever sent it (a resident's account, a kiosk) has sent as many bytes of files in the last
    /// 24 hours as the city keeps for one sender; nothing was kept. Sent with 413.
    AttachmentQuotaExceeded,
    /// The application's status does not allow this change now (e.g. withdrawing once review has
    /// started, or a clerk skipping a step); the application is unchanged.
    StatusChangeNotAllowed,
    /// A mutation waited on the device longer than the city keeps idempotency keys, so sending it
    /// now could do it twice if an earlier try did reach the city. It is stopped: the resident
    /// checks whether the city has it, then sends it again (with a new key) or drops it.
    SendExpired,
    /// The server cannot take the request right now: its database does not answer (busy,
    /// restarting, failing over), or it is reading as many uploads as it takes at once; retry
    /// shortly. Sent with 503 and `Retry-After` so a load balancer and the outbox both treat it as
    /// passing.
    Unavailable,
    /// The request's body did not arrive within the server's time (a stalled or very slow
    /// connection); nothing was done, so sending it again is safe. Sent with 408.
    RequestTimeout,
    /// The slot has no place left (booking, rescheduling); its waitlist is open. Nothing changed.
    SlotFull,
    /// No such service is offered for booking.
    UnknownService,
    /// The counter does not take this service, or no slot starts at that time.
    NotASlot,
    /// The city is closed that day (weekend, national holiday, 12/29–1/3, a local closure).
    ClosedDay,
    /// The slot is past, or booking for it has not opened yet or has already closed.
    OutsideBookingWindow,
    /// The service needs a stronger proof of identity than this booking has.
    IdentityLevelTooLow,
    /// Too close to the appointment to cancel or move it online; the body's `phone` is the
    /// counter's number to call instead.
    CancellationDeadlinePassed,
    /// The booking was cancelled or the visit already happened (checked in, no-show): it cannot
    /// be changed.
    BookingNotActive,
    /// The slot still has places: book it instead of joining its waitlist.
    SlotAvailable,
    /// This waitlist place has no offer to accept (still waiting, or already booked).
    WaitlistNoOffer,
    /// The offer lapsed before it was accepted; the place went to the next in line.
    WaitlistOfferExpired,
}

impl ErrorCode {
    /// The Fluent message id that explains this error to a resident.
    pub fn message_id(self) -> &'static str {
        match self {
            ErrorCode::ServerUnreachable => crate::msg_id!("error-server-unreachable"),
            ErrorCode::BadResponse => crate::msg_id!("error-bad-response"),
            ErrorCode::NotFound => crate::msg_id!("error-not-found"),
            ErrorCode::Internal => crate::msg_id!("error-internal"),
            ErrorCode::InvalidRequest => crate::msg_id!("error-invalid-request"),
            ErrorCode::InvalidSubmission => crate::msg_id!("error-invalid-submission"),
            ErrorCode::IdempotencyKeyMissing => crate::msg_id!("error-idempotency-key-missing"),
            ErrorCode::IdempotencyKeyInvalid => crate::msg_id!("error-idempotency-key-invalid"),
            ErrorCode::IdempotencyKeyReused => crate::msg_id!("error-idempotency-key-reused"),
            ErrorCode::RequestInProgress => crate::msg_id!("error-request-in-progress"),
            ErrorCode::Unauthorized => crate::msg_id!("error-unauthorized"),
            ErrorCode::Forbidden => crate::msg_id!("error-forbidden"),
            ErrorCode::RateLimited => crate::msg_id!("error-rate-limited"),
            ErrorCode::SignInCodeInvalid => crate::msg_id!("error-sign-in-code-invalid"),
            ErrorCode::StaffSignInFailed => crate::msg_id!("error-staff-sign-in-failed"),
            ErrorCode::PasskeyChallengeInvalid => crate::msg_id!("error-passkey-challenge-invalid"),
            ErrorCode::PasskeyRefused => crate::msg_id!("error-passkey-refused"),
            ErrorCode::MailUnavailable => crate::msg_id!("error-mail-unavailable"),
            ErrorCode::KeyringUnavailable => crate::msg_id!("error-keyring-unavailable"),
            ErrorCode::LocalDataLocked => crate::msg_id!("error-local-data-locked"),
            ErrorCode::LocalStorage => crate::msg_id!("error-local-storage"),
            ErrorCode::InvalidPostalCode => crate::msg_id!("postal-error-format"),
            ErrorCode::PostalCodeUnknown => crate::msg_id!("postal-error-unknown"),
            ErrorCode::AttachmentTooLarge => crate::msg_id!("attachment-error-too-large"),
            ErrorCode::AttachmentWrongKind => crate::msg_id!("attachment-error-wrong-kind"),
            ErrorCode::InvalidAttachment => crate::msg_id!("attachment-error-invalid"),
            ErrorCode::AttachmentQuotaExceeded => crate::msg_id!("attachment-error-quota"),
            ErrorCode::Unavailable => crate::msg_id!("error-unavailable"),
            ErrorCode::RequestTimeout => crate::msg_id!("error-request-timeout"),
            ErrorCode::StatusChangeNotAllowed => crate::msg_id!("error-status-change-not-allowed"),
            ErrorCode::SendExpired => crate::msg_id!("error-send-expired"),
            ErrorCode::SlotFull => crate::msg_id!("booking-error-slot-full"),
            ErrorCode::UnknownService => crate::msg_id!("booking-error-unknown-service"),
            ErrorCode::NotASlot => crate::msg_id!("booking-error-not-a-slot"),
            ErrorCode::ClosedDay => crate::msg_id!("booking-error-closed-day"),
            ErrorCode::OutsideBookingWindow => crate::msg_id!("booking-error-outside-window"),
            ErrorCode::IdentityLevelTooLow => crate::msg_id!("error-identity-level-too-low"),
            ErrorCode::CancellationDeadlinePassed => crate::msg_id!("booking-error-deadline-passed"),
            ErrorCode::BookingNotActive => crate::msg_id!("booking-error-not-active"),
            ErrorCode::SlotAvailable => crate::msg_id!("booking-error-slot-available"),
            ErrorCode::WaitlistNoOffer => crate::msg_id!("booking-error-no-offer"),
            ErrorCode::WaitlistOfferExpired => crate::msg_id!("booking-error-offer-expired"),
        }
    }
}

/// What every failing request or command returns: a code to branch on and the id of the message
/// to show. No human text crosses the wire, so every client shows the error in its reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[error("{code:?}")]
pub struct ApiError {
    pub code: ErrorCode,
    /// Always `code.message_id()`; sent so a client without this crate can still localize it.
    #[cfg_attr(feature = "openapi", schema(example = "error-server-unreachable"))]
    pub message_id: String,
    /// With `invalid_submission`: each answer that is not right, so a client shows the problem
    /// beside its field and in the error summary. Empty (and left out) otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<FieldProblem>,
    /// With `cancellation_deadline_passed`: the counter's phone number, to call instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(example = "0612-34-5678"))]
    pub phone: Option<String>,
}

impl ApiError {
    /// An `invalid_submission` error carrying the answers' problems.
    pub fn invalid_submission(problems: Vec<FieldProblem>) -> Self {
        Self {
            problems,
            ..ErrorCode::InvalidSubmission.into()
        }
    }
}

impl ErrorCode {
    /// Whether a mutation that failed with this code may succeed if sent again unchanged: the
    /// outbox retries these with backoff and gives up (showing the message) on the rest.
    pub fn is_transient(self) -> bool {
        matches!(
            self,
            ErrorCode::ServerUnreachable
                | ErrorCode::Internal
                | ErrorCode::RequestInProgress
                | ErrorCode::Unavailable
                | ErrorCode::RequestTimeout
        )
    }
}

impl From<ErrorCode> for ApiError {
    fn from(code: ErrorCode) -> Self {
        Self {
            code,
            message_id: code.message_id().to_owned(),
            problems: Vec::new(),
            phone: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_carries_a_code_and_a_message_id_but_no_text() {
        let json = serde_json::to_string(&ApiError::from(ErrorCode::ServerUnreachable)).unwrap();
        assert_eq!(
            json,
            r#"{"code":"server_unreachable","messageId":"error-server-unreachable"}"#
        );
    }

    #[test]
    fn a_refused_submission_names_each_answer_and_old_inquiry_refusals_still_read() {
        let error = ApiError::invalid_submission(vec![crate::form::FieldProblem::new(
            "subject",
            "form-error-required",
        )]);
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(json["code"], "invalid_submission");
        assert_eq!(json["problems"][0]["field"], "subject");
        assert_eq!(json["problems"][0]["messageId"], "form-error-required");
        let kept: ErrorCode = serde_json::from_str(r#""invalid_inquiry""#).unwrap();
        assert_eq!(
            kept,
            ErrorCode::InvalidSubmission,
            "refusals kept on devices before the rename"
        );
    }
}
