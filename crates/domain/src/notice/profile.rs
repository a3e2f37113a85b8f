//! The resident's notice profile: opt-in, kept **only on the device** (in the shell's encrypted
//! store) and handed to [`super::Rule::matches`] there. It never crosses HTTP; it crosses IPC
//! between the UI and the shell, hence serde.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::delivery::{DeliveryPreferences, QuietHours, TimeOfDay};
use super::rule::{AgeBand, AreaCode, Topic, months_old};
use crate::{CalendarDate, LocaleTag};

/// How old someone is, as precisely as the resident chose to say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Birth {
    /// A birth date (`{"date": "2026-07-31"}`): needed for notices by a child's age in months.
    Date(#[serde(with = "iso_date")] CalendarDate),
    /// Only an age band (`{"band": "65-74"}`).
    Band(AgeBand),
}

impl Birth {
    /// The band on `today` (`None` for a birth date after today).
    pub fn band(self, today: CalendarDate) -> Option<AgeBand> {
        match self {
            Birth::Date(born) => months_old(born, today).map(|m| AgeBand::of_years(m / 12)),
            Birth::Band(band) => Some(band),
        }
    }
}

/// Someone in the resident's household (a child, a parent cared for).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HouseholdMember {
    pub birth: Birth,
}

/// Everything a device may use to pick the notices meant for its resident. Empty by default:
/// without a profile (a kiosk, a resident who did not opt in) only notices for everyone match.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Profile {
    /// The district or 町丁目 the resident lives in, from the city's list.
    pub area: Option<AreaCode>,
    /// The resident's own age.
    pub resident: Option<Birth>,
    pub household: Vec<HouseholdMember>,
    pub topics: BTreeSet<Topic>,
    /// The languages the resident reads, best first (a notice is shown along its fallback chain).
    pub languages: Vec<LocaleTag>,
    pub delivery: DeliveryPreferences,
}

/// `YYYY-MM-DD` for [`CalendarDate`], which is not serde itself.
mod iso_date {
    use serde::{Deserialize as _, Deserializer, Serializer};

    use crate::CalendarDate;

    pub fn serialize<S: Serializer>(date: &CalendarDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&date.iso())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<CalendarDate, D::Error> {
        let text = String::deserialize(d)?;
        CalendarDate::parse_iso(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_profile_crosses_ipc_as_json_with_dates_as_iso_and_bands_as_written() {
        let json = r#"{"area":"yumesaki-3-chome","resident":{"band":"40-64"},
            "household":[{"birth":{"date":"2026-07-31"}}],"topics":["childcare","disaster"],
            "languages":["vi","ja"],"delivery":{"quietHours":{"from":"22:00","until":"07:00"}}}"#;
        let profile: Profile = serde_json::from_str(json).unwrap();
        assert_eq!(
            profile.household[0].birth,
            Birth::Date(CalendarDate::new(2026, 7, 31).unwrap())
        );
        assert_eq!(profile.resident, Some(Birth::Band(AgeBand::From40To64)));
        let again: Profile = serde_json::from_str(&serde_json::to_string(&profile).unwrap()).unwrap();
        assert_eq!(again, profile);
        assert!(
            serde_json::from_str::<Profile>(r#"{"household":[{"birth":{"date":"2026-02-30"}}]}"#).is_err()
        );
    }
}

/// The profile screen's answers as typed (values of its controls), parsed by
/// [`ProfileInput::parse`] into a [`Profile`] or every problem at once.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProfileInput {
    /// An area code from the city's list, or empty.
    pub area: String,
    /// An age band's value (`"40-64"`), or empty.
    pub band: String,
    /// Children's birth dates (`YYYY-MM-DD`), one per child; empty ones are skipped.
    pub children: Vec<String>,
    pub topics: Vec<String>,
    pub languages: Vec<String>,
    /// `HH:MM` or empty; both or neither.
    pub quiet_from: String,
    pub quiet_until: String,
    /// `HH:MM` or empty.
    pub digest_at: String,
}

/// The profile screen's field ids (problems point at them).
pub mod field {
    pub const AREA: &str = "profile-area";
    pub const BAND: &str = "profile-band";
    pub const TOPICS: &str = "profile-topics";
    pub const LANGUAGES: &str = "profile-languages";
    pub const QUIET: &str = "profile-quiet-from";
    pub const DIGEST: &str = "profile-digest";

    /// The n-th child's birth date (0-based).
    pub fn child(n: usize) -> String {
        format!("profile-child-{n}")
    }
}

impl ProfileInput {
    /// The profile these answers say, on `today` (a birth date must not be after it), given the
    /// city's `areas`; or every problem, each at its field.
    pub fn parse(
        &self,
        today: CalendarDate,
        areas: &super::AreaList,
    ) -> Result<Profile, Vec<crate::form::FieldProblem>> {
        use crate::form::FieldProblem;
        use crate::msg_id;
        let mut problems = Vec::new();
        let mut profile = Profile::default();
        if !self.area.is_empty() {
            match AreaCode::parse(&self.area) {
                Ok(code) if areas.contains(&code) => profile.area = Some(code),
                _ => problems.push(FieldProblem::new(field::AREA, msg_id!("form-error-choice"))),
            }
        }
        if !self.band.is_empty() {
            match serde_json::from_value::<AgeBand>(serde_json::Value::String(self.band.clone())) {
                Ok(band) => profile.resident = Some(Birth::Band(band)),
                Err(_) => problems.push(FieldProblem::new(field::BAND, msg_id!("form-error-choice"))),
            }
        }
        for (n, date) in self.children.iter().enumerate().filter(|(_, d)| !d.is_empty()) {
            match CalendarDate::parse_iso(date) {
                Ok(born) if born <= today => profile.household.push(HouseholdMember {
                    birth: Birth::Date(born),
                }),
                Ok(_) => problems.push(FieldProblem::new(
                    field::child(n),
                    msg_id!("notice-profile-error-future"),
                )),
                Err(_) => problems.push(FieldProblem::new(field::child(n), msg_id!("form-error-date"))),
            }
        }
        for topic in &self.topics {
            match serde_json::from_value::<Topic>(serde_json::Value::String(topic.clone())) {
                Ok(topic) => {
                    profile.topics.insert(topic);
                }
                Err(_) => problems.push(FieldProblem::new(field::TOPICS, msg_id!("form-error-choice"))),
            }
        }
        for language in &self.languages {
            match LocaleTag::parse(language) {
                Ok(tag) if !profile.languages.contains(&tag) => profile.languages.push(tag),
                Ok(_) => {}
                Err(_) => problems.push(FieldProblem::new(field::LANGUAGES, msg_id!("form-error-choice"))),
            }
        }
        match (self.quiet_from.as_str(), self.quiet_until.as_str()) {
            ("", "") => {}
            (from, until) => match (TimeOfDay::parse(from), TimeOfDay::parse(until)) {
                (Ok(from), Ok(until)) if from != until => {
                    profile.delivery.quiet_hours = Some(QuietHours { from, until });
                }
                _ => problems.push(FieldProblem::new(
                    field::QUIET,
                    msg_id!("notice-profile-error-quiet"),
                )),
            },
        }
        if !self.digest_at.is_empty() {
            match TimeOfDay::parse(&self.digest_at) {
                Ok(at) => profile.delivery.digest_at = Some(at),
                Err(_) => problems.push(FieldProblem::new(field::DIGEST, msg_id!("form-error-choice"))),
            }
        }
        if problems.is_empty() {
            Ok(profile)
        } else {
            Err(problems)
        }
    }

    /// The answers that show `profile` (to change it).
    pub fn of(profile: &Profile) -> Self {
        Self {
            area: profile
                .area
                .as_ref()
                .map(|a| a.as_str().to_owned())
                .unwrap_or_default(),
            band: match profile.resident {
                Some(Birth::Band(band)) => wire_name(&band),
                // A birth date given elsewhere shows as nothing to choose here.
                _ => String::new(),
            },
            children: profile
                .household
                .iter()
                .filter_map(|m| match m.birth {
                    Birth::Date(date) => Some(date.iso()),
                    Birth::Band(_) => None,
                })
                .collect(),
            topics: profile.topics.iter().map(wire_name).collect(),
            languages: profile.languages.iter().map(ToString::to_string).collect(),
            quiet_from: profile
                .delivery
                .quiet_hours
                .map(|q| q.from.to_string())
                .unwrap_or_default(),
            quiet_until: profile
                .delivery
                .quiet_hours
                .map(|q| q.until.to_string())
                .unwrap_or_default(),
            digest_at: profile
                .delivery
                .digest_at
                .map(|d| d.to_string())
                .unwrap_or_default(),
        }
    }
}

/// A serde enum's wire name (`"40-64"`, `"childcare"`): the value its choice submits.
pub fn wire_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

#[cfg(test)]
mod input_tests {
    use super::*;
    use crate::LocalizedText;
    use crate::notice::{Area, AreaList};

    fn areas() -> AreaList {
        AreaList {
            areas: vec![Area {
                code: AreaCode::parse("yumesaki-3-chome").unwrap(),
                name: LocalizedText::from_pairs([("ja", "夢咲3丁目")]).unwrap(),
            }],
        }
    }

    fn today() -> CalendarDate {
        CalendarDate::new(2026, 12, 5).unwrap()
    }

    #[test]
    fn answers_become_a_profile_and_show_it_again() {
        let input = ProfileInput {
            area: "yumesaki-3-chome".into(),
            band: "40-64".into(),
            children: vec!["2026-08-01".into(), String::new()],
            topics: vec!["childcare".into(), "disaster".into()],
            languages: vec!["vi".into(), "ja".into()],
            quiet_from: "22:00".into(),
            quiet_until: "07:00".into(),
            digest_at: "08:00".into(),
        };
        let profile = input.parse(today(), &areas()).unwrap();
        assert_eq!(
            profile.area.as_ref().map(AreaCode::as_str),
            Some("yumesaki-3-chome")
        );
        assert_eq!(profile.household.len(), 1);
        assert!(profile.topics.contains(&Topic::Disaster));
        let again = ProfileInput::of(&profile);
        assert_eq!(again.children, ["2026-08-01"]);
        assert_eq!(again.parse(today(), &areas()).unwrap(), profile);
    }

    #[test]
    fn every_problem_is_reported_at_its_field() {
        let input = ProfileInput {
            area: "atlantis".into(),
            children: vec!["2027-01-01".into(), "2026-02-30".into()],
            quiet_from: "22:00".into(),
            ..ProfileInput::default()
        };
        let problems = input.parse(today(), &areas()).unwrap_err();
        let at: Vec<(&str, &str)> = problems
            .iter()
            .map(|p| (p.field.as_str(), p.message_id.as_str()))
            .collect();
        assert_eq!(
            at,
            [
                ("profile-area", "form-error-choice"),
                ("profile-child-0", "notice-profile-error-future"),
                ("profile-child-1", "form-error-date"),
                ("profile-quiet-from", "notice-profile-error-quiet"),
            ]
        );
    }

    #[test]
    fn nothing_chosen_is_an_empty_profile() {
        assert_eq!(
            ProfileInput::default().parse(today(), &areas()).unwrap(),
            Profile::default()
        );
    }
}
