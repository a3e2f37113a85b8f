//! Getting each notice change to every open stream of this process, at a cost per change that
//! does not grow with the number of residents it concerns.
//!
//! One task per process (the **pump**, [`run`]) follows the database's sequence of notice events
//! (`storage/notices.rs`): woken by this process's writes ([`Fanout::wake`]) and, on PostgreSQL,
//! by every instance's `NOTIFY`, it reads the events after the last one it passed on, renders
//! each as Server-Sent Events text **once**, and sends it on one `tokio::sync::broadcast` channel:
//! an area alert costs one read, one rendering and one send, whatever the number of streams
//! (matching happens on the devices). Each stream then writes the shared bytes to its socket.
//! Personal notices go on a channel of their account only, made while that account has a
//! stream open, so they never wake anyone else's.
//!
//! The pump also sends the keep-alive comment every `KEEP_ALIVE_SECS` on the public channel,
//! which every stream follows: one timer per process, none per connection.
//!
//! A stream that falls more than [`CAPACITY`] frames behind is told it lagged and catches up
//! from the database (`stream.rs`); so does a reconnecting client, by its `Last-Event-ID`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::body::Bytes;
use madoguchi_domain::account::AccountId;
use madoguchi_domain::notice::EventId;
use madoguchi_domain::notice::wire::KEEP_ALIVE_SECS;
use tokio::sync::{Notify, broadcast, mpsc, watch};

use crate::storage::{EventScope, Store, StoredEvent};

/// Frames a channel holds for a slow stream before it lags (and re-reads from the database).
pub const CAPACITY: usize = 64;
/// Events read from the database at a time.
pub const BATCH: u32 = 256;
/// How long the pump waits before trying again after the database failed it.
const RETRY: Duration = Duration::from_secs(1);

/// One piece of a stream: an event as SSE text (`id`/`event`/`data`), or a keep-alive comment.
#[derive(Debug)]
pub struct Frame {
    /// `None` for a keep-alive.
    pub id: Option<EventId>,
    pub bytes: Bytes,
    /// The process is shutting down: the stream ends here (its client reconnects, to another
    /// instance or to this one restarted, with its last id).
    pub end: bool,
}

impl Frame {
    /// An event as the stream carries it; `data` is the domain's `NoticeEvent` JSON, built from
    /// the kept change without parsing it.
    pub fn event(event: &StoredEvent) -> Frame {
        let id = event.id.0;
        let text = format!(
            "id: {id}\nevent: {}\ndata: {{\"id\":{id},\"change\":{}}}\n\n",
            event.name, event.change_json
        );
        Frame {
            id: Some(event.id),
            bytes: Bytes::from(text),
            end: false,
        }
    }

    fn keep_alive() -> Frame {
        Frame {
            id: None,
            bytes: Bytes::from_static(b":\n\n"),
            end: false,
        }
    }

    fn end() -> Frame {
        Frame {
            id: None,
            bytes: Bytes::new(),
            end: true,
        }
    }
}

/// The process's channels (in `AppState`).
pub struct Fanout {
    public: broadcast::Sender<Arc<Frame>>,
    personal: Mutex<HashMap<AccountId, broadcast::Sender<Arc<Frame>>>>,
    wake: Notify,
    /// The last event id the pump passed on; followed by the Web Push worker (`push/mod.rs`),
    /// which so wakes with the pump instead of polling the database itself.
    position: watch::Sender<EventId>,
}

impl Default for Fanout {
    fn default() -> Self {
        Self {
            public: broadcast::channel(CAPACITY).0,
            personal: Mutex::default(),
            wake: Notify::new(),
            position: watch::Sender::new(EventId(0)),
        }
    }
}

/// A stream's hold on its account's channel; the channel goes when the account's last stream does.
pub struct PersonalReceiver {
    fanout: Arc<Fanout>,
    account: AccountId,
    receiver: Option<broadcast::Receiver<Arc<Frame>>>,
}

impl PersonalReceiver {
    pub fn receiver(&mut self) -> &mut broadcast::Receiver<Arc<Frame>> {
        self.receiver.as_mut().expect("taken only on drop")
    }
}

impl Drop for PersonalReceiver {
    fn drop(&mut self) {
        drop(self.receiver.take());
        let mut channels = self
            .fanout
            .personal
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if channels
            .get(&self.account)
            .is_some_and(|c| c.receiver_count() == 0)
        {
            channels.remove(&self.account);
        }
    }
}

impl Fanout {
    /// Tells the pump that this process wrote events.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// The last event the pump passed on: a new stream without `Last-Event-ID` starts after it.
    pub fn position(&self) -> EventId {
        *self.position.borrow()
    }

    /// The pump's position as it moves: changes whenever events were passed on.
    pub fn follow(&self) -> watch::Receiver<EventId> {
        self.position.subscribe()
    }

    pub fn subscribe_public(&self) -> broadcast::Receiver<Arc<Frame>> {
        self.public.subscribe()
    }

    pub fn subscribe_personal(self: &Arc<Self>, account: AccountId) -> PersonalReceiver {
        let mut channels = self.personal.lock().unwrap_or_else(PoisonError::into_inner);
        let receiver = channels
            .entry(account.clone())
            .or_insert_with(|| broadcast::channel(CAPACITY).0)
            .subscribe();
        PersonalReceiver {
            fanout: Arc::clone(self),
            account,
            receiver: Some(receiver),
        }
    }

    /// Ends every open stream of this process (at shutdown): without it, a graceful shutdown
    /// would wait for ever on streams that never finish on their own.
    pub fn close(&self) {
        let end = Arc::new(Frame::end());
        drop(self.public.send(Arc::clone(&end)));
        let channels = self.personal.lock().unwrap_or_else(PoisonError::into_inner);
        for channel in channels.values() {
            drop(channel.send(Arc::clone(&end)));
        }
    }

    /// Open streams of this process: the public channel's receivers (each stream holds one).
    pub fn streams(&self) -> usize {
        self.public.receiver_count()
    }

    fn pass_on(&self, event: &StoredEvent) {
        let frame = Arc::new(Frame::event(event));
        match &event.account {
            // No receiver is not an error: nobody is listening right now.
            None => drop(self.public.send(frame)),
            Some(account) => {
                let channels = self.personal.lock().unwrap_or_else(PoisonError::into_inner);
                if let Some(channel) = channels.get(account) {
                    drop(channel.send(frame));
                }
            }
        }
        self.position.send_replace(event.id);
    }
}

/// The pump (see the module docs); runs until the server stops.
pub async fn run(fanout: Arc<Fanout>, store: Arc<dyn Store>) {
    let mut last = loop {
        match store.last_notice_event().await {
            Ok(last) => break last,
            Err(error) => {
                tracing::warn!(%error, "notice fan-out cannot read where to start; retrying");
                tokio::time::sleep(RETRY).await;
            }
        }
    };
    fanout.position.send_replace(last);
    let mut listener = Listener::new();
    let mut keep_alive = tokio::time::interval(Duration::from_secs(KEEP_ALIVE_SECS));
    keep_alive.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        listener.ensure(store.as_ref()).await;
        tokio::select! {
            () = fanout.wake.notified() => {}
            woken = listener.woken() => if !woken { listener.lost(); },
            _ = keep_alive.tick() => {
                drop(fanout.public.send(Arc::new(Frame::keep_alive())));
                continue;
            }
        }
        last = catch_up(&fanout, store.as_ref(), last).await;
    }
}

/// Passes on every event after `last`; returns the new last (the old one if the database failed:
/// the next wake-up tries again).
async fn catch_up(fanout: &Fanout, store: &dyn Store, mut last: EventId) -> EventId {
    loop {
        match store.notice_events_after(last, EventScope::All, BATCH).await {
            Ok(events) => {
                for event in &events {
                    fanout.pass_on(event);
                    last = event.id;
                }
                if events.len() < BATCH as usize {
                    return last;
                }
            }
            Err(error) => {
                tracing::warn!(%error, "notice fan-out cannot read new events");
                return last;
            }
        }
    }
}

/// The store's wake-ups from other instances (PostgreSQL's `LISTEN`), re-established when lost.
struct Listener {
    receiver: Option<mpsc::Receiver<()>>,
    /// Whether the store has any (SQLite has not: this process is its only writer).
    wanted: bool,
    retry_at: Option<tokio::time::Instant>,
}

impl Listener {
    fn new() -> Self {
        Self {
            receiver: None,
            wanted: true,
            retry_at: None,
        }
    }

    async fn ensure(&mut self, store: &dyn Store) {
        if self.receiver.is_some() || !self.wanted {
            return;
        }
        if self.retry_at.is_some_and(|at| tokio::time::Instant::now() < at) {
            return;
        }
        match store.listen_notice_events().await {
            Ok(Some(receiver)) => {
                self.receiver = Some(receiver);
                self.retry_at = None;
            }
            Ok(None) => self.wanted = false,
            Err(error) => {
                tracing::warn!(%error, "cannot listen for other instances' notices; retrying");
                self.retry_at = Some(tokio::time::Instant::now() + RETRY);
            }
        }
    }

    /// Waits for a wake-up: true when one came, false when the listening connection ended.
    /// Without a listener, wakes after the retry delay (to try again) or never.
    async fn woken(&mut self) -> bool {
        match self.receiver.as_mut() {
            Some(receiver) => receiver.recv().await.is_some(),
            None if self.wanted => {
                tokio::time::sleep(RETRY).await;
                true
            }
            None => std::future::pending().await,
        }
    }

    /// The connection ended: listen again (and catch up, which the caller does next anyway, for
    /// what was notified while no one listened).
    fn lost(&mut self) {
        self.receiver = None;
        self.retry_at = Some(tokio::time::Instant::now() + RETRY);
    }
}
