//! An application (申請) as it travels: what a resident submits, the reference and access token they
//! get back, the statuses it moves through, and who may move it where.
//!
//! The status rules live here, not in the server, so the resident's app can say what a status means
//! and offer "withdraw" only when the server would allow it.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::form::{Answer, Answers};
use crate::{ProcedureId, UnixMillis};

/// The body of `POST /api/v1/applications`: answers to one version of a procedure's form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationSubmission {
    #[cfg_attr(feature = "openapi", schema(value_type = String, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", max_length = 64))]
    pub procedure: ProcedureId,
    /// The version of the form the answers were given to.
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 4_294_967_295_i64))]
    pub form_version: u32,
    #[cfg_attr(feature = "openapi", schema(value_type = std::collections::BTreeMap<String, Answer>))]
    pub answers: Answers,
    /// Whether the resident agreed to the form's declaration (「記載事項に相違ありません」).
    #[serde(default)]
    pub declared: bool,
}

/// The body of `POST /api/v1/applications/{reference}/resubmit`: the resident's corrected answers
/// after the city asked for more information, judged by the same form version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Resubmission {
    #[cfg_attr(feature = "openapi", schema(value_type = std::collections::BTreeMap<String, Answer>))]
    pub answers: Answers,
    #[serde(default)]
    pub declared: bool,
}

/// The reference a person can read out on the phone: the city's prefix, the year, a number
/// (`YMS-2026-000123`).
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "YMS-2026-000123"))]
pub struct ApplicationReference(pub String);

impl fmt::Debug for ApplicationReference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ApplicationReference({})", self.0)
    }
}

impl fmt::Display for ApplicationReference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The body of a successful submission (201) and of its replays.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationReceipt {
    pub reference: ApplicationReference,
    pub received_at: UnixMillis,
    /// Until accounts exist, the resident's proof that the application is theirs: sent as
    /// `Authorization: Bearer …` to read its status or withdraw it. 128 random bits; the server
    /// keeps only its hash. The app keeps it in its encrypted store.
    pub access_token: String,
}

/// Where an application is. The order is the order of a typical life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ApplicationStatus {
    Submitted,
    Received,
    InReview,
    NeedsInformation,
    Resubmitted,
    Completed,
    Rejected,
    Withdrawn,
}

/// Who asks for a status change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    Resident,
    Staff,
}

impl ApplicationStatus {
    pub const ALL: [ApplicationStatus; 8] = [
        ApplicationStatus::Submitted,
        ApplicationStatus::Received,
        ApplicationStatus::InReview,
        ApplicationStatus::NeedsInformation,
        ApplicationStatus::Resubmitted,
        ApplicationStatus::Completed,
        ApplicationStatus::Rejected,
        ApplicationStatus::Withdrawn,
    ];

    /// The name in the database and on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            ApplicationStatus::Submitted => "submitted",
            ApplicationStatus::Received => "received",
            ApplicationStatus::InReview => "in-review",
            ApplicationStatus::NeedsInformation => "needs-information",
            ApplicationStatus::Resubmitted => "resubmitted",
            ApplicationStatus::Completed => "completed",
            ApplicationStatus::Rejected => "rejected",
            ApplicationStatus::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.as_str() == s)
    }

    /// The Fluent message naming this status for the resident.
    pub fn message_id(self) -> &'static str {
        match self {
            ApplicationStatus::Submitted => crate::msg_id!("application-status-submitted"),
            ApplicationStatus::Received => crate::msg_id!("application-status-received"),
            ApplicationStatus::InReview => crate::msg_id!("application-status-in-review"),
            ApplicationStatus::NeedsInformation => crate::msg_id!("application-status-needs-information"),
            ApplicationStatus::Resubmitted => crate::msg_id!("application-status-resubmitted"),
            ApplicationStatus::Completed => crate::msg_id!("application-status-completed"),
            ApplicationStatus::Rejected => crate::msg_id!("application-status-rejected"),
            ApplicationStatus::Withdrawn => crate::msg_id!("application-status-withdrawn"),
        }
    }

    /// Whether nothing more can happen to it.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            ApplicationStatus::Completed | ApplicationStatus::Rejected | ApplicationStatus::Withdrawn
        )
    }

    /// Whether `actor` may move an application from `self` to `to`.
    ///
    /// Staff move it along: submitted → received → in review → (needs information ↔ resubmitted)
    /// → completed or rejected. A resident may only withdraw, and only before review starts (after
    /// that, a clerk may already have acted on it), or answer a request for more information
    /// (resubmitted). Nothing leaves a final status.
    pub fn may_move(self, to: ApplicationStatus, actor: Actor) -> bool {
        use ApplicationStatus::*;
        match actor {
            Actor::Resident => matches!(
                (self, to),
                (Submitted | Received, Withdrawn) | (NeedsInformation, Resubmitted)
            ),
            Actor::Staff => matches!(
                (self, to),
                (Submitted, Received)
                    | (Received | Resubmitted, InReview)
                    | (InReview, NeedsInformation | Completed | Rejected)
                    | (Resubmitted, NeedsInformation | Completed | Rejected)
            ),
        }
    }
}

/// One entry of an application's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusChange {
    pub status: ApplicationStatus,
    pub at: UnixMillis,
    /// What the city tells the resident with this change (e.g. which document is missing), in the
    /// words of the clerk who wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The body of `POST /api/v1/admin/applications/{reference}/status` and of the resident's
/// `…/withdraw` (which takes only a message).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusRequest {
    pub status: ApplicationStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The longest message with a status change, in characters.
pub const STATUS_MESSAGE_MAX_CHARS: usize = 1000;

/// An application as its resident and staff see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Application {
    pub reference: ApplicationReference,
    pub procedure: ProcedureId,
    pub form_version: u32,
    pub status: ApplicationStatus,
    /// Oldest first; the first entry is the submission.
    pub history: Vec<StatusChange>,
    /// The answers as accepted (normalised, hidden fields dropped).
    pub answers: std::collections::BTreeMap<String, Answer>,
}

/// The body of `GET /api/v1/admin/applications`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationList {
    pub applications: Vec<Application>,
}

#[cfg(test)]
mod tests {
    use super::ApplicationStatus::*;
    use super::*;

    #[test]
    fn a_resident_may_withdraw_only_before_review_and_answer_only_a_request() {
        assert!(Submitted.may_move(Withdrawn, Actor::Resident));
        assert!(Received.may_move(Withdrawn, Actor::Resident));
        assert!(!InReview.may_move(Withdrawn, Actor::Resident));
        assert!(NeedsInformation.may_move(Resubmitted, Actor::Resident));
        assert!(!Submitted.may_move(Completed, Actor::Resident));
        assert!(!Submitted.may_move(Received, Actor::Resident));
    }

    #[test]
    fn staff_follow_the_path_and_nothing_leaves_a_final_status() {
        let path = [Submitted, Received, InReview, NeedsInformation];
        for pair in path.windows(2) {
            assert!(pair[0].may_move(pair[1], Actor::Staff), "{pair:?}");
        }
        assert!(!Submitted.may_move(Completed, Actor::Staff), "no skipping review");
        assert!(
            !NeedsInformation.may_move(Resubmitted, Actor::Staff),
            "the resident resubmits"
        );
        assert!(
            !InReview.may_move(Withdrawn, Actor::Staff),
            "only the resident withdraws"
        );
        for from in ApplicationStatus::ALL.into_iter().filter(|s| s.is_final()) {
            for to in ApplicationStatus::ALL {
                assert!(!from.may_move(to, Actor::Staff) && !from.may_move(to, Actor::Resident));
            }
        }
    }

    #[test]
    fn statuses_cross_the_wire_by_their_stable_names() {
        for status in ApplicationStatus::ALL {
            let json = serde_json::to_value(status).unwrap();
            assert_eq!(json, status.as_str());
            assert_eq!(ApplicationStatus::parse(status.as_str()), Some(status));
        }
    }
}
