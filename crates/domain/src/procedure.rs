//! A procedure (手続き) the city offers, and where a resident can do it.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::LocalizedText;

/// A stable, URL-safe identifier of a procedure, e.g. `moving-in`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "moving-in"))]
pub struct ProcedureId(String);

/// Why a string is not a procedure id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a procedure id (lowercase letters, digits and single hyphens, 1–64 long): {0:?}")]
pub struct InvalidProcedureId(pub String);

impl ProcedureId {
    pub fn parse(s: &str) -> Result<Self, InvalidProcedureId> {
        let well_formed = (1..=64).contains(&s.len())
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !s.starts_with('-')
            && !s.ends_with('-')
            && !s.contains("--");
        if well_formed {
            Ok(Self(s.to_owned()))
        } else {
            Err(InvalidProcedureId(s.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ProcedureId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for ProcedureId {
    type Error = InvalidProcedureId;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<ProcedureId> for String {
    fn from(id: ProcedureId) -> Self {
        id.0
    }
}

/// Where a procedure can be done. The order is the order the UI lists them in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Channel {
    /// From home, in the app or the web.
    Online,
    /// At a self-service kiosk (e.g. in a library, with a volunteer).
    Kiosk,
    /// At a city counter, during opening hours.
    Counter,
    /// At a counter, by appointment only.
    Appointment,
}

impl Channel {
    pub const ALL: [Channel; 4] = [
        Channel::Online,
        Channel::Kiosk,
        Channel::Counter,
        Channel::Appointment,
    ];

    /// The Fluent message id of this channel's label. Kept here so the UI and any server rendering
    /// agree, and so the i18n check can see every id in code.
    pub fn message_id(self) -> &'static str {
        match self {
            Channel::Online => crate::msg_id!("channel-online"),
            Channel::Kiosk => crate::msg_id!("channel-kiosk"),
            Channel::Counter => crate::msg_id!("channel-counter"),
            Channel::Appointment => crate::msg_id!("channel-appointment"),
        }
    }
}

/// One entry of the city's catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Procedure {
    pub id: ProcedureId,
    pub name: LocalizedText,
    /// One line saying what the procedure is for.
    pub summary: LocalizedText,
    /// Where it can be done, sorted and without repeats.
    pub channels: Vec<Channel>,
}

/// Why a procedure cannot be part of a catalogue.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvalidProcedure {
    #[error("procedure {0} has no Japanese name")]
    MissingName(ProcedureId),
    #[error("procedure {0} has no Japanese summary")]
    MissingSummary(ProcedureId),
    #[error("procedure {0} can be done nowhere")]
    NoChannel(ProcedureId),
}

impl Procedure {
    /// Checks what a catalogue promises: Japanese name and summary, at least one channel; sorts and
    /// dedups the channels.
    pub fn new(
        id: ProcedureId,
        name: LocalizedText,
        summary: LocalizedText,
        mut channels: Vec<Channel>,
    ) -> Result<Self, InvalidProcedure> {
        if !name.has_source() {
            return Err(InvalidProcedure::MissingName(id));
        }
        if !summary.has_source() {
            return Err(InvalidProcedure::MissingSummary(id));
        }
        channels.sort();
        channels.dedup();
        if channels.is_empty() {
            return Err(InvalidProcedure::NoChannel(id));
        }
        Ok(Self {
            id,
            name,
            summary,
            channels,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ja(text: &str) -> LocalizedText {
        LocalizedText::from_pairs([("ja", text)]).unwrap()
    }

    #[test]
    fn slugs_are_accepted_as_procedure_ids() {
        assert!(ProcedureId::parse("moving-in").is_ok());
        assert!(ProcedureId::parse("my-number-card-2").is_ok());
    }

    #[test]
    fn ids_with_spaces_capitals_or_stray_hyphens_are_rejected() {
        for s in ["", "Moving", "moving in", "-a", "a-", "a--b", "転入"] {
            assert!(ProcedureId::parse(s).is_err(), "{s:?}");
        }
    }

    #[test]
    fn channels_are_sorted_and_deduplicated() {
        let id = ProcedureId::parse("moving-in").unwrap();
        let p = Procedure::new(
            id,
            ja("転入届"),
            ja("引っ越してきたとき"),
            vec![Channel::Counter, Channel::Online, Channel::Counter],
        )
        .unwrap();
        assert_eq!(p.channels, [Channel::Online, Channel::Counter]);
    }

    #[test]
    fn a_procedure_without_japanese_or_channels_is_refused() {
        let id = ProcedureId::parse("x").unwrap();
        let en_only = LocalizedText::from_pairs([("en", "Moving in")]).unwrap();
        assert_eq!(
            Procedure::new(id.clone(), en_only, ja("s"), vec![Channel::Online]),
            Err(InvalidProcedure::MissingName(id.clone()))
        );
        assert_eq!(
            Procedure::new(id.clone(), ja("n"), ja(" "), vec![Channel::Online]),
            Err(InvalidProcedure::MissingSummary(id.clone()))
        );
        assert_eq!(
            Procedure::new(id.clone(), ja("n"), ja("s"), vec![]),
            Err(InvalidProcedure::NoChannel(id))
        );
    }

    #[test]
    fn every_channel_has_its_own_message_id() {
        let mut ids: Vec<_> = Channel::ALL.iter().map(|c| c.message_id()).collect();
        ids.dedup();
        assert_eq!(ids.len(), Channel::ALL.len());
    }
}
