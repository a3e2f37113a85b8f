//! The outbox: every mutation the resident makes waits here until the city's server has it.
//!
//! **Architecture Invariant:** a mutation is enqueued in the same local transaction as the local
//! change it belongs to, with an idempotency key, before the UI says "saved"; and an item leaves
//! the outbox only in the transaction that records the server's answer locally. A crash at any
//! point therefore either loses nothing or repeats a send, which the server's idempotency layer
//! replays instead of doing twice.
//!
//! Items are delivered in id order within their resource; a refused item (4xx) stops its resource
//! until the resident acts.
//!
//! The outbox knows no kind of mutation itself. Each kind (inquiries now; applications, bookings,
//! notice reads, profile changes later) implements [`Kind`] beside its own table, saying what the
//! server's answer changes on the device, and is listed once in [`Kinds`] where the sender is made
//! (`local_data.rs`). So adding a kind touches no line here.

pub mod backoff;
pub mod sender;

use madoguchi_domain::{ApiError, ErrorCode, IdempotencyKey, UnixMillis};
use rusqlite::{Connection, OptionalExtension as _, Transaction, params};

use crate::store::StoreError;

/// One kind of mutation: what the server's answer changes on the device. Both methods run inside
/// the outbox's transaction that removes (or stops) the item, so the local change and the item's
/// fate commit together.
pub trait Kind: Send + Sync {
    /// The name kept in the outbox's `kind` column; never change it once items exist.
    fn name(&self) -> &'static str;

    /// The server accepted item `local_id` and answered `response` (its 2xx body). An answer that
    /// cannot be read is [`StoreError::Corrupt`]: the sender then stops the item and shows it.
    fn on_delivered(&self, tx: &Transaction<'_>, local_id: i64, response: &[u8]) -> Result<(), StoreError>;

    /// The server refused item `local_id` (a 4xx) with `error`.
    fn on_refused(&self, tx: &Transaction<'_>, local_id: i64, error: &ApiError) -> Result<(), StoreError>;

    /// The resident sends item `local_id` again after it was stopped ([`resend`]): forget the
    /// refusal recorded by [`Kind::on_refused`].
    fn on_resent(&self, tx: &Transaction<'_>, local_id: i64) -> Result<(), StoreError>;

    /// What to send for `item`, decided when it is sent rather than when it was queued. An item
    /// that acts on what an earlier item of its resource created (a booking's cancellation needs
    /// the reference and access token the booking's answer brought, which do not exist while both
    /// wait offline) fills them in here; items are sent in order within a resource, so the earlier
    /// answer is recorded by then. Most kinds send the item as queued.
    fn prepare(&self, _conn: &Connection, item: &OutboxItem) -> Result<Prepared, StoreError> {
        Ok(Prepared {
            path: item.path.clone(),
            bearer: None,
        })
    }
}

/// An item as it goes on the wire ([`Kind::prepare`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prepared {
    pub path: String,
    /// Sent as `Authorization: Bearer …` (a booking's or application's access token).
    pub bearer: Option<String>,
}

/// Every kind this build delivers.
pub struct Kinds(pub &'static [&'static dyn Kind]);

impl Kinds {
    pub(crate) fn get(&self, name: &str) -> Result<&'static dyn Kind, StoreError> {
        self.0
            .iter()
            .copied()
            .find(|k| k.name() == name)
            .ok_or_else(|| StoreError::Corrupt(format!("unknown outbox kind {name:?}")))
    }
}

/// A mutation to enqueue.
pub struct NewItem<'a> {
    pub resource: String,
    pub kind: &'a dyn Kind,
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
    /// A [`Kind::name`].
    pub kind: String,
    pub local_id: i64,
    pub method: String,
    pub path: String,
    pub body: String,
    pub key: IdempotencyKey,
    pub attempts: u32,
    pub next_attempt_at: UnixMillis,
    /// When the item was queued under its key (its first try cannot be older).
    pub created_at: UnixMillis,
}

/// How much earlier than the city's key retention an item stops being sent: room for the device's
/// clock to be off and for a try that is in flight when the line is crossed.
pub const RETENTION_MARGIN_MILLIS: i64 = 60 * 60 * 1000;

impl OutboxItem {
    /// Whether sending this item under its key could now be done twice: an earlier try may have
    /// reached the city, and the city may have forgotten the key since.
    pub fn outlived_its_key(&self, now: UnixMillis) -> bool {
        now.0 - self.created_at.0
            >= madoguchi_domain::idempotency::KEY_RETENTION_MILLIS - RETENTION_MARGIN_MILLIS
    }
}

pub fn enqueue(tx: &Transaction<'_>, item: &NewItem<'_>, now: UnixMillis) -> Result<i64, StoreError> {
    tx.execute(
        "INSERT INTO outbox (resource, kind, local_id, method, path, body, idempotency_key, created_at, next_attempt_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![item.resource, item.kind.name(), item.local_id, item.method, item.path, item.body, item.key.as_str(), now.0],
    )?;
    Ok(tx.last_insert_rowid())
}

/// The item to send next: the head of each resource's queue that is not refused, earliest
/// `next_attempt_at` first. It may not be due yet; the sender waits until it is.
pub fn next(conn: &Connection) -> Result<Option<OutboxItem>, StoreError> {
    let row = conn
        .query_row(
            "SELECT o.id, o.kind, o.local_id, o.method, o.path, o.body, o.idempotency_key, o.attempts, o.next_attempt_at,
                    o.created_at
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
                    r.get::<_, i64>(9)?,
                ))
            },
        )
        .optional()?;
    let Some((id, kind, local_id, method, path, body, key, attempts, next_attempt_at, created_at)) = row
    else {
        return Ok(None);
    };
    Ok(Some(OutboxItem {
        id,
        kind,
        local_id,
        method,
        path,
        body,
        key: IdempotencyKey::parse(&key).map_err(|e| StoreError::Corrupt(e.to_string()))?,
        attempts,
        next_attempt_at: UnixMillis(next_attempt_at),
        created_at: UnixMillis(created_at),
    }))
}

/// The server accepted `item` and answered `response` (2xx body): record it and remove the item.
pub fn deliver(
    conn: &mut Connection,
    kinds: &Kinds,
    item: &OutboxItem,
    response: &[u8],
) -> Result<(), StoreError> {
    let kind = kinds.get(&item.kind)?;
    let tx = conn.transaction()?;
    kind.on_delivered(&tx, item.local_id, response)?;
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
pub fn refuse(
    conn: &mut Connection,
    kinds: &Kinds,
    item: &OutboxItem,
    error: &ApiError,
) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    tx.execute(
        "UPDATE outbox SET attempts = attempts + 1, failed_code = ?2 WHERE id = ?1",
        params![item.id, error_code_name(error.code)],
    )?;
    // An item of a kind this build does not know (written by a newer app) is stopped all the same.
    if let Ok(kind) = kinds.get(&item.kind) {
        kind.on_refused(&tx, item.local_id, error)?;
    }
    tx.commit()?;
    Ok(())
}

/// The resident checked that the city does not have the `kind` item `local_id`, stopped because it
/// outlived its key (`send_expired`), and sends it again: under `key`, a new key (the old one may
/// be forgotten by the city, or remembered for another answer), as if queued `now`. Returns
/// whether there was such an item; an item stopped for another reason stays stopped, as sending
/// it unchanged would be refused again.
pub fn resend(
    conn: &mut Connection,
    kinds: &Kinds,
    kind: &str,
    local_id: i64,
    key: &IdempotencyKey,
    now: UnixMillis,
) -> Result<bool, StoreError> {
    let kind = kinds.get(kind)?;
    let tx = conn.transaction()?;
    let changed = tx.execute(
        "UPDATE outbox SET idempotency_key = ?3, attempts = 0, failed_code = NULL, created_at = ?4, next_attempt_at = ?4
         WHERE kind = ?1 AND local_id = ?2 AND failed_code = ?5",
        params![kind.name(), local_id, key.as_str(), now.0, error_code_name(ErrorCode::SendExpired)],
    )?;
    if changed == 1 {
        kind.on_resent(&tx, local_id)?;
    }
    tx.commit()?;
    Ok(changed == 1)
}

/// Where a kind's item is, from what its own row records (the city's reference, or its refusal)
/// and the attempts of its outbox item (none once it left the outbox): the same for every kind.
pub fn delivery_state(
    reference: Option<String>,
    refusal: Option<ApiError>,
    attempts: Option<u32>,
) -> madoguchi_domain::DeliveryState {
    use madoguchi_domain::DeliveryState;
    match (reference, refusal) {
        (Some(reference), _) => DeliveryState::Sent { reference },
        (None, Some(error)) => DeliveryState::Failed { error },
        (None, None) => DeliveryState::Pending {
            attempts: attempts.unwrap_or(0),
        },
    }
}

/// How an error code is kept in a column: its wire name.
pub fn error_code_name(code: ErrorCode) -> String {
    serde_json::to_value(code)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// A kept error code read back; one this build does not know reads as `bad_response`.
pub fn error_code_from(name: &str) -> ErrorCode {
    serde_json::from_value(serde_json::Value::String(name.to_owned())).unwrap_or(ErrorCode::BadResponse)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A kind the outbox has never heard of, plugged in the way every kind is.
    struct Note;

    impl Kind for Note {
        fn name(&self) -> &'static str {
            "note"
        }

        fn on_delivered(
            &self,
            tx: &Transaction<'_>,
            local_id: i64,
            response: &[u8],
        ) -> Result<(), StoreError> {
            let answer = std::str::from_utf8(response).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            tx.execute(
                "INSERT INTO notes (local_id, answer) VALUES (?1, ?2)",
                params![local_id, answer],
            )?;
            Ok(())
        }

        fn on_refused(
            &self,
            tx: &Transaction<'_>,
            local_id: i64,
            error: &ApiError,
        ) -> Result<(), StoreError> {
            tx.execute(
                "INSERT INTO notes (local_id, answer) VALUES (?1, ?2)",
                params![local_id, error_code_name(error.code)],
            )?;
            Ok(())
        }

        fn on_resent(&self, tx: &Transaction<'_>, local_id: i64) -> Result<(), StoreError> {
            tx.execute("DELETE FROM notes WHERE local_id = ?1", [local_id])?;
            Ok(())
        }
    }

    static KINDS: Kinds = Kinds(&[&Note]);

    fn device() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::store::migrations::migrate(&mut conn).unwrap();
        conn.execute_batch("CREATE TABLE notes (local_id INTEGER, answer TEXT)")
            .unwrap();
        conn
    }

    fn queue(conn: &mut Connection, local_id: i64, kind: &dyn Kind) -> OutboxItem {
        let tx = conn.transaction().unwrap();
        let key = IdempotencyKey::from_random([u8::try_from(local_id).unwrap(); 16]);
        let item = NewItem {
            resource: format!("note/{local_id}"),
            kind,
            local_id,
            method: "POST",
            path: "api/v1/notes",
            body: "{}".into(),
            key,
        };
        enqueue(&tx, &item, UnixMillis(0)).unwrap();
        tx.commit().unwrap();
        next(conn).unwrap().unwrap()
    }

    fn notes(conn: &Connection) -> Vec<(i64, String)> {
        conn.prepare("SELECT local_id, answer FROM notes ORDER BY local_id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    }

    #[test]
    fn a_new_kind_gets_its_answer_in_the_transaction_that_removes_its_item() {
        let mut conn = device();
        let item = queue(&mut conn, 7, &Note);
        assert_eq!(item.kind, "note");
        deliver(&mut conn, &KINDS, &item, b"N-7").unwrap();
        assert_eq!(notes(&conn), vec![(7, "N-7".to_owned())]);
        assert_eq!(pending_count(&conn).unwrap(), 0);
    }

    #[test]
    fn a_refusal_stops_the_item_and_reaches_its_kind() {
        let mut conn = device();
        let item = queue(&mut conn, 8, &Note);
        refuse(
            &mut conn,
            &KINDS,
            &item,
            &ApiError::from(ErrorCode::InvalidRequest),
        )
        .unwrap();
        assert_eq!(notes(&conn), vec![(8, "invalid_request".to_owned())]);
        assert_eq!(pending_count(&conn).unwrap(), 0, "stopped, not pending");
        assert!(next(&conn).unwrap().is_none());
    }

    #[test]
    fn an_answer_for_a_kind_this_build_does_not_know_is_not_recorded_blind() {
        let mut conn = device();
        let item = queue(&mut conn, 9, &Note);
        let none = Kinds(&[]);
        assert!(matches!(
            deliver(&mut conn, &none, &item, b"N-9"),
            Err(StoreError::Corrupt(_))
        ));
        assert_eq!(
            pending_count(&conn).unwrap(),
            1,
            "the item waits; nothing was lost"
        );
        assert!(notes(&conn).is_empty());
    }
}
