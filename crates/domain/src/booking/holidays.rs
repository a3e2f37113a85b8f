//! 国民の祝日 and 休日: the Cabinet Office's published list (`syukujitsu.csv`), and for the years
//! after it, the days the law's rules give, marked provisional.
//!
//! The published list is the authority: it carries what no rule can know (the 2019 enthronement
//! days, the 2020 and 2021 Olympic moves, each year's equinox days as fixed by 官報). Rules
//! ([`super::holiday_rules`]) only fill the years the list does not reach yet, and a day they give
//! is [`HolidayName::Rule`], so the city and the resident can see it is not confirmed.
//!
//! The file is read as text: the shipped copy (`crates/domain/data/holidays/`) is UTF-8, and a
//! reader of the official Shift_JIS download decodes it before calling [`HolidayList::parse`]
//! (this crate has no encoding tables; see that folder's README).

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

use super::holiday_rules::{self, HolidayRule};
use crate::CalendarDate;

/// One 祝日 or 休日.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    pub date: CalendarDate,
    pub name: HolidayName,
}

/// Where a holiday comes from, which is also what it is called.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HolidayName {
    /// Listed by the Cabinet Office; the name as published (data: `元日`, `休日`, …), shown as is.
    Published(String),
    /// Computed from 祝日法 for a year the list does not cover yet: provisional. The UI names it
    /// through its locales, by rule.
    Rule(HolidayRule),
}

impl Holiday {
    /// Computed, not yet published: the Cabinet Office may still move or add days in that year.
    pub fn is_provisional(&self) -> bool {
        matches!(self.name, HolidayName::Rule(_))
    }
}

/// A year the holiday calendar cannot speak for: before the published list begins (1955), or past
/// the years the rules are defined for ([`holiday_rules::YEARS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("no holiday data for the year {0}")]
pub struct OutsideCalendar(pub i32);

impl OutsideCalendar {
    /// The stable code clients branch on.
    pub fn code(self) -> &'static str {
        "outside_calendar"
    }
}

/// The published list, parsed: every listed day with its name, and the years it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HolidayList {
    /// Never empty.
    days: BTreeMap<CalendarDate, String>,
}

/// What is wrong in a holiday file, and on which line (1-based, the header is line 1).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {problem:?}")]
pub struct HolidayFileError {
    pub line: usize,
    pub problem: HolidayFileProblem,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HolidayFileProblem {
    /// Not `date,name`.
    NotTwoColumns,
    /// The date is not `YYYY/M/D` or no such day exists.
    BadDate,
    /// The name is empty.
    MissingName,
    /// The same date is listed twice.
    DuplicateDate,
    /// Nothing but a header (reported on the last line).
    NoHolidays,
}

impl HolidayFileProblem {
    /// The stable code clients (the server's importer) branch on.
    pub fn code(self) -> &'static str {
        match self {
            HolidayFileProblem::NotTwoColumns => "holiday_file_not_two_columns",
            HolidayFileProblem::BadDate => "holiday_file_bad_date",
            HolidayFileProblem::MissingName => "holiday_file_missing_name",
            HolidayFileProblem::DuplicateDate => "holiday_file_duplicate_date",
            HolidayFileProblem::NoHolidays => "holiday_file_empty",
        }
    }
}

impl HolidayList {
    /// Reads `syukujitsu.csv`: an optional header (`国民の祝日・休日月日,国民の祝日・休日名称`, or
    /// any first line that does not start with a digit), then `YYYY/M/D,name` lines. Accepts a
    /// UTF-8 byte order mark, CRLF or LF, and blank lines; stops at the first problem.
    pub fn parse(text: &str) -> Result<HolidayList, HolidayFileError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut days = BTreeMap::new();
        let mut last_line = 0;
        for (index, line) in text.lines().enumerate() {
            let number = index + 1;
            last_line = number;
            let line = line.trim();
            let is_header = index == 0 && !line.starts_with(|c: char| c.is_ascii_digit());
            if line.is_empty() || is_header {
                continue;
            }
            let error = |problem| HolidayFileError {
                line: number,
                problem,
            };
            let Some((date, name)) = line.split_once(',') else {
                return Err(error(HolidayFileProblem::NotTwoColumns));
            };
            if name.contains(',') {
                return Err(error(HolidayFileProblem::NotTwoColumns));
            }
            let date = parse_date(date.trim()).ok_or(error(HolidayFileProblem::BadDate))?;
            let name = name.trim();
            if name.is_empty() {
                return Err(error(HolidayFileProblem::MissingName));
            }
            if days.insert(date, name.to_owned()).is_some() {
                return Err(error(HolidayFileProblem::DuplicateDate));
            }
        }
        HolidayList::from_days(days).ok_or(HolidayFileError {
            line: last_line,
            problem: HolidayFileProblem::NoHolidays,
        })
    }

    /// A list from days already read (the server loads them from its database); `None` if empty.
    pub fn from_days(days: BTreeMap<CalendarDate, String>) -> Option<HolidayList> {
        (!days.is_empty()).then_some(HolidayList { days })
    }

    /// The years from the first listed day's to the last's: in these the list is the whole truth.
    pub fn years(&self) -> RangeInclusive<i32> {
        let year = |day: Option<&CalendarDate>| day.map_or(0, |d| d.year());
        year(self.days.keys().next())..=year(self.days.keys().next_back())
    }

    pub fn get(&self, date: CalendarDate) -> Option<&str> {
        self.days.get(&date).map(String::as_str)
    }

    /// Every listed day, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = (CalendarDate, &str)> {
        self.days.iter().map(|(d, n)| (*d, n.as_str()))
    }
}

/// `YYYY/M/D` (one or two digits for month and day, as the Cabinet Office writes them).
fn parse_date(s: &str) -> Option<CalendarDate> {
    let mut parts = s.split('/');
    let mut number = |max_len: usize| {
        let part = parts.next().filter(|p| (1..=max_len).contains(&p.len()))?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse::<i32>().ok())?
    };
    let (year, month, day) = (number(4)?, number(2)?, number(2)?);
    if parts.next().is_some() {
        return None;
    }
    CalendarDate::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?).ok()
}

/// The national holidays of every year the city may book in: the published list where it reaches,
/// the rules after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NationalHolidays {
    published: HolidayList,
}

impl NationalHolidays {
    pub fn new(published: HolidayList) -> NationalHolidays {
        NationalHolidays { published }
    }

    pub fn published(&self) -> &HolidayList {
        &self.published
    }

    /// The holiday on `date`, if any.
    pub fn on(&self, date: CalendarDate) -> Result<Option<Holiday>, OutsideCalendar> {
        if self.published.years().contains(&date.year()) {
            return Ok(self.published.get(date).map(|name| Holiday {
                date,
                name: HolidayName::Published(name.to_owned()),
            }));
        }
        Ok(self.computed(date.year())?.into_iter().find(|h| h.date == date))
    }

    /// Every holiday of `year`, in date order.
    pub fn in_year(&self, year: i32) -> Result<Vec<Holiday>, OutsideCalendar> {
        if self.published.years().contains(&year) {
            return Ok(self
                .published
                .iter()
                .filter(|(d, _)| d.year() == year)
                .map(|(date, name)| Holiday {
                    date,
                    name: HolidayName::Published(name.to_owned()),
                })
                .collect());
        }
        self.computed(year)
    }

    /// The rules' holidays of a year after the published list.
    fn computed(&self, year: i32) -> Result<Vec<Holiday>, OutsideCalendar> {
        if year < *self.published.years().start() {
            return Err(OutsideCalendar(year));
        }
        let days = holiday_rules::holidays_in(year).ok_or(OutsideCalendar(year))?;
        Ok(days
            .into_iter()
            .map(|(date, rule)| Holiday {
                date,
                name: HolidayName::Rule(rule),
            })
            .collect())
    }
}

/// The shipped list, compiled in for tests only (the server imports the file; the UI gets closure
/// days from the server, so its WASM does not carry 20 KB of dates).
#[cfg(test)]
pub(crate) fn shipped() -> HolidayList {
    HolidayList::parse(include_str!("../../data/holidays/syukujitsu.csv")).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u8, d: u8) -> CalendarDate {
        CalendarDate::new(y, m, d).unwrap()
    }

    #[test]
    fn the_shipped_file_runs_from_1955_with_the_one_off_days_of_2019_to_2021() {
        let list = shipped();
        assert_eq!(*list.years().start(), 1955);
        assert!(*list.years().end() >= 2027);
        assert_eq!(list.iter().next(), Some((date(1955, 1, 1), "元日")));
        assert_eq!(list.get(date(2019, 5, 1)), Some("休日（祝日扱い）"));
        assert_eq!(list.get(date(2019, 10, 22)), Some("休日（祝日扱い）"));
        assert_eq!(list.get(date(2020, 7, 24)), Some("スポーツの日"));
        assert_eq!(list.get(date(2021, 8, 9)), Some("休日"));
        assert_eq!(list.get(date(2020, 10, 12)), None);
    }

    #[test]
    fn a_header_bom_crlf_and_blank_lines_are_accepted() {
        let text = "\u{feff}国民の祝日・休日月日,国民の祝日・休日名称\r\n2026/1/1,元日\r\n\r\n2026/01/12,成人の日\r\n";
        let list = HolidayList::parse(text).unwrap();
        assert_eq!(
            list.iter().collect::<Vec<_>>(),
            [(date(2026, 1, 1), "元日"), (date(2026, 1, 12), "成人の日")]
        );
        assert_eq!(list.years(), 2026..=2026);
    }

    #[test]
    fn a_file_without_a_header_is_read_from_its_first_line() {
        let list = HolidayList::parse("2026/1/1,元日\n").unwrap();
        assert_eq!(list.get(date(2026, 1, 1)), Some("元日"));
    }

    #[test]
    fn a_parse_error_names_the_line_and_the_problem() {
        let cases = [
            (
                "h\n2026/1/1,元日\n2026/2/30,建国記念の日\n",
                3,
                HolidayFileProblem::BadDate,
            ),
            ("h\n2026-01-01,元日\n", 2, HolidayFileProblem::BadDate),
            ("h\n2026/1/1\n", 2, HolidayFileProblem::NotTwoColumns),
            ("h\n2026/1/1,元日,x\n", 2, HolidayFileProblem::NotTwoColumns),
            ("h\n2026/1/1, \n", 2, HolidayFileProblem::MissingName),
            (
                "h\n2026/1/1,元日\n2026/1/1,元日\n",
                3,
                HolidayFileProblem::DuplicateDate,
            ),
            ("h\n\n", 2, HolidayFileProblem::NoHolidays),
        ];
        for (text, line, problem) in cases {
            assert_eq!(
                HolidayList::parse(text),
                Err(HolidayFileError { line, problem }),
                "{text:?}"
            );
        }
    }

    #[test]
    fn years_in_the_list_come_from_it_and_later_years_from_the_rules_marked_provisional() {
        let holidays = NationalHolidays::new(shipped());
        let listed = holidays.on(date(2020, 7, 24)).unwrap().unwrap();
        assert!(!listed.is_provisional());
        // The rules would put スポーツの日 on the second Monday of October; 2020's list says no.
        assert_eq!(holidays.on(date(2020, 10, 12)), Ok(None));

        let later = *holidays.published().years().end() + 1;
        let computed = holidays.in_year(later).unwrap();
        assert!(computed.iter().all(Holiday::is_provisional));
        assert_eq!(
            computed[0],
            Holiday {
                date: date(later, 1, 1),
                name: HolidayName::Rule(HolidayRule::NewYearsDay)
            }
        );
    }

    #[test]
    fn days_before_the_list_or_past_the_rules_are_outside_the_calendar() {
        let holidays = NationalHolidays::new(shipped());
        assert_eq!(holidays.on(date(1954, 1, 1)), Err(OutsideCalendar(1954)));
        let past = *holiday_rules::YEARS.end() + 1;
        assert_eq!(holidays.on(date(past, 1, 1)), Err(OutsideCalendar(past)));
        assert_eq!(holidays.in_year(past), Err(OutsideCalendar(past)));
    }
}
