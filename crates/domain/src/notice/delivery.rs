//! When a matching notice reaches the resident: at once, after their quiet hours, or in the daily
//! digest. Decided on the device with a passed-in "now" (tests pin it), the same way in the shell
//! and the UI.
//!
//! The rule: **urgent** notices (disaster: evacuation orders, shelter openings) always break
//! through, quiet hours and digest alike; **important** ones skip the digest but wait for quiet
//! hours to end; **normal** ones go to the digest when the resident chose one, else wait for quiet
//! hours to end like important ones.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Priority;
use crate::UnixMillis;

const MINUTES_PER_DAY: u16 = 24 * 60;
const MILLIS_PER_MINUTE: i64 = 60_000;

/// A time of day in Japan, `"HH:MM"` on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TimeOfDay(u16);

/// Why a string is not `HH:MM` (00:00–23:59).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a time of day: {0:?}")]
pub struct InvalidTimeOfDay(pub String);

impl TimeOfDay {
    pub fn new(hour: u8, minute: u8) -> Option<Self> {
        (hour < 24 && minute < 60).then(|| Self(u16::from(hour) * 60 + u16::from(minute)))
    }

    pub fn parse(s: &str) -> Result<Self, InvalidTimeOfDay> {
        let bad = || InvalidTimeOfDay(s.to_owned());
        let (h, m) = s.split_once(':').ok_or_else(bad)?;
        if h.len() != 2 || m.len() != 2 {
            return Err(bad());
        }
        let (h, m) = (
            h.parse::<u8>().map_err(|_| bad())?,
            m.parse::<u8>().map_err(|_| bad())?,
        );
        Self::new(h, m).ok_or_else(bad)
    }

    fn minutes(self) -> u16 {
        self.0
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

impl TryFrom<String> for TimeOfDay {
    type Error = InvalidTimeOfDay;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<TimeOfDay> for String {
    fn from(t: TimeOfDay) -> Self {
        t.to_string()
    }
}

/// Quiet from `from` until `until`, every day; may wrap past midnight (22:00–07:00). Equal ends
/// mean no quiet time at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuietHours {
    pub from: TimeOfDay,
    pub until: TimeOfDay,
}

/// What the resident chose about interruptions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DeliveryPreferences {
    pub quiet_hours: Option<QuietHours>,
    /// Gather normal notices into one digest a day, at this time.
    pub digest_at: Option<TimeOfDay>,
}

/// What to do with a notice that matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// Notify now (an urgent notice says it is urgent in its text and with the OS's urgency).
    Now,
    /// Notify at this instant, when quiet hours end.
    At(UnixMillis),
    /// Put it in the digest sent at this instant.
    InDigest(UnixMillis),
}

impl DeliveryPreferences {
    /// The decision for a notice of `priority` arriving at `now`.
    pub fn decide(&self, priority: Priority, now: UnixMillis) -> Delivery {
        match priority {
            Priority::Urgent => Delivery::Now,
            Priority::Normal if self.digest_at.is_some() => {
                Delivery::InDigest(next_at(now, self.digest_at.unwrap_or(TimeOfDay(0))))
            }
            Priority::Normal | Priority::Important => match self.quiet_hours {
                Some(quiet) if quiet.contains(minute_of_day(now)) => Delivery::At(next_at(now, quiet.until)),
                _ => Delivery::Now,
            },
        }
    }
}

impl QuietHours {
    fn contains(self, minute: u16) -> bool {
        let (from, until) = (self.from.minutes(), self.until.minutes());
        if from <= until {
            (from..until).contains(&minute)
        } else {
            minute >= from || minute < until
        }
    }
}

/// The minute of the day in Japan at `at`.
fn minute_of_day(at: UnixMillis) -> u16 {
    at.minute_of_day_in_japan()
}

/// The first instant at or after `now` (to the minute) when the clock in Japan reads `time`.
fn next_at(now: UnixMillis, time: TimeOfDay) -> UnixMillis {
    let this_minute = now.0.div_euclid(MILLIS_PER_MINUTE) * MILLIS_PER_MINUTE;
    let ahead =
        (i64::from(time.minutes()) - i64::from(minute_of_day(now))).rem_euclid(i64::from(MINUTES_PER_DAY));
    UnixMillis(this_minute + ahead * MILLIS_PER_MINUTE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::CalendarDate;

    /// 2026-12-02 at `h:m` in Japan.
    fn at(h: u8, m: u8) -> UnixMillis {
        CalendarDate::new(2026, 12, 2)
            .unwrap()
            .start_in_japan()
            .plus_millis((i64::from(h) * 60 + i64::from(m)) * MILLIS_PER_MINUTE)
    }

    fn t(s: &str) -> TimeOfDay {
        TimeOfDay::parse(s).unwrap()
    }

    fn night() -> DeliveryPreferences {
        DeliveryPreferences {
            quiet_hours: Some(QuietHours {
                from: t("22:00"),
                until: t("07:00"),
            }),
            digest_at: None,
        }
    }

    #[test]
    fn an_urgent_notice_breaks_through_quiet_hours_and_the_digest() {
        let both = DeliveryPreferences {
            digest_at: Some(t("19:00")),
            ..night()
        };
        assert_eq!(both.decide(Priority::Urgent, at(2, 30)), Delivery::Now);
        assert_eq!(both.decide(Priority::Urgent, at(12, 0)), Delivery::Now);
    }

    #[test]
    fn quiet_hours_past_midnight_hold_a_notice_until_they_end() {
        let prefs = night();
        assert_eq!(
            prefs.decide(Priority::Normal, at(23, 15)),
            Delivery::At(at(31, 0)),
            "07:00 tomorrow"
        );
        assert_eq!(
            prefs.decide(Priority::Important, at(2, 30)),
            Delivery::At(at(7, 0))
        );
        assert_eq!(
            prefs.decide(Priority::Normal, at(7, 0)),
            Delivery::Now,
            "quiet hours end at 07:00"
        );
        assert_eq!(prefs.decide(Priority::Normal, at(21, 59)), Delivery::Now);
    }

    #[test]
    fn normal_notices_wait_for_the_digest_but_important_ones_do_not() {
        let prefs = DeliveryPreferences {
            digest_at: Some(t("19:00")),
            quiet_hours: None,
        };
        assert_eq!(
            prefs.decide(Priority::Normal, at(9, 12)),
            Delivery::InDigest(at(19, 0))
        );
        assert_eq!(
            prefs.decide(Priority::Normal, at(19, 30)),
            Delivery::InDigest(at(43, 0)),
            "tomorrow's"
        );
        assert_eq!(prefs.decide(Priority::Important, at(9, 12)), Delivery::Now);
    }

    #[test]
    fn times_of_day_read_as_hh_mm_only() {
        assert_eq!(t("07:05").to_string(), "07:05");
        assert!(TimeOfDay::parse("24:00").is_err());
        assert!(TimeOfDay::parse("7:00").is_err());
        assert!(TimeOfDay::parse("07:60").is_err());
    }
}
