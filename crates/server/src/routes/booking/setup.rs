//! The city's booking setup as the routes judge with it: the kept file read back into the domain's
//! rules with the kept national holidays, and a request's slot read back into a [`SlotClaim`].
//!
//! Every booking request needs the setup, and building it (two reads, the config's JSON, the
//! holiday list, the checks and the schedule) cost more than the booking itself under load. It
//! changes when the city imports a file, so each instance keeps the built setup for a second
//! (`fresh.rs`): an import by the CLI is in force here within that second.

use madoguchi_domain::booking::{
    BookingConfig, BookingRefusal, CheckedConfig, CounterId, HolidayList, IdentityLevel, NationalHolidays,
    Schedule, ServiceId, Slot, UtcTime,
};
use madoguchi_domain::{ErrorCode, UnixMillis};

use std::sync::Arc;

use crate::error::ServerError;
use crate::routes::AppState;
use crate::storage::SlotClaim;

/// The setup in force.
pub struct Setup {
    pub config: BookingConfig,
    pub checked: CheckedConfig,
    pub schedule: Schedule,
}

/// The setup kept, or `None` before the city imported one.
pub async fn load(state: &AppState) -> Result<Option<Arc<Setup>>, ServerError> {
    let kept = state
        .booking_setup
        .get(|_| async { Ok::<_, ServerError>(Arc::new(build(state).await?.map(Arc::new))) })
        .await?;
    Ok(kept.as_ref().clone())
}

/// The setup read and built from the database.
async fn build(state: &AppState) -> Result<Option<Setup>, ServerError> {
    let Some(config) = state.store.booking_config().await? else {
        return Ok(None);
    };
    let checked = config
        .check()
        .map_err(|_| ServerError::Internal("the kept booking setup does not pass its checks".into()))?;
    // Before a city imports the Cabinet Office's file, the copy shipped with the server answers.
    let published = match state.store.holidays().await? {
        Some(list) => list,
        None => HolidayList::parse(crate::demo::HOLIDAYS)
            .map_err(|e| ServerError::Internal(format!("the shipped holidays: {e}")))?,
    };
    let schedule = checked
        .schedule(NationalHolidays::new(published))
        .map_err(|e| ServerError::Internal(format!("the kept booking setup: {e}")))?;
    Ok(Some(Setup {
        config,
        checked,
        schedule,
    }))
}

/// The setup, or the refusal of a service nobody offers.
pub async fn require(state: &AppState) -> Result<Arc<Setup>, ServerError> {
    load(state)
        .await?
        .ok_or(ServerError::Booking(ErrorCode::UnknownService))
}

/// A refusal of the domain's rules as the API says it.
pub fn refused(refusal: BookingRefusal) -> ServerError {
    ServerError::Booking(match refusal {
        BookingRefusal::UnknownService => ErrorCode::UnknownService,
        BookingRefusal::UnknownCounter | BookingRefusal::NotASlot => ErrorCode::NotASlot,
        BookingRefusal::DayClosed | BookingRefusal::OutsideCalendar => ErrorCode::ClosedDay,
        BookingRefusal::SlotInPast | BookingRefusal::BookingNotOpenYet | BookingRefusal::BookingClosed => {
            ErrorCode::OutsideBookingWindow
        }
        BookingRefusal::IdentityLevelTooLow => ErrorCode::IdentityLevelTooLow,
    })
}

/// Whether the booking window is judged: a new booking or waitlist place is; taking an offer
/// already held is not (only that the slot has not begun).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    Judged,
    OfferHeld,
}

impl Setup {
    /// The slot a request names, judged at `now` for someone proven to `identity`.
    pub fn claim(
        &self,
        service: &str,
        counter: &str,
        starts_at: UtcTime,
        now: UnixMillis,
        identity: IdentityLevel,
        window: Window,
    ) -> Result<SlotClaim, ServerError> {
        let service = ServiceId::parse(service).map_err(|_| refused(BookingRefusal::UnknownService))?;
        let counter = CounterId::parse(counter).map_err(|_| refused(BookingRefusal::NotASlot))?;
        let slot = self
            .schedule
            .slot_at(&service, &counter, starts_at.0)
            .map_err(refused)?;
        let rules = self
            .schedule
            .service(&service)
            .ok_or(refused(BookingRefusal::UnknownService))?;
        match window {
            Window::Judged => rules.can_book(&slot, identity, now).map_err(refused)?,
            Window::OfferHeld if now >= slot.starts_at => return Err(refused(BookingRefusal::SlotInPast)),
            Window::OfferHeld => {}
        }
        Ok(self.slot_claim(&slot))
    }

    /// `slot` as the store takes it.
    pub fn slot_claim(&self, slot: &Slot) -> SlotClaim {
        let rules = self.schedule.service(&slot.service);
        let occupies = rules.map_or((slot.starts_at, slot.ends_at), |s| s.occupies(slot));
        let change_deadline = rules.map_or(slot.starts_at, |s| s.change_deadline.deadline(slot.starts_at));
        SlotClaim {
            service: slot.service.to_string(),
            counter: slot.counter.to_string(),
            date: slot.date.iso(),
            starts_at: slot.starts_at,
            ends_at: slot.ends_at,
            occupies,
            capacity: slot.capacity,
            change_deadline,
        }
    }

    /// How long an offer on a freed place is held.
    pub fn offer_minutes(&self) -> std::num::NonZeroU32 {
        self.checked.offer_minutes
    }
}
