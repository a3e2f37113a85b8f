//! When a slot may be booked, and until when a booking may be cancelled or moved: pure decisions
//! over an instant `now` the caller passes in (the server's clock, a test's pinned time).
//!
//! The server decides with these at the moment it writes; the UI uses the same functions to grey
//! out what the server would refuse, so both say the same thing.

use super::slots::Slot;
use crate::UnixMillis;
use crate::days::{MILLIS_PER_HOUR, MILLIS_PER_MINUTE};

/// Why a slot cannot be booked. Serialises as its stable code (`slot_in_past`, …); the server
/// answers 422 with it, and the UI maps it to a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{}", self.code())]
pub enum BookingRefusal {
    /// No such service.
    UnknownService,
    /// No such counter, or it does not take this service.
    UnknownCounter,
    /// The city is closed that day (weekend, holiday, 年末年始, local closure).
    DayClosed,
    /// The counter has no slot starting at that time.
    NotASlot,
    /// The slot has begun or is over.
    SlotInPast,
    /// Too far ahead: booking for that day has not opened yet.
    BookingNotOpenYet,
    /// Too close to the slot: booking has closed.
    BookingClosed,
    /// The service needs a stronger proof of identity than the booker has.
    IdentityLevelTooLow,
    /// The holiday calendar does not reach that day, so whether it is open is unknown.
    OutsideCalendar,
}

impl BookingRefusal {
    /// The stable code clients branch on.
    pub fn code(self) -> &'static str {
        match self {
            BookingRefusal::UnknownService => "unknown_service",
            BookingRefusal::UnknownCounter => "unknown_counter",
            BookingRefusal::DayClosed => "day_closed",
            BookingRefusal::NotASlot => "not_a_slot",
            BookingRefusal::SlotInPast => "slot_in_past",
            BookingRefusal::BookingNotOpenYet => "booking_not_open_yet",
            BookingRefusal::BookingClosed => "booking_closed",
            BookingRefusal::IdentityLevelTooLow => "identity_level_too_low",
            BookingRefusal::OutsideCalendar => "outside_calendar",
        }
    }
}

/// Why a booking can no longer be cancelled or moved (the UI then gives the counter's phone number).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{}", self.code())]
pub enum ChangeRefusal {
    DeadlinePassed,
}

impl ChangeRefusal {
    /// The stable code clients branch on.
    pub fn code(self) -> &'static str {
        match self {
            ChangeRefusal::DeadlinePassed => "change_deadline_passed",
        }
    }
}

/// A refusal crosses the wire as its code alone, so the code has one spelling: `code()`'s.
macro_rules! serialize_as_code {
    ($($refusal:ty),*) => {$(
        impl serde::Serialize for $refusal {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.code())
            }
        }
    )*};
}
pub(crate) use serialize_as_code;

serialize_as_code!(BookingRefusal, ChangeRefusal);

/// When booking a slot is possible: from 00:00 in Japan `opens_days_ahead` days before the slot's
/// day, until `closes_hours_before` hours before it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BookingWindow {
    opens_days_ahead: u16,
    closes_hours_before: u16,
}

impl BookingWindow {
    /// A window that is open for some time before every slot, i.e. it opens more hours ahead than
    /// it closes (opening 0 days ahead would leave a slot at midnight no time at all).
    pub fn new(opens_days_ahead: u16, closes_hours_before: u16) -> Option<BookingWindow> {
        (u32::from(opens_days_ahead) * 24 > u32::from(closes_hours_before)).then_some(BookingWindow {
            opens_days_ahead,
            closes_hours_before,
        })
    }

    /// The first instant `slot` may be booked.
    pub fn opens_at(self, slot: &Slot) -> UnixMillis {
        slot.date
            .add_days(-i64::from(self.opens_days_ahead))
            .map_or(UnixMillis(i64::MIN), |day| day.start_in_japan())
    }

    /// The first instant `slot` may no longer be booked.
    pub fn closes_at(self, slot: &Slot) -> UnixMillis {
        slot.starts_at
            .plus_millis(-i64::from(self.closes_hours_before) * MILLIS_PER_HOUR)
    }

    /// Whether `slot` may be booked at `now` as far as time goes (capacity is the store's to
    /// enforce, in the transaction that books).
    pub fn check(self, slot: &Slot, now: UnixMillis) -> Result<(), BookingRefusal> {
        if now >= slot.starts_at {
            Err(BookingRefusal::SlotInPast)
        } else if now < self.opens_at(slot) {
            Err(BookingRefusal::BookingNotOpenYet)
        } else if now >= self.closes_at(slot) {
            Err(BookingRefusal::BookingClosed)
        } else {
            Ok(())
        }
    }
}

/// Until when a booking may be cancelled or moved to another slot: `minutes_before` its start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChangeDeadline {
    minutes_before: u32,
}

impl ChangeDeadline {
    pub fn hours_before(hours: u16) -> ChangeDeadline {
        ChangeDeadline {
            minutes_before: u32::from(hours) * 60,
        }
    }

    pub fn minutes_before(minutes: u32) -> ChangeDeadline {
        ChangeDeadline {
            minutes_before: minutes,
        }
    }

    /// The first instant a booking starting at `starts_at` can no longer be changed.
    pub fn deadline(self, starts_at: UnixMillis) -> UnixMillis {
        starts_at.plus_millis(-i64::from(self.minutes_before) * MILLIS_PER_MINUTE)
    }

    /// Whether a booking starting at `starts_at` may be cancelled or rescheduled at `now`.
    pub fn check(self, starts_at: UnixMillis, now: UnixMillis) -> Result<(), ChangeRefusal> {
        if now < self.deadline(starts_at) {
            Ok(())
        } else {
            Err(ChangeRefusal::DeadlinePassed)
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::CalendarDate;
    use crate::booking::ids::{CounterId, ServiceId};

    /// A slot on Monday 2027-01-04 at 10:00 JST (01:00 UTC).
    fn slot() -> Slot {
        let date = CalendarDate::new(2027, 1, 4).unwrap();
        let starts_at = date.start_in_japan().plus_millis(10 * MILLIS_PER_HOUR);
        Slot {
            service: ServiceId::parse("my-number-card").unwrap(),
            counter: CounterId::parse("counter-3").unwrap(),
            date,
            starts_at,
            ends_at: starts_at.plus_millis(30 * MILLIS_PER_MINUTE),
            capacity: 3,
        }
    }

    /// An instant in Japan time, as a resident would read it off a clock.
    fn jst(y: i32, m: u8, d: u8, hour: i64, minute: i64) -> UnixMillis {
        CalendarDate::new(y, m, d)
            .unwrap()
            .start_in_japan()
            .plus_millis(hour * MILLIS_PER_HOUR + minute * MILLIS_PER_MINUTE)
    }

    #[test]
    fn a_window_must_open_before_it_closes() {
        assert!(BookingWindow::new(0, 0).is_none());
        assert!(BookingWindow::new(1, 24).is_none());
        assert!(BookingWindow::new(1, 23).is_some());
    }

    #[test]
    fn booking_opens_at_midnight_n_days_ahead_and_closes_m_hours_before() {
        let window = BookingWindow::new(30, 24).unwrap();
        let slot = slot();
        // 30 days before 2027-01-04 is 2026-12-05.
        assert_eq!(
            window.check(&slot, jst(2026, 12, 4, 23, 59)),
            Err(BookingRefusal::BookingNotOpenYet)
        );
        assert_eq!(window.check(&slot, jst(2026, 12, 5, 0, 0)), Ok(()));
        assert_eq!(window.check(&slot, jst(2027, 1, 3, 9, 59)), Ok(()));
        assert_eq!(
            window.check(&slot, jst(2027, 1, 3, 10, 0)),
            Err(BookingRefusal::BookingClosed)
        );
        assert_eq!(
            window.check(&slot, jst(2027, 1, 4, 10, 0)),
            Err(BookingRefusal::SlotInPast)
        );
    }

    #[test]
    fn a_booking_can_be_changed_until_the_deadline_and_not_at_it() {
        let deadline = ChangeDeadline::hours_before(2);
        let starts_at = slot().starts_at;
        assert_eq!(deadline.check(starts_at, jst(2027, 1, 4, 7, 59)), Ok(()));
        assert_eq!(
            deadline.check(starts_at, jst(2027, 1, 4, 8, 0)),
            Err(ChangeRefusal::DeadlinePassed)
        );
        assert_eq!(
            deadline.check(starts_at, jst(2027, 1, 4, 11, 0)),
            Err(ChangeRefusal::DeadlinePassed)
        );
    }

    #[test]
    fn refusals_serialise_as_their_stable_codes() {
        for refusal in [
            BookingRefusal::SlotInPast,
            BookingRefusal::DayClosed,
            BookingRefusal::UnknownService,
        ] {
            assert_eq!(serde_json::to_value(refusal).unwrap(), refusal.code());
        }
        assert_eq!(
            serde_json::to_value(ChangeRefusal::DeadlinePassed).unwrap(),
            "change_deadline_passed"
        );
    }

    proptest! {
        #![proptest_config(crate::test_support::pinned_proptest())]

        #[test]
        fn a_slot_is_bookable_exactly_inside_its_window(
            days in 1_u16..90,
            hours in 0_u16..48,
            offset_minutes in -200_000_i64..2_000,
        ) {
            prop_assume!(u32::from(days) * 24 > u32::from(hours));
            let window = BookingWindow::new(days, hours).unwrap();
            let slot = slot();
            let now = slot.starts_at.plus_millis(offset_minutes * MILLIS_PER_MINUTE);
            let inside = window.opens_at(&slot) <= now && now < window.closes_at(&slot);
            prop_assert_eq!(window.check(&slot, now).is_ok(), inside);
            prop_assert!(window.opens_at(&slot) < window.closes_at(&slot));
        }
    }
}
