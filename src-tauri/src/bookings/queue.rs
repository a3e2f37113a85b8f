//! Booking, cancelling and moving, joining a full slot's waitlist and taking the place it offers:
//! each saved on its row and queued in the outbox in one transaction ([`queue_on`]), before the UI
//! may say "sent". The city's answer is recorded by the row's kind ([`super::BookingKind`],
//! [`super::waitlist::WaitlistKind`]) in the transaction that ends the item.

use madoguchi_domain::LocaleTag;
use madoguchi_domain::booking::{BookingRequest, BookingRequestWithLocale, BookingStatus, WaitlistStatus};
use madoguchi_domain::{
    BookingAction, BookingChange, DeliveryState, IdempotencyKey, LocalBooking, LocalWaitlistPlace,
    UnixMillis, WaitlistAccept,
};
use rusqlite::{Connection, Transaction, params};

use super::waitlist::{self, WAITLIST_PATH, WaitlistKind};
use super::{BOOKINGS_PATH, BookingKind, REFERENCE, list, to_json};
use crate::outbox::{self, NewItem};
use crate::store::StoreError;

/// The row a queued item acts on; its items share one outbox resource, so they go in the order
/// the resident made them.
#[derive(Clone, Copy)]
enum Row {
    Booking(i64),
    Waitlist(i64),
}

/// Queues `path` with `body` for `row`, inside the transaction that changed the row.
fn queue_on(
    tx: &Transaction<'_>,
    row: Row,
    path: &str,
    body: String,
    key: &IdempotencyKey,
    now: UnixMillis,
) -> Result<(), StoreError> {
    let (resource, kind, local_id) = match row {
        Row::Booking(id) => (format!("booking/{id}"), &BookingKind as &dyn outbox::Kind, id),
        Row::Waitlist(id) => (format!("waitlist/{id}"), &WaitlistKind as &dyn outbox::Kind, id),
    };
    outbox::enqueue(
        tx,
        &NewItem {
            resource,
            kind,
            local_id,
            method: "POST",
            path,
            body,
            key: key.clone(),
            as_device: None,
            ends_principal: false,
        },
        now,
    )?;
    Ok(())
}

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
    locale: Option<LocaleTag>,
    key: &IdempotencyKey,
    now: UnixMillis,
) -> Result<LocalBooking, StoreError> {
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO bookings (request, created_at) VALUES (?1, ?2)",
        params![to_json(request)?, now.0],
    )?;
    let local_id = tx.last_insert_rowid();
    // What is sent also says the resident's language (the city's reminder mail).
    let sent = to_json(&BookingRequestWithLocale {
        request: request.clone(),
        locale,
    })?;
    queue_on(&tx, Row::Booking(local_id), BOOKINGS_PATH, sent, key, now)?;
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
    queue_on(&tx, Row::Booking(local_id), &path, body, key, now)?;
    tx.commit()?;
    Ok(list::one(conn, local_id)?.ok_or(ChangeRefusal::NotFound))
}

/// Why taking a waitlist offer cannot be queued.
#[derive(Debug, PartialEq, Eq)]
pub enum AcceptRefusal {
    /// No such place on this device.
    NotFound,
    /// As the city last answered, nothing is offered (still waiting, refused, booked, expired).
    NoOffer,
    /// Taking it already waits for the city's answer.
    AcceptWaiting,
}

/// Saves a place on `request`'s full slot's waitlist (its contact already checked) and queues
/// joining it.
pub fn join_waitlist(
    conn: &mut Connection,
    request: &BookingRequest,
    key: &IdempotencyKey,
    now: UnixMillis,
) -> Result<LocalWaitlistPlace, StoreError> {
    let tx = conn.transaction()?;
    let body = to_json(request)?;
    tx.execute(
        "INSERT INTO waitlist_places (request, created_at) VALUES (?1, ?2)",
        params![body, now.0],
    )?;
    let local_id = tx.last_insert_rowid();
    queue_on(&tx, Row::Waitlist(local_id), WAITLIST_PATH, body, key, now)?;
    tx.commit()?;
    waitlist::one(conn, local_id)?
        .ok_or_else(|| StoreError::Corrupt("a waitlist place just saved is gone".into()))
}

/// Queues taking the place offered to waitlist place `local_id` (offered as the city last said).
pub fn accept_offer(
    conn: &mut Connection,
    local_id: i64,
    key: &IdempotencyKey,
    now: UnixMillis,
) -> Result<Result<LocalWaitlistPlace, AcceptRefusal>, StoreError> {
    let Some(current) = waitlist::one(conn, local_id)? else {
        return Ok(Err(AcceptRefusal::NotFound));
    };
    if current.accept.as_ref().is_some_and(|a| a.refused.is_none()) {
        return Ok(Err(AcceptRefusal::AcceptWaiting));
    }
    let offered = current
        .entry
        .as_ref()
        .is_some_and(|e| e.status == WaitlistStatus::Offered);
    if !offered || current.booking.is_some() {
        return Ok(Err(AcceptRefusal::NoOffer));
    }
    let tx = conn.transaction()?;
    tx.execute(
        "UPDATE waitlist_places SET accept = ?2 WHERE local_id = ?1",
        params![local_id, to_json(&WaitlistAccept { refused: None })?],
    )?;
    // The route reads no body; `{}` is what the web pages send too.
    let path = format!("{WAITLIST_PATH}/{REFERENCE}/accept");
    queue_on(&tx, Row::Waitlist(local_id), &path, "{}".to_owned(), key, now)?;
    tx.commit()?;
    Ok(waitlist::one(conn, local_id)?.ok_or(AcceptRefusal::NotFound))
}
