//! The sender: a Tokio task that delivers the outbox, oldest first within each resource, retrying
//! with backoff and jitter while the server is out of reach or failing (5xx), and stopping an item
//! with its error code when the server refuses it (4xx). An item queued while signed in goes with
//! its principal's access token, never another's (see the outbox's module doc).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use madoguchi_domain::{ApiError, ErrorCode, UnixMillis};
use tokio::sync::{Mutex as AsyncMutex, Notify};

use super::backoff::Backoff;
use super::{Kinds, OutboxItem, PrincipalError, Principals, deliver, next, pending_of, refuse, retry_at};
use crate::city_server::{CityServer, SendError};
use crate::clock::Clock;
use crate::store::{LocalStore, StoreError};

/// What one step did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// The server has the item; its answer is recorded locally.
    Delivered,
    /// Out of reach or failing: the item waits until then.
    RetryAt(UnixMillis),
    /// The server refused the item with this error; it stays, stopped, for the resident to see.
    Refused(ApiError),
    /// The next item is not due until then.
    NotDue(UnixMillis),
    /// Nothing to send.
    Idle,
}

/// Draws a number in [0, 1) for the jitter.
pub type Jitter = Box<dyn FnMut() -> f64 + Send>;

pub struct Sender {
    store: Arc<LocalStore>,
    /// Held for each step, and by "delete my data" before it wipes (`LocalData::delete_all`), so a
    /// send in flight is never answered into a store that was deleted under it.
    sending: Arc<AsyncMutex<()>>,
    kinds: &'static Kinds,
    city: CityServer,
    principals: Arc<dyn Principals>,
    clock: Arc<dyn Clock>,
    backoff: Backoff,
    jitter: Mutex<Jitter>,
    wake: Arc<Notify>,
}

impl Sender {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        store: Arc<LocalStore>,
        sending: Arc<AsyncMutex<()>>,
        kinds: &'static Kinds,
        city: CityServer,
        principals: Arc<dyn Principals>,
        clock: Arc<dyn Clock>,
        backoff: Backoff,
        jitter: Jitter,
        wake: Arc<Notify>,
    ) -> Self {
        Self {
            store,
            sending,
            kinds,
            city,
            principals,
            clock,
            backoff,
            jitter: Mutex::new(jitter),
            wake,
        }
    }

    /// Delivers until the process ends: after each step, goes on at once if there may be more, else
    /// sleeps until the next item is due or someone calls `wake.notify_one()` (a new mutation,
    /// "send now").
    pub async fn run(self) {
        loop {
            let pause = match self.step().await {
                Ok(Step::Delivered | Step::Refused(_) | Step::RetryAt(_)) => continue,
                Ok(Step::NotDue(at)) => millis_until(self.clock.now(), at),
                Ok(Step::Idle) => None,
                Err(e) => {
                    // The local store cannot be opened (no keyring, locked): nothing to send until
                    // the resident fixes that; look again now and then.
                    tracing::warn!("outbox: {e}");
                    Some(Duration::from_secs(30))
                }
            };
            match pause {
                Some(pause) => {
                    tokio::select! {
                        () = tokio::time::sleep(pause) => {}
                        () = self.wake.notified() => {}
                    }
                }
                None => self.wake.notified().await,
            }
        }
    }

    /// Tries the next due item once.
    pub async fn step(&self) -> Result<Step, StoreError> {
        let _sending = self.sending.lock().await;
        // No store, nothing queued: looking must not create one (after "delete my data", that
        // would put a new key in the keyring the resident just emptied).
        if !self.store.exists() {
            return Ok(Step::Idle);
        }
        let kinds = self.kinds;
        let Some(item) = self.store.run(|conn| next(conn)).await? else {
            return Ok(Step::Idle);
        };
        let now = self.clock.now();
        if item.next_attempt_at > now {
            return Ok(Step::NotDue(item.next_attempt_at));
        }
        let repeatable = self.kinds.get(&item.kind).is_ok_and(|k| k.repeatable());
        if item.outlived_its_key(now) && !repeatable {
            // The resident is asked rather than risking a double (ErrorCode::SendExpired).
            return self.refuse(item, ErrorCode::SendExpired.into()).await;
        }
        let queued = item.clone();
        let prepared = match self
            .store
            .run(move |conn| kinds.get(&queued.kind)?.prepare(conn, &queued))
            .await
        {
            Ok(prepared) => prepared,
            // What it acts on cannot be found (a newer app's kind, a damaged row): shown, not sent.
            Err(StoreError::Corrupt(e)) => {
                tracing::warn!(id = item.id, "outbox: cannot prepare: {e}");
                return self.refuse(item, ErrorCode::BadResponse.into()).await;
            }
            Err(e) => return Err(e),
        };
        // The item's own token (a receipt's) if it has one; else its principal's, as queued.
        let own_token = prepared.bearer.is_some();
        let bearer = match (prepared.bearer, &item.principal) {
            (Some(own), _) => Some(own),
            (None, None) => None,
            (None, Some(principal)) => match self.principals.bearer(principal).await {
                Ok(token) => Some(token),
                Err(PrincipalError::Transient(error)) => return self.retry(item, now, &error).await,
                Err(PrincipalError::Gone) => {
                    // Signed out: sending it anonymously would be another principal (a double).
                    return self.refuse(item, ErrorCode::Unauthorized.into()).await;
                }
            },
        };
        let sent_as_principal = bearer.is_some() && !own_token;
        match self
            .city
            .send(
                &item.method,
                &prepared.path,
                item.body.clone(),
                &item.key,
                bearer.as_deref(),
            )
            .await
        {
            Ok(body) => {
                let delivered = item.clone();
                match self
                    .store
                    .run(move |conn| deliver(conn, kinds, &delivered, &body))
                    .await
                {
                    Ok(()) => {
                        self.settle(&item).await;
                        Ok(Step::Delivered)
                    }
                    // The server kept it but answered something we cannot read; a retry would get
                    // the same answer, so stop the item and show it.
                    Err(StoreError::Corrupt(e)) => {
                        tracing::warn!(id = item.id, "outbox: unreadable answer: {e}");
                        self.refuse(item, ErrorCode::BadResponse.into()).await
                    }
                    Err(e) => Err(e),
                }
            }
            Err(SendError::Transient(error)) => self.retry(item, now, &error).await,
            // The principal's token was refused (it ran out or its device was signed out while
            // on the wire): a 401 keeps no answer for the key, so the item goes again under the
            // same principal with a new token, or stops if the credential is gone by then.
            Err(SendError::Refused(error)) if sent_as_principal && error.code == ErrorCode::Unauthorized => {
                if let Some(principal) = &item.principal {
                    self.principals.token_refused(principal);
                }
                self.retry(item, now, &error).await
            }
            Err(SendError::Refused(error)) => self.refuse(item, error).await,
        }
    }

    async fn retry(&self, item: OutboxItem, now: UnixMillis, error: &ApiError) -> Result<Step, StoreError> {
        let at = now.plus_millis(self.delay_millis(item.attempts + 1));
        tracing::info!(id = item.id, code = ?error.code, attempts = item.attempts + 1, "outbox: will retry");
        self.store.run(move |conn| retry_at(conn, &item, at)).await?;
        Ok(Step::RetryAt(at))
    }

    async fn refuse(&self, item: OutboxItem, error: ApiError) -> Result<Step, StoreError> {
        tracing::warn!(id = item.id, code = ?error.code, "outbox: refused by the server");
        let recorded = error.clone();
        let kinds = self.kinds;
        let stopped = item.clone();
        self.store
            .run(move |conn| refuse(conn, kinds, &stopped, &recorded))
            .await?;
        self.settle(&item).await;
        Ok(Step::Refused(error))
    }

    /// After `item` left the queue (delivered or stopped): if it was its principal's last, the
    /// principal is told, so a signed-out device's credential kept for its items can go. A failure
    /// here is logged, not the step's: the item's fate is already recorded.
    async fn settle(&self, item: &OutboxItem) {
        let Some(principal) = item.principal.clone() else {
            return;
        };
        let asked = principal.clone();
        match self.store.run(move |conn| pending_of(conn, &asked)).await {
            Ok(0) => self.principals.settled(&principal).await,
            Ok(_) => {}
            Err(e) => tracing::warn!("outbox: items left of a principal: {e}"),
        }
    }

    fn delay_millis(&self, failures: u32) -> i64 {
        let unit = (self
            .jitter
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner))();
        i64::try_from(self.backoff.delay(failures, unit).as_millis()).unwrap_or(i64::MAX)
    }
}

fn millis_until(now: UnixMillis, at: UnixMillis) -> Option<Duration> {
    Some(Duration::from_millis(
        u64::try_from((at.0 - now.0).max(0)).unwrap_or(0),
    ))
}
