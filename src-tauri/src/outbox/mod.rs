//! The outbox: every mutation the resident makes waits here until the city's server has it.
//!
//! **Architecture Invariant:** a mutation is enqueued in the same local transaction as the local
//! change it belongs to, with an idempotency key, before the UI says "saved"; and an item leaves
//! the outbox only in the transaction that records the server's answer locally. A crash at any
//! point therefore either loses nothing or repeats a send, which the server's idempotency layer
//! replays instead of doing twice.
//!
//! Items are delivered in id order within their resource; a refused item (4xx) stops its resource
//! until the resident acts. Later mutations (applications, bookings, notice reads, profile
//! changes) add an [`OutboxKind`] and a line in [`deliver`].

pub mod backoff;
pub mod sender;

use madoguchi_domain::{ApiError, IdempotencyKey, InquiryReceipt, UnixMillis};
use rusqlite::{Connection, OptionalExtension as _, Transaction, params};

use crate::store::{StoreError, inquiries};

/// What an item is, which decides what its answer changes locally.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutboxKind {
    Inquiry,
}

impl OutboxKind {
    fn as_str(self) -> &'static str {
        match self {
            OutboxKind::Inquiry => "inquiry",
        }
    }

    fn parse(s: &str) -> Result<Self, StoreError> {
        match s {
            "inquiry" => Ok(OutboxKind::Inquiry),
            other => Err(StoreError::Corrupt(format!("unknown outbox kind {other:?}"))),
        }
    }
}

/// A mutation to enqueue.
pub struct NewItem<'a> {
    pub resource: String,
    pub kind: OutboxKind,
    pub local_id: i64,
    pub method: &'a str,
    pub path: &'a str,
    pub body: String,
    pub key: IdempotencyKey,
}

/// A queued mutation as the sender sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxItem {
    pub id: i64,
    pub kind: OutboxKind,
    pub local_id: i64,
    pub method: String,
    pub path: String,
    pub body: String,
    pub key: IdempotencyKey,
    pub attempts: u32,
    pub next_attempt_at: UnixMillis,
}

pub fn enqueue(tx: &Transaction<'_>, item: &NewItem<'_>, now: UnixMillis) -> Result<i64, StoreError> {
    tx.execute(
        "INSERT INTO outbox (resource, kind, local_id, method, path, body, idempotency_key, created_at, next_attempt_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![item.resource, item.kind.as_str(), item.local_id, item.method, item.path, item.body, item.key.as_str(), now.0],
    )?;
    Ok(tx.last_insert_rowid())
}

/// The item to send next: the head of each resource's queue that is not refused, earliest
/// `next_attempt_at` first. It may not be due yet; the sender waits until it is.
pub fn next(conn: &Connection) -> Result<Option<OutboxItem>, StoreError> {
    let row = conn
        .query_row(
            "SELECT o.id, o.kind, o.local_id, o.method, o.path, o.body, o.idempotency_key, o.attempts, o.next_attempt_at
             FROM outbox o
             WHERE o.failed_code IS NULL
               AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.resource = o.resource AND p.id < o.id)
             ORDER BY o.next_attempt_at, o.id LIMIT 1",
            [],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, u32>(7)?,
                    r.get::<_, i64>(8)?,
                ))
            },
        )
        .optional()?;
    let Some((id, kind, local_id, method, path, body, key, attempts, next_attempt_at)) = row else {
        return Ok(None);
    };
    Ok(Some(OutboxItem {
        id,
        kind: OutboxKind::parse(&kind)?,
        local_id,
        method,
        path,
        body,
        key: IdempotencyKey::parse(&key).map_err(|e| StoreError::Corrupt(e.to_string()))?,
        attempts,
        next_attempt_at: UnixMillis(next_attempt_at),
    }))
}

/// The server accepted `item` and answered `response` (2xx body): record it and remove the item.
pub fn deliver(conn: &mut Connection, item: &OutboxItem, response: &[u8]) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    match item.kind {
        OutboxKind::Inquiry => {
            let receipt: InquiryReceipt = serde_json::from_slice(response)
                .map_err(|e| StoreError::Corrupt(format!("inquiry receipt: {e}")))?;
            inquiries::record_receipt(&tx, item.local_id, &receipt)?;
        }
    }
    tx.execute("DELETE FROM outbox WHERE id = ?1", [item.id])?;
    tx.commit()?;
    Ok(())
}

/// Sending failed in a way that may pass (offline, 5xx): try again at `at`.
pub fn retry_at(conn: &Connection, item: &OutboxItem, at: UnixMillis) -> Result<(), StoreError> {
    conn.execute(
        "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?2 WHERE id = ?1",
        params![item.id, at.0],
    )?;
    Ok(())
}

/// The server refused `item` (4xx): keep it, stop its resource, and record why for the UI.
pub fn refuse(conn: &mut Connection, item: &OutboxItem, error: &ApiError) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    let code = inquiries::error_code_name(error.code);
    tx.execute(
        "UPDATE outbox SET attempts = attempts + 1, failed_code = ?2 WHERE id = ?1",
        params![item.id, code],
    )?;
    match item.kind {
        OutboxKind::Inquiry => inquiries::record_refusal(&tx, item.local_id, error)?,
    }
    tx.commit()?;
    Ok(())
}

/// "Send now" (or the network came back): every waiting item becomes due.
pub fn make_all_due(conn: &Connection, now: UnixMillis) -> Result<(), StoreError> {
    conn.execute(
        "UPDATE outbox SET next_attempt_at = ?1 WHERE failed_code IS NULL AND next_attempt_at > ?1",
        [now.0],
    )?;
    Ok(())
}

/// How many items still wait to be delivered (refused ones excluded).
pub fn pending_count(conn: &Connection) -> Result<u64, StoreError> {
    let n: i64 = conn.query_row("SELECT count(*) FROM outbox WHERE failed_code IS NULL", [], |r| {
        r.get(0)
    })?;
    Ok(u64::try_from(n).unwrap_or(0))
}
