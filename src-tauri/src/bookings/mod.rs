//! Appointments on the device (issue 12): a booking, and each cancellation or move of it, is a
//! mutation like any other, saved with its outbox item in one transaction, so a resident can book
//! on a train out of signal and learn honestly, once it is sent, whether the place was theirs
//! (confirmed) or already taken (`slot_full`).
//!
//! All of a booking's items share one outbox resource (`booking/<local_id>`), so they go in the
//! order the resident made them. A change is queued before the booking has a reference or an
//! access token (both come with the city's answer to the booking), so [`BookingKind::prepare`]
//! fills them in when the change is sent.
//!
//! - [`queue`]: booking, cancelling and moving, joining a waitlist and taking its offer, each
//!   checked and queued.
//! - [`list`]: the resident's bookings with where each is on its way.
//! - [`waitlist`]: places on full slots' waitlists, their outbox kind, list and live state; a
//!   taken offer becomes a booking here.

pub mod list;
pub mod queue;
pub mod waitlist;

use madoguchi_domain::booking::{Booking, BookingReceipt};
use madoguchi_domain::{ApiError, BookingChange};
use rusqlite::{Connection, OptionalExtension as _, Transaction, params};

use crate::outbox::{self, OutboxItem, Prepared};
use crate::store::StoreError;

/// The server route a booking is sent to.
pub const BOOKINGS_PATH: &str = "api/v1/bookings";

/// Stands for the booking's reference in a queued change's path; replaced when it is sent.
const REFERENCE: &str = "{reference}";

/// Bookings as a kind of outbox item: the booking and its changes.
pub struct BookingKind;

impl outbox::Kind for BookingKind {
    fn name(&self) -> &'static str {
        "booking"
    }

    fn on_delivered(&self, tx: &Transaction<'_>, local_id: i64, response: &[u8]) -> Result<(), StoreError> {
        // The booking's answer carries its access token; a change's answer is the booking as it
        // now stands (cancelled, or at its new slot).
        if let Ok(receipt) = serde_json::from_slice::<BookingReceipt>(response) {
            let booking = to_json(&receipt.booking)?;
            tx.execute(
                "UPDATE bookings SET reference = ?2, access_token = ?3, booking = ?4, error = NULL
                 WHERE local_id = ?1",
                params![
                    local_id,
                    receipt.booking.reference.0,
                    receipt.access_token,
                    booking
                ],
            )?;
            return Ok(());
        }
        let booking: Booking = serde_json::from_slice(response)
            .map_err(|e| StoreError::Corrupt(format!("booking answer: {e}")))?;
        tx.execute(
            "UPDATE bookings SET booking = ?2, change = NULL WHERE local_id = ?1",
            params![local_id, to_json(&booking)?],
        )?;
        Ok(())
    }

    fn on_refused(&self, tx: &Transaction<'_>, local_id: i64, error: &ApiError) -> Result<(), StoreError> {
        let error_json = to_json(error)?;
        let confirmed: Option<String> = tx
            .query_row(
                "SELECT reference FROM bookings WHERE local_id = ?1",
                [local_id],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        if confirmed.is_none() {
            // The booking itself was refused (the place was taken while it waited): nobody holds
            // a place for the resident, which the list says in so many words.
            tx.execute(
                "UPDATE bookings SET error = ?2 WHERE local_id = ?1",
                params![local_id, error_json],
            )?;
            return Ok(());
        }
        // A change was refused (past the deadline, the new slot full): the booking stands as it
        // was. The refusal is kept on the change, and the item leaves the queue so the booking
        // can still be changed another way (a stopped item would hold up its resource for good).
        let mut change = read_change(tx, local_id)?.ok_or_else(|| {
            StoreError::Corrupt(format!("booking {local_id}: a change refused but none kept"))
        })?;
        change.refused = Some(error.clone());
        tx.execute(
            "UPDATE bookings SET change = ?2 WHERE local_id = ?1",
            params![local_id, to_json(&change)?],
        )?;
        tx.execute(
            "DELETE FROM outbox WHERE kind = 'booking' AND local_id = ?1 AND failed_code IS NOT NULL AND path != ?2",
            params![local_id, BOOKINGS_PATH],
        )?;
        Ok(())
    }

    fn on_resent(&self, tx: &Transaction<'_>, local_id: i64) -> Result<(), StoreError> {
        tx.execute("UPDATE bookings SET error = NULL WHERE local_id = ?1", [local_id])?;
        Ok(())
    }

    fn prepare(&self, conn: &Connection, item: &OutboxItem) -> Result<Prepared, StoreError> {
        if !item.path.contains(REFERENCE) {
            return Ok(Prepared {
                path: item.path.clone(),
                bearer: None,
            });
        }
        let (reference, token): (Option<String>, Option<String>) = conn.query_row(
            "SELECT reference, access_token FROM bookings WHERE local_id = ?1",
            [item.local_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        match (reference, token) {
            (Some(reference), Some(token)) => Ok(Prepared {
                path: item.path.replace(REFERENCE, &reference),
                bearer: Some(token),
            }),
            _ => Err(StoreError::Corrupt(format!(
                "booking {}: a change is due before the city confirmed the booking",
                item.local_id
            ))),
        }
    }
}

fn read_change(conn: &Connection, local_id: i64) -> Result<Option<BookingChange>, StoreError> {
    let change: Option<String> = conn
        .query_row(
            "SELECT change FROM bookings WHERE local_id = ?1",
            [local_id],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
    change
        .map(|c| serde_json::from_str(&c).map_err(|e| StoreError::Corrupt(format!("kept change: {e}"))))
        .transpose()
}

fn to_json(value: &impl serde::Serialize) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Corrupt(e.to_string()))
}
