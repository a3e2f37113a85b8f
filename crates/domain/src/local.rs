//! What the shell tells the UI about data it keeps on the device: cached copies with their age,
//! and mutations waiting in the outbox. IPC only (UI ↔ shell); nothing here goes to the server.

use serde::{Deserialize, Serialize};

use crate::{ApiError, DepartmentId, UnixMillis};

/// A value read from the device's encrypted cache or just fetched, with when it was fetched, so the
/// UI can say "from this device, updated N minutes ago".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Cached<T> {
    pub value: T,
    /// When the server last gave us this data.
    pub fetched_at: UnixMillis,
    /// `true` when this answer came from the server just now; `false` when read from the cache.
    pub fresh: bool,
}

/// Where something the resident sent (an inquiry; later an application, a booking) is on its way
/// to the city. The same for every kind the outbox carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
// Externally tagged (serde's default): internally tagged enums pull a buffering deserializer
// into the UI's WASM.
#[serde(rename_all = "camelCase")]
pub enum DeliveryState {
    /// Saved on the device, waiting in the outbox: it will be sent when the server can be reached.
    Pending { attempts: u32 },
    /// The city received it; `reference` is what the city gave it to quote (`Q-000042`).
    Sent { reference: String },
    /// The city refused it (a 4xx); retrying would not help. The error says why.
    Failed { error: ApiError },
}

/// One inquiry the resident wrote on this device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LocalInquiry {
    pub local_id: i64,
    pub department: DepartmentId,
    pub subject: String,
    pub created_at: UnixMillis,
    pub delivery: DeliveryState,
}

/// A form being filled on this device, saved answer by answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    pub local_id: i64,
    pub procedure: crate::ProcedureId,
    pub form_version: u32,
    pub answers: crate::form::Answers,
    /// The step the resident was on (0 is the first), to resume there.
    pub step: u32,
    pub updated_at: UnixMillis,
}

/// What the UI hands the shell to save: a new draft (`local_id` none) or the next state of one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DraftInput {
    #[serde(default)]
    pub local_id: Option<i64>,
    pub procedure: crate::ProcedureId,
    pub form_version: u32,
    pub answers: crate::form::Answers,
    pub step: u32,
}

/// One application the resident submitted from this device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LocalApplication {
    pub local_id: i64,
    pub procedure: crate::ProcedureId,
    pub form_version: u32,
    pub created_at: UnixMillis,
    pub delivery: DeliveryState,
}
