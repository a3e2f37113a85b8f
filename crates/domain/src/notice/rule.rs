//! Who a notice is for: a [`Rule`] over a resident's [`Profile`], evaluated **on the device**.
//! The server publishes every notice with its rule and never learns who matched.
//!
//! A rule is a conjunction of kinds of condition (area, a child's age in months, the resident's
//! age band, topics); inside one kind, any listed value will do. A rule with no condition is for
//! everyone. So adding a condition of another kind can only narrow who matches; a profile that
//! does not say (no area given) does not match a condition on it: a notice aimed at 3丁目 is not
//! shown to someone who did not say where they live.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::profile::{Birth, Profile};
use crate::CalendarDate;

/// One district or 町丁目 from the city's list, by its code (`yumesaki-3-chome`): a slug, so it
/// reads the same in every language; the city's list gives each code its names.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "yumesaki-3-chome"))]
pub struct AreaCode(String);

/// Why a string is not an area code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an area code: {0:?}")]
pub struct InvalidAreaCode(pub String);

impl AreaCode {
    pub fn parse(s: &str) -> Result<Self, InvalidAreaCode> {
        if crate::slug::is_slug(s) {
            Ok(Self(s.to_owned()))
        } else {
            Err(InvalidAreaCode(s.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for AreaCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for AreaCode {
    type Error = InvalidAreaCode;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<AreaCode> for String {
    fn from(code: AreaCode) -> Self {
        code.0
    }
}

/// What a resident may choose to hear about (and what a notice is about).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Topic {
    /// 子育て
    Childcare,
    /// 介護
    Care,
    /// 防災
    Disaster,
    /// ごみ
    Waste,
    /// 税
    Tax,
    /// 健康
    Health,
    /// イベント
    Events,
}

impl Topic {
    pub const ALL: [Topic; 7] = [
        Topic::Childcare,
        Topic::Care,
        Topic::Disaster,
        Topic::Waste,
        Topic::Tax,
        Topic::Health,
        Topic::Events,
    ];

    /// The topic's name, for the profile screen and the inbox filter.
    pub fn message_id(self) -> &'static str {
        match self {
            Topic::Childcare => crate::msg_id!("notice-topic-childcare"),
            Topic::Care => crate::msg_id!("notice-topic-care"),
            Topic::Disaster => crate::msg_id!("notice-topic-disaster"),
            Topic::Waste => crate::msg_id!("notice-topic-waste"),
            Topic::Tax => crate::msg_id!("notice-topic-tax"),
            Topic::Health => crate::msg_id!("notice-topic-health"),
            Topic::Events => crate::msg_id!("notice-topic-events"),
        }
    }
}

/// A resident's age band: coarse on purpose, so a profile can say "65–74" instead of a birth date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum AgeBand {
    #[serde(rename = "0-5")]
    Under6,
    #[serde(rename = "6-17")]
    From6To17,
    #[serde(rename = "18-39")]
    From18To39,
    #[serde(rename = "40-64")]
    From40To64,
    #[serde(rename = "65-74")]
    From65To74,
    #[serde(rename = "75+")]
    From75,
}

impl AgeBand {
    pub const ALL: [AgeBand; 6] = [
        AgeBand::Under6,
        AgeBand::From6To17,
        AgeBand::From18To39,
        AgeBand::From40To64,
        AgeBand::From65To74,
        AgeBand::From75,
    ];

    /// The band of someone `years` old.
    pub fn of_years(years: u32) -> AgeBand {
        match years {
            0..=5 => AgeBand::Under6,
            6..=17 => AgeBand::From6To17,
            18..=39 => AgeBand::From18To39,
            40..=64 => AgeBand::From40To64,
            65..=74 => AgeBand::From65To74,
            _ => AgeBand::From75,
        }
    }
}

/// An inclusive range of whole months of age (`{"min": 3, "max": 5}` for the 4-month checkup's
/// invitation window). Checked by [`super::NoticeDraft::parse`]: `min <= max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonthRange {
    pub min: u32,
    pub max: u32,
}

impl MonthRange {
    pub fn contains(self, months: u32) -> bool {
        (self.min..=self.max).contains(&months)
    }
}

/// Who a notice is for. Every part is optional; see the module's documentation for the meaning.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Rule {
    /// The profile's area is one of these.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<AreaCode>,
    /// Some member of the household, given by birth date, is this many whole months old today.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub child_age_months: Option<MonthRange>,
    /// The resident's own age band (given, or worked out from their birth date) is one of these.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub age_bands: BTreeSet<AgeBand>,
    /// The resident chose at least one of these topics.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub topics: BTreeSet<Topic>,
}

impl Rule {
    /// A rule for everyone.
    pub fn everyone() -> Self {
        Self::default()
    }

    /// Whether the rule has no condition at all.
    pub fn is_everyone(&self) -> bool {
        self == &Self::default()
    }

    /// Whether this profile is one the notice is for, on the day `today` (in Japan: ages count
    /// by the city's calendar).
    pub fn matches(&self, profile: &Profile, today: CalendarDate) -> bool {
        let area = self.areas.is_empty() || profile.area.as_ref().is_some_and(|a| self.areas.contains(a));
        let child = self.child_age_months.is_none_or(|range| {
            profile.household.iter().any(|member| match member.birth {
                Birth::Date(born) => months_old(born, today).is_some_and(|m| range.contains(m)),
                // A band is too coarse for "4 months old": only birth dates count here.
                Birth::Band(_) => false,
            })
        });
        let band = self.age_bands.is_empty()
            || profile
                .resident
                .and_then(|birth| birth.band(today))
                .is_some_and(|b| self.age_bands.contains(&b));
        let topics = self.topics.is_empty() || self.topics.iter().any(|t| profile.topics.contains(t));
        area && child && band && topics
    }
}

/// Whole months from `born` to `today`, `None` before birth. A month is complete on the same day
/// of the month, or on the month's last day when it has no such day: a baby born on 31 January
/// is one month old on 28 February (29 in a leap year), one born on 29 February is twelve months
/// old on 28 February of a common year.
pub fn months_old(born: CalendarDate, today: CalendarDate) -> Option<u32> {
    let months = (today.year() - born.year()) * 12 + i32::from(today.month()) - i32::from(born.month());
    let due_day = born
        .day()
        .min(crate::era::days_in_month(today.year(), today.month()));
    let months = if today.day() < due_day { months - 1 } else { months };
    u32::try_from(months).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notice::profile::{HouseholdMember, Profile};

    fn date(y: i32, m: u8, d: u8) -> CalendarDate {
        CalendarDate::new(y, m, d).unwrap()
    }

    fn area(s: &str) -> AreaCode {
        AreaCode::parse(s).unwrap()
    }

    fn parent_of(born: CalendarDate) -> Profile {
        Profile {
            household: vec![HouseholdMember {
                birth: Birth::Date(born),
            }],
            ..Profile::default()
        }
    }

    #[test]
    fn a_month_of_age_is_complete_on_the_same_day_or_the_last_day_of_a_shorter_month() {
        assert_eq!(months_old(date(2026, 1, 15), date(2026, 2, 14)), Some(0));
        assert_eq!(months_old(date(2026, 1, 15), date(2026, 2, 15)), Some(1));
        // Born on the 31st: February has no 31st, so its last day completes the month.
        assert_eq!(months_old(date(2026, 1, 31), date(2026, 2, 27)), Some(0));
        assert_eq!(months_old(date(2026, 1, 31), date(2026, 2, 28)), Some(1));
        assert_eq!(
            months_old(date(2028, 1, 31), date(2028, 2, 28)),
            Some(0),
            "2028 is a leap year"
        );
        assert_eq!(months_old(date(2028, 1, 31), date(2028, 2, 29)), Some(1));
        assert_eq!(months_old(date(2026, 1, 31), date(2026, 3, 30)), Some(1));
        assert_eq!(months_old(date(2026, 1, 31), date(2026, 3, 31)), Some(2));
        // Born on 29 February: a common year's 28 February completes the year.
        assert_eq!(months_old(date(2028, 2, 29), date(2029, 2, 27)), Some(11));
        assert_eq!(months_old(date(2028, 2, 29), date(2029, 2, 28)), Some(12));
        assert_eq!(
            months_old(date(2026, 5, 1), date(2026, 4, 30)),
            None,
            "not born yet"
        );
    }

    #[test]
    fn the_four_month_checkup_reaches_a_household_whose_baby_turns_four_months_that_day() {
        let rule = Rule {
            child_age_months: Some(MonthRange { min: 4, max: 4 }),
            ..Rule::default()
        };
        let family = parent_of(date(2026, 7, 31));
        assert!(!rule.matches(&family, date(2026, 11, 29)), "3 months and 29 days");
        assert!(rule.matches(&family, date(2026, 11, 30)), "November has no 31st");
        assert!(rule.matches(&family, date(2026, 12, 30)));
        assert!(!rule.matches(&family, date(2026, 12, 31)), "5 months");
    }

    #[test]
    fn an_area_condition_needs_the_area_and_a_profile_without_one_does_not_match() {
        let rule = Rule {
            areas: vec![area("yumesaki-3-chome")],
            ..Rule::default()
        };
        let today = date(2026, 12, 2);
        let mut profile = Profile::default();
        assert!(!rule.matches(&profile, today));
        profile.area = Some(area("yumesaki-2-chome"));
        assert!(!rule.matches(&profile, today));
        profile.area = Some(area("yumesaki-3-chome"));
        assert!(rule.matches(&profile, today));
    }

    #[test]
    fn the_age_band_is_worked_out_from_a_birth_date_or_taken_as_given() {
        let rule = Rule {
            age_bands: [AgeBand::From65To74].into(),
            ..Rule::default()
        };
        let today = date(2026, 12, 2);
        let mut profile = Profile {
            resident: Some(Birth::Date(date(1961, 12, 3))),
            ..Profile::default()
        };
        assert!(!rule.matches(&profile, today), "64 until tomorrow");
        profile.resident = Some(Birth::Date(date(1961, 12, 2)));
        assert!(rule.matches(&profile, today));
        profile.resident = Some(Birth::Band(AgeBand::From65To74));
        assert!(rule.matches(&profile, today));
    }

    #[test]
    fn any_listed_topic_will_do() {
        let rule = Rule {
            topics: [Topic::Waste, Topic::Disaster].into(),
            ..Rule::default()
        };
        let mut profile = Profile::default();
        assert!(!rule.matches(&profile, date(2026, 12, 2)));
        profile.topics.insert(Topic::Disaster);
        assert!(rule.matches(&profile, date(2026, 12, 2)));
    }

    #[test]
    fn an_empty_rule_reads_from_an_empty_json_object_and_is_for_everyone() {
        let rule: Rule = serde_json::from_str("{}").unwrap();
        assert!(rule.is_everyone());
        assert_eq!(serde_json::to_string(&rule).unwrap(), "{}");
        let banded: Rule =
            serde_json::from_str(r#"{"ageBands":["75+"],"childAgeMonths":{"min":3,"max":5}}"#).unwrap();
        assert!(banded.age_bands.contains(&AgeBand::From75));
    }

    mod properties {
        use proptest::prelude::*;

        use super::super::*;
        use crate::notice::profile::{HouseholdMember, Profile};

        const AREAS: [&str; 3] = ["yumesaki-1-chome", "yumesaki-2-chome", "yumesaki-3-chome"];

        fn any_date() -> impl Strategy<Value = CalendarDate> {
            (1930_i32..2030, 1_u8..=12, 1_u8..=31).prop_map(|(y, m, d)| {
                CalendarDate::new(y, m, d.min(crate::era::days_in_month(y, m))).unwrap()
            })
        }

        fn any_birth() -> impl Strategy<Value = Birth> {
            prop_oneof![
                any_date().prop_map(Birth::Date),
                proptest::sample::select(AgeBand::ALL.to_vec()).prop_map(Birth::Band),
            ]
        }

        fn any_area() -> impl Strategy<Value = AreaCode> {
            proptest::sample::select(AREAS.to_vec()).prop_map(|a| AreaCode::parse(a).unwrap())
        }

        fn any_profile() -> impl Strategy<Value = Profile> {
            (
                proptest::option::of(any_area()),
                proptest::option::of(any_birth()),
                proptest::collection::vec(any_birth(), 0..4),
                proptest::sample::subsequence(Topic::ALL.to_vec(), 0..=7),
            )
                .prop_map(|(area, resident, household, topics)| Profile {
                    area,
                    resident,
                    household: household
                        .into_iter()
                        .map(|birth| HouseholdMember { birth })
                        .collect(),
                    topics: topics.into_iter().collect(),
                    ..Profile::default()
                })
        }

        fn any_rule() -> impl Strategy<Value = Rule> {
            (
                proptest::sample::subsequence(AREAS.to_vec(), 0..=2),
                proptest::option::of(
                    (0_u32..120, 0_u32..60).prop_map(|(min, span)| MonthRange { min, max: min + span }),
                ),
                proptest::sample::subsequence(AgeBand::ALL.to_vec(), 0..=3),
                proptest::sample::subsequence(Topic::ALL.to_vec(), 0..=3),
            )
                .prop_map(|(areas, child_age_months, bands, topics)| Rule {
                    areas: areas.into_iter().map(|a| AreaCode::parse(a).unwrap()).collect(),
                    child_age_months,
                    age_bands: bands.into_iter().collect(),
                    topics: topics.into_iter().collect(),
                })
        }

        proptest! {
            #![proptest_config(crate::test_support::pinned_proptest())]

            #[test]
            fn a_rule_with_no_condition_matches_every_profile(profile in any_profile(), today in any_date()) {
                prop_assert!(Rule::everyone().matches(&profile, today));
            }

            #[test]
            fn adding_a_condition_of_another_kind_never_widens_who_matches(
                rule in any_rule(),
                extra in any_rule(),
                profile in any_profile(),
                today in any_date(),
            ) {
                // `narrowed` keeps each of `rule`'s conditions and adds `extra`'s of the kinds
                // `rule` leaves open.
                let mut narrowed = rule.clone();
                if narrowed.areas.is_empty() { narrowed.areas = extra.areas.clone(); }
                if narrowed.child_age_months.is_none() { narrowed.child_age_months = extra.child_age_months; }
                if narrowed.age_bands.is_empty() { narrowed.age_bands = extra.age_bands.clone(); }
                if narrowed.topics.is_empty() { narrowed.topics = extra.topics.clone(); }
                prop_assert!(!narrowed.matches(&profile, today) || rule.matches(&profile, today));
            }

            #[test]
            fn a_rule_matches_exactly_when_each_of_its_conditions_alone_does(
                rule in any_rule(),
                profile in any_profile(),
                today in any_date(),
            ) {
                let parts = [
                    Rule { areas: rule.areas.clone(), ..Rule::default() },
                    Rule { child_age_months: rule.child_age_months, ..Rule::default() },
                    Rule { age_bands: rule.age_bands.clone(), ..Rule::default() },
                    Rule { topics: rule.topics.clone(), ..Rule::default() },
                ];
                let each = parts.iter().all(|p| p.matches(&profile, today));
                prop_assert_eq!(rule.matches(&profile, today), each);
            }

            #[test]
            fn months_of_age_never_decrease_from_one_day_to_the_next(born in any_date(), days in 0_i64..4000) {
                let today = born.add_days(days).unwrap();
                let tomorrow = today.add_days(1).unwrap();
                let (a, b) = (months_old(born, today).unwrap(), months_old(born, tomorrow).unwrap());
                prop_assert!(b == a || b == a + 1);
                prop_assert!(born.add_days(days).is_some());
            }
        }

        #[test]
        fn a_household_member_given_only_as_a_band_never_meets_a_month_range() {
            let rule = Rule {
                child_age_months: Some(MonthRange { min: 0, max: 71 }),
                ..Rule::default()
            };
            let profile = Profile {
                household: vec![HouseholdMember {
                    birth: Birth::Band(AgeBand::Under6),
                }],
                ..Profile::default()
            };
            assert!(!rule.matches(&profile, CalendarDate::new(2026, 12, 2).unwrap()));
        }
    }
}
