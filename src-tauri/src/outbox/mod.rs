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
//! The outbox knows no kind of mutation itself. Each kind (applications, お問い合わせ among them;
//! bookings and waitlist places; account changes) implements [`Kind`] beside its own table, saying what the
//! server's answer changes on the device, and is listed once in [`Kinds`] where the sender is made
//! (`local_data.rs`). So adding a kind touches no line here.
//!
//! **Architecture Invariant (principals):** an item is sent under the same principal on every
//! try. [`enqueue`] records who the app was signed in as when the item was queued (the device,
//! `dev-…`, from the store's `signed_in_account`; none: anonymous), and the sender sends it with
//! that device's access token ([`Principals::bearer`]) or with none, never switching: the city
//! scopes idempotency keys by principal, so a retry that went out under another one could be
//! booked twice. An item whose principal can no longer be had (signed out elsewhere) is stopped
//! with `unauthorized`, not sent anonymously. A receipt's own token ([`Kind::prepare`]'s bearer,
//! a booking's cancellation) is the item's own principal and wins.
//!
//! Signing out is an item too, queued *behind* the items of the principal it ends
//! ([`NewItem::ends_principal`]): it is sent only once no earlier item of that principal is still
//! to be sent (stopped ones do not hold it up), so what the resident did while signed in still
//! reaches the city under their account, and the city revokes the device after. Until then the
//! device's credential stays in the keyring for those items (`crate::account`), though the app is
//! signed out.

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

    /// Whether sending the item again after the city forgot its key does no harm (a sign-out, a
    /// revocation: done twice, the second finds it done). Such an item never stops with
    /// `send_expired`: a device offline for days still signs out when it is back.
    fn repeatable(&self) -> bool {
        false
    }
}

/// A principal's access token, as the sender needs it for an item queued while signed in.
pub trait Principals: Send + Sync {
    /// A valid access token of `principal` (a device id), refreshed with its credential when
    /// needed. [`PrincipalError::Gone`] when the credential is gone or the city refuses it.
    fn bearer<'a>(
        &'a self,
        principal: &'a str,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<String, PrincipalError>> + Send + 'a>>;

    /// The city refused the token last given for `principal` (401): get a new one next time.
    fn token_refused(&self, principal: &str);

    /// No item of `principal` is left to send: a credential kept only for its items may go.
    fn settled<'a>(
        &'a self,
        principal: &'a str,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send + 'a>>;
}

/// Why a principal's token cannot be had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrincipalError {
    /// Out of reach, or the city failing: try again later.
    Transient(ApiError),
    /// Signed out (here or elsewhere): the item cannot be sent as it was queued.
    Gone,
}

/// No one is ever signed in (the benchmark, tests of other parts).
pub struct Anonymous;

impl Principals for Anonymous {
    fn bearer<'a>(
        &'a self,
        _principal: &'a str,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<String, PrincipalError>> + Send + 'a>>
    {
        Box::pin(async { Err(PrincipalError::Gone) })
    }

    fn token_refused(&self, _principal: &str) {}

    fn settled<'a>(
        &'a self,
        _principal: &'a str,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send + 'a>> {
        Box::pin(async {})
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
    /// The device the item is sent as; `None`: whoever is signed in now (anonymous if no one).
    pub as_device: Option<String>,
    /// The item ends its principal's sign-in (a sign-out): it waits behind the principal's other
    /// items.
    pub ends_principal: bool,
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
    /// The device the app was signed in as when the item was queued; `None`: anonymous.
    pub principal: Option<String>,
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

/// Queues `item` under the principal the app is signed in as now (see the module's doc).
pub fn enqueue(tx: &Transaction<'_>, item: &NewItem<'_>, now: UnixMillis) -> Result<i64, StoreError> {
    tx.execute(
        "INSERT INTO outbox (resource, kind, local_id, method, path, body, idempotency_key, created_at, next_attempt_at,
                             principal, closes_principal)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8,
                 coalesce(?9, (SELECT device_id FROM signed_in_account WHERE id = 1)), ?10)",
        params![item.resource, item.kind.name(), item.local_id, item.method, item.path, item.body, item.key.as_str(), now.0,
                item.as_device, item.ends_principal],
    )?;
    Ok(tx.last_insert_rowid())
}

/// The item to send next: the head of each resource's queue that is not refused, earliest
/// `next_attempt_at` first; a sign-out only once no earlier item of its principal waits. It may
/// not be due yet; the sender waits until it is.
pub fn next(conn: &Connection) -> Result<Option<OutboxItem>, StoreError> {
    let row = conn
        .query_row(
            "SELECT o.id, o.kind, o.local_id, o.method, o.path, o.body, o.idempotency_key, o.attempts, o.next_attempt_at,
                    o.created_at, o.principal
             FROM outbox o
             WHERE o.failed_code IS NULL
               AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.resource = o.resource AND p.id < o.id)
               AND NOT (o.closes_principal AND EXISTS (
                   SELECT 1 FROM outbox p
                   WHERE p.principal = o.principal AND p.id < o.id AND p.failed_code IS NULL))
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
                    r.get::<_, Option<String>>(10)?,
                ))
            },
        )
        .optional()?;
    let Some((id, kind, local_id, method, path, body, key, attempts, next_attempt_at, created_at, principal)) =
        row
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
        principal,
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

/// How many items of `principal` still wait to be delivered (refused ones excluded).
pub fn pending_of(conn: &Connection, principal: &str) -> Result<u64, StoreError> {
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM outbox WHERE principal = ?1 AND failed_code IS NULL",
        [principal],
        |r| r.get(0),
    )?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// Every principal some item (waiting or stopped) was queued under.
pub fn principals(conn: &Connection) -> Result<Vec<String>, StoreError> {
    conn.prepare("SELECT DISTINCT principal FROM outbox WHERE principal IS NOT NULL")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()
        .map_err(Into::into)
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
            as_device: None,
            ends_principal: false,
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

    fn queue_as(conn: &mut Connection, local_id: i64, as_device: Option<&str>, ends_principal: bool) {
        let tx = conn.transaction().unwrap();
        let item = NewItem {
            resource: format!("note/{local_id}"),
            kind: &Note,
            local_id,
            method: "POST",
            path: "api/v1/notes",
            body: "{}".into(),
            key: IdempotencyKey::from_random([u8::try_from(local_id).unwrap(); 16]),
            as_device: as_device.map(str::to_owned),
            ends_principal,
        };
        enqueue(&tx, &item, UnixMillis(0)).unwrap();
        tx.commit().unwrap();
    }

    fn sign_in_as(conn: &Connection, device: Option<&str>) {
        conn.execute("DELETE FROM signed_in_account", []).unwrap();
        if let Some(device) = device {
            conn.execute(
                "INSERT INTO signed_in_account (id, device_id, view, read_at) VALUES (1, ?1, '{}', 0)",
                [device],
            )
            .unwrap();
        }
    }

    /// What a resident did while signed in goes as them, then the city is told they signed out;
    /// what they do after is anonymous and is not held up.
    #[test]
    fn an_item_keeps_the_principal_it_was_queued_under_and_a_sign_out_waits_behind_them() {
        let mut conn = device();
        sign_in_as(&conn, Some("dev-a"));
        queue_as(&mut conn, 1, None, false);
        queue_as(&mut conn, 2, Some("dev-a"), true);
        sign_in_as(&conn, None);
        queue_as(&mut conn, 3, None, false);

        let first = next(&conn).unwrap().unwrap();
        assert_eq!((first.local_id, first.principal.as_deref()), (1, Some("dev-a")));
        // Before the first is sent, the sign-out is held; the anonymous item is not.
        conn.execute("UPDATE outbox SET next_attempt_at = 99 WHERE local_id = 1", [])
            .unwrap();
        let meanwhile = next(&conn).unwrap().unwrap();
        assert_eq!((meanwhile.local_id, meanwhile.principal.as_deref()), (3, None));
        deliver(&mut conn, &KINDS, &meanwhile, b"N-3").unwrap();
        assert_eq!(
            next(&conn).unwrap().unwrap().local_id,
            1,
            "the sign-out still waits"
        );

        deliver(&mut conn, &KINDS, &first, b"N-1").unwrap();
        let sign_out = next(&conn).unwrap().unwrap();
        assert_eq!(
            (sign_out.local_id, sign_out.principal.as_deref()),
            (2, Some("dev-a"))
        );
        assert_eq!(pending_of(&conn, "dev-a").unwrap(), 1);
    }

    #[test]
    fn a_stopped_item_does_not_hold_up_its_principals_sign_out() {
        let mut conn = device();
        sign_in_as(&conn, Some("dev-a"));
        queue_as(&mut conn, 1, None, false);
        queue_as(&mut conn, 2, Some("dev-a"), true);
        let first = next(&conn).unwrap().unwrap();
        refuse(&mut conn, &KINDS, &first, &ApiError::from(ErrorCode::SlotFull)).unwrap();
        assert_eq!(next(&conn).unwrap().unwrap().local_id, 2);
        assert_eq!(principals(&conn).unwrap(), ["dev-a"]);
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
