//! The audit log: every staff access to a resident's data, reads included. Append-only in the
//! database (a trigger refuses changes), and a resident can read the entries about them.

use serde::{Deserialize, Serialize};

use super::{AccountId, Role, Username};
use crate::UnixMillis;

/// What a member of staff did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum AuditAction {
    /// The old list of inquiries, gone since they became applications of the `inquiry` form
    /// (server migrations `sqlite/0018`, `postgres/0016`). Nothing writes it any more; it stays so
    /// the entries a city's log already holds still read (the log is append-only).
    ListInquiries,
    ListApplications,
    ChangeApplicationStatus,
    ReadAttachment,
    VerifyIdentity,
    /// The day's bookings (JSON or CSV).
    ListBookings,
    BookOnBehalf,
    /// A check-in or a no-show recorded.
    RecordVisit,
}

impl AuditAction {
    pub const ALL: [AuditAction; 8] = [
        AuditAction::ListInquiries,
        AuditAction::ListApplications,
        AuditAction::ChangeApplicationStatus,
        AuditAction::ReadAttachment,
        AuditAction::VerifyIdentity,
        AuditAction::ListBookings,
        AuditAction::BookOnBehalf,
        AuditAction::RecordVisit,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::ListInquiries => "list-inquiries",
            AuditAction::ListApplications => "list-applications",
            AuditAction::ChangeApplicationStatus => "change-application-status",
            AuditAction::ReadAttachment => "read-attachment",
            AuditAction::VerifyIdentity => "verify-identity",
            AuditAction::ListBookings => "list-bookings",
            AuditAction::BookOnBehalf => "book-on-behalf",
            AuditAction::RecordVisit => "record-visit",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// The message that names this action to a resident reading their audit entries.
    pub fn message_id(self) -> &'static str {
        match self {
            AuditAction::ListInquiries => crate::msg_id!("audit-action-list-inquiries"),
            AuditAction::ListApplications => crate::msg_id!("audit-action-list-applications"),
            AuditAction::ChangeApplicationStatus => crate::msg_id!("audit-action-change-application-status"),
            AuditAction::ReadAttachment => crate::msg_id!("audit-action-read-attachment"),
            AuditAction::VerifyIdentity => crate::msg_id!("audit-action-verify-identity"),
            AuditAction::ListBookings => crate::msg_id!("audit-action-list-bookings"),
            AuditAction::BookOnBehalf => crate::msg_id!("audit-action-book-on-behalf"),
            AuditAction::RecordVisit => crate::msg_id!("audit-action-record-visit"),
        }
    }
}

/// One access: who (staff username and role), what, which resident (when one), which thing, when,
/// from which device (the client's address as the server saw it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditEntry {
    #[cfg_attr(feature = "openapi", schema(value_type = i64))]
    pub at: UnixMillis,
    pub staff: Username,
    pub role: Role,
    pub action: AuditAction,
    /// The resident whose data it was, when the thing belongs to one account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resident: Option<AccountId>,
    /// Which thing: an application's reference, an attachment's id; empty for a list.
    pub subject: String,
    /// Where the request came from.
    pub device: String,
}

/// Audit entries, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditLog {
    pub entries: Vec<AuditEntry>,
}
