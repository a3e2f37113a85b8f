//! Kiosks: a library's or a community centre's shared devices, where volunteers help residents.
//! An admin registers each to a place (`madoguchi-server kiosk register 中央図書館`); it then holds a
//! long-lived credential of its own, so what it sends (a resident's scanned document, while nobody
//! is signed in on it) is counted against the kiosk, not against an address many people share.

use serde::{Deserialize, Serialize};

/// The longest place name kept, in characters.
pub const KIOSK_PLACE_MAX_CHARS: usize = 60;

/// Where a kiosk stands, as residents and staff know it (中央図書館 2階): 1–60 characters once
/// trimmed, no control characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct KioskPlace(String);

impl KioskPlace {
    pub fn parse(raw: &str) -> Option<Self> {
        let trimmed = raw.trim();
        let chars = trimmed.chars().count();
        ((1..=KIOSK_PLACE_MAX_CHARS).contains(&chars) && !trimmed.chars().any(char::is_control))
            .then(|| Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for KioskPlace {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s).ok_or_else(|| format!("{s:?} is not a place name"))
    }
}

impl From<KioskPlace> for String {
    fn from(place: KioskPlace) -> Self {
        place.0
    }
}

/// A kiosk's id: `kiosk-` and 8 hex digits, short enough to read out when revoking one.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct KioskId(pub String);

impl KioskId {
    pub fn parse(raw: &str) -> Option<Self> {
        raw.strip_prefix("kiosk-")
            .filter(|hex| hex.len() == 8 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
            .map(|_| Self(raw.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_is_trimmed_and_bounded() {
        assert_eq!(
            KioskPlace::parse("  中央図書館 2階 ").unwrap().as_str(),
            "中央図書館 2階"
        );
        assert!(KioskPlace::parse("   ").is_none());
        assert!(KioskPlace::parse(&"館".repeat(61)).is_none());
        assert!(KioskPlace::parse(&"館".repeat(60)).is_some());
        assert!(KioskPlace::parse("図書館\n2階").is_none());
    }

    #[test]
    fn an_id_has_its_form() {
        assert!(KioskId::parse("kiosk-0a1b2c3d").is_some());
        assert!(KioskId::parse("kiosk-0A1B2C3D").is_none());
        assert!(KioskId::parse("kiosk-0a1b2c3").is_none());
        assert!(KioskId::parse("dc-0a1b2c3d").is_none());
    }
}
