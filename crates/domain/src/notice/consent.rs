//! Consent to the notice profile: the resident opts in, and the record says what is kept and what
//! each part is used for. There is no profile without a consent record: saving the first profile
//! is the opt-in, and clearing it removes both. The record never leaves the device either.

use serde::{Deserialize, Serialize};

use super::Profile;
use crate::UnixMillis;

/// The profile with when the resident agreed to it (and last changed it). Kept only in the
/// shell's encrypted store (web mode: the open tab's memory); crosses IPC, never HTTP.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NoticeSettings {
    pub profile: Profile,
    /// When the resident first agreed; kept across changes until they clear the profile.
    pub consented_at: UnixMillis,
    pub changed_at: UnixMillis,
}

impl NoticeSettings {
    /// The settings after the resident saves `profile` at `now`: the first save is the opt-in.
    pub fn saved(previous: Option<&NoticeSettings>, profile: Profile, now: UnixMillis) -> Self {
        Self {
            profile,
            consented_at: previous.map_or(now, |p| p.consented_at),
            changed_at: now,
        }
    }
}

/// One part of the profile, with what the device uses it for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProfileUse {
    Area,
    Ages,
    Topics,
    Languages,
    QuietHours,
    Digest,
}

impl ProfileUse {
    /// What this part is.
    pub fn label_id(self) -> &'static str {
        match self {
            ProfileUse::Area => crate::msg_id!("notice-profile-area"),
            ProfileUse::Ages => crate::msg_id!("notice-profile-ages"),
            ProfileUse::Topics => crate::msg_id!("notice-profile-topics"),
            ProfileUse::Languages => crate::msg_id!("notice-profile-languages"),
            ProfileUse::QuietHours => crate::msg_id!("notice-profile-quiet-hours"),
            ProfileUse::Digest => crate::msg_id!("notice-profile-digest"),
        }
    }

    /// What the device does with it.
    pub fn purpose_id(self) -> &'static str {
        match self {
            ProfileUse::Area => crate::msg_id!("notice-consent-use-area"),
            ProfileUse::Ages => crate::msg_id!("notice-consent-use-ages"),
            ProfileUse::Topics => crate::msg_id!("notice-consent-use-topics"),
            ProfileUse::Languages => crate::msg_id!("notice-consent-use-languages"),
            ProfileUse::QuietHours => crate::msg_id!("notice-consent-use-quiet-hours"),
            ProfileUse::Digest => crate::msg_id!("notice-consent-use-digest"),
        }
    }
}

/// The parts `profile` holds, each once, in a fixed order: what the consent record lists.
pub fn uses(profile: &Profile) -> Vec<ProfileUse> {
    [
        (profile.area.is_some(), ProfileUse::Area),
        (
            profile.resident.is_some() || !profile.household.is_empty(),
            ProfileUse::Ages,
        ),
        (!profile.topics.is_empty(), ProfileUse::Topics),
        (!profile.languages.is_empty(), ProfileUse::Languages),
        (profile.delivery.quiet_hours.is_some(), ProfileUse::QuietHours),
        (profile.delivery.digest_at.is_some(), ProfileUse::Digest),
    ]
    .into_iter()
    .filter_map(|(held, part)| held.then_some(part))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::CalendarDate;
    use crate::notice::rule::{AreaCode, Topic};
    use crate::notice::{Birth, HouseholdMember, TimeOfDay};

    #[test]
    fn the_record_lists_exactly_what_the_profile_holds() {
        assert!(uses(&Profile::default()).is_empty());
        let mut profile = Profile {
            area: Some(AreaCode::parse("yumesaki-3-chome").unwrap()),
            ..Profile::default()
        };
        profile.household.push(HouseholdMember {
            birth: Birth::Date(CalendarDate::new(2026, 8, 1).unwrap()),
        });
        profile.topics.insert(Topic::Childcare);
        profile.delivery.digest_at = TimeOfDay::new(8, 0);
        assert_eq!(
            uses(&profile),
            [
                ProfileUse::Area,
                ProfileUse::Ages,
                ProfileUse::Topics,
                ProfileUse::Digest
            ]
        );
    }

    #[test]
    fn changing_the_profile_keeps_when_consent_was_given() {
        let first = NoticeSettings::saved(None, Profile::default(), UnixMillis(1_000));
        assert_eq!(
            (first.consented_at, first.changed_at),
            (UnixMillis(1_000), UnixMillis(1_000))
        );
        let second = NoticeSettings::saved(Some(&first), Profile::default(), UnixMillis(5_000));
        assert_eq!(
            (second.consented_at, second.changed_at),
            (UnixMillis(1_000), UnixMillis(5_000))
        );
    }
}
