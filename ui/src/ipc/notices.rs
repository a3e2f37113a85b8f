//! The city's notices through the one typed door: the public feed (what shows now, each with its
//! targeting rule, matched on the device) and, for a signed-in resident, the notices addressed to
//! their account (a booking tomorrow, an application's new status).
//!
//! App mode asks the shell (`notice_feed`, `personal_notices`), which keeps what it fetched in the
//! encrypted store, so the inbox reads offline. Web mode asks the city's server and keeps nothing.

use madoguchi_domain::notice::areas::AREAS_PATH;
use madoguchi_domain::notice::held::{DueNotices, HeldNotice};
use madoguchi_domain::notice::wire::{
    ACCOUNT_FEED_PATH, APP_NOTICE_EVENT, FEED_PATH, NoticeEvent, NoticeFeed, OsNotification,
    PersonalNoticeList, TrayWords,
};
use madoguchi_domain::notice::{AreaList, NoticeSettings, Profile, ReadMark};
use madoguchi_domain::{ApiError, Cached};

use super::events::Subscription;

use super::{call_shell, fresh, http_get, http_get_with_token, tauri_invoke_fn};

/// What the city shows now, urgent first (app mode: the device's copy when the city is out of
/// reach, marked as not fresh).
pub async fn feed() -> Result<Cached<NoticeFeed>, ApiError> {
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "notice_feed", &()).await,
        None => http_get(FEED_PATH).await.map(fresh),
    }
}

/// The signed-in resident's own notices, newest first; `None` when nobody is signed in here.
pub async fn personal() -> Result<Option<Cached<PersonalNoticeList>>, ApiError> {
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "personal_notices", &()).await,
        None => match super::account::resident_token().await {
            Some(token) => http_get_with_token(ACCOUNT_FEED_PATH, &token)
                .await
                .map(|list| Some(fresh(list))),
            None => Ok(None),
        },
    }
}

/// The city's list of areas, for the profile screen (app mode: the kept copy when out of reach).
pub async fn areas() -> Result<Cached<AreaList>, ApiError> {
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "notice_areas", &()).await,
        None => http_get(AREAS_PATH).await.map(fresh),
    }
}

// --- The device's half: the profile, what was read, the stream, OS notifications. ---
//
// App mode keeps the profile and the read marks in the shell's encrypted store. Web mode keeps
// them in this tab's memory only: a browser profile is no place for them (and a kiosk's next
// visitor must not inherit them), so they last until the tab closes or reloads.

thread_local! {
    static WEB_SETTINGS: std::cell::RefCell<Option<NoticeSettings>> = const { std::cell::RefCell::new(None) };
    static WEB_READ: std::cell::RefCell<Vec<ReadMark>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The resident's profile with its consent record; `None` before they opt in.
pub async fn settings() -> Result<Option<NoticeSettings>, ApiError> {
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "notice_settings", &()).await,
        None => Ok(WEB_SETTINGS.with_borrow(Clone::clone)),
    }
}

/// Saves the profile; the first save records the resident's consent.
pub async fn save_profile(profile: Profile) -> Result<NoticeSettings, ApiError> {
    #[derive(serde::Serialize)]
    struct Args {
        profile: Profile,
    }
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "save_notice_profile", &Args { profile }).await,
        None => Ok(WEB_SETTINGS.with_borrow_mut(|kept| {
            let saved = NoticeSettings::saved(kept.as_ref(), profile, super::now());
            *kept = Some(saved.clone());
            saved
        })),
    }
}

/// Deletes the profile and its consent record.
pub async fn clear_profile() -> Result<(), ApiError> {
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "clear_notice_profile", &()).await,
        None => {
            WEB_SETTINGS.with_borrow_mut(|kept| *kept = None);
            Ok(())
        }
    }
}

/// The notice revisions the resident has read.
pub async fn read_marks() -> Result<Vec<ReadMark>, ApiError> {
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "notice_read_marks", &()).await,
        None => Ok(WEB_READ.with_borrow(Clone::clone)),
    }
}

/// Marks these notice revisions read.
pub async fn mark_read(marks: Vec<ReadMark>) -> Result<(), ApiError> {
    #[derive(serde::Serialize)]
    struct Args {
        marks: Vec<ReadMark>,
    }
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "mark_notices_read", &Args { marks }).await,
        None => {
            WEB_READ.with_borrow_mut(|kept| {
                for mark in marks {
                    match kept.iter_mut().find(|k| k.id == mark.id) {
                        Some(k) => k.revision = k.revision.max(mark.revision),
                        None => kept.push(mark),
                    }
                }
            });
            Ok(())
        }
    }
}

/// A change from the shell's notice stream, still as JSON text: read it with [`Self::read`]
/// where it is handled (a chunk loaded on demand), so the first download carries no notice
/// decoding.
pub struct StreamedEvent(pub String);

impl StreamedEvent {
    pub fn read(&self) -> Option<NoticeEvent> {
        serde_json::from_str(&self.0).ok()
    }
}

/// Follows the city's notice stream as the shell receives it (app mode; `None` in web mode, whose
/// inbox reads the feed when it opens).
pub async fn follow(mut handler: impl FnMut(StreamedEvent) + 'static) -> Option<Subscription> {
    super::events::listen_raw(APP_NOTICE_EVENT, move |json| handler(StreamedEvent(json))).await
}

/// Raises an OS notification (app mode; web mode has none: its pages show the inbox).
pub async fn notify(notification: OsNotification) -> Result<(), ApiError> {
    #[derive(serde::Serialize)]
    struct Args {
        notification: OsNotification,
    }
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "show_notification", &Args { notification }).await,
        None => Ok(()),
    }
}

/// Keeps a notification for later (quiet hours, the digest) on the device (app mode; web mode
/// raises no OS notifications).
pub async fn hold(held: HeldNotice) -> Result<(), ApiError> {
    #[derive(serde::Serialize)]
    struct Args {
        held: HeldNotice,
    }
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "hold_notice", &Args { held }).await,
        None => Ok(()),
    }
}

/// The held notifications due now, each handed out once, and when the next is due.
pub async fn take_due() -> Result<DueNotices, ApiError> {
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "take_due_notices", &()).await,
        None => Ok(DueNotices::default()),
    }
}

/// Gives the shell the tray's words in the reader's language and, with `keep`, the resident's
/// choice to keep the app in the tray when its window is closed; answers the setting as kept (app
/// mode; web mode has no tray: off).
pub async fn set_tray(words: TrayWords, keep: Option<bool>) -> Result<bool, ApiError> {
    #[derive(serde::Serialize)]
    struct Args {
        words: TrayWords,
        keep: Option<bool>,
    }
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "set_tray", &Args { words, keep }).await,
        None => Ok(false),
    }
}
