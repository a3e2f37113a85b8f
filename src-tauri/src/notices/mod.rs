//! Notices in the app (issue 13): the city's public feed and the resident's own notices, each
//! fetched when the inbox opens and kept in the encrypted store, so the inbox reads offline with
//! the age of what it shows. The UI reaches them through `notice_feed` and `personal_notices`
//! (`ui/src/ipc/notices.rs`).
//!
//! One job a file: [`sse`] reads an event stream, [`stream`] follows the city's (resumed with
//! `Last-Event-ID`, reopened with backoff) and hands each event to the window, [`profile`] keeps
//! the opt-in profile, its consent record and what was read (matched and shown by the UI, never
//! sent to the city), [`notify`] raises the OS notifications the UI words, [`tray`] keeps the app
//! receiving them in the tray with its window closed (opt-in).

pub mod held;
pub mod notify;
pub mod profile;
pub mod sse;
pub mod stream;
pub mod tray;

use madoguchi_domain::Cached;
use madoguchi_domain::notice::AreaList;
use madoguchi_domain::notice::wire::{NoticeFeed, PersonalNoticeList};
use tauri::State;

use crate::commands::ShellState;
use crate::error::Result;
use crate::local_data::LocalData;
use crate::store::StoreError;
use crate::store::cache::{self, NOTICE_AREAS, NOTICE_FEED};

/// The city's paths without their leading slash: the server's paths are relative to its base URL.
pub(crate) const FEED: &str = "api/v1/notices";
const AREAS: &str = "api/v1/areas";

impl LocalData {
    /// The city's notices: fetched and kept; when the city cannot be reached, the kept copy,
    /// marked not fresh with its age.
    pub async fn notice_feed(&self) -> Result<Cached<NoticeFeed>> {
        let fresh = self.refresh(NOTICE_FEED, FEED, write_feed, read_feed).await;
        self.fresh_or_kept(fresh, read_feed).await
    }

    /// The city's list of areas (for the profile screen), kept like the feed.
    pub async fn notice_areas(&self) -> Result<Cached<AreaList>> {
        let fresh = self.refresh(NOTICE_AREAS, AREAS, write_areas, read_areas).await;
        self.fresh_or_kept(fresh, read_areas).await
    }

    /// `fresh` when the city answered; on a transient failure (out of reach, 5xx) the copy kept
    /// by `read`, if any.
    async fn fresh_or_kept<T: Send + 'static>(
        &self,
        fresh: Result<Cached<T>>,
        read: fn(&rusqlite::Connection) -> std::result::Result<Option<Cached<T>>, StoreError>,
    ) -> Result<Cached<T>> {
        match fresh {
            Ok(fresh) => Ok(fresh),
            Err(error) if error.to_api_error().code.is_transient() => {
                match self.store().run(move |conn| read(conn)).await {
                    Ok(Some(kept)) => Ok(kept),
                    _ => Err(error),
                }
            }
            Err(error) => Err(error),
        }
    }
}

fn write_feed(
    conn: &mut rusqlite::Connection,
    feed: &NoticeFeed,
    etag: Option<&str>,
    now: madoguchi_domain::UnixMillis,
) -> std::result::Result<(), StoreError> {
    cache::write_document(conn, NOTICE_FEED, feed, etag, now)
}

fn read_feed(conn: &rusqlite::Connection) -> std::result::Result<Option<Cached<NoticeFeed>>, StoreError> {
    cache::read_document(conn, NOTICE_FEED)
}

fn write_areas(
    conn: &mut rusqlite::Connection,
    areas: &AreaList,
    etag: Option<&str>,
    now: madoguchi_domain::UnixMillis,
) -> std::result::Result<(), StoreError> {
    cache::write_document(conn, NOTICE_AREAS, areas, etag, now)
}

fn read_areas(conn: &rusqlite::Connection) -> std::result::Result<Option<Cached<AreaList>>, StoreError> {
    cache::read_document(conn, NOTICE_AREAS)
}

/// The city's areas, for the profile screen: fresh when it can be reached, else the kept copy.
#[tauri::command]
pub async fn notice_areas(state: State<'_, ShellState>) -> Result<Cached<AreaList>> {
    state
        .data
        .notice_areas()
        .await
        .inspect_err(|e| tracing::warn!("areas: {e}"))
}

/// What the city shows now, urgent first: fresh when it can be reached, else the kept copy.
#[tauri::command]
pub async fn notice_feed(state: State<'_, ShellState>) -> Result<Cached<NoticeFeed>> {
    state
        .data
        .notice_feed()
        .await
        .inspect_err(|e| tracing::warn!("notice feed: {e}"))
}

/// The signed-in resident's own notices; `None` when nobody is signed in here.
#[tauri::command]
pub async fn personal_notices(state: State<'_, ShellState>) -> Result<Option<Cached<PersonalNoticeList>>> {
    state
        .data
        .account()
        .personal_notices()
        .await
        .inspect_err(|e| tracing::warn!("personal notices: {e}"))
}
