//! お知らせ (issue 13): notices the city publishes and each device matches against its resident's
//! own profile, so residents get what concerns them without the city learning who they are.
//!
//! One job a file: [`rule`] (who a notice is for: [`Rule::matches`] over a [`Profile`]),
//! [`profile`] (the device-side profile), [`delivery`] (quiet hours, the digest, and urgent
//! notices breaking through), [`draft`] (what staff write, parsed into [`NoticeContent`] with
//! every problem at once), [`wire`] (the feed, the Server-Sent Events and their header names),
//! [`inbox`] (what the device's inbox shows, what is unread, what raises an OS notification) and
//! [`areas`] (the city's list of areas a profile picks from), [`consent`] (the opt-in record of what the profile holds and what each part is used for).
//! This file holds the notice itself and [`current`], the one rule for which notices show now
//! (published, unexpired, the latest of each `topic`), which the server's feed and the device's
//! inbox both apply.

pub mod areas;
pub mod consent;
pub mod delivery;
pub mod draft;
pub mod held;
pub mod inbox;
pub mod profile;
pub mod push;
pub mod rule;
pub mod wire;

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{LocalizedText, ProcedureId, UnixMillis};

pub use areas::{Area, AreaList};
pub use consent::{NoticeSettings, ProfileUse};
pub use delivery::{Delivery, DeliveryPreferences, QuietHours, TimeOfDay};
pub use draft::{NoticeDraft, RuleDraft};
pub use inbox::{Inbox, ReadMark};
pub use profile::{Birth, HouseholdMember, Profile};
pub use rule::{AgeBand, AreaCode, MonthRange, Rule, Topic};
pub use wire::{
    EventId, NoticeChange, NoticeEvent, NoticeFeed, PersonalNotice, PersonalNoticeList, PersonalSubject,
};

macro_rules! slug_string {
    ($(#[$doc:meta])* $name:ident, $example:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = $example))]
        pub struct $name(String);

        impl $name {
            /// Lowercase letters, digits and single inner hyphens, 1–64 long.
            pub fn parse(s: &str) -> Result<Self, String> {
                if crate::slug::is_slug(s) { Ok(Self(s.to_owned())) } else { Err(s.to_owned()) }
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl TryFrom<String> for $name {
            type Error = String;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                Self::parse(&s).map_err(|s| format!("not an id: {s:?}"))
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> Self {
                id.0
            }
        }
    };
}

slug_string!(
    /// A notice's id, given by the server when staff create it (`ntc-` and 20 hex digits).
    NoticeId,
    "ntc-0123456789abcdef0123"
);
slug_string!(
    /// What several notices are states of (`evacuation-yumesaki-3-chome`): the latest published
    /// one replaces the others.
    TopicKey,
    "evacuation-yumesaki-3-chome"
);

/// What a notice is about: the inbox filters by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Category {
    General,
    Childcare,
    Care,
    Disaster,
    Waste,
    Tax,
    Health,
    Events,
}

impl Category {
    pub const ALL: [Category; 8] = [
        Category::General,
        Category::Childcare,
        Category::Care,
        Category::Disaster,
        Category::Waste,
        Category::Tax,
        Category::Health,
        Category::Events,
    ];

    /// The category's name: a topic's, or "general".
    pub fn message_id(self) -> &'static str {
        match self.topic() {
            Some(topic) => topic.message_id(),
            None => crate::msg_id!("notice-category-general"),
        }
    }

    /// The topic of the same name, for every category but the general one.
    pub fn topic(self) -> Option<Topic> {
        match self {
            Category::General => None,
            Category::Childcare => Some(Topic::Childcare),
            Category::Care => Some(Topic::Care),
            Category::Disaster => Some(Topic::Disaster),
            Category::Waste => Some(Topic::Waste),
            Category::Tax => Some(Topic::Tax),
            Category::Health => Some(Topic::Health),
            Category::Events => Some(Topic::Events),
        }
    }
}

/// How hard a notice may interrupt. Urgent is for disasters only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Priority {
    Normal,
    Important,
    Urgent,
}

impl Priority {
    /// The words that mark a notice's priority in text (never by colour alone).
    pub fn message_id(self) -> &'static str {
        match self {
            Priority::Normal => crate::msg_id!("notice-priority-normal"),
            Priority::Important => crate::msg_id!("notice-priority-important"),
            Priority::Urgent => crate::msg_id!("notice-priority-urgent"),
        }
    }

    /// RFC 8030's `Urgency` header for a Web Push of this notice.
    pub fn web_push_urgency(self) -> &'static str {
        match self {
            Priority::Normal => "low",
            Priority::Important => "normal",
            Priority::Urgent => "high",
        }
    }
}

/// Where a notice points the resident: a procedure to apply for, a service to book.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NoticeLinks {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub procedure: Option<ProcedureId>,
    /// A booking service's id (`my-number-card`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, example = "my-number-card"))]
    pub booking_service: Option<String>,
}

/// What staff wrote, checked ([`NoticeDraft::parse`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NoticeContent {
    /// Japanese always; other languages as translated. Resolved along `LocaleTag::fallback_chain`.
    pub title: LocalizedText,
    pub body: LocalizedText,
    pub category: Category,
    pub priority: Priority,
    pub rule: Rule,
    pub publish_at: UnixMillis,
    pub expires_at: UnixMillis,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<TopicKey>,
    #[serde(default)]
    pub links: NoticeLinks,
}

/// A notice as the city publishes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Notice {
    pub id: NoticeId,
    /// 1 when created; each replacement by staff adds one.
    pub revision: u32,
    /// When the server last accepted it (the tie-break between states of one topic).
    pub updated_at: UnixMillis,
    #[serde(flatten)]
    pub content: NoticeContent,
}

impl Notice {
    /// Published by `now` and not yet expired.
    pub fn is_live(&self, now: UnixMillis) -> bool {
        self.content.publish_at <= now && now < self.content.expires_at
    }

    /// Which of two states of one topic is the later: publish time, then when it was accepted,
    /// then the id (any fixed order will do, so every device agrees).
    fn recency(&self) -> (UnixMillis, UnixMillis, &str) {
        (self.content.publish_at, self.updated_at, self.id.as_str())
    }
}

/// The notices to show at `now`, urgent first, then newest first: the live ones, except that of
/// the notices sharing a `topic`, only the latest one published by `now` counts — when it has
/// expired, none of that topic shows (a lifted evacuation order must not bring back the order).
pub fn current(notices: &[Notice], now: UnixMillis) -> Vec<&Notice> {
    let mut latest: BTreeMap<&TopicKey, &Notice> = BTreeMap::new();
    for notice in notices.iter().filter(|n| n.content.publish_at <= now) {
        if let Some(topic) = &notice.content.topic {
            let kept = latest.entry(topic).or_insert(notice);
            if notice.recency() > kept.recency() {
                *kept = notice;
            }
        }
    }
    let mut shown: Vec<&Notice> = notices
        .iter()
        .filter(|n| n.is_live(now))
        .filter(|n| match &n.content.topic {
            Some(topic) => latest.get(topic).is_some_and(|l| std::ptr::eq(*l, *n)),
            None => true,
        })
        .collect();
    shown.sort_by(|a, b| {
        (b.content.priority == Priority::Urgent)
            .cmp(&(a.content.priority == Priority::Urgent))
            .then_with(|| b.recency().cmp(&a.recency()))
    });
    shown
}

#[cfg(test)]
mod tests;
