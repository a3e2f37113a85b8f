//! Japanese eras (和暦) and the Gregorian calendar (西暦): dates written either way, converted both
//! ways, including the first year of an era (元年), which is year 1.
//!
//! Which day each era began comes from CLDR (ICU4X's Japanese calendar over the workspace's baked
//! CLDR data, `madoguchi-cldr-data`), never from a table written here: the next era's first day
//! arrives with a data update. The UI already carries that calendar for its dates. What is written
//! here is only which eras a resident form offers. Dates before 大正 (1912-07-30) are out of scope
//! for resident forms and are reported as such.

use std::sync::OnceLock;

use icu_calendar::Date;
use icu_calendar::cal::{Gregorian, Japanese};
use madoguchi_cldr_data::Cldr;

/// An era of the modern calendar, newest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Era {
    Reiwa,
    Heisei,
    Showa,
    Taisho,
}

/// A valid Gregorian date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CalendarDate {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a date cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// No such day (month 13, 2月30日, year 0).
    #[error("no such date")]
    NoSuchDate,
    /// The day is not in that era (e.g. 平成31年5月1日, which is 令和元年).
    #[error("the date is outside the era")]
    OutsideEra,
    /// Before 大正; forms do not ask for such dates.
    #[error("the date is before the Taisho era")]
    BeforeTaisho,
}

impl Era {
    /// Newest first, the order of an era menu.
    pub const ALL: [Era; 4] = [Era::Reiwa, Era::Heisei, Era::Showa, Era::Taisho];

    /// The era's first day, from CLDR's era data (looked up once).
    pub fn first_day(self) -> CalendarDate {
        static FIRST_DAYS: OnceLock<[CalendarDate; 4]> = OnceLock::new();
        let days = FIRST_DAYS.get_or_init(|| Era::ALL.map(first_day_in_cldr));
        let index = Era::ALL.iter().position(|e| *e == self).unwrap_or_default();
        days[index]
    }

    /// A stable identifier for forms and message ids (`reiwa`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Era::Reiwa => "reiwa",
            Era::Heisei => "heisei",
            Era::Showa => "showa",
            Era::Taisho => "taisho",
        }
    }

    pub fn parse(s: &str) -> Option<Era> {
        Era::ALL.into_iter().find(|e| e.as_str() == s)
    }

    /// The era after this one, whose first day ends it.
    fn next(self) -> Option<Era> {
        match self {
            Era::Reiwa => None,
            Era::Heisei => Some(Era::Reiwa),
            Era::Showa => Some(Era::Heisei),
            Era::Taisho => Some(Era::Showa),
        }
    }

    /// The Gregorian year of this era's year `n` (元年 is 1).
    pub fn gregorian_year(self, n: u16) -> i32 {
        self.first_day().year + i32::from(n) - 1
    }

    /// This era's year number for a Gregorian year (may be < 1 or past the era's end; see
    /// [`Era::date`] for a checked conversion).
    pub fn era_year(self, gregorian_year: i32) -> i32 {
        gregorian_year - self.first_day().year + 1
    }

    /// The date `year`年`month`月`day`日 of this era, checked to lie inside the era.
    pub fn date(self, year: u16, month: u8, day: u8) -> Result<CalendarDate, DateError> {
        if year == 0 {
            return Err(DateError::NoSuchDate);
        }
        let date = CalendarDate::new(self.gregorian_year(year), month, day)?;
        let ended = self.next().is_some_and(|next| date >= next.first_day());
        if date < self.first_day() || ended {
            Err(DateError::OutsideEra)
        } else {
            Ok(date)
        }
    }
}

/// Finds `era`'s first day in CLDR's Japanese calendar: its year 1 begins in the Gregorian year the
/// era began, so walk that year's days until the calendar names the era (at most 366 lookups, once).
///
/// # Panics
/// Only if the baked CLDR data lacks the Japanese calendar, which `madoguchi-cldr-data` is generated
/// with; this module's tests would fail first.
fn first_day_in_cldr(era: Era) -> CalendarDate {
    let japanese = Japanese::try_new_unstable(&Cldr).expect("the baked CLDR data has the Japanese eras");
    let year_one = Date::try_new_japanese_with_calendar(era.as_str(), 1, 1, 1, japanese)
        .expect("CLDR knows the modern eras")
        .to_calendar(Gregorian)
        .era_year()
        .extended_year;
    (1..=12u8)
        .flat_map(|month| (1..=days_in_month(year_one, month)).map(move |day| (month, day)))
        .find_map(|(month, day)| {
            let date = Date::try_new_gregorian(year_one, month, day).ok()?;
            (date.to_calendar(japanese).era_year().era == era.as_str()).then_some(CalendarDate {
                year: year_one,
                month,
                day,
            })
        })
        .expect("an era begins in the Gregorian year of its year 1")
}

/// A year of an era, e.g. 令和元年 = `EraYear { era: Reiwa, year: 1 }`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EraYear {
    pub era: Era,
    pub year: u16,
}

impl CalendarDate {
    /// A date, if it exists in the Gregorian calendar (leap years included) and is from 1 CE on.
    pub fn new(year: i32, month: u8, day: u8) -> Result<Self, DateError> {
        if year < 1 || !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
            return Err(DateError::NoSuchDate);
        }
        Ok(Self { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Reads `YYYY-MM-DD`, the form every date crosses the wire in (the UI turns 和暦 into it).
    pub fn parse_iso(s: &str) -> Result<Self, DateError> {
        let mut parts = s.splitn(3, '-');
        let mut number = |len: usize| {
            parts
                .next()
                .filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|p| p.parse::<u16>().ok())
                .ok_or(DateError::NoSuchDate)
        };
        let (year, month, day) = (number(4)?, number(2)?, number(2)?);
        Self::new(i32::from(year), month as u8, day as u8)
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The era and era year this date falls in (平成31年4月30日, 令和元年5月1日).
    pub fn era_year(self) -> Result<EraYear, DateError> {
        let era = Era::ALL
            .into_iter()
            .find(|e| self >= e.first_day())
            .ok_or(DateError::BeforeTaisho)?;
        let year = u16::try_from(era.era_year(self.year)).map_err(|_| DateError::NoSuchDate)?;
        Ok(EraYear { era, year })
    }
}

/// Reads a year as written in a form: digits (full-width too), or 元 for the first year.
pub fn parse_year(text: &str) -> Option<u16> {
    let text = text.trim().trim_end_matches('年');
    if text == "元" {
        return Some(1);
    }
    let digits: String = text
        .chars()
        .map(|c| {
            if ('０'..='９').contains(&c) {
                char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c)
            } else {
                c
            }
        })
        .collect();
    digits.parse().ok().filter(|n| *n > 0)
}

pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u8, d: u8) -> CalendarDate {
        CalendarDate::new(y, m, d).unwrap()
    }

    #[test]
    fn iso_dates_are_read_strictly_and_written_back_the_same() {
        assert_eq!(CalendarDate::parse_iso("2024-02-29"), Ok(date(2024, 2, 29)));
        assert_eq!(date(2024, 2, 29).iso(), "2024-02-29");
        for bad in [
            "2023-02-29",
            "2024-2-29",
            "24-02-29",
            "2024/02/29",
            "2024-02-29x",
            "",
        ] {
            assert!(CalendarDate::parse_iso(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn reiwa_gannen_is_2019_from_the_first_of_may() {
        assert_eq!(Era::Reiwa.date(1, 5, 1), Ok(date(2019, 5, 1)));
        assert_eq!(
            date(2019, 5, 1).era_year(),
            Ok(EraYear {
                era: Era::Reiwa,
                year: 1
            })
        );
    }

    #[test]
    fn the_last_day_of_heisei_is_heisei_31_april_30() {
        assert_eq!(
            date(2019, 4, 30).era_year(),
            Ok(EraYear {
                era: Era::Heisei,
                year: 31
            })
        );
        assert_eq!(Era::Heisei.date(31, 4, 30), Ok(date(2019, 4, 30)));
    }

    #[test]
    fn a_day_after_an_era_ended_is_outside_it() {
        assert_eq!(Era::Heisei.date(31, 5, 1), Err(DateError::OutsideEra));
        assert_eq!(Era::Reiwa.date(1, 4, 30), Err(DateError::OutsideEra));
        assert_eq!(Era::Showa.date(64, 1, 8), Err(DateError::OutsideEra));
    }

    #[test]
    fn every_eras_first_and_last_years_convert_both_ways() {
        assert_eq!(Era::Heisei.date(1, 1, 8), Ok(date(1989, 1, 8)));
        assert_eq!(Era::Showa.date(64, 1, 7), Ok(date(1989, 1, 7)));
        assert_eq!(Era::Showa.date(1, 12, 25), Ok(date(1926, 12, 25)));
        assert_eq!(Era::Taisho.date(15, 12, 24), Ok(date(1926, 12, 24)));
        assert_eq!(Era::Taisho.date(1, 7, 30), Ok(date(1912, 7, 30)));
        assert_eq!(
            date(1989, 1, 7).era_year(),
            Ok(EraYear {
                era: Era::Showa,
                year: 64
            })
        );
        assert_eq!(
            date(1926, 12, 25).era_year(),
            Ok(EraYear {
                era: Era::Showa,
                year: 1
            })
        );
    }

    #[test]
    fn a_date_before_taisho_has_no_era_here() {
        assert_eq!(date(1912, 7, 29).era_year(), Err(DateError::BeforeTaisho));
    }

    #[test]
    fn leap_days_exist_only_in_leap_years() {
        assert!(CalendarDate::new(2024, 2, 29).is_ok());
        assert_eq!(CalendarDate::new(2023, 2, 29), Err(DateError::NoSuchDate));
        assert_eq!(CalendarDate::new(1900, 2, 29), Err(DateError::NoSuchDate));
        assert!(CalendarDate::new(2000, 2, 29).is_ok());
        assert_eq!(Era::Reiwa.date(5, 2, 29), Err(DateError::NoSuchDate));
    }

    #[test]
    fn a_year_is_read_as_digits_full_width_digits_or_gannen() {
        assert_eq!(parse_year("元"), Some(1));
        assert_eq!(parse_year("元年"), Some(1));
        assert_eq!(parse_year("６"), Some(6));
        assert_eq!(parse_year(" 1989 "), Some(1989));
        assert_eq!(parse_year("0"), None);
        assert_eq!(parse_year("abc"), None);
    }

    #[test]
    fn era_year_numbers_follow_the_gregorian_year() {
        assert_eq!(Era::Reiwa.gregorian_year(6), 2024);
        assert_eq!(Era::Reiwa.era_year(2024), 6);
        assert_eq!(Era::Heisei.era_year(2019), 31);
    }
}
