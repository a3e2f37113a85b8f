//! The days the city hall is closed (閉庁日), and where a deadline that falls on one goes.
//!
//! 地方自治法 4条の2 makes the city's closure days weekends, national holidays and 12/29–1/3 (年末年始),
//! and lets a city add its own by ordinance; the same article moves a deadline that falls on a
//! closure day to the next open day. [`ClosureCalendar::next_open_day`] is that rule.

use std::collections::BTreeSet;

use super::holidays::{NationalHolidays, OutsideCalendar};
use crate::CalendarDate;

/// Why a day is closed. When several reasons hold, the most specific one is given: a national
/// holiday, then the year-end break, then the city's own closure, then the weekend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closure {
    NationalHoliday {
        provisional: bool,
    },
    /// 12/29–1/3.
    YearEnd,
    /// A day the city closed by its own decision.
    Local,
    Weekend,
}

/// The city's closure days: the national ones and its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClosureCalendar {
    holidays: NationalHolidays,
    local: BTreeSet<CalendarDate>,
}

impl ClosureCalendar {
    pub fn new(holidays: NationalHolidays, local: impl IntoIterator<Item = CalendarDate>) -> Self {
        ClosureCalendar {
            holidays,
            local: local.into_iter().collect(),
        }
    }

    pub fn holidays(&self) -> &NationalHolidays {
        &self.holidays
    }

    /// Why `date` is closed, or `None` when the counters are open.
    pub fn closure(&self, date: CalendarDate) -> Result<Option<Closure>, OutsideCalendar> {
        if let Some(holiday) = self.holidays.on(date)? {
            return Ok(Some(Closure::NationalHoliday {
                provisional: holiday.is_provisional(),
            }));
        }
        let year_end = matches!((date.month(), date.day()), (12, 29..=31) | (1, 1..=3));
        Ok(if year_end {
            Some(Closure::YearEnd)
        } else if self.local.contains(&date) {
            Some(Closure::Local)
        } else if date.weekday().is_weekend() {
            Some(Closure::Weekend)
        } else {
            None
        })
    }

    pub fn is_open(&self, date: CalendarDate) -> Result<bool, OutsideCalendar> {
        Ok(self.closure(date)?.is_none())
    }

    /// `date` itself if open, else the first open day after it: where a deadline on `date` lands.
    ///
    /// Ends: national closures never run longer than a week or two (the longest is a year-end
    /// break joined to a weekend), and local closures are a finite set, so the walk stops; it fails
    /// only if it walks past the years the holiday calendar knows.
    pub fn next_open_day(&self, date: CalendarDate) -> Result<CalendarDate, OutsideCalendar> {
        let mut day = date;
        while !self.is_open(day)? {
            day = day.add_days(1).ok_or(OutsideCalendar(day.year()))?;
        }
        Ok(day)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::booking::holidays::shipped;

    fn date(y: i32, m: u8, d: u8) -> CalendarDate {
        CalendarDate::new(y, m, d).unwrap()
    }

    fn calendar(local: &[CalendarDate]) -> ClosureCalendar {
        ClosureCalendar::new(NationalHolidays::new(shipped()), local.iter().copied())
    }

    #[test]
    fn a_deadline_on_2026_12_29_rolls_to_monday_2027_01_04() {
        assert_eq!(
            calendar(&[]).next_open_day(date(2026, 12, 29)),
            Ok(date(2027, 1, 4))
        );
    }

    #[test]
    fn a_deadline_on_an_open_day_stays_where_it_is() {
        assert_eq!(
            calendar(&[]).next_open_day(date(2026, 12, 28)),
            Ok(date(2026, 12, 28))
        );
    }

    #[test]
    fn a_deadline_in_golden_week_rolls_past_the_holidays_and_the_weekend() {
        // 2026: 5/2–3 weekend, 5/4–5 祝日, 5/6 振替休日 (5/3 was a Sunday); Thursday 5/7 is open.
        assert_eq!(
            calendar(&[]).next_open_day(date(2026, 5, 2)),
            Ok(date(2026, 5, 7))
        );
    }

    #[test]
    fn a_local_closure_moves_a_deadline_too() {
        let cal = calendar(&[date(2027, 1, 4)]);
        assert_eq!(cal.closure(date(2027, 1, 4)), Ok(Some(Closure::Local)));
        assert_eq!(cal.next_open_day(date(2026, 12, 29)), Ok(date(2027, 1, 5)));
    }

    #[test]
    fn each_reason_is_reported_most_specific_first() {
        let cal = calendar(&[]);
        // 元日 is in the year-end break too: the holiday is the reason given.
        assert_eq!(
            cal.closure(date(2026, 1, 1)),
            Ok(Some(Closure::NationalHoliday { provisional: false }))
        );
        assert_eq!(cal.closure(date(2026, 12, 30)), Ok(Some(Closure::YearEnd)));
        assert_eq!(cal.closure(date(2026, 12, 26)), Ok(Some(Closure::Weekend)));
        let after_the_list = *cal.holidays().published().years().end() + 1;
        assert_eq!(
            cal.closure(date(after_the_list, 1, 1)),
            Ok(Some(Closure::NationalHoliday { provisional: true }))
        );
        assert_eq!(cal.closure(date(2026, 12, 28)), Ok(None));
    }

    #[test]
    fn every_listed_holiday_and_every_year_end_day_is_closed() {
        let cal = calendar(&[]);
        for (day, name) in cal.holidays().published().iter() {
            assert!(!cal.is_open(day).unwrap(), "{day:?} {name}");
        }
        for year in 1956..=*cal.holidays().published().years().end() {
            for day in [
                date(year - 1, 12, 29),
                date(year - 1, 12, 31),
                date(year, 1, 2),
                date(year, 1, 3),
            ] {
                assert!(!cal.is_open(day).unwrap(), "{day:?}");
            }
        }
    }

    proptest! {
        #![proptest_config(crate::test_support::pinned_proptest())]

        #[test]
        fn next_open_day_is_open_and_not_before_the_deadline(
            days in 0_i64..(2100 - 1970) * 365,
            local in proptest::collection::vec(0_i64..30, 0..20),
        ) {
            let start = CalendarDate::from_days_since_epoch(days).unwrap();
            let local: Vec<_> = local.iter().map(|n| start.add_days(*n).unwrap()).collect();
            let cal = calendar(&local);
            let open = cal.next_open_day(start).unwrap();
            prop_assert!(open >= start);
            prop_assert_eq!(cal.is_open(open), Ok(true));
            // and nothing between is open: it is the *next* open day.
            let mut day = start;
            while day < open {
                prop_assert_eq!(cal.is_open(day), Ok(false));
                day = day.add_days(1).unwrap();
            }
        }
    }
}
