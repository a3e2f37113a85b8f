//! A city's booking setup as the city writes it: one file (TOML) imported by `madoguchi-server
//! import-booking`, kept by the server as JSON and read back into the rules of [`super::slots`].
//!
//! The file names things the way a clerk would (`"08:30-12:00"`, `weekdays = […]`,
//! `"2027-01-04"`); [`BookingConfig::check`] reads it into the domain's types and reports every
//! problem at once, each with the path of the value at fault (`counters[1].hours.monday[0]`), so the
//! import can name the file and line. A file with any problem is not imported.
//!
//! Every time and length is a whole number of [`CELL_MINUTES`]: the server keeps a counter's
//! occupancy in cells of that size (so two services sharing a counter's clerks are counted against
//! the same capacity), and a visit must cover whole cells.

use std::collections::{BTreeMap, BTreeSet};
use std::num::{NonZeroU16, NonZeroU32};

use serde::{Deserialize, Serialize};

use super::closure::ClosureCalendar;
use super::holidays::NationalHolidays;
use super::hours::{OpeningPeriod, TimeOfDay, WeeklyHours};
use super::ids::{CounterId, ServiceId};
use super::slots::{Counter, IdentityLevel, Schedule, ScheduleError, Service, Visit};
use super::window::{BookingWindow, ChangeDeadline};
use crate::days::Weekday;
use crate::{CalendarDate, LocalizedText};

/// The grain of a counter's occupancy, in minutes: opening times and visit lengths are multiples.
pub const CELL_MINUTES: u16 = 5;
/// How long a waitlist offer is held when the file does not say (2 hours).
pub const DEFAULT_OFFER_MINUTES: u32 = 120;
/// The longest a waitlist offer may be held: a week.
pub const MAX_OFFER_MINUTES: u32 = 7 * 24 * 60;
/// The farthest ahead booking may open: a year.
pub const MAX_OPENS_DAYS_AHEAD: u16 = 366;
/// The most residents one slot of a counter takes.
pub const MAX_CAPACITY: u16 = 1000;

/// The whole file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BookingConfig {
    /// The number residents call when a booking can no longer be changed online (`0612-34-5678`).
    pub phone: String,
    /// How long a freed place is held for the first resident on its waitlist, in minutes.
    #[serde(default = "default_offer_minutes")]
    pub waitlist_offer_minutes: u32,
    /// The booking window and change deadline of every service that does not set its own.
    pub window: WindowConfig,
    /// The city's own closure days (`YYYY-MM-DD`), on top of weekends, holidays and 12/29–1/3.
    #[serde(default)]
    pub closures: Vec<String>,
    pub services: Vec<ServiceConfig>,
    pub counters: Vec<CounterConfig>,
}

fn default_offer_minutes() -> u32 {
    DEFAULT_OFFER_MINUTES
}

/// When booking opens and closes, and until when a booking may be cancelled or moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WindowConfig {
    /// Booking for a day opens at 00:00 this many days before it.
    pub opens_days_ahead: u16,
    /// Booking closes this many hours before a slot starts.
    pub closes_hours_before: u16,
    /// Cancelling or moving a booking online is possible until this many hours before it starts.
    pub change_deadline_hours: u16,
}

/// One service residents book.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ServiceConfig {
    pub id: String,
    pub name: LocalizedText,
    pub duration_minutes: u16,
    #[serde(default)]
    pub buffer_before_minutes: u16,
    #[serde(default)]
    pub buffer_after_minutes: u16,
    /// The least proof of identity a booking needs: `contact`, `account` or `my-number-card`.
    pub identity: IdentityLevel,
    /// What to bring, one text per item.
    #[serde(default)]
    pub bring: Vec<LocalizedText>,
    /// This service's own window, when it differs from the city's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window: Option<WindowConfig>,
}

/// One counter (or member of staff) that takes appointments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CounterConfig {
    pub id: String,
    pub name: LocalizedText,
    /// Where it is (floor, building), shown with the confirmation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<LocalizedText>,
    /// The services it takes (ids from `services`).
    pub services: Vec<String>,
    /// Residents one slot takes at once: the clerks working in parallel.
    pub capacity: u16,
    pub hours: HoursConfig,
}

/// Opening hours: periods `"HH:MM-HH:MM"` per weekday; `weekdays` sets Monday to Friday at once,
/// and a day named on its own replaces it for that day. A day with no periods is closed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HoursConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekdays: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monday: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tuesday: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wednesday: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thursday: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub friday: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saturday: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sunday: Option<Vec<String>>,
}

impl HoursConfig {
    /// Each weekday with its periods and the key they were written under.
    fn days(&self) -> [(Weekday, &'static str, &[String]); 7] {
        fn or<'a>(
            own: &'a Option<Vec<String>>,
            weekdays: &'a Option<Vec<String>>,
            key: &'static str,
        ) -> (&'static str, &'a [String]) {
            match (own, weekdays) {
                (Some(periods), _) => (key, periods.as_slice()),
                (None, Some(periods)) => ("weekdays", periods.as_slice()),
                (None, None) => (key, &[]),
            }
        }
        let w = &self.weekdays;
        let (mo, tu, we, th, fr, sa, su) = (
            or(&self.monday, w, "monday"),
            or(&self.tuesday, w, "tuesday"),
            or(&self.wednesday, w, "wednesday"),
            or(&self.thursday, w, "thursday"),
            or(&self.friday, w, "friday"),
            or(&self.saturday, &None, "saturday"),
            or(&self.sunday, &None, "sunday"),
        );
        [
            (Weekday::Monday, mo.0, mo.1),
            (Weekday::Tuesday, tu.0, tu.1),
            (Weekday::Wednesday, we.0, we.1),
            (Weekday::Thursday, th.0, th.1),
            (Weekday::Friday, fr.0, fr.1),
            (Weekday::Saturday, sa.0, sa.1),
            (Weekday::Sunday, su.0, su.1),
        ]
    }
}

/// One thing wrong in a booking file: where (`services[2].durationMinutes`), the id of the service
/// or counter it is in (to find its line), and what.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{at}{}: {what}", id.as_ref().map(|id| format!(" ({id})")).unwrap_or_default())]
pub struct ConfigProblem {
    pub at: String,
    pub id: Option<String>,
    pub what: String,
}

/// What a checked file gives: the rules, ready for a holiday calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedConfig {
    pub services: Vec<Service>,
    pub counters: Vec<Counter>,
    pub closures: Vec<CalendarDate>,
    pub offer_minutes: NonZeroU32,
}

impl CheckedConfig {
    /// The schedule residents book from, with the national holidays `holidays` gives. Fails only
    /// for a setup `check` would have refused (duplicate ids, a counter naming an unknown service).
    pub fn schedule(&self, holidays: NationalHolidays) -> Result<Schedule, ScheduleError> {
        let closures = ClosureCalendar::new(holidays, self.closures.iter().copied());
        Schedule::new(self.services.clone(), self.counters.clone(), closures)
    }
}

impl BookingConfig {
    /// Reads the file into the domain's rules, or returns every problem, in file order.
    pub fn check(&self) -> Result<CheckedConfig, Vec<ConfigProblem>> {
        let mut problems = Vec::new();
        let mut problem = |at: String, id: Option<&str>, what: &str| {
            problems.push(ConfigProblem {
                at,
                id: id.map(str::to_owned),
                what: what.to_owned(),
            })
        };
        if !plausible_phone(&self.phone) {
            problem(
                "phone".into(),
                None,
                "not a phone number (digits, hyphens, parentheses)",
            );
        }
        let offer_minutes = NonZeroU32::new(self.waitlist_offer_minutes)
            .filter(|m| m.get() <= MAX_OFFER_MINUTES)
            .unwrap_or_else(|| {
                problem(
                    "waitlistOfferMinutes".into(),
                    None,
                    "must be from 1 to 10080 (a week)",
                );
                NonZeroU32::MIN
            });
        let city_window = window(&self.window, "window".into(), None, &mut problem);
        let mut closures = Vec::new();
        for (i, day) in self.closures.iter().enumerate() {
            match CalendarDate::parse_iso(day) {
                Ok(date) => closures.push(date),
                Err(_) => problem(format!("closures[{i}]"), None, "not a date YYYY-MM-DD"),
            }
        }

        let mut services = Vec::new();
        let mut service_ids = BTreeSet::new();
        for (i, s) in self.services.iter().enumerate() {
            let at = format!("services[{i}]");
            let id = Some(s.id.as_str());
            let parsed = ServiceId::parse(&s.id);
            match &parsed {
                Err(_) => problem(
                    format!("{at}.id"),
                    id,
                    "not an id (lowercase letters, digits, inner hyphens)",
                ),
                Ok(sid) if !service_ids.insert(sid.clone()) => {
                    problem(format!("{at}.id"), id, "this id is used twice")
                }
                Ok(_) => {}
            }
            if !s.name.has_source() {
                problem(format!("{at}.name"), id, "has no Japanese (ja) text");
            }
            for (b, item) in s.bring.iter().enumerate() {
                if !item.has_source() {
                    problem(format!("{at}.bring[{b}]"), id, "has no Japanese (ja) text");
                }
            }
            let visit = Visit::new(
                s.buffer_before_minutes,
                s.duration_minutes,
                s.buffer_after_minutes,
            );
            match visit {
                None => problem(
                    format!("{at}.durationMinutes"),
                    id,
                    "a visit must last at least a minute and, with its buffers, fit in a day",
                ),
                Some(v) if v.total_minutes() % CELL_MINUTES != 0 => problem(
                    format!("{at}.durationMinutes"),
                    id,
                    "the visit with its buffers must be a multiple of 5 minutes",
                ),
                Some(_) => {}
            }
            let own = s
                .window
                .as_ref()
                .map(|w| window(w, format!("{at}.window"), id, &mut problem));
            let (booking, deadline) = match (own, city_window) {
                (Some(Some(w)), _) | (None, Some(w)) => w,
                _ => continue,
            };
            if let (Ok(sid), Some(visit)) = (parsed, visit) {
                services.push(Service {
                    id: sid,
                    visit,
                    identity: s.identity,
                    bring: s.bring.clone(),
                    window: booking,
                    change_deadline: deadline,
                });
            }
        }

        let mut counters = Vec::new();
        let mut counter_ids = BTreeSet::new();
        let mut served = BTreeSet::new();
        for (i, c) in self.counters.iter().enumerate() {
            let at = format!("counters[{i}]");
            let id = Some(c.id.as_str());
            let parsed = CounterId::parse(&c.id);
            match &parsed {
                Err(_) => problem(
                    format!("{at}.id"),
                    id,
                    "not an id (lowercase letters, digits, inner hyphens)",
                ),
                Ok(cid) if !counter_ids.insert(cid.clone()) => {
                    problem(format!("{at}.id"), id, "this id is used twice")
                }
                Ok(_) => {}
            }
            if !c.name.has_source() {
                problem(format!("{at}.name"), id, "has no Japanese (ja) text");
            }
            if c.place.as_ref().is_some_and(|p| !p.has_source()) {
                problem(format!("{at}.place"), id, "has no Japanese (ja) text");
            }
            let capacity = NonZeroU16::new(c.capacity).filter(|n| n.get() <= MAX_CAPACITY);
            if capacity.is_none() {
                problem(format!("{at}.capacity"), id, "must be from 1 to 1000");
            }
            let mut takes = BTreeSet::new();
            if c.services.is_empty() {
                problem(format!("{at}.services"), id, "names no service");
            }
            for (s, name) in c.services.iter().enumerate() {
                match ServiceId::parse(name) {
                    Ok(sid) if service_ids.contains(&sid) => {
                        served.insert(sid.clone());
                        if !takes.insert(sid) {
                            problem(format!("{at}.services[{s}]"), id, "names a service twice");
                        }
                    }
                    _ => problem(
                        format!("{at}.services[{s}]"),
                        id,
                        "names a service the file does not define",
                    ),
                }
            }
            let mut hours = WeeklyHours::closed();
            for (day, key, periods) in c.hours.days() {
                let mut parsed_periods = Vec::new();
                for (p, text) in periods.iter().enumerate() {
                    match parse_period(text) {
                        Some(period) => parsed_periods.push(period),
                        None => problem(
                            format!("{at}.hours.{key}[{p}]"),
                            id,
                            "not a period \"HH:MM-HH:MM\" ending after it begins, on 5-minute marks",
                        ),
                    }
                }
                match hours.clone().with(day, &parsed_periods) {
                    Ok(h) => hours = h,
                    Err(_) => problem(format!("{at}.hours.{key}"), id, "periods overlap"),
                }
            }
            if let (Ok(cid), Some(capacity)) = (parsed, capacity) {
                counters.push(Counter {
                    id: cid,
                    services: takes,
                    capacity,
                    hours,
                });
            }
        }
        for (i, s) in self.services.iter().enumerate() {
            if ServiceId::parse(&s.id).is_ok_and(|sid| !served.contains(&sid)) {
                problem(
                    format!("services[{i}]"),
                    Some(s.id.as_str()),
                    "no counter takes this service",
                );
            }
        }
        // A period written under `weekdays` is wrong on five days: said once.
        problems.dedup();
        if problems.is_empty() {
            Ok(CheckedConfig {
                services,
                counters,
                closures,
                offer_minutes,
            })
        } else {
            Err(problems)
        }
    }

    /// The counters' names and places by id (what a confirmation shows).
    pub fn counter_names(&self) -> BTreeMap<&str, (&LocalizedText, Option<&LocalizedText>)> {
        self.counters
            .iter()
            .map(|c| (c.id.as_str(), (&c.name, c.place.as_ref())))
            .collect()
    }
}

/// A window as the domain has it, or `None` after reporting why not.
fn window(
    w: &WindowConfig,
    at: String,
    id: Option<&str>,
    problem: &mut impl FnMut(String, Option<&str>, &str),
) -> Option<(BookingWindow, ChangeDeadline)> {
    if w.opens_days_ahead > MAX_OPENS_DAYS_AHEAD {
        problem(
            format!("{at}.opensDaysAhead"),
            id,
            "booking may open at most 366 days ahead",
        );
        return None;
    }
    match BookingWindow::new(w.opens_days_ahead, w.closes_hours_before) {
        Some(window) => Some((window, ChangeDeadline::hours_before(w.change_deadline_hours))),
        None => {
            problem(
                format!("{at}.closesHoursBefore"),
                id,
                "booking must open before it closes (opensDaysAhead × 24 > closesHoursBefore)",
            );
            None
        }
    }
}

/// `"08:30-12:00"`, both ends on 5-minute marks.
fn parse_period(text: &str) -> Option<OpeningPeriod> {
    let (opens, closes) = text.split_once('-')?;
    let time = |t: &str| {
        let (h, m) = t.trim().split_once(':')?;
        if h.len() != 2 || m.len() != 2 {
            return None;
        }
        let time = TimeOfDay::new(h.parse().ok()?, m.parse().ok()?)?;
        (time.minutes() % CELL_MINUTES == 0).then_some(time)
    };
    OpeningPeriod::new(time(opens)?, time(closes)?)
}

/// Digits with the usual separators, 10 or 11 digits (a Japanese number) or more with `+`.
fn plausible_phone(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    phone
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '(' | ')' | ' ' | '+'))
        && (10..=15).contains(&digits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::booking::holidays::shipped;

    const GOOD: &str = r#"
phone = "0612-34-5678"
closures = ["2027-01-04"]

[window]
opensDaysAhead = 30
closesHoursBefore = 24
changeDeadlineHours = 24

[[services]]
id = "my-number-card"
name.ja = "マイナンバーカード交付"
durationMinutes = 20
bufferBeforeMinutes = 5
bufferAfterMinutes = 5
identity = "contact"
bring = [{ ja = "交付通知書" }]

[[services]]
id = "moving-in"
name.ja = "転入手続き"
durationMinutes = 60
identity = "contact"
window = { opensDaysAhead = 14, closesHoursBefore = 2, changeDeadlineHours = 2 }

[[counters]]
id = "counter-1"
name.ja = "1番窓口"
place.ja = "本庁舎1階"
services = ["my-number-card", "moving-in"]
capacity = 3
hours.weekdays = ["08:30-12:00", "13:00-17:15"]
hours.thursday = ["08:30-19:00"]
"#;

    fn parse(text: &str) -> BookingConfig {
        toml::from_str(text).unwrap()
    }

    #[test]
    fn a_good_file_gives_services_counters_and_closures() {
        let checked = parse(GOOD).check().unwrap();
        assert_eq!(checked.services.len(), 2);
        assert_eq!(checked.offer_minutes.get(), DEFAULT_OFFER_MINUTES);
        let counter = &checked.counters[0];
        assert_eq!(counter.capacity.get(), 3);
        assert_eq!(counter.hours.on(Weekday::Monday).len(), 2);
        assert_eq!(
            counter.hours.on(Weekday::Thursday).len(),
            1,
            "a named day replaces `weekdays`"
        );
        assert!(counter.hours.on(Weekday::Saturday).is_empty());
        let moving_in = &checked.services[1];
        assert_eq!(moving_in.window, BookingWindow::new(14, 2).unwrap());
        let schedule = checked.schedule(NationalHolidays::new(shipped())).unwrap();
        assert_eq!(
            schedule
                .closures()
                .is_open(CalendarDate::new(2027, 1, 4).unwrap()),
            Ok(false)
        );
    }

    #[test]
    fn every_problem_is_reported_with_its_path_and_id() {
        let text = GOOD
            .replace("durationMinutes = 20", "durationMinutes = 22")
            .replace("\"13:00-17:15\"", "\"13:00-12:00\"")
            .replace("capacity = 3", "capacity = 0")
            .replace("\"moving-in\"]", "\"passport\"]")
            .replace("phone = \"0612-34-5678\"", "phone = \"call us\"");
        let problems = parse(&text).check().unwrap_err();
        let found: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            found,
            [
                "phone: not a phone number (digits, hyphens, parentheses)",
                "services[0].durationMinutes (my-number-card): the visit with its buffers must be a multiple of 5 minutes",
                "counters[0].capacity (counter-1): must be from 1 to 1000",
                "counters[0].services[1] (counter-1): names a service the file does not define",
                "counters[0].hours.weekdays[1] (counter-1): not a period \"HH:MM-HH:MM\" ending after it begins, on 5-minute marks",
                "services[1] (moving-in): no counter takes this service",
            ]
        );
    }

    #[test]
    fn an_unknown_key_is_refused_by_the_reader() {
        let error =
            toml::from_str::<BookingConfig>(&GOOD.replace("capacity = 3", "capacty = 3")).unwrap_err();
        assert!(error.message().contains("capacty"), "{error}");
    }

    #[test]
    fn the_file_survives_its_own_json() {
        let config = parse(GOOD);
        let json = serde_json::to_string(&config).unwrap();
        assert_eq!(serde_json::from_str::<BookingConfig>(&json).unwrap(), config);
    }
}
