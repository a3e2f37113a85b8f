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
        if crate::slug::is_slug(s) {
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

/// A moment in life that brings several procedures at once (引越し, 出産・子育て, おくやみ, 就学):
/// the catalogue groups procedures by it, so a resident who is moving finds every procedure a move
/// needs without knowing their names. A procedure may belong to several, or to none. The order is
/// the order the UI lists them in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum LifeEvent {
    /// 引越し: moving into, out of or within the city.
    Moving,
    /// 出産・子育て: a birth, and raising children.
    Childbirth,
    /// おくやみ: after a death in the family.
    Bereavement,
    /// 就学: a child starting school.
    SchoolEntry,
}

impl LifeEvent {
    pub const ALL: [LifeEvent; 4] = [
        LifeEvent::Moving,
        LifeEvent::Childbirth,
        LifeEvent::Bereavement,
        LifeEvent::SchoolEntry,
    ];

    /// Its name on the wire, in the database and in the page's address (`#/life-events/moving`).
    pub fn as_str(self) -> &'static str {
        match self {
            LifeEvent::Moving => "moving",
            LifeEvent::Childbirth => "childbirth",
            LifeEvent::Bereavement => "bereavement",
            LifeEvent::SchoolEntry => "school-entry",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.as_str() == s)
    }

    /// The Fluent message id of its name.
    pub fn message_id(self) -> &'static str {
        match self {
            LifeEvent::Moving => crate::msg_id!("life-event-moving"),
            LifeEvent::Childbirth => crate::msg_id!("life-event-childbirth"),
            LifeEvent::Bereavement => crate::msg_id!("life-event-bereavement"),
            LifeEvent::SchoolEntry => crate::msg_id!("life-event-school-entry"),
        }
    }

    /// The Fluent message id of the line saying what it covers.
    pub fn summary_message_id(self) -> &'static str {
        match self {
            LifeEvent::Moving => crate::msg_id!("life-event-moving-summary"),
            LifeEvent::Childbirth => crate::msg_id!("life-event-childbirth-summary"),
            LifeEvent::Bereavement => crate::msg_id!("life-event-bereavement-summary"),
            LifeEvent::SchoolEntry => crate::msg_id!("life-event-school-entry-summary"),
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
    /// The life events it belongs to, sorted and without repeats (none is left out on the wire).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub life_events: Vec<LifeEvent>,
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
            life_events: Vec::new(),
        })
    }

    /// The procedure in these life events (sorted, without repeats).
    #[must_use]
    pub fn with_life_events(mut self, mut events: Vec<LifeEvent>) -> Self {
        events.sort();
        events.dedup();
        self.life_events = events;
        self
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
    fn life_events_are_sorted_deduplicated_and_named_on_the_wire_as_in_addresses() {
        let id = ProcedureId::parse("moving-in").unwrap();
        let p = Procedure::new(id, ja("転入届"), ja("引っ越してきたとき"), vec![Channel::Counter])
            .unwrap()
            .with_life_events(vec![
                LifeEvent::SchoolEntry,
                LifeEvent::Moving,
                LifeEvent::SchoolEntry,
            ]);
        assert_eq!(p.life_events, [LifeEvent::Moving, LifeEvent::SchoolEntry]);
        let json = serde_json::to_value(&p).unwrap();
        assert_eq!(json["lifeEvents"], serde_json::json!(["moving", "school-entry"]));
        for event in LifeEvent::ALL {
            assert_eq!(LifeEvent::parse(event.as_str()), Some(event));
            assert_eq!(serde_json::to_value(event).unwrap(), event.as_str());
        }
        assert_eq!(LifeEvent::parse("wedding"), None);
    }

    #[test]
    fn a_procedure_in_no_life_event_reads_and_writes_without_the_field() {
        let id = ProcedureId::parse("dog-registration").unwrap();
        let p = Procedure::new(
            id,
            ja("犬の登録"),
            ja("犬を飼い始めたとき"),
            vec![Channel::Counter],
        )
        .unwrap();
        let json = serde_json::to_value(&p).unwrap();
        assert!(json.get("lifeEvents").is_none(), "{json}");
        assert_eq!(serde_json::from_value::<Procedure>(json).unwrap(), p);
    }

    #[test]
    fn the_catalogue_lists_a_life_events_procedures_in_its_order_and_only_events_in_use() {
        let procedure = |id: &str, events: Vec<LifeEvent>| {
            Procedure::new(
                ProcedureId::parse(id).unwrap(),
                ja(id),
                ja(id),
                vec![Channel::Counter],
            )
            .unwrap()
            .with_life_events(events)
        };
        let catalogue = crate::ProcedureCatalogue {
            city: ja("夢咲市"),
            procedures: vec![
                procedure("moving-in", vec![LifeEvent::Moving]),
                procedure("dog-registration", vec![]),
                procedure(
                    "national-health-insurance",
                    vec![LifeEvent::Bereavement, LifeEvent::Moving],
                ),
            ],
        };
        let ids: Vec<_> = catalogue
            .in_life_event(LifeEvent::Moving)
            .map(|p| p.id.as_str())
            .collect();
        assert_eq!(ids, ["moving-in", "national-health-insurance"]);
        assert_eq!(
            catalogue.life_events(),
            [LifeEvent::Moving, LifeEvent::Bereavement]
        );
    }

    #[test]
    fn every_life_event_has_its_own_message_ids() {
        let mut ids: Vec<_> = LifeEvent::ALL
            .iter()
            .flat_map(|e| [e.message_id(), e.summary_message_id()])
            .collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 2 * LifeEvent::ALL.len());
    }

    #[test]
    fn every_channel_has_its_own_message_id() {
        let mut ids: Vec<_> = Channel::ALL.iter().map(|c| c.message_id()).collect();
        ids.dedup();
        assert_eq!(ids.len(), Channel::ALL.len());
    }
}
