//! The city's notices through the one typed door: the public feed (what shows now, each with its
//! targeting rule, matched on the device) and, for a signed-in resident, the notices addressed to
//! their account (a booking tomorrow, an application's new status).
//!
//! App mode asks the shell (`notice_feed`, `personal_notices`), which keeps what it fetched in the
//! encrypted store, so the inbox reads offline. Web mode asks the city's server and keeps nothing.

use madoguchi_domain::notice::wire::{ACCOUNT_FEED_PATH, FEED_PATH, NoticeFeed, PersonalNoticeList};
use madoguchi_domain::{ApiError, Cached};

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
