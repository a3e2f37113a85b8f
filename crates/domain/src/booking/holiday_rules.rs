//! The national holidays a year gets from 国民の祝日に関する法律 (祝日法) as amended, for years the
//! Cabinet Office has not published yet. Every day computed here is provisional (see
//! [`super::holidays`]).
//!
//! What the rules are, and since when (the years matter only so the test can hold them against the
//! published list from 2000 on; bookings need the current law):
//! - fixed days: 元日 1/1, 建国記念の日 2/11, 天皇誕生日 (12/23 until 2018, none in 2019, 2/23 from
//!   2020), 昭和の日 4/29 (from 2007; みどりの日 before), 憲法記念日 5/3, みどりの日 5/4 (from 2007),
//!   こどもの日 5/5, 山の日 8/11 (from 2016), 文化の日 11/3, 勤労感謝の日 11/23;
//! - Happy Monday days: 成人の日 (2nd Monday of January), 海の日 (3rd Monday of July from 2003, 7/20
//!   before), 敬老の日 (3rd Monday of September from 2003, 9/15 before), 体育の日 → スポーツの日 from
//!   2020 (2nd Monday of October);
//! - 春分の日 and 秋分の日 by the usual approximation of the equinox (below). The law says "the day
//!   of the equinox", and the day is fixed each February for the next year from the National
//!   Astronomical Observatory's ephemeris; the approximation agrees with every published day from
//!   1980, which the test checks;
//! - 振替休日: a 祝日 on a Sunday makes the nearest following day that is not a 祝日 a holiday (the
//!   rule since 2007; before, "the next day", which is the same in every year from 2000 to 2006);
//! - 国民の休日: a day between two 祝日 that is not itself one (before 2007 not on a Sunday).
//!
//! What the rules cannot know is only in the published list: one-off laws such as the 2019
//! enthronement days and the 2020/2021 Olympic moves.

use std::ops::RangeInclusive;

use crate::CalendarDate;
use crate::days::Weekday;

/// The years the rules compute: from the Happy Monday law (2000) to the end of the equinox
/// approximation's range (2150).
pub const YEARS: RangeInclusive<i32> = 2000..=2150;

/// Which rule makes a day a holiday; the UI names each through its locales.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HolidayRule {
    NewYearsDay,
    ComingOfAgeDay,
    NationalFoundationDay,
    EmperorsBirthday,
    VernalEquinoxDay,
    ShowaDay,
    ConstitutionMemorialDay,
    GreeneryDay,
    ChildrensDay,
    MarineDay,
    MountainDay,
    RespectForTheAgedDay,
    AutumnalEquinoxDay,
    /// 体育の日, until 2019.
    HealthAndSportsDay,
    /// スポーツの日, its name from 2020.
    SportsDay,
    CultureDay,
    LaborThanksgivingDay,
    /// 振替休日: a 祝日 fell on a Sunday.
    SubstituteHoliday,
    /// 国民の休日: a day between two 祝日.
    CitizensHoliday,
}

impl HolidayRule {
    /// A 国民の祝日 proper, as opposed to a 休日 that the other days cause.
    fn is_national_holiday(self) -> bool {
        !matches!(
            self,
            HolidayRule::SubstituteHoliday | HolidayRule::CitizensHoliday
        )
    }
}

/// Every holiday of `year` by the rules, in date order; `None` outside [`YEARS`].
pub fn holidays_in(year: i32) -> Option<Vec<(CalendarDate, HolidayRule)>> {
    use HolidayRule::*;
    if !YEARS.contains(&year) {
        return None;
    }
    let day = |month, day| CalendarDate::new(year, month, day).ok();
    let monday = |month, nth| nth_monday(year, month, nth);
    let mut rules = vec![
        (day(1, 1), NewYearsDay),
        (monday(1, 2), ComingOfAgeDay),
        (day(2, 11), NationalFoundationDay),
        (day(3, equinox_day(year, Equinox::Vernal)?), VernalEquinoxDay),
        (day(4, 29), if year >= 2007 { ShowaDay } else { GreeneryDay }),
        (day(5, 3), ConstitutionMemorialDay),
        (day(5, 5), ChildrensDay),
        (if year >= 2003 { monday(7, 3) } else { day(7, 20) }, MarineDay),
        (
            if year >= 2003 { monday(9, 3) } else { day(9, 15) },
            RespectForTheAgedDay,
        ),
        (day(9, equinox_day(year, Equinox::Autumnal)?), AutumnalEquinoxDay),
        (
            monday(10, 2),
            if year >= 2020 {
                SportsDay
            } else {
                HealthAndSportsDay
            },
        ),
        (day(11, 3), CultureDay),
        (day(11, 23), LaborThanksgivingDay),
    ];
    if year >= 2007 {
        rules.push((day(5, 4), GreeneryDay));
    }
    if year >= 2016 {
        rules.push((day(8, 11), MountainDay));
    }
    // The emperor's birthday follows the reigning emperor; the 2019 change of reign came after
    // 2/23 and the law retired 12/23 with it, so 2019 has none.
    match year {
        ..=2018 => rules.push((day(12, 23), EmperorsBirthday)),
        2019 => {}
        _ => rules.push((day(2, 23), EmperorsBirthday)),
    }
    let mut days: Vec<(CalendarDate, HolidayRule)> = rules
        .into_iter()
        .map(|(date, rule)| date.map(|d| (d, rule)))
        .collect::<Option<_>>()?;
    days.sort_by_key(|(date, _)| *date);

    let is_national = |date: CalendarDate, days: &[(CalendarDate, HolidayRule)]| {
        days.iter().any(|(d, r)| *d == date && r.is_national_holiday())
    };
    let national: Vec<CalendarDate> = days.iter().map(|(d, _)| *d).collect();
    let mut extra = Vec::new();
    for &date in &national {
        if date.weekday() == Weekday::Sunday {
            let mut substitute = date.add_days(1)?;
            while is_national(substitute, &days) {
                substitute = substitute.add_days(1)?;
            }
            extra.push((substitute, SubstituteHoliday));
        }
        let (between, after) = (date.add_days(1)?, date.add_days(2)?);
        let sunday_excluded = year < 2007 && between.weekday() == Weekday::Sunday;
        if national.contains(&after) && !is_national(between, &days) && !sunday_excluded {
            extra.push((between, CitizensHoliday));
        }
    }
    for (date, rule) in extra {
        // A day can be both (a Monday after a Sunday 祝日, before a Tuesday one); it is one 休日.
        if date.year() == year && !days.iter().any(|(d, _)| *d == date) {
            days.push((date, rule));
        }
    }
    days.sort_by_key(|(date, _)| *date);
    Some(days)
}

#[derive(Clone, Copy)]
enum Equinox {
    Vernal,
    Autumnal,
}

/// The day of March (vernal) or September (autumnal) of the equinox in Japan, by the approximation
/// published with the 暦要項 tables: `floor(base + 0.242194 × (Y − 1980) − floor((Y − 1980) / 4))`,
/// with bases 20.8431 / 23.2488 for 1980–2099 and 21.8510 / 24.2488 for 2100–2150. Worked in
/// millionths of a day, so no floating point enters the result.
fn equinox_day(year: i32, equinox: Equinox) -> Option<u8> {
    let base = match (year, equinox) {
        (1980..=2099, Equinox::Vernal) => 20_843_100,
        (1980..=2099, Equinox::Autumnal) => 23_248_800,
        (2100..=2150, Equinox::Vernal) => 21_851_000,
        (2100..=2150, Equinox::Autumnal) => 24_248_800,
        _ => return None,
    };
    let since_1980 = i64::from(year - 1980);
    let day = (base + 242_194 * since_1980) / 1_000_000 - since_1980 / 4;
    u8::try_from(day).ok()
}

/// The `nth` Monday of `month`.
fn nth_monday(year: i32, month: u8, nth: i64) -> Option<CalendarDate> {
    let first = CalendarDate::new(year, month, 1).ok()?;
    let to_monday = (7 - first.weekday().index() as i64) % 7;
    first.add_days(to_monday + 7 * (nth - 1))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::booking::holidays::shipped;

    fn date(y: i32, m: u8, d: u8) -> CalendarDate {
        CalendarDate::new(y, m, d).unwrap()
    }

    /// The name the Cabinet Office's list gives a day of each rule (both kinds of 休日 are `休日`).
    fn published_name(rule: HolidayRule) -> &'static str {
        use HolidayRule::*;
        match rule {
            NewYearsDay => "元日",
            ComingOfAgeDay => "成人の日",
            NationalFoundationDay => "建国記念の日",
            EmperorsBirthday => "天皇誕生日",
            VernalEquinoxDay => "春分の日",
            ShowaDay => "昭和の日",
            ConstitutionMemorialDay => "憲法記念日",
            GreeneryDay => "みどりの日",
            ChildrensDay => "こどもの日",
            MarineDay => "海の日",
            MountainDay => "山の日",
            RespectForTheAgedDay => "敬老の日",
            AutumnalEquinoxDay => "秋分の日",
            HealthAndSportsDay => "体育の日",
            SportsDay => "スポーツの日",
            CultureDay => "文化の日",
            LaborThanksgivingDay => "勤労感謝の日",
            SubstituteHoliday | CitizensHoliday => "休日",
        }
    }

    /// Listed, but no rule gives them: each was set by a law for that year alone.
    const ONLY_IN_THE_LIST: &[((i32, u8, u8), &str)] = &[
        // 天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律 (2018): 5/1 and 10/22 of
        // 2019 were holidays "treated as 祝日", so 4/30 and 5/2 became 国民の休日 between them.
        ((2019, 4, 30), "休日"),
        ((2019, 5, 1), "休日（祝日扱い）"),
        ((2019, 5, 2), "休日"),
        ((2019, 10, 22), "休日（祝日扱い）"),
        // The Olympic special measures act moved 海の日, スポーツの日 and 山の日 around the opening
        // and closing ceremonies: in 2020 to 7/23, 7/24 and 8/10;
        ((2020, 7, 23), "海の日"),
        ((2020, 7, 24), "スポーツの日"),
        ((2020, 8, 10), "山の日"),
        // and, after the postponement, in 2021 to 7/22, 7/23 and 8/8 (a Sunday, hence 8/9).
        ((2021, 7, 22), "海の日"),
        ((2021, 7, 23), "スポーツの日"),
        ((2021, 8, 8), "山の日"),
        ((2021, 8, 9), "休日"),
    ];

    /// What the rules give but the list does not: the usual days of the holidays moved above.
    const ONLY_BY_THE_RULES: &[(i32, u8, u8)] = &[
        (2020, 7, 20),
        (2020, 8, 11),
        (2020, 10, 12),
        (2021, 7, 19),
        (2021, 8, 11),
        (2021, 10, 11),
    ];

    /// 2019's 体育の日 is listed under both names: the law renaming it was passed, not yet in force.
    const RENAMED_IN_THE_LIST: &[((i32, u8, u8), &str)] = &[((2019, 10, 14), "体育の日（スポーツの日）")];

    #[test]
    fn the_rules_agree_with_the_file_for_every_year_from_2000() {
        let list = shipped();
        let key = |(y, m, d): (i32, u8, u8)| date(y, m, d);
        let mut only_in_list = BTreeMap::new();
        let mut only_by_rules = Vec::new();
        let mut renamed = BTreeMap::new();
        let years = 2000..=*list.years().end();
        assert!(years.clone().count() >= 28, "the list reaches {:?}", list.years());
        for year in years {
            let computed = holidays_in(year).unwrap();
            for (date, rule) in &computed {
                match list.get(*date) {
                    None => only_by_rules.push(*date),
                    Some(name) if name != published_name(*rule) => {
                        renamed.insert(*date, name.to_owned());
                    }
                    Some(_) => {}
                }
            }
            for (date, name) in list.iter().filter(|(d, _)| d.year() == year) {
                if !computed.iter().any(|(d, _)| *d == date) {
                    only_in_list.insert(date, name.to_owned());
                }
            }
        }
        let expected = |days: &[((i32, u8, u8), &str)]| -> BTreeMap<_, _> {
            days.iter().map(|(d, n)| (key(*d), (*n).to_owned())).collect()
        };
        assert_eq!(only_in_list, expected(ONLY_IN_THE_LIST));
        assert_eq!(
            only_by_rules,
            ONLY_BY_THE_RULES.iter().map(|d| key(*d)).collect::<Vec<_>>()
        );
        assert_eq!(renamed, expected(RENAMED_IN_THE_LIST));
    }

    #[test]
    fn the_equinox_approximation_gives_every_published_equinox_day_from_1980() {
        let list = shipped();
        for year in 1980..=*list.years().end() {
            for (month, equinox, name) in [
                (3, Equinox::Vernal, "春分の日"),
                (9, Equinox::Autumnal, "秋分の日"),
            ] {
                let day = date(year, month, equinox_day(year, equinox).unwrap());
                assert_eq!(list.get(day), Some(name), "{year}");
            }
        }
    }

    #[test]
    fn a_sunday_holiday_in_golden_week_moves_its_substitute_past_the_next_holidays() {
        // 2037-05-03 is a Sunday; 5/4 and 5/5 are 祝日 themselves, so the 振替休日 is Wednesday 5/6.
        let days = holidays_in(2037).unwrap();
        let golden_week: Vec<_> = days.iter().filter(|(d, _)| d.month() == 5).copied().collect();
        assert_eq!(
            golden_week,
            [
                (date(2037, 5, 3), HolidayRule::ConstitutionMemorialDay),
                (date(2037, 5, 4), HolidayRule::GreeneryDay),
                (date(2037, 5, 5), HolidayRule::ChildrensDay),
                (date(2037, 5, 6), HolidayRule::SubstituteHoliday),
            ]
        );
    }

    #[test]
    fn the_rules_cover_2000_to_2150_only() {
        assert!(holidays_in(1999).is_none());
        assert!(holidays_in(2151).is_none());
        let last = holidays_in(2150).unwrap();
        assert!(last.contains(&(date(2150, 3, 21), HolidayRule::VernalEquinoxDay)));
    }
}
