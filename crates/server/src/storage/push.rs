//! The store trait of Web Push (issue 13): the browsers' subscriptions, the city's VAPID key and the
//! cursor by which exactly one instance claims each notice event's pushes (`push/mod.rs`).
//!
//! A subscription holds what the browser's push service handed it and nothing else: no account, no
//! client address, no user agent. Whoever holds its `auth` secret may remove it; nobody else can.

use async_trait::async_trait;
use madoguchi_domain::UnixMillis;
use madoguchi_domain::notice::EventId;
use madoguchi_domain::notice::push::{PushEndpoint, PushSubscription};

use super::StoreError;

/// A subscription as kept, with the id pages are read by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredPushSubscription {
    pub id: i64,
    pub subscription: PushSubscription,
}

/// What keeping a subscription did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subscribed {
    /// A new endpoint.
    Created,
    /// The endpoint was kept already: its keys are replaced and it is renewed.
    Renewed,
}

/// Subscriptions, the VAPID key and the push cursor.
#[async_trait]
pub trait PushStore: Send + Sync {
    /// Keeps a subscription, or renews the one with the same endpoint (its keys replaced: a
    /// browser that subscribes again may have new ones; the endpoint is a secret only it and the
    /// city hold).
    async fn upsert_push_subscription(
        &self,
        subscription: PushSubscription,
        at: UnixMillis,
    ) -> Result<Subscribed, StoreError>;

    /// Removes the subscription with this endpoint **and** this `auth` secret (compared in constant
    /// time); false, and nothing removed, when there is none.
    async fn remove_push_subscription(&self, endpoint: String, auth: [u8; 16]) -> Result<bool, StoreError>;

    /// The subscriptions whose id is above `after`, in id order, at most `limit`.
    async fn push_subscriptions_after(
        &self,
        after: i64,
        limit: u32,
    ) -> Result<Vec<StoredPushSubscription>, StoreError>;

    /// Forgets a subscription its push service says is gone (404, 410).
    async fn delete_push_subscription(&self, id: i64) -> Result<(), StoreError>;

    /// The city's VAPID private key (SEC1 DER): the one kept, or `candidate` kept now when there is
    /// none yet. Instances starting at once all get the same (insert if absent, then read).
    async fn vapid_key(&self, candidate: Vec<u8>, at: UnixMillis) -> Result<Vec<u8>, StoreError>;

    /// The last notice event whose pushes were claimed; made at the last event of all when there is
    /// none yet, in one statement, so a fresh deploy pushes no history.
    async fn push_cursor(&self) -> Result<EventId, StoreError>;

    /// Moves the cursor from `from` to `to` if it is still at `from` (compare and swap): true when
    /// this caller claimed the events in between, false when another instance did first.
    async fn advance_push_cursor(&self, from: EventId, to: EventId) -> Result<bool, StoreError>;
}

/// Reads a kept row back into a subscription; the row holds only what was accepted once.
pub(crate) fn subscription_of(
    id: i64,
    endpoint: &str,
    p256dh: &[u8],
    auth: &[u8],
) -> Result<StoredPushSubscription, StoreError> {
    let corrupt = || StoreError::Corrupt(format!("push subscription {id} is not a valid subscription"));
    Ok(StoredPushSubscription {
        id,
        subscription: PushSubscription {
            // Loopback `http` was allowed when it was kept, or it would not be here.
            endpoint: PushEndpoint::parse(endpoint, true).ok_or_else(corrupt)?,
            p256dh: p256dh.try_into().map_err(|_| corrupt())?,
            auth: auth.try_into().map_err(|_| corrupt())?,
        },
    })
}

/// Whether two secrets are equal, in time that does not depend on where they differ.
pub(crate) fn same_secret(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && openssl::memcmp::eq(a, b)
}
