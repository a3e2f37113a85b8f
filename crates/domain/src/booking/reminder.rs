//! When a booking's reminder goes out (issue 12: "a reminder the day before"): on the day before
//! the visit, from 09:00 in Japan until that day ends. The server's sweep asks [`reminders_due`]
//! every minute with its clock's now and reminds every booking whose visit starts in the window it
//! names and has not been reminded of that visit yet (`docs/booking.md`).
//!
//! Why 09:00 and not midnight: a notice written at 00:00 arrives in the night (a device's quiet
//! hours would hold it, but the city should not count on every resident having set them), and
//! 09:00 is when city hall's counters open, so a resident who finds they cannot come can still
//! call or change the booking that day.
//!
//! Why the whole next day at every sweep, not one send at 09:00: what is due is decided from the
//! bookings' state, not from the moment, so a booking made on the day before after the first
//! sweep of the morning is reminded at the next sweep, and a server that was down at 09:00 sends
//! the reminders when it is back. A visit on the same day is never reminded (the message says
//! "tomorrow"; a resident booking for today has just seen the confirmation), and nothing is sent
//! before 09:00 on the day before, even for a visit early the next morning.

use crate::days::{JAPAN_UTC_OFFSET_MILLIS, MILLIS_PER_DAY, MILLIS_PER_HOUR};
use crate::{CalendarDate, UnixMillis};

/// Reminders go out from this time on the day before the visit: 09:00 in Japan, as milliseconds
/// into the day.
pub const REMINDERS_FROM_MILLIS_INTO_DAY: i64 = 9 * MILLIS_PER_HOUR;

/// The visits whose reminders are due: those starting on `day` (in Japan), that is in
/// `[visits_from, visits_until)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DueReminders {
    pub day: CalendarDate,
    pub visits_from: UnixMillis,
    pub visits_until: UnixMillis,
}

/// The visits to remind at `now`: tomorrow's (in Japan) from 09:00 today, none before 09:00.
/// `None` also past the calendar's ends.
pub fn reminders_due(now: UnixMillis) -> Option<DueReminders> {
    let into_day = now
        .0
        .checked_add(JAPAN_UTC_OFFSET_MILLIS)?
        .rem_euclid(MILLIS_PER_DAY);
    if into_day < REMINDERS_FROM_MILLIS_INTO_DAY {
        return None;
    }
    let day = now.date_in_japan()?.add_days(1)?;
    Some(DueReminders {
        day,
        visits_from: day.start_in_japan(),
        visits_until: day.add_days(1)?.start_in_japan(),
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::days::MILLIS_PER_MINUTE;

    fn date(y: i32, m: u8, d: u8) -> CalendarDate {
        CalendarDate::new(y, m, d).unwrap()
    }

    /// `hh:mm` on `day` in Japan.
    fn at(day: CalendarDate, hour: i64, minute: i64) -> UnixMillis {
        day.start_in_japan()
            .plus_millis(hour * MILLIS_PER_HOUR + minute * MILLIS_PER_MINUTE)
    }

    #[test]
    fn nothing_is_due_before_nine_in_the_morning_in_japan() {
        let tuesday = date(2026, 11, 24);
        assert_eq!(reminders_due(tuesday.start_in_japan()), None);
        assert_eq!(reminders_due(at(tuesday, 8, 59)), None);
        assert_eq!(reminders_due(at(tuesday, 9, 0).plus_millis(-1)), None);
    }

    #[test]
    fn from_nine_until_midnight_the_whole_next_day_is_due() {
        let tuesday = date(2026, 11, 24);
        let wednesday = DueReminders {
            day: date(2026, 11, 25),
            visits_from: date(2026, 11, 25).start_in_japan(),
            visits_until: date(2026, 11, 26).start_in_japan(),
        };
        assert_eq!(reminders_due(at(tuesday, 9, 0)), Some(wednesday));
        assert_eq!(reminders_due(at(tuesday, 17, 30)), Some(wednesday));
        assert_eq!(
            reminders_due(date(2026, 11, 25).start_in_japan().plus_millis(-1)),
            Some(wednesday)
        );
        // 2026-11-25T00:00+09:00 is 2026-11-24T15:00Z: days are Japan's, not UTC's.
        assert_eq!(wednesday.visits_from, UnixMillis(1_795_532_400_000));
    }

    #[test]
    fn the_day_before_new_year_reminds_the_first_of_january() {
        let due = reminders_due(at(date(2026, 12, 31), 10, 0)).unwrap();
        assert_eq!(due.day, date(2027, 1, 1));
    }

    proptest! {
        #![proptest_config(crate::test_support::pinned_proptest())]

        /// Whatever the instant, a due window is exactly the day after now's day in Japan.
        #[test]
        fn a_due_window_is_the_next_day_in_japan(now in 0_i64..4_102_444_800_000) {
            let now = UnixMillis(now);
            if let Some(due) = reminders_due(now) {
                let tomorrow = now.date_in_japan().unwrap().add_days(1).unwrap();
                prop_assert_eq!(due.day, tomorrow);
                prop_assert_eq!(due.visits_from.date_in_japan(), Some(tomorrow));
                prop_assert_eq!(due.visits_until.plus_millis(-1).date_in_japan(), Some(tomorrow));
                prop_assert_eq!(due.visits_until.0 - due.visits_from.0, MILLIS_PER_DAY);
            } else {
                let into_day = (now.0 + JAPAN_UTC_OFFSET_MILLIS).rem_euclid(MILLIS_PER_DAY);
                prop_assert!(into_day < REMINDERS_FROM_MILLIS_INTO_DAY);
            }
        }
    }
}
