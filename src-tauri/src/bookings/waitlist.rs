//! Places on full slots' waitlists (issue 12), carried by the same outbox as bookings: joining
//! (`POST /api/v1/waitlist`) and taking the place offered (`…/{reference}/accept`) are each a
//! mutation saved with its outbox item in one transaction ([`super::queue`]), under the resource
//! `waitlist/<local_id>`, so taking an offer queued offline goes after the joining it depends on.
//!
//! An offer is made by the city, not by the device: [`refresh`] reads each place still in line
//! again (`GET /api/v1/waitlist/{reference}` with its token) when the resident looks, and keeps
//! the answer. A taken offer becomes a row of `bookings` in the transaction that records the
//! city's answer, so from then on it is a booking like any other (moved, cancelled, listed).

use madoguchi_domain::booking::{BookingReceipt, WaitlistEntry, WaitlistReceipt, WaitlistStatus};
use madoguchi_domain::{ApiError, LocalWaitlistPlace, UnixMillis, WaitlistAccept};
use rusqlite::{Connection, OptionalExtension as _, Row, Transaction, params};

use super::{REFERENCE, to_json};
use crate::outbox::{self, OutboxItem, Prepared};
use crate::store::StoreError;

/// The server route a joining is sent to.
pub const WAITLIST_PATH: &str = "api/v1/waitlist";

/// Waitlist places as a kind of outbox item: joining, and taking the offered place.
pub struct WaitlistKind;

impl outbox::Kind for WaitlistKind {
    fn name(&self) -> &'static str {
        "waitlist"
    }

    fn on_delivered(&self, tx: &Transaction<'_>, local_id: i64, response: &[u8]) -> Result<(), StoreError> {
        // Joining answers the place with its token; taking the offer answers a booking with its
        // own token.
        if let Ok(receipt) = serde_json::from_slice::<WaitlistReceipt>(response) {
            tx.execute(
                "UPDATE waitlist_places SET reference = ?2, access_token = ?3, entry = ?4, error = NULL
                 WHERE local_id = ?1",
                params![
                    local_id,
                    receipt.entry.reference.0,
                    receipt.access_token,
                    to_json(&receipt.entry)?
                ],
            )?;
            return Ok(());
        }
        let receipt: BookingReceipt = serde_json::from_slice(response)
            .map_err(|e| StoreError::Corrupt(format!("waitlist answer: {e}")))?;
        let (request, created_at, entry): (String, i64, Option<String>) = tx.query_row(
            "SELECT request, created_at, entry FROM waitlist_places WHERE local_id = ?1",
            [local_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        // The booking is asked for as the place was (same slot, same contact), and counts from
        // when the resident first asked for that slot.
        tx.execute(
            "INSERT INTO bookings (request, created_at, reference, access_token, booking)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                request,
                created_at,
                receipt.booking.reference.0,
                receipt.access_token,
                to_json(&receipt.booking)?
            ],
        )?;
        let booking_local_id = tx.last_insert_rowid();
        let entry = entry
            .map(|e| read_json::<WaitlistEntry>(&e, "entry"))
            .transpose()?
            .map(|mut entry| {
                entry.status = WaitlistStatus::Booked;
                entry.offer_expires_at = None;
                entry.booking = Some(receipt.booking.reference.clone());
                entry
            });
        tx.execute(
            "UPDATE waitlist_places SET accept = NULL, booking_local_id = ?2, entry = ?3 WHERE local_id = ?1",
            params![
                local_id,
                booking_local_id,
                entry.map(|e| to_json(&e)).transpose()?
            ],
        )?;
        Ok(())
    }

    fn on_refused(&self, tx: &Transaction<'_>, local_id: i64, error: &ApiError) -> Result<(), StoreError> {
        let in_line: Option<String> = tx
            .query_row(
                "SELECT reference FROM waitlist_places WHERE local_id = ?1",
                [local_id],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        if in_line.is_none() {
            // Joining was refused (e.g. a place came free meanwhile: `slot_available`).
            tx.execute(
                "UPDATE waitlist_places SET error = ?2 WHERE local_id = ?1",
                params![local_id, to_json(error)?],
            )?;
            return Ok(());
        }
        // Taking the offer was refused (it lapsed, or there was none): the refusal is kept on it,
        // and the item leaves the queue, as a booking's refused change does, so nothing is held up.
        let accept = WaitlistAccept {
            refused: Some(error.clone()),
        };
        tx.execute(
            "UPDATE waitlist_places SET accept = ?2 WHERE local_id = ?1",
            params![local_id, to_json(&accept)?],
        )?;
        tx.execute(
            "DELETE FROM outbox WHERE kind = 'waitlist' AND local_id = ?1 AND failed_code IS NOT NULL AND path != ?2",
            params![local_id, WAITLIST_PATH],
        )?;
        Ok(())
    }

    fn on_resent(&self, tx: &Transaction<'_>, local_id: i64) -> Result<(), StoreError> {
        tx.execute(
            "UPDATE waitlist_places SET error = NULL WHERE local_id = ?1",
            [local_id],
        )?;
        Ok(())
    }

    fn prepare(&self, conn: &Connection, item: &OutboxItem) -> Result<Prepared, StoreError> {
        if !item.path.contains(REFERENCE) {
            return Ok(Prepared {
                path: item.path.clone(),
                bearer: None,
            });
        }
        match credentials(conn, item.local_id)? {
            Some((reference, token)) => Ok(Prepared {
                path: item.path.replace(REFERENCE, &reference),
                bearer: Some(token),
            }),
            None => Err(StoreError::Corrupt(format!(
                "waitlist place {}: an offer taken before the city put the resident in line",
                item.local_id
            ))),
        }
    }
}

/// The place's reference and access token, once the city has put the resident in line.
pub fn credentials(conn: &Connection, local_id: i64) -> Result<Option<(String, String)>, StoreError> {
    let (reference, token): (Option<String>, Option<String>) = conn.query_row(
        "SELECT reference, access_token FROM waitlist_places WHERE local_id = ?1",
        [local_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(reference.zip(token))
}

/// The places whose state the city may have changed since it was kept (in line, or offered), with
/// what reads them: `(local_id, reference, token)`.
pub fn still_open(conn: &Connection) -> Result<Vec<(i64, String, String)>, StoreError> {
    let places = all(conn)?;
    let mut open = Vec::new();
    for place in places {
        let live = place
            .entry
            .as_ref()
            .is_some_and(|e| matches!(e.status, WaitlistStatus::Waiting | WaitlistStatus::Offered));
        if live && let Some((reference, token)) = credentials(conn, place.local_id)? {
            open.push((place.local_id, reference, token));
        }
    }
    Ok(open)
}

/// Keeps the city's latest word on place `local_id` (read with [`still_open`]'s token).
pub fn refresh(conn: &Connection, local_id: i64, entry: &WaitlistEntry) -> Result<(), StoreError> {
    conn.execute(
        "UPDATE waitlist_places SET entry = ?2 WHERE local_id = ?1 AND booking_local_id IS NULL",
        params![local_id, to_json(entry)?],
    )?;
    Ok(())
}

const SELECT: &str = "SELECT w.local_id, w.request, w.created_at, w.reference, w.entry, w.error, w.accept,
        w.booking_local_id,
        (SELECT max(o.attempts) FROM outbox o WHERE o.kind = 'waitlist' AND o.local_id = w.local_id)
     FROM waitlist_places w";

/// Every place joined on this device, newest first.
pub fn all(conn: &Connection) -> Result<Vec<LocalWaitlistPlace>, StoreError> {
    let mut stmt = conn.prepare(&format!("{SELECT} ORDER BY w.local_id DESC"))?;
    let rows = stmt.query_map([], raw)?;
    rows.map(|row| parse(row?)).collect()
}

/// One place, if this device has it.
pub fn one(conn: &Connection, local_id: i64) -> Result<Option<LocalWaitlistPlace>, StoreError> {
    conn.query_row(&format!("{SELECT} WHERE w.local_id = ?1"), [local_id], raw)
        .optional()?
        .map(parse)
        .transpose()
}

type Raw = (
    i64,
    String,
    i64,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<i64>,
    Option<u32>,
);

fn raw(r: &Row<'_>) -> rusqlite::Result<Raw> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
        r.get(8)?,
    ))
}

fn read_json<T: serde::de::DeserializeOwned>(text: &str, what: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("kept waitlist {what}: {e}")))
}

fn parse(
    (local_id, request, created_at, reference, entry, error, accept, booking, attempts): Raw,
) -> Result<LocalWaitlistPlace, StoreError> {
    Ok(LocalWaitlistPlace {
        local_id,
        request: read_json(&request, "request")?,
        created_at: UnixMillis(created_at),
        delivery: outbox::delivery_state(
            reference,
            error.map(|e| read_json(&e, "refusal")).transpose()?,
            attempts,
        ),
        entry: entry.map(|e| read_json(&e, "entry")).transpose()?,
        accept: accept.map(|a| read_json(&a, "accept")).transpose()?,
        booking,
    })
}
