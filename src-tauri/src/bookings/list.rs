//! The resident's bookings on this device, newest first, each with where it is on its way: the
//! same delivery states as every outbox kind, plus the city's latest word and a change in progress.

use madoguchi_domain::booking::{Booking, BookingRequest};
use madoguchi_domain::{ApiError, BookingChange, LocalBooking, UnixMillis};
use rusqlite::{Connection, OptionalExtension as _, Row};

use crate::outbox;
use crate::store::StoreError;

const SELECT: &str = "SELECT b.local_id, b.request, b.created_at, b.reference, b.booking, b.error, b.change,
        (SELECT max(o.attempts) FROM outbox o WHERE o.kind = 'booking' AND o.local_id = b.local_id)
     FROM bookings b";

/// Every booking made on this device, newest first.
pub fn all(conn: &Connection) -> Result<Vec<LocalBooking>, StoreError> {
    let mut stmt = conn.prepare(&format!("{SELECT} ORDER BY b.local_id DESC"))?;
    let rows = stmt.query_map([], raw)?;
    rows.map(|row| parse(row?)).collect()
}

/// One booking, if this device has it.
pub fn one(conn: &Connection, local_id: i64) -> Result<Option<LocalBooking>, StoreError> {
    conn.query_row(&format!("{SELECT} WHERE b.local_id = ?1"), [local_id], raw)
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
    ))
}

fn parse(
    (local_id, request, created_at, reference, booking, error, change, attempts): Raw,
) -> Result<LocalBooking, StoreError> {
    let corrupt = |what: &str, e: serde_json::Error| StoreError::Corrupt(format!("kept booking {what}: {e}"));
    let request: BookingRequest = serde_json::from_str(&request).map_err(|e| corrupt("request", e))?;
    let booking: Option<Booking> = booking
        .map(|b| serde_json::from_str(&b).map_err(|e| corrupt("answer", e)))
        .transpose()?;
    let refusal: Option<ApiError> = error
        .map(|e| serde_json::from_str(&e).map_err(|e| corrupt("refusal", e)))
        .transpose()?;
    let change: Option<BookingChange> = change
        .map(|c| serde_json::from_str(&c).map_err(|e| corrupt("change", e)))
        .transpose()?;
    Ok(LocalBooking {
        local_id,
        request,
        created_at: UnixMillis(created_at),
        delivery: outbox::delivery_state(reference, refusal, attempts),
        booking,
        change,
    })
}
