//! What a member of staff sends to create or replace a notice (`POST`/`PUT
//! /api/v1/admin/notices`): every field as typed, nothing checked, so a mistake comes back as a
//! problem at its field (`invalid_submission` with message ids) rather than as an unreadable body.
//! [`NoticeDraft::parse`] returns a [`NoticeContent`] or every problem at once.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::rule::{AgeBand, AreaCode, MonthRange, Rule, Topic};
use super::{NoticeContent, NoticeLinks, TopicKey};
use crate::form::{FieldProblem, MessageArg};
use crate::{LocaleTag, LocalizedText, ProcedureId, UnixMillis, msg_id};

/// The longest title in any language, in characters (a notification shows about this much).
pub const TITLE_MAX_CHARS: usize = 100;
/// The longest body in any language, in characters.
pub const BODY_MAX_CHARS: usize = 4000;

/// The draft as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NoticeDraft {
    /// Language tag → text; Japanese (`ja`) is required.
    pub title: BTreeMap<String, String>,
    pub body: BTreeMap<String, String>,
    #[cfg_attr(feature = "openapi", schema(example = "disaster"))]
    pub category: String,
    #[cfg_attr(feature = "openapi", schema(example = "urgent"))]
    pub priority: String,
    pub rule: RuleDraft,
    /// When the notice starts to show; now when left out.
    // The document bounds the instants (0 to the end of 9999, in milliseconds), and they are read
    // however JSON spells a whole number (`14607887.0`: the contract test sent one, and serde's i64
    // refused it with 400).
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 253_402_300_799_999_i64))]
    #[serde(deserialize_with = "crate::whole_number::optional")]
    pub publish_at: Option<i64>,
    /// When it stops showing; required, after the publish time and after now.
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 253_402_300_799_999_i64))]
    #[serde(deserialize_with = "crate::whole_number::optional")]
    pub expires_at: Option<i64>,
    /// The key shared by the states of one thing (one evacuation order).
    pub topic: Option<String>,
    /// A procedure's id to link to.
    pub procedure: Option<String>,
    /// A booking service's id to link to.
    pub booking_service: Option<String>,
}

/// A targeting rule as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RuleDraft {
    pub areas: Vec<String>,
    pub child_age_months: Option<MonthsDraft>,
    pub age_bands: Vec<String>,
    pub topics: Vec<String>,
}

/// A range of months as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonthsDraft {
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 4_294_967_295_i64))]
    #[serde(deserialize_with = "crate::whole_number::required")]
    pub min: i64,
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 4_294_967_295_i64))]
    #[serde(deserialize_with = "crate::whole_number::required")]
    pub max: i64,
}

impl NoticeDraft {
    /// Checks the draft at `now` (the server's clock).
    pub fn parse(&self, now: UnixMillis) -> Result<NoticeContent, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let title = text(&mut problems, "title", &self.title, TITLE_MAX_CHARS);
        let body = text(&mut problems, "body", &self.body, BODY_MAX_CHARS);
        let category = choice(&mut problems, "category", &self.category);
        let priority = choice(&mut problems, "priority", &self.priority);
        let rule = self.rule.parse(&mut problems);
        let publish_at = self.publish_at.map_or(now, UnixMillis);
        let expires_at = match self.expires_at.map(UnixMillis) {
            None => {
                problems.push(FieldProblem::new("expiresAt", msg_id!("form-error-required")));
                None
            }
            Some(at) if at <= publish_at || at <= now => {
                problems.push(FieldProblem::new("expiresAt", msg_id!("notice-error-expiry")));
                None
            }
            Some(at) => Some(at),
        };
        let topic = self.topic.as_deref().map(str::trim).filter(|t| !t.is_empty());
        let topic = match topic.map(TopicKey::parse).transpose() {
            Ok(topic) => topic,
            Err(_) => {
                problems.push(FieldProblem::new("topic", msg_id!("notice-error-key")));
                None
            }
        };
        let procedure = self.procedure.as_deref().filter(|p| !p.is_empty());
        let procedure = match procedure.map(ProcedureId::parse).transpose() {
            Ok(p) => p,
            Err(_) => {
                problems.push(FieldProblem::new("procedure", msg_id!("notice-error-key")));
                None
            }
        };
        let booking_service = self.booking_service.clone().filter(|s| !s.is_empty());
        if booking_service
            .as_deref()
            .is_some_and(|s| !crate::slug::is_slug(s))
        {
            problems.push(FieldProblem::new("bookingService", msg_id!("notice-error-key")));
        }
        match (title, body, category, priority, rule, expires_at) {
            (Some(title), Some(body), Some(category), Some(priority), Some(rule), Some(expires_at))
                if problems.is_empty() =>
            {
                Ok(NoticeContent {
                    title,
                    body,
                    category,
                    priority,
                    rule,
                    publish_at,
                    expires_at,
                    topic,
                    links: NoticeLinks {
                        procedure,
                        booking_service,
                    },
                })
            }
            _ => Err(problems),
        }
    }
}

impl RuleDraft {
    fn parse(&self, problems: &mut Vec<FieldProblem>) -> Option<Rule> {
        let before = problems.len();
        let mut areas = Vec::new();
        for area in &self.areas {
            match AreaCode::parse(area.trim()) {
                Ok(code) if !areas.contains(&code) => areas.push(code),
                Ok(_) => {}
                Err(_) => problems.push(FieldProblem::new("rule.areas", msg_id!("notice-error-area"))),
            }
        }
        let child_age_months =
            self.child_age_months
                .and_then(|m| match (u32::try_from(m.min), u32::try_from(m.max)) {
                    (Ok(min), Ok(max)) if min <= max => Some(MonthRange { min, max }),
                    _ => {
                        problems.push(FieldProblem::new(
                            "rule.childAgeMonths",
                            msg_id!("notice-error-month-range"),
                        ));
                        None
                    }
                });
        let age_bands = self
            .age_bands
            .iter()
            .filter_map(|b| choice::<AgeBand>(problems, "rule.ageBands", b))
            .collect();
        let topics = self
            .topics
            .iter()
            .filter_map(|t| choice::<Topic>(problems, "rule.topics", t))
            .collect();
        (problems.len() == before).then_some(Rule {
            areas,
            child_age_months,
            age_bands,
            topics,
        })
    }
}

/// A text in several languages: Japanese required, each language a tag we accept, each text
/// trimmed, not empty and at most `max` characters.
fn text(
    problems: &mut Vec<FieldProblem>,
    field: &str,
    typed: &BTreeMap<String, String>,
    max: usize,
) -> Option<LocalizedText> {
    let before = problems.len();
    let mut pairs = Vec::new();
    for (tag, value) in typed {
        let value = value.trim();
        if LocaleTag::parse(tag).is_err() {
            problems.push(FieldProblem::new(field, msg_id!("notice-error-language")));
        } else if value.chars().count() > max {
            problems.push(
                FieldProblem::new(format!("{field}.{tag}"), msg_id!("form-error-too-long"))
                    .with("max", MessageArg::Number(max as i64)),
            );
        } else if !value.is_empty() {
            pairs.push((tag.as_str(), value));
        }
    }
    let text = LocalizedText::from_pairs(pairs).ok()?;
    if !text.has_source()
        && !problems[before..]
            .iter()
            .any(|p| p.field == format!("{field}.ja"))
    {
        problems.push(FieldProblem::new(
            format!("{field}.ja"),
            msg_id!("form-error-required"),
        ));
    }
    (problems.len() == before).then_some(text)
}

/// One of an enum's wire names (`"urgent"`, `"65-74"`), else `form-error-choice` at `field`.
fn choice<T: serde::de::DeserializeOwned>(
    problems: &mut Vec<FieldProblem>,
    field: &str,
    typed: &str,
) -> Option<T> {
    use serde::de::IntoDeserializer as _;
    let words: serde::de::value::StrDeserializer<'_, serde::de::value::Error> =
        typed.trim().into_deserializer();
    let parsed = T::deserialize(words).ok();
    if parsed.is_none() {
        problems.push(FieldProblem::new(field, msg_id!("form-error-choice")));
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notice::{Category, Priority};

    const NOW: UnixMillis = UnixMillis(1_796_000_000_000);
    const HOUR: i64 = 3_600_000;

    fn evacuation() -> NoticeDraft {
        NoticeDraft {
            title: [
                ("ja".into(), "避難指示(夢咲3丁目)".into()),
                ("en".into(), "Evacuation order".into()),
            ]
            .into(),
            body: [("ja".into(), "夢咲小学校へ避難してください。".into())].into(),
            category: "disaster".into(),
            priority: "urgent".into(),
            rule: RuleDraft {
                areas: vec!["yumesaki-3-chome".into()],
                ..RuleDraft::default()
            },
            expires_at: Some(NOW.0 + 24 * HOUR),
            topic: Some("evacuation-yumesaki-3-chome".into()),
            ..NoticeDraft::default()
        }
    }

    fn fields(problems: &[FieldProblem]) -> Vec<(&str, &str)> {
        problems
            .iter()
            .map(|p| (p.field.as_str(), p.message_id.as_str()))
            .collect()
    }

    #[test]
    fn a_complete_draft_becomes_a_notice_published_now_unless_told_otherwise() {
        let content = evacuation().parse(NOW).unwrap();
        assert_eq!(content.publish_at, NOW);
        assert_eq!(content.priority, Priority::Urgent);
        assert_eq!(content.category, Category::Disaster);
        assert_eq!(content.rule.areas, [AreaCode::parse("yumesaki-3-chome").unwrap()]);
        assert_eq!(content.topic.unwrap().as_str(), "evacuation-yumesaki-3-chome");
    }

    #[test]
    fn every_problem_comes_back_at_once_at_its_field() {
        let draft = NoticeDraft {
            title: [("en".into(), "Evacuation".into())].into(),
            body: [
                ("ja".into(), "x".repeat(BODY_MAX_CHARS + 1)),
                ("english".into(), "y".into()),
            ]
            .into(),
            category: "weather".into(),
            priority: "".into(),
            rule: RuleDraft {
                areas: vec!["3丁目".into()],
                child_age_months: Some(MonthsDraft { min: 5, max: 3 }),
                age_bands: vec!["65+".into()],
                topics: vec!["waste".into(), "sports".into()],
            },
            publish_at: Some(NOW.0 + HOUR),
            expires_at: Some(NOW.0 + HOUR),
            topic: Some("Evacuation Order".into()),
            procedure: Some("moving in".into()),
            booking_service: Some("my-number-card".into()),
        };
        assert_eq!(
            fields(&draft.parse(NOW).unwrap_err()),
            [
                ("title.ja", "form-error-required"),
                ("body", "notice-error-language"),
                ("body.ja", "form-error-too-long"),
                ("category", "form-error-choice"),
                ("priority", "form-error-choice"),
                ("rule.areas", "notice-error-area"),
                ("rule.childAgeMonths", "notice-error-month-range"),
                ("rule.ageBands", "form-error-choice"),
                ("rule.topics", "form-error-choice"),
                ("expiresAt", "notice-error-expiry"),
                ("topic", "notice-error-key"),
                ("procedure", "notice-error-key"),
            ]
        );
    }

    #[test]
    fn an_expiry_is_required_and_must_be_in_the_future() {
        let mut draft = evacuation();
        draft.expires_at = None;
        assert_eq!(
            fields(&draft.parse(NOW).unwrap_err()),
            [("expiresAt", "form-error-required")]
        );
        draft.expires_at = Some(NOW.0);
        assert_eq!(
            fields(&draft.parse(NOW).unwrap_err()),
            [("expiresAt", "notice-error-expiry")]
        );
    }

    #[test]
    fn a_draft_reads_from_the_json_staff_send() {
        let draft: NoticeDraft = serde_json::from_str(
            r#"{"title":{"ja":"4か月児健診"},"body":{"ja":"案内"},"category":"childcare","priority":"normal",
                "rule":{"childAgeMonths":{"min":3,"max":4},"topics":["childcare"]},"expiresAt":1796100000000,
                "procedure":"moving-in"}"#,
        )
        .unwrap();
        let content = draft.parse(NOW).unwrap();
        assert_eq!(content.rule.child_age_months, Some(MonthRange { min: 3, max: 4 }));
        assert_eq!(content.links.procedure.unwrap().as_str(), "moving-in");
    }
}
