//! Web Push (issue 13, `docs/notices.md`): urgent public notices reach the browsers that asked for
//! alerts even while no page of the city's is open. The contract (paths, headers, payload) is the
//! domain's `notice::push`; why only urgent notices, and to every subscription, is written there.
//!
//! One job a file: `ece.rs` encrypts a payload to one browser (RFC 8291), `vapid.rs` signs the
//! city's token (RFC 8292), `send.rs` makes one push and reads the push service's answer (RFC
//! 8030), and this file is the **worker**: one task per process, beside the notice fan-out.
//!
//! **Architecture Invariant (one push per event):** several instances on one PostgreSQL all see
//! every notice event, but each event's pushes are sent by exactly one: an instance claims a
//! batch of events by moving the store's one-row cursor from the id it read to the batch's last id
//! in one compare-and-swap (`PushStore::advance_push_cursor`); the others' swaps fail, and they
//! look again from where the cursor now is. Claiming comes before sending, so a crash in between
//! loses those pushes rather than repeating them (at most once: the inbox still shows the notice
//! when the page opens). The cursor is made at the last event when the server first starts with
//! this feature (`Push::load`), so a deploy does not push history.
//!
//! The worker wakes when the fan-out's pump has passed events on (`Fanout::follow`), which is woken
//! by this process's writes and by every instance's `NOTIFY`: no polling loop of its own.
//!
//! An urgent notice whose publish time is still to come is **held in memory** by the instance that
//! claimed it and pushed when due (the worker looks at the clock once a second while it holds
//! any); a replacement or a withdrawal before then drops it. A restart loses what was held: the
//! notice still shows in the inbox from its publish time, but is not pushed. A notice already
//! expired is not pushed. Sends run [`IN_FLIGHT`] at a time, so ten thousand subscriptions never
//! open ten thousand sockets at once. The log says how many were delivered, gone and failed, never
//! an endpoint (it identifies a browser).

pub mod ece;
pub mod send;
pub mod vapid;

use std::sync::Arc;
use std::time::Duration;

use futures_util::StreamExt as _;
use madoguchi_domain::UnixMillis;
use madoguchi_domain::notice::push::{PushMessage, PushedNotice};
use madoguchi_domain::notice::{EventId, Notice, NoticeChange, NoticeId, Priority};

use crate::clock::Clock;
use crate::config::ServerConfig;
use crate::routes::notices::Fanout;
use crate::storage::{EventScope, Store, StoreError, StoredEvent, StoredPushSubscription};
use send::{Message, Outcome, Sender};
use vapid::{Vapid, VapidError};

/// Events claimed at a time.
pub const BATCH: u32 = 256;
/// Subscriptions read from the store at a time.
pub const PAGE: u32 = 500;
/// Pushes on the wire at once per instance.
pub const IN_FLIGHT: usize = 32;
/// How often the worker looks at the clock while it holds a notice, and how long it waits after
/// the database failed it.
const TICK: Duration = Duration::from_secs(1);

/// What the routes and the worker share: the city's VAPID identity, and whether plain `http` to
/// this machine is a valid endpoint (the interop tests' local push service only).
#[derive(Debug)]
pub struct Push {
    pub vapid: Vapid,
    pub allow_loopback_http: bool,
    /// The push services subscriptions may name (`MADOGUCHI_PUSH_SERVICES`, else the browsers').
    pub services: madoguchi_domain::notice::push::PushServices,
}

impl Push {
    /// The city's VAPID key (made if there is none) and the push cursor (made at the last event if
    /// there is none), before the server takes a request: a notice published right after start is
    /// pushed, one published before this feature existed is not.
    pub async fn load(store: &dyn Store, config: &ServerConfig, now: UnixMillis) -> Result<Self, VapidError> {
        let contact = config
            .push_contact
            .clone()
            .unwrap_or_else(|| vapid::contact_from_mail_from(&config.mail_from));
        let vapid = Vapid::load(store, contact, now).await?;
        store.push_cursor().await?;
        Ok(Self {
            vapid,
            allow_loopback_http: config.push_allow_loopback_http,
            services: madoguchi_domain::notice::push::PushServices::new(&config.push_services),
        })
    }
}

/// An urgent notice claimed and not yet pushed.
struct Held {
    event: EventId,
    notice: Notice,
}

/// The worker (see the module docs); runs until the server stops it.
pub async fn run(push: Arc<Push>, store: Arc<dyn Store>, clock: Arc<dyn Clock>, fanout: Arc<Fanout>) {
    let sender = match Sender::new() {
        Ok(sender) => sender,
        Err(error) => {
            tracing::error!(%error, "Web Push cannot start its HTTP client; nothing will be pushed");
            return;
        }
    };
    let mut moved = fanout.follow();
    let mut worker = Worker {
        push,
        store,
        clock,
        sender,
        held: Vec::new(),
    };
    loop {
        let failed = match worker.step().await {
            Ok(()) => false,
            Err(error) => {
                tracing::warn!(%error, "Web Push cannot read or claim notice events; retrying");
                true
            }
        };
        let tick = failed || !worker.held.is_empty();
        tokio::select! {
            changed = moved.changed() => if changed.is_err() { return },
            () = tokio::time::sleep(TICK), if tick => {}
        }
    }
}

struct Worker {
    push: Arc<Push>,
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    sender: Sender,
    held: Vec<Held>,
}

impl Worker {
    /// Claims every new event, then pushes what is due.
    async fn step(&mut self) -> Result<(), StoreError> {
        loop {
            let events = self.claim().await?;
            if events.is_empty() {
                break;
            }
            for event in &events {
                self.take(event);
            }
        }
        self.push_due().await;
        Ok(())
    }

    /// The next batch of public events this instance is the one to push, or none when there are
    /// no new events (see the module's invariant).
    async fn claim(&self) -> Result<Vec<StoredEvent>, StoreError> {
        loop {
            let from = self.store.push_cursor().await?;
            let events = self
                .store
                .notice_events_after(from, EventScope::Public, BATCH)
                .await?;
            let Some(last) = events.last() else {
                return Ok(events);
            };
            if self.store.advance_push_cursor(from, last.id).await? {
                return Ok(events);
            }
            // Another instance claimed them first; look again from where it left the cursor.
        }
    }

    /// Holds an urgent notice to push; a later state of a held notice replaces or drops it.
    fn take(&mut self, event: &StoredEvent) {
        let change: NoticeChange = match serde_json::from_str(&event.change_json) {
            Ok(change) => change,
            Err(error) => {
                tracing::warn!(%error, event = event.id.0, "a notice event cannot be read; not pushed");
                return;
            }
        };
        match change {
            NoticeChange::Published { notice } => {
                self.drop_held(&notice.id);
                if notice.content.priority == Priority::Urgent {
                    self.held.push(Held {
                        event: event.id,
                        notice: *notice,
                    });
                }
            }
            NoticeChange::Withdrawn { id } => self.drop_held(&id),
            NoticeChange::Personal { .. } => {}
        }
    }

    fn drop_held(&mut self, id: &NoticeId) {
        self.held.retain(|held| held.notice.id != *id);
    }

    /// Pushes every held notice whose time has come, drops the expired ones.
    async fn push_due(&mut self) {
        let now = self.clock.now();
        let (due, later): (Vec<Held>, Vec<Held>) = std::mem::take(&mut self.held)
            .into_iter()
            .filter(|held| held.notice.content.expires_at > now)
            .partition(|held| held.notice.content.publish_at <= now);
        self.held = later;
        for held in due {
            self.deliver(&held, now).await;
        }
    }

    /// Sends one notice to every subscription, [`IN_FLIGHT`] at a time; forgets those gone.
    async fn deliver(&self, held: &Held, now: UnixMillis) {
        let notice = &held.notice;
        let message = Message {
            payload: PushMessage {
                event_id: held.event,
                notice: PushedNotice {
                    id: notice.id.clone(),
                    revision: notice.revision,
                    priority: notice.content.priority,
                    title: notice.content.title.clone(),
                },
            }
            .to_payload(),
            ttl_secs: send::ttl_secs(notice.content.expires_at, now),
            urgency: notice.content.priority.web_push_urgency(),
            topic: send::topic(notice),
        };
        let (mut delivered, mut gone, mut failed) = (0u64, 0u64, 0u64);
        let mut after = 0;
        loop {
            let page = match self.store.push_subscriptions_after(after, PAGE).await {
                Ok(page) => page,
                Err(error) => {
                    // The rest of the list is not reached: counted as nothing, said in the log.
                    tracing::warn!(%error, notice = %notice.id, "Web Push cannot read subscriptions; stopped");
                    break;
                }
            };
            let Some(last) = page.last() else { break };
            after = last.id;
            let full = page.len() == PAGE as usize;
            let outcomes: Vec<(i64, Outcome)> = futures_util::stream::iter(page)
                .map(|to| self.send_one(to, &message, now))
                .buffer_unordered(IN_FLIGHT)
                .collect()
                .await;
            for (id, outcome) in outcomes {
                match outcome {
                    Outcome::Delivered => delivered += 1,
                    Outcome::Failed => failed += 1,
                    Outcome::Gone => {
                        gone += 1;
                        if let Err(error) = self.store.delete_push_subscription(id).await {
                            tracing::warn!(%error, "a gone push subscription could not be forgotten");
                        }
                    }
                }
            }
            if !full {
                break;
            }
        }
        tracing::info!(notice = %notice.id, delivered, gone, failed, "urgent notice pushed");
    }

    async fn send_one(
        &self,
        to: StoredPushSubscription,
        message: &Message,
        now: UnixMillis,
    ) -> (i64, Outcome) {
        (to.id, self.sender.send(&self.push.vapid, &to, message, now).await)
    }
}
