//! The notice streams (Server-Sent Events): `GET /api/v1/notices/stream`, every public change,
//! and `GET /api/v1/account/notices/stream`, those and the signed-in resident's personal notices.
//!
//! A stream first sends what the client missed — every event after its `Last-Event-ID`, or, with
//! none, after the last one this process had passed on when the stream opened — read from the
//! database, then follows the fan-out's channels (`fanout.rs`), skipping what it already sent.
//! It subscribes before it reads, so an event written meanwhile is in one or the other (or both,
//! and sent once). The resident's stream ends when its access token would expire; the app
//! reconnects with a fresh token and its last event id, and misses nothing.
//!
//! What an idle stream holds is its state below (a few hundred bytes), its socket and the task
//! that writes it (`crate::serve::event_stream`, which keeps no buffer between events): no timer
//! (keep-alives come from the pump) and no copy of any event.

use std::convert::Infallible;
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;
use madoguchi_domain::ApiError;
use madoguchi_domain::account::{ACCESS_TOKEN_LIFETIME_MILLIS, AccountId};
use madoguchi_domain::notice::EventId;
use madoguchi_domain::notice::wire::{EVENT_STREAM_CONTENT_TYPE, LAST_EVENT_ID_HEADER};
use tokio::sync::broadcast::{self, error::RecvError, error::TryRecvError};

use super::fanout::{BATCH, Frame, PersonalReceiver};
use crate::error::ServerError;
use crate::routes::AppState;
use crate::routes::auth::Resident;
use crate::storage::{EventScope, Store};

#[utoipa::path(
    get,
    path = "/api/v1/notices/stream",
    operation_id = "streamNotices",
    tag = "notices",
    params((
        "Last-Event-ID" = Option<String>,
        Header,
        description = "The id of the last event the client saw: every later one is sent first"
    )),
    responses(
        (status = 200, description = "A never-ending `text/event-stream`: each event's `id` is its EventId, `event` is `notice` or `withdrawn`, `data` a NoticeEvent as JSON; a `:` comment keeps it alive",
            content_type = "text/event-stream", body = String),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn public(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, ServerError> {
    let start = state.notices.position();
    let follow = Follow {
        public: state.notices.subscribe_public(),
        personal: None,
        scope: EventScope::Public,
        store: Arc::clone(&state.store),
        last: last_event_id(&headers).unwrap_or(start),
        behind: true,
        until: None,
        greeted: false,
    };
    Ok(respond(follow))
}

#[utoipa::path(
    get,
    path = "/api/v1/account/notices/stream",
    operation_id = "streamAccountNotices",
    tag = "notices",
    security(("resident" = [])),
    params((
        "Last-Event-ID" = Option<String>,
        Header,
        description = "The id of the last event the client saw: every later one is sent first"
    )),
    responses(
        (status = 200, description = "The public stream with the resident's `personal` events; it ends when the access token would expire (reconnect with a fresh one and Last-Event-ID)",
            content_type = "text/event-stream", body = String),
        (status = 401, description = "`unauthorized`: no valid access token", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn resident(
    State(state): State<AppState>,
    Resident(who): Resident,
    headers: HeaderMap,
) -> Result<Response, ServerError> {
    let start = state.notices.position();
    let account: AccountId = who.account;
    let follow = Follow {
        public: state.notices.subscribe_public(),
        personal: Some(state.notices.subscribe_personal(account.clone())),
        scope: EventScope::PublicAnd(account),
        store: Arc::clone(&state.store),
        last: last_event_id(&headers).unwrap_or(start),
        behind: true,
        until: Some(
            tokio::time::Instant::now()
                + std::time::Duration::from_millis(ACCESS_TOKEN_LIFETIME_MILLIS.unsigned_abs()),
        ),
        greeted: false,
    };
    Ok(respond(follow))
}

fn last_event_id(headers: &HeaderMap) -> Option<EventId> {
    headers
        .get(LAST_EVENT_ID_HEADER)
        .and_then(|v| v.to_str().ok())
        .and_then(EventId::from_header)
}

fn respond(follow: Follow) -> Response {
    let body = futures_util::stream::unfold(follow, |mut follow| async move {
        let chunk = follow.next_chunk().await?;
        Some((Ok::<Bytes, Infallible>(chunk), follow))
    });
    let mut response = Response::new(Body::from_stream(body));
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(EVENT_STREAM_CONTENT_TYPE),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    // A reverse proxy (nginx) must pass events on as they come, not buffer them.
    headers.insert("x-accel-buffering", HeaderValue::from_static("no"));
    response
}

/// One open stream.
struct Follow {
    public: broadcast::Receiver<Arc<Frame>>,
    personal: Option<PersonalReceiver>,
    scope: EventScope,
    store: Arc<dyn Store>,
    /// The last event sent (or where the stream starts).
    last: EventId,
    /// Whether the database may hold events after `last` that the channels will not bring.
    behind: bool,
    /// When a resident's stream ends.
    until: Option<tokio::time::Instant>,
    /// Whether the first chunk went (it carries the reconnection delay, and sends the headers on
    /// their way even when nothing is waiting).
    greeted: bool,
}

/// The first bytes of every stream: how long a client waits before reconnecting (ms).
const GREETING: &[u8] = b"retry: 3000\n\n";

impl Follow {
    /// The next bytes to send, or `None` to end the stream.
    async fn next_chunk(&mut self) -> Option<Bytes> {
        loop {
            if !self.greeted {
                self.greeted = true;
                let backlog = self.catch_up().await?;
                return Some([GREETING, &backlog[..]].concat().into());
            }
            if self.behind {
                match self.catch_up().await {
                    Some(chunk) if !chunk.is_empty() => return Some(chunk),
                    Some(_) => {}
                    // The database failed: end the stream; the client reconnects with its last id.
                    None => return None,
                }
            }
            let frames = self.wait().await?;
            if self.behind {
                // Lagged: what the channel dropped is in the database; read it all from there.
                continue;
            }
            let mut chunk = Vec::new();
            for frame in frames {
                match frame.id {
                    Some(id) if id <= self.last => {}
                    Some(id) => {
                        self.last = id;
                        chunk.extend_from_slice(&frame.bytes);
                    }
                    None => chunk.extend_from_slice(&frame.bytes),
                }
            }
            if !chunk.is_empty() {
                return Some(Bytes::from(chunk));
            }
        }
    }

    /// Events after `last` from the database (one batch); clears `behind` when none are left.
    async fn catch_up(&mut self) -> Option<Bytes> {
        let events = match self
            .store
            .notice_events_after(self.last, self.scope.clone(), BATCH)
            .await
        {
            Ok(events) => events,
            Err(error) => {
                tracing::warn!(%error, "a notice stream cannot catch up");
                return None;
            }
        };
        self.behind = events.len() == BATCH as usize;
        let mut chunk = Vec::new();
        for event in &events {
            chunk.extend_from_slice(&Frame::event(event).bytes);
            self.last = event.id;
        }
        Some(Bytes::from(chunk))
    }

    /// The frames ready on either channel, in event order; `None` when the stream should end.
    /// The pump sends in id order, so once a frame shows on one channel every earlier one is
    /// already on the other: draining both before sending keeps the stream in order.
    async fn wait(&mut self) -> Option<Vec<Arc<Frame>>> {
        let until = self.until;
        let expired = async move {
            match until {
                Some(at) => tokio::time::sleep_until(at).await,
                None => std::future::pending().await,
            }
        };
        let first = match self.personal.as_mut() {
            None => tokio::select! {
                got = self.public.recv() => got,
                () = expired => return None,
            },
            Some(personal) => tokio::select! {
                got = self.public.recv() => got,
                got = personal.receiver().recv() => got,
                () = expired => return None,
            },
        };
        let mut frames = Vec::new();
        match first {
            Ok(frame) => frames.push(frame),
            Err(RecvError::Lagged(_)) => self.behind = true,
            Err(RecvError::Closed) => return None,
        }
        self.behind |= drain(&mut self.public, &mut frames);
        if let Some(personal) = self.personal.as_mut() {
            self.behind |= drain(personal.receiver(), &mut frames);
        }
        if frames.iter().any(|f| f.end) {
            // The process is shutting down: end the stream, so the shutdown can finish.
            return None;
        }
        frames.sort_by_key(|f| f.id);
        Some(frames)
    }
}

/// Takes what a channel already holds; true when it lagged.
fn drain(receiver: &mut broadcast::Receiver<Arc<Frame>>, frames: &mut Vec<Arc<Frame>>) -> bool {
    loop {
        match receiver.try_recv() {
            Ok(frame) => frames.push(frame),
            Err(TryRecvError::Lagged(_)) => return true,
            Err(TryRecvError::Empty | TryRecvError::Closed) => return false,
        }
    }
}
