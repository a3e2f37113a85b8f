//! Opening hours: when a counter takes visitors on each weekday, as times of day in Japan.
//! A day may have several periods (a lunch break between them); a weekday with none is closed.

use crate::days::Weekday;

/// A time of day in Japan, in minutes from midnight; 24:00 is allowed as a closing time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay(u16);

impl TimeOfDay {
    pub const MIDNIGHT: TimeOfDay = TimeOfDay(0);
    pub const END_OF_DAY: TimeOfDay = TimeOfDay(24 * 60);

    /// `hour`:`minute`, from 00:00 to 24:00.
    pub fn new(hour: u8, minute: u8) -> Option<TimeOfDay> {
        let minutes = u16::from(hour) * 60 + u16::from(minute);
        (minute < 60 && minutes <= Self::END_OF_DAY.0).then_some(TimeOfDay(minutes))
    }

    /// Minutes since midnight.
    pub fn minutes(self) -> u16 {
        self.0
    }
}

/// A period the counter is open, `opens` up to (not including) `closes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpeningPeriod {
    opens: TimeOfDay,
    closes: TimeOfDay,
}

impl OpeningPeriod {
    /// A period that ends after it begins.
    pub fn new(opens: TimeOfDay, closes: TimeOfDay) -> Option<OpeningPeriod> {
        (opens < closes).then_some(OpeningPeriod { opens, closes })
    }

    pub fn opens(self) -> TimeOfDay {
        self.opens
    }

    pub fn closes(self) -> TimeOfDay {
        self.closes
    }
}

/// Why opening hours were refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{0:?}'s opening periods overlap")]
pub struct OverlappingPeriods(pub Weekday);

impl OverlappingPeriods {
    /// The stable code clients branch on.
    pub fn code(self) -> &'static str {
        "opening_periods_overlap"
    }
}

/// A counter's week: for each weekday its periods, in order and not overlapping.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WeeklyHours {
    days: [Vec<OpeningPeriod>; 7],
}

impl WeeklyHours {
    /// Closed every day; open days are added with [`WeeklyHours::with`].
    pub fn closed() -> WeeklyHours {
        WeeklyHours::default()
    }

    /// The same periods on every weekday from Monday to Friday: the usual city hall week.
    pub fn weekdays(periods: &[OpeningPeriod]) -> Result<WeeklyHours, OverlappingPeriods> {
        Weekday::ALL
            .into_iter()
            .filter(|d| !d.is_weekend())
            .try_fold(WeeklyHours::closed(), |hours, day| hours.with(day, periods))
    }

    /// These hours with `day` open during `periods` (in any order; they may touch, not overlap).
    pub fn with(
        mut self,
        day: Weekday,
        periods: &[OpeningPeriod],
    ) -> Result<WeeklyHours, OverlappingPeriods> {
        let mut periods = periods.to_vec();
        periods.sort_by_key(|p| p.opens);
        if periods.windows(2).any(|w| w[0].closes > w[1].opens) {
            return Err(OverlappingPeriods(day));
        }
        self.days[day.index()] = periods;
        Ok(self)
    }

    /// `day`'s periods, earliest first; empty when the counter does not open that day.
    pub fn on(&self, day: Weekday) -> &[OpeningPeriod] {
        &self.days[day.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u8, m: u8) -> TimeOfDay {
        TimeOfDay::new(h, m).unwrap()
    }

    fn period(from: TimeOfDay, to: TimeOfDay) -> OpeningPeriod {
        OpeningPeriod::new(from, to).unwrap()
    }

    #[test]
    fn times_run_from_midnight_to_24_00() {
        assert_eq!(at(8, 30).minutes(), 510);
        assert_eq!(TimeOfDay::new(24, 0), Some(TimeOfDay::END_OF_DAY));
        assert_eq!(TimeOfDay::new(24, 1), None);
        assert_eq!(TimeOfDay::new(9, 60), None);
    }

    #[test]
    fn a_period_must_end_after_it_begins() {
        assert_eq!(OpeningPeriod::new(at(17, 0), at(8, 30)), None);
        assert_eq!(OpeningPeriod::new(at(9, 0), at(9, 0)), None);
    }

    #[test]
    fn a_lunch_break_splits_the_day_and_overlapping_periods_are_refused() {
        let morning = period(at(8, 30), at(12, 0));
        let afternoon = period(at(13, 0), at(17, 15));
        let hours = WeeklyHours::weekdays(&[afternoon, morning]).unwrap();
        assert_eq!(hours.on(Weekday::Wednesday), [morning, afternoon]);
        assert!(hours.on(Weekday::Saturday).is_empty());

        let long_morning = period(at(8, 30), at(13, 30));
        assert_eq!(
            WeeklyHours::closed().with(Weekday::Saturday, &[long_morning, afternoon]),
            Err(OverlappingPeriods(Weekday::Saturday))
        );
    }
}
