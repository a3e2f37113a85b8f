//! What notices say over HTTP: the feed, the Server-Sent Events stream and its header, the
//! resident's personal notices, and the paths. Server and shell both use these, so the contract is
//! spelled once.
//!
//! **The stream** (`text/event-stream`, one per device): each change is one event whose `id:` is
//! the change's [`EventId`] (increasing, never reused, the same on every server instance: it is
//! the database's), whose `event:` is [`NoticeChange::event_name`] and whose `data:` is the
//! [`NoticeEvent`] as JSON. A client that reconnects sends the last id it saw in
//! [`LAST_EVENT_ID_HEADER`] and first gets every change after it. A comment line (`:`) every
//! [`KEEP_ALIVE_SECS`] keeps proxies from closing an idle stream.

use serde::{Deserialize, Serialize};

use super::{Notice, NoticeId};
use crate::UnixMillis;
use crate::application::{ApplicationReference, ApplicationStatus};
use crate::booking::{BookingReference, UtcTime};

/// The public feed: every notice that shows now with its rule (`GET`).
pub const FEED_PATH: &str = "/api/v1/notices";
/// The public stream of changes.
pub const STREAM_PATH: &str = "/api/v1/notices/stream";
/// The signed-in resident's personal notices (`GET`, resident's access token).
pub const ACCOUNT_FEED_PATH: &str = "/api/v1/account/notices";
/// The public changes and the resident's personal ones on one stream.
pub const ACCOUNT_STREAM_PATH: &str = "/api/v1/account/notices/stream";
/// Staff create notices here (`POST`); `/{id}` replaces one (`PUT`), `/{id}/withdraw` ends it.
pub const ADMIN_PATH: &str = "/api/v1/admin/notices";

/// The request header a reconnecting client names the last event it saw in (the SSE standard's).
pub const LAST_EVENT_ID_HEADER: &str = "last-event-id";
/// The stream's media type.
pub const EVENT_STREAM_CONTENT_TYPE: &str = "text/event-stream";
/// How often an idle stream carries a keep-alive comment.
pub const KEEP_ALIVE_SECS: u64 = 15;

/// The app's IPC event that carries each [`NoticeEvent`] from the shell's stream to the UI.
pub const APP_NOTICE_EVENT: &str = "notice-event";

/// An OS notification as the UI words it and the shell raises it (app mode). An urgent one reaches
/// the desktop as "critical" and says it is urgent in its title (never by colour or sound alone).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OsNotification {
    pub title: String,
    pub body: String,
    pub urgent: bool,
}

/// The words of the app's tray icon (app mode), in the reader's language: the shell has no words
/// of its own, so the UI hands them over with the setting and again whenever the language changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrayWords {
    /// The icon's tooltip (where the desktop shows one): the app's name and what it is doing.
    pub tooltip: String,
    /// The menu item that shows the window again.
    pub open: String,
    /// The menu item that ends the app (and with it the notice stream).
    pub quit: String,
}

/// The position of a change in the city's sequence of notice changes. `EventId(0)` is "before
/// any change".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = i64, example = 42))]
pub struct EventId(pub i64);

impl EventId {
    /// Reads a `Last-Event-ID` value; anything but a non-negative integer is "from the start of
    /// the stream" (the standard lets a client send any string).
    pub fn from_header(value: &str) -> Option<EventId> {
        value.trim().parse::<i64>().ok().filter(|v| *v >= 0).map(EventId)
    }
}

/// The body of `GET /api/v1/notices`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NoticeFeed {
    /// What shows now ([`super::current`]), urgent first; the device matches each rule itself.
    pub notices: Vec<Notice>,
    /// The last change this feed includes: open the stream with it as `Last-Event-ID` and no
    /// change between the two is missed.
    pub last_event_id: EventId,
}

/// One change, as the stream's `data:` carries it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NoticeEvent {
    pub id: EventId,
    pub change: NoticeChange,
}

/// What changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "type")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum NoticeChange {
    /// A notice was created or replaced (same id, a higher revision). It may carry a `topic`
    /// whose earlier states it replaces, and a publish time still to come.
    /// (Boxed: a notice is far larger than the other changes.)
    Published { notice: Box<Notice> },
    /// Staff withdrew a notice: remove it.
    Withdrawn { id: NoticeId },
    /// A notice for the signed-in resident only (only on their own stream).
    Personal { notice: PersonalNotice },
}

impl NoticeChange {
    /// The stream's `event:` name for this change.
    pub fn event_name(&self) -> &'static str {
        match self {
            NoticeChange::Published { .. } => "notice",
            NoticeChange::Withdrawn { .. } => "withdrawn",
            NoticeChange::Personal { .. } => "personal",
        }
    }
}

/// A notice addressed to one account: no text, a subject the app words in its reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonalNotice {
    pub at: UnixMillis,
    pub subject: PersonalSubject,
}

/// What a personal notice is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "type")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum PersonalSubject {
    /// The resident's application moved to `status`.
    #[serde(rename_all = "camelCase")]
    ApplicationStatus {
        reference: ApplicationReference,
        status: ApplicationStatus,
    },
    /// The resident's booking is tomorrow (sent from 09:00 the day before, once per visit:
    /// `booking::reminder`). `service` and `counter` are the ids of the booking catalogue, so the
    /// app can name them and say where to go.
    #[serde(rename_all = "camelCase")]
    BookingReminder {
        reference: BookingReference,
        service: String,
        counter: String,
        starts_at: UtcTime,
    },
}

impl PersonalSubject {
    /// The message that words it: placeable `$reference` for both; the status is worded by its
    /// own id, and a reminder's `$time` is `startsAt` as the app shows times (Asia/Tokyo).
    pub fn message_id(&self) -> &'static str {
        match self {
            PersonalSubject::ApplicationStatus { .. } => crate::msg_id!("notice-personal-application-status"),
            PersonalSubject::BookingReminder { .. } => crate::msg_id!("notice-personal-booking-reminder"),
        }
    }
}

/// The body of `GET /api/v1/account/notices`: the resident's personal notices, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonalNoticeList {
    pub notices: Vec<PersonalNotice>,
    pub last_event_id: EventId,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_last_event_id_is_a_non_negative_integer_or_the_start() {
        assert_eq!(EventId::from_header(" 42 "), Some(EventId(42)));
        assert_eq!(EventId::from_header("-1"), None);
        assert_eq!(EventId::from_header("abc"), None);
    }

    #[test]
    fn a_personal_notice_carries_a_subject_not_text() {
        let event = NoticeEvent {
            id: EventId(7),
            change: NoticeChange::Personal {
                notice: PersonalNotice {
                    at: UnixMillis(1),
                    subject: PersonalSubject::ApplicationStatus {
                        reference: ApplicationReference("YMS-2026-000123".into()),
                        status: ApplicationStatus::InReview,
                    },
                },
            },
        };
        let json = serde_json::to_value(&event).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"id": 7, "change": {"type": "personal", "notice": {"at": 1,
                "subject": {"type": "applicationStatus", "reference": "YMS-2026-000123", "status": "in-review"}}}})
        );
        assert_eq!(event.change.event_name(), "personal");
        assert_eq!(serde_json::from_value::<NoticeEvent>(json).unwrap(), event);
    }

    #[test]
    fn a_booking_reminder_names_the_booking_and_its_time_in_utc_not_text() {
        let notice = PersonalNotice {
            at: UnixMillis(1),
            subject: PersonalSubject::BookingReminder {
                reference: BookingReference("YMS-B-000042".into()),
                service: "my-number-card".into(),
                counter: "counter-1".into(),
                starts_at: UtcTime(UnixMillis(1_795_565_100_000)),
            },
        };
        let json = serde_json::to_value(&notice).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"at": 1, "subject": {"type": "bookingReminder", "reference": "YMS-B-000042",
                "service": "my-number-card", "counter": "counter-1", "startsAt": "2026-11-25T00:05:00Z"}})
        );
        assert_eq!(serde_json::from_value::<PersonalNotice>(json).unwrap(), notice);
        assert_eq!(notice.subject.message_id(), "notice-personal-booking-reminder");
    }
}
