//! What the shell tells the UI about data it keeps on the device: cached copies with their age,
//! and mutations waiting in the outbox. IPC only (UI ↔ shell); nothing here goes to the server.

use serde::{Deserialize, Serialize};

use crate::{ApiError, UnixMillis};

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

/// Where something the resident sent (an application, a booking, a waitlist place) is on its way
/// to the city. The same for every kind the outbox carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
// Externally tagged (serde's default): internally tagged enums pull a buffering deserializer
// into the UI's WASM.
#[serde(rename_all = "camelCase")]
pub enum DeliveryState {
    /// Saved on the device, waiting in the outbox: it will be sent when the server can be reached.
    Pending { attempts: u32 },
    /// The city received it; `reference` is what the city gave it to quote (`YMS-2026-000123`).
    Sent { reference: String },
    /// The city refused it (a 4xx); retrying would not help. The error says why.
    Failed { error: ApiError },
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

/// One appointment the resident booked from this device (issue 12): what was asked for, where the
/// booking is on its way, the city's latest word on it, and a change waiting or refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LocalBooking {
    pub local_id: i64,
    /// The slot and contact as the resident chose them.
    pub request: crate::booking::BookingRequest,
    pub created_at: UnixMillis,
    /// The booking itself: pending (queued, e.g. offline), sent (`reference`: confirmed) or
    /// failed (e.g. `slot_full`: nobody holds that place for the resident).
    pub delivery: DeliveryState,
    /// The booking as the city last answered it (times, status, change deadline); none before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub booking: Option<crate::booking::Booking>,
    /// A cancellation or a move the resident asked for, waiting or refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<BookingChange>,
}

/// A change to a booking, as the device tracks it until the city answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BookingChange {
    pub action: BookingAction,
    /// `None` while it waits in the outbox; the city's refusal (e.g.
    /// `cancellation_deadline_passed`, with the counter's phone) once refused. A change the city
    /// accepted is no longer a change: `LocalBooking::booking` shows its outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refused: Option<ApiError>,
}

/// What the resident asked to change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum BookingAction {
    Cancel,
    /// Move to another slot of the same service.
    Reschedule(crate::booking::RescheduleRequest),
}

/// One place on a full slot's waitlist that the resident joined from this device (issue 12): the
/// slot and contact as asked, where joining is on its way, the city's latest word on the place,
/// and taking the offered place, waiting or refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LocalWaitlistPlace {
    pub local_id: i64,
    /// The full slot and the contact, as for a booking.
    pub request: crate::booking::BookingRequest,
    pub created_at: UnixMillis,
    /// Joining: pending (queued), sent (`reference`, `YMS-W-…`: in line) or failed (e.g.
    /// `slot_available`: a place is free, book it instead).
    pub delivery: DeliveryState,
    /// The place as the city last answered it (waiting, offered until…, booked, expired).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry: Option<crate::booking::WaitlistEntry>,
    /// "Take this place", asked for: waiting to be sent, or refused (the offer lapsed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accept: Option<WaitlistAccept>,
    /// Once the offer was taken: the [`LocalBooking`] it became (its `local_id`), a booking like
    /// any other from then on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub booking: Option<i64>,
}

/// Taking an offered place, as the device tracks it until the city answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WaitlistAccept {
    /// `None` while it waits in the outbox; the city's refusal (`waitlist_offer_expired`,
    /// `waitlist_no_offer`) once refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refused: Option<ApiError>,
}
