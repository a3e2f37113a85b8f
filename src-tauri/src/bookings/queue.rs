//! Booking, cancelling and moving: each saved on the booking's row and queued in the outbox in one
//! transaction, before the UI may say "sent". The city's answer is recorded by
//! [`super::BookingKind`] in the transaction that ends the item.

use madoguchi_domain::booking::{BookingRequest, BookingStatus};
use madoguchi_domain::{
    BookingAction, BookingChange, DeliveryState, IdempotencyKey, LocalBooking, UnixMillis,
};
use rusqlite::{Connection, params};

use super::{BOOKINGS_PATH, BookingKind, REFERENCE, list, to_json};
use crate::outbox::{self, NewItem};
use crate::store::StoreError;

/// Why a change cannot be queued.
#[derive(Debug, PartialEq, Eq)]
pub enum ChangeRefusal {
    /// No such booking on this device.
    NotFound,
    /// The city refused the booking itself, or it is cancelled: there is nothing to change.
    NotActive,
    /// A change already waits for the city's answer.
    ChangeWaiting,
}

/// Saves a booking request (its contact already checked) and queues it.
pub fn book(
    conn: &mut Connection,
    request: &BookingRequest,
    key: &IdempotencyKey,
    now: UnixMillis,
) -> Result<LocalBooking, StoreError> {
    let tx = conn.transaction()?;
    let body = to_json(request)?;
    tx.execute(
        "INSERT INTO bookings (request, created_at) VALUES (?1, ?2)",
        params![body, now.0],
    )?;
    let local_id = tx.last_insert_rowid();
    outbox::enqueue(
        &tx,
        &NewItem {
            resource: format!("booking/{local_id}"),
            kind: &BookingKind,
            local_id,
            method: "POST",
            path: BOOKINGS_PATH,
            body,
            key: key.clone(),
        },
        now,
    )?;
    tx.commit()?;
    list::one(conn, local_id)?.ok_or_else(|| StoreError::Corrupt("a booking just saved is gone".into()))
}

/// Queues a cancellation or a move of booking `local_id`, behind the booking if it still waits.
pub fn change(
    conn: &mut Connection,
    local_id: i64,
    action: BookingAction,
    key: &IdempotencyKey,
    now: UnixMillis,
) -> Result<Result<LocalBooking, ChangeRefusal>, StoreError> {
    let Some(current) = list::one(conn, local_id)? else {
        return Ok(Err(ChangeRefusal::NotFound));
    };
    let refused = matches!(current.delivery, DeliveryState::Failed { .. });
    let cancelled = current
        .booking
        .as_ref()
        .is_some_and(|b| b.status != BookingStatus::Confirmed);
    if refused || cancelled {
        return Ok(Err(ChangeRefusal::NotActive));
    }
    if current.change.as_ref().is_some_and(|c| c.refused.is_none()) {
        return Ok(Err(ChangeRefusal::ChangeWaiting));
    }
    let (path, body) = match &action {
        BookingAction::Cancel => (format!("{BOOKINGS_PATH}/{REFERENCE}/cancel"), "{}".to_owned()),
        BookingAction::Reschedule(to) => (format!("{BOOKINGS_PATH}/{REFERENCE}/reschedule"), to_json(to)?),
    };
    let tx = conn.transaction()?;
    let change = BookingChange {
        action,
        refused: None,
    };
    tx.execute(
        "UPDATE bookings SET change = ?2 WHERE local_id = ?1",
        params![local_id, to_json(&change)?],
    )?;
    outbox::enqueue(
        &tx,
        &NewItem {
            resource: format!("booking/{local_id}"),
            kind: &BookingKind,
            local_id,
            method: "POST",
            path: &path,
            body,
            key: key.clone(),
        },
        now,
    )?;
    tx.commit()?;
    Ok(list::one(conn, local_id)?.ok_or(ChangeRefusal::NotFound))
}
