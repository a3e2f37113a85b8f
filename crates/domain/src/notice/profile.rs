//! The resident's notice profile: opt-in, kept **only on the device** (in the shell's encrypted
//! store) and handed to [`super::Rule::matches`] there. It never crosses HTTP; it crosses IPC
//! between the UI and the shell, hence serde.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::delivery::DeliveryPreferences;
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
