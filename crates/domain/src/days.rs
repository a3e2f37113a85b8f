//! Counting days: the weekday of a [`CalendarDate`], adding days, and the instant a day of Japan
//! begins. Booking, closure days and deadlines all stand on these.
//!
//! Japan keeps one offset, UTC+9, all year: no daylight saving since 1951. So a day in Japan is
//! exactly 24 hours from a plain offset, and no time-zone database is needed (or wanted: it would
//! weigh on the UI's WASM for nothing). Instants are stored as UTC ([`UnixMillis`]).

use crate::{CalendarDate, UnixMillis};

pub const MILLIS_PER_MINUTE: i64 = 60_000;
pub const MILLIS_PER_HOUR: i64 = 60 * MILLIS_PER_MINUTE;
pub const MILLIS_PER_DAY: i64 = 24 * MILLIS_PER_HOUR;
/// Japan Standard Time is UTC+9 all year.
pub const JAPAN_UTC_OFFSET_MILLIS: i64 = 9 * MILLIS_PER_HOUR;

/// A day of the week, Monday first as in ISO 8601 (and in Japanese office calendars).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// 0 for Monday … 6 for Sunday.
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn is_weekend(self) -> bool {
        matches!(self, Weekday::Saturday | Weekday::Sunday)
    }
}

impl CalendarDate {
    /// Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`: exact for every
    /// Gregorian date, no tables.
    pub fn days_since_epoch(self) -> i64 {
        let year = i64::from(self.year()) - i64::from(self.month() <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month_from_march = (i64::from(self.month()) + 9) % 12;
        let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(self.day()) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` after 1970-01-01; `None` outside the years [`CalendarDate`] holds.
    pub fn from_days_since_epoch(days: i64) -> Option<CalendarDate> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let month_from_march = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
        let month = if month_from_march < 10 {
            month_from_march + 3
        } else {
            month_from_march - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        CalendarDate::new(
            i32::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
        .ok()
    }

    /// The date `days` later (earlier if negative); `None` past the calendar's ends.
    pub fn add_days(self, days: i64) -> Option<CalendarDate> {
        CalendarDate::from_days_since_epoch(self.days_since_epoch().checked_add(days)?)
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3).
        let index = (self.days_since_epoch() + 3).rem_euclid(7);
        Weekday::ALL[usize::try_from(index).unwrap_or_default()]
    }

    /// The instant this day begins in Japan (00:00 JST, 15:00 UTC the day before).
    pub fn start_in_japan(self) -> UnixMillis {
        UnixMillis(self.days_since_epoch() * MILLIS_PER_DAY - JAPAN_UTC_OFFSET_MILLIS)
    }
}

impl UnixMillis {
    /// The date in Japan at this instant.
    pub fn date_in_japan(self) -> Option<CalendarDate> {
        let local = self.0.checked_add(JAPAN_UTC_OFFSET_MILLIS)?;
        CalendarDate::from_days_since_epoch(local.div_euclid(MILLIS_PER_DAY))
    }

    /// The minute of the day a clock in Japan shows at this instant, `0..1440` (9:30 is 570).
    pub fn minute_of_day_in_japan(self) -> u16 {
        let local = self.0.div_euclid(MILLIS_PER_MINUTE) + JAPAN_UTC_OFFSET_MILLIS / MILLIS_PER_MINUTE;
        u16::try_from(local.rem_euclid(MILLIS_PER_DAY / MILLIS_PER_MINUTE)).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn date(y: i32, m: u8, d: u8) -> CalendarDate {
        CalendarDate::new(y, m, d).unwrap()
    }

    #[test]
    fn the_clock_in_japan_is_nine_hours_ahead_of_utc_and_wraps_at_midnight() {
        let midnight = date(2025, 11, 23).start_in_japan();
        assert_eq!(midnight.minute_of_day_in_japan(), 0);
        assert_eq!(
            midnight.plus_millis(-MILLIS_PER_MINUTE).minute_of_day_in_japan(),
            23 * 60 + 59
        );
        assert_eq!(
            midnight.plus_millis(-MILLIS_PER_MINUTE).date_in_japan(),
            Some(date(2025, 11, 22))
        );
        // 2025-11-23T05:05:59.999Z is 14:05 in Japan: seconds do not round up.
        assert_eq!(
            UnixMillis(1_763_874_359_999).minute_of_day_in_japan(),
            14 * 60 + 5
        );
        // Before 1970 too.
        assert_eq!(
            date(1969, 12, 31)
                .start_in_japan()
                .plus_millis(9 * MILLIS_PER_HOUR + 30 * MILLIS_PER_MINUTE)
                .minute_of_day_in_japan(),
            9 * 60 + 30
        );
    }

    #[test]
    fn known_days_have_their_weekdays() {
        assert_eq!(date(1970, 1, 1).weekday(), Weekday::Thursday);
        assert_eq!(date(2019, 5, 1).weekday(), Weekday::Wednesday);
        assert_eq!(date(2026, 12, 29).weekday(), Weekday::Tuesday);
        assert_eq!(date(2027, 1, 4).weekday(), Weekday::Monday);
        assert_eq!(date(1955, 1, 1).weekday(), Weekday::Saturday);
    }

    #[test]
    fn adding_days_crosses_months_years_and_leap_days() {
        assert_eq!(date(2024, 2, 28).add_days(1), Some(date(2024, 2, 29)));
        assert_eq!(date(2023, 2, 28).add_days(1), Some(date(2023, 3, 1)));
        assert_eq!(date(2026, 12, 31).add_days(1), Some(date(2027, 1, 1)));
        assert_eq!(date(2027, 1, 4).add_days(-6), Some(date(2026, 12, 29)));
        assert_eq!(date(1, 1, 1).add_days(-1), None);
    }

    #[test]
    fn a_day_in_japan_begins_at_15_00_utc_the_day_before() {
        // 2026-12-29T00:00+09:00 = 2026-12-28T15:00Z = 1_798_470_000_000 ms.
        let start = date(2026, 12, 29).start_in_japan();
        assert_eq!(start, UnixMillis(1_798_470_000_000));
        assert_eq!(start.date_in_japan(), Some(date(2026, 12, 29)));
        assert_eq!(start.plus_millis(-1).date_in_japan(), Some(date(2026, 12, 28)));
    }

    proptest! {
        #![proptest_config(crate::test_support::pinned_proptest())]

        #[test]
        fn counting_days_round_trips(days in -719_162_i64..3_000_000) {
            let d = CalendarDate::from_days_since_epoch(days).unwrap();
            prop_assert_eq!(d.days_since_epoch(), days);
            prop_assert_eq!(d.add_days(1).unwrap().weekday().index(), (d.weekday().index() + 1) % 7);
        }

        #[test]
        fn every_instant_of_a_japanese_day_maps_back_to_it(days in 0_i64..100_000, ms in 0..MILLIS_PER_DAY) {
            let d = CalendarDate::from_days_since_epoch(days).unwrap();
            prop_assert_eq!(d.start_in_japan().plus_millis(ms).date_in_japan(), Some(d));
        }
    }
}
