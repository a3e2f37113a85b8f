//! The shell's end of the city's notice stream (Server-Sent Events): held open while the app
//! runs, in the window or in the tray, resumed after the last event it delivered and reopened
//! with backoff when it drops.
//!
//! - **Resuming.** Each event's id is written to the encrypted store before the event is handed
//!   on, and sent back as `Last-Event-ID` on every reconnection, so the server replays what was
//!   missed while the device was offline. The first connection ever resumes after the feed's
//!   `lastEventId` (the inbox reads the feed for what came before).
//! - **Which stream.** Signed in, the resident's own (`/account/notices/stream`: the city's
//!   changes and their personal notices), with an access token fresh at each connection; the
//!   server ends it when the token would lapse and the follower reopens it with a new one. Signed
//!   out, the public one. Signing in or out on the device ends the open stream, and the follower
//!   opens the other one after the shortest wait.
//! - **Backoff.** The outbox's schedule (1 s doubling to the cap, with jitter), counted in failed
//!   connections in a row; a stream that was open and ended is reopened after the shortest wait.
//!   A stream silent for three keep-alive periods is taken for dead and reopened.
//!
//! What to do with an event (match it against the profile, raise an OS notification, refresh the
//! inbox) is the UI's: the follower hands every event to `deliver` (the app emits it to the
//! window as [`NOTICE_EVENT`]).

use std::sync::Arc;
use std::time::Duration;

use futures_util::StreamExt as _;
use madoguchi_domain::notice::wire::{
    ACCOUNT_STREAM_PATH, EventId, KEEP_ALIVE_SECS, NoticeEvent, NoticeFeed, STREAM_PATH,
};
use rusqlite::OptionalExtension as _;

use super::FEED;
use super::sse::Parser;
use crate::account::Account;
use crate::city_server::{CityServer, Fetched};
use crate::error::{Result, ShellError};
use crate::outbox::backoff::Backoff;
use crate::outbox::sender::Jitter;
use crate::store::{LocalStore, StoreError};

pub use madoguchi_domain::notice::wire::APP_NOTICE_EVENT as NOTICE_EVENT;

/// Where each event goes once its id is kept.
pub type Deliver = Box<dyn Fn(NoticeEvent) + Send + Sync>;

pub struct Follower {
    link: Link,
    backoff: Backoff,
    jitter: Jitter,
}

/// What one connection needs (shared by reference while it runs; the jitter stays outside, as
/// it is not `Sync`).
struct Link {
    store: Arc<LocalStore>,
    city: CityServer,
    account: Arc<Account>,
    deliver: Deliver,
}

/// How one connection went.
enum Ended {
    /// The server answered and the stream ran (then ended or broke).
    WasOpen,
    /// No stream: out of reach, refused, or a bad answer.
    Failed(ShellError),
}

impl Follower {
    pub fn new(
        store: Arc<LocalStore>,
        city: CityServer,
        account: Arc<Account>,
        backoff: Backoff,
        jitter: Jitter,
        deliver: Deliver,
    ) -> Self {
        Self {
            link: Link {
                store,
                city,
                account,
                deliver,
            },
            backoff,
            jitter,
        }
    }

    /// Follows the stream until the process ends.
    pub async fn run(mut self) {
        let mut failures = 0u32;
        loop {
            match self.link.follow_once().await {
                Ended::WasOpen => failures = 0,
                Ended::Failed(error) => {
                    failures = failures.saturating_add(1);
                    tracing::info!(failures, "notice stream unavailable: {error}");
                }
            }
            let wait = self.backoff.delay(failures.max(1), (self.jitter)());
            tokio::time::sleep(wait).await;
        }
    }
}

impl Link {
    async fn follow_once(&self) -> Ended {
        // A sign-in or sign-out from here on ends this connection: the next one is the other
        // stream (the resident's personal notices begin or stop at once, not at the next reconnection).
        let mut session = self.account.session_changes();
        session.mark_unchanged();
        let last = match self.last_event_id().await {
            Ok(last) => last,
            Err(e) => return Ended::Failed(e),
        };
        // Without a usable sign-in (none, or the keyring refused) the public stream still brings
        // the city's notices.
        let token = self.account.access_token().await.unwrap_or_else(|e| {
            tracing::warn!("notice stream: no access token: {e}");
            None
        });
        let path = if token.is_some() {
            ACCOUNT_STREAM_PATH
        } else {
            STREAM_PATH
        };
        let response = match self.city.open_event_stream(path, last, token.as_deref()).await {
            Ok(response) => response,
            Err(e) => return Ended::Failed(e),
        };
        tracing::info!(resumed_after = ?last.map(|l| l.0), "notice stream open");
        let mut parser = Parser::default();
        let mut body = response.bytes_stream();
        let silence = Duration::from_secs(3 * KEEP_ALIVE_SECS);
        loop {
            let next = tokio::select! {
                next = tokio::time::timeout(silence, body.next()) => next,
                _ = session.changed() => {
                    tracing::info!("notice stream: sign-in changed; reopening");
                    break;
                }
            };
            let Ok(Some(chunk)) = next else { break };
            let Ok(chunk) = chunk else { break };
            for message in parser.push(&chunk) {
                let event = match serde_json::from_str::<NoticeEvent>(&message.data) {
                    Ok(event) => event,
                    // A change this build cannot read (a newer server): skip it, keep the stream.
                    Err(e) => {
                        tracing::warn!(event = %message.event, "notice event not understood: {e}");
                        continue;
                    }
                };
                if let Err(e) = self.keep_event_id(event.id).await {
                    tracing::warn!("notice stream: cannot keep its position: {e}");
                }
                (self.deliver)(event);
            }
        }
        Ended::WasOpen
    }

    /// Where to resume: the id kept from the last event, or on the device's first connection the
    /// feed's `lastEventId` (what the inbox will show covers everything up to it, and the stream
    /// brings everything after it, even if it opens a moment later).
    async fn last_event_id(&self) -> Result<Option<EventId>> {
        let kept = self
            .store
            .run(|conn| {
                Ok(conn
                    .query_row("SELECT last_event_id FROM notice_stream WHERE id = 1", [], |r| {
                        r.get(0)
                    })
                    .optional()?
                    .map(EventId))
            })
            .await?;
        if kept.is_some() {
            return Ok(kept);
        }
        match self.city.get_if_changed::<NoticeFeed>(FEED, None).await? {
            Fetched::Changed(feed, _) => {
                self.keep_event_id(feed.last_event_id).await?;
                Ok(Some(feed.last_event_id))
            }
            Fetched::Unchanged => Err(ShellError::BadResponse("304 to a plain GET".into())),
        }
    }

    async fn keep_event_id(&self, id: EventId) -> std::result::Result<(), StoreError> {
        self.store
            .run(move |conn| {
                conn.execute(
                    "INSERT INTO notice_stream (id, last_event_id) VALUES (1, ?1)
                     ON CONFLICT (id) DO UPDATE SET last_event_id = max(last_event_id, excluded.last_event_id)",
                    [id.0],
                )?;
                Ok(())
            })
            .await
    }
}
