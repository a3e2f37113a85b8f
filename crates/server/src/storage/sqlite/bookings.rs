//! SQLite side of booking.
//!
//! **Isolation:** every write runs on the one writer thread inside its `BEGIN IMMEDIATE`
//! transaction, which holds SQLite's write lock from its start: no other connection (in this
//! process or another, such as the CLI) writes between a statement and the next. The places are
//! still taken with the same conditional update as on PostgreSQL
//! (`UPDATE booking_cells SET booked = booked + 1 WHERE … AND booked < capacity`), so a slot's
//! capacity never depends on a count read earlier; a write that finds a cell full is rolled back
//! to its own savepoint, and nothing of it is kept.

use std::num::NonZeroU32;

use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::{AccountId, AuditEntry};
use madoguchi_domain::booking::{
    BookedBy, Booking, BookingConfig, BookingReceipt, BookingReference, BookingStatus, WaitlistEntry,
    WaitlistReceipt, WaitlistStatus,
};
use rusqlite::{Connection, OptionalExtension as _, params};

use super::idempotency;
use crate::storage::bookings::{
    Accepted, Booked, BookingChange, BookingChanged, CellStep, ChangeRequest, Joined, NewBooking, Occupancy,
    REMINDER_MAILS_PER_SWEEP, ReminderMail, SlotClaim, cell_steps, cells, reminder_notice,
};
use crate::storage::rows::{
    BOOKING_COLUMNS, BookingRow, WAITLIST_COLUMNS, WaitlistRow, booking_config_from_json,
    booking_config_json, booking_reference,
};
use crate::storage::{IdempotencyClaim, Respond, StoreError};

/// Runs `f` in a savepoint of the writer's transaction and keeps its writes only when `keep`
/// says the outcome is not a refusal.
fn atomically<T>(
    tx: &Connection,
    f: impl FnOnce(&Connection) -> Result<T, StoreError>,
    keep: impl Fn(&T) -> bool,
) -> Result<T, StoreError> {
    tx.execute_batch("SAVEPOINT booking")?;
    let result = f(tx);
    if matches!(&result, Ok(outcome) if keep(outcome)) {
        tx.execute_batch("RELEASE booking")?;
    } else {
        tx.execute_batch("ROLLBACK TO booking; RELEASE booking")?;
    }
    result
}

pub(super) fn replace_config(
    tx: &Connection,
    config: &BookingConfig,
    at: UnixMillis,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO booking_config (id, config, imported_at) VALUES (1, ?1, ?2)
         ON CONFLICT (id) DO UPDATE SET config = excluded.config, imported_at = excluded.imported_at",
        params![booking_config_json(config)?, at.0],
    )?;
    for counter in &config.counters {
        tx.execute(
            "UPDATE booking_cells SET capacity = ?1 WHERE counter_id = ?2",
            params![counter.capacity, counter.id],
        )?;
    }
    Ok(())
}

pub(super) fn config(conn: &mut Connection) -> Result<Option<BookingConfig>, StoreError> {
    conn.query_row("SELECT config FROM booking_config WHERE id = 1", [], |r| {
        r.get::<_, String>(0)
    })
    .optional()?
    .map(|json| booking_config_from_json(&json))
    .transpose()
}

pub(super) fn occupancy(
    conn: &mut Connection,
    from: UnixMillis,
    until: UnixMillis,
) -> Result<Occupancy, StoreError> {
    Ok(conn
        .prepare_cached(
            "SELECT counter_id, starts_at, booked FROM booking_cells
             WHERE starts_at >= ?1 AND starts_at < ?2 AND booked > 0",
        )?
        .query_map([from.0, until.0], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?)
}

/// Takes a place in each cell, in order; `false` (with the earlier ones taken: the caller rolls
/// back) when one is full. A cell nobody used yet is created with the counter's capacity first.
fn take_cells(tx: &Connection, steps: &[CellStep]) -> Result<bool, StoreError> {
    let mut create = tx.prepare_cached(
        "INSERT INTO booking_cells (counter_id, starts_at, capacity, booked) VALUES (?1, ?2, ?3, 0)
         ON CONFLICT (counter_id, starts_at) DO NOTHING",
    )?;
    let mut take = tx.prepare_cached(
        "UPDATE booking_cells SET booked = booked + 1
         WHERE counter_id = ?1 AND starts_at = ?2 AND booked < capacity",
    )?;
    let mut free = tx.prepare_cached(
        "UPDATE booking_cells SET booked = booked - 1 WHERE counter_id = ?1 AND starts_at = ?2 AND booked > 0",
    )?;
    for step in steps {
        if step.take {
            create.execute(params![step.counter, step.at, step.capacity])?;
            if take.execute(params![step.counter, step.at])? != 1 {
                return Ok(false);
            }
        } else {
            free.execute(params![step.counter, step.at])?;
        }
    }
    Ok(true)
}

fn free_cells(tx: &Connection, counter: &str, occupies: (i64, i64)) -> Result<(), StoreError> {
    let steps = cell_steps(
        None,
        Some((counter, (UnixMillis(occupies.0), UnixMillis(occupies.1)))),
    );
    take_cells(tx, &steps).map(|_| ())
}

/// Passes freed places at `counter` over `[from, until)` on: offers that lapsed by `now` free
/// their places, then the waiting entries of slots overlapping that time are offered one, in the
/// order they joined, each offer holding its cells like a booking.
fn pass_on(
    tx: &Connection,
    counter: &str,
    (mut from, mut until): (i64, i64),
    now: UnixMillis,
    offer_minutes: NonZeroU32,
) -> Result<usize, StoreError> {
    let lapsed: Vec<(i64, i64, i64)> = tx
        .prepare_cached(
            "SELECT id, occupies_from, occupies_until FROM waitlist
             WHERE counter_id = ?1 AND status = 'offered' AND expires_at <= ?2
               AND occupies_from < ?3 AND occupies_until > ?4",
        )?
        .query_map(params![counter, now.0, until, from], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<Result<_, _>>()?;
    for (id, start, end) in &lapsed {
        free_cells(tx, counter, (*start, *end))?;
        tx.execute(
            "UPDATE waitlist SET status = 'expired', finished_at = ?1 WHERE id = ?2",
            params![now.0, id],
        )?;
        (from, until) = (from.min(*start), until.max(*end));
    }
    let waiting: Vec<(i64, i64, i64, u16)> = tx
        .prepare_cached(
            "SELECT id, occupies_from, occupies_until, capacity FROM waitlist
             WHERE counter_id = ?1 AND status = 'waiting' AND starts_at > ?2
               AND occupies_from < ?3 AND occupies_until > ?4
             ORDER BY since, id",
        )?
        .query_map(params![counter, now.0, until, from], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<Result<_, _>>()?;
    let expires_at = now.plus_millis(i64::from(offer_minutes.get()) * 60_000);
    for (id, start, end, capacity) in waiting {
        let steps: Vec<CellStep> = cells(start, end)
            .into_iter()
            .map(|at| CellStep {
                counter: counter.to_owned(),
                at,
                take: true,
                capacity,
            })
            .collect();
        let offered = atomically(tx, |tx| take_cells(tx, &steps), |taken| *taken)?;
        if offered {
            tx.execute(
                "UPDATE waitlist SET status = 'offered', expires_at = ?1 WHERE id = ?2",
                params![expires_at.0, id],
            )?;
        }
    }
    Ok(lapsed.len())
}

/// Inserts the booking's row and its first history entry; returns its id and reference.
fn insert_booking(
    tx: &Connection,
    booking: &NewBooking,
    at: UnixMillis,
) -> Result<(i64, BookingReference), StoreError> {
    let slot = &booking.slot;
    // The reference is made from the row's id; the placeholder is unique until it is replaced.
    tx.execute(
        "INSERT INTO bookings (reference, service_id, counter_id, day, starts_at, ends_at, occupies_from,
             occupies_until, change_deadline, status, booked_by, contact_name, contact_phone, contact_email,
             access_token_sha256, created_at, account_id, locale)
         VALUES ('pending:' || ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'confirmed', ?10, ?11, ?12, ?13, ?1, ?14,
             (SELECT id FROM accounts WHERE id = ?15), ?16)",
        params![
            booking.access_token_sha256,
            slot.service,
            slot.counter,
            slot.date,
            slot.starts_at.0,
            slot.ends_at.0,
            slot.occupies.0.0,
            slot.occupies.1.0,
            slot.change_deadline.0,
            booking.booked_by.as_str(),
            booking.contact.name,
            booking.contact.phone,
            booking.contact.email,
            at.0,
            booking.account.as_ref().map(|a| a.0.as_str()),
            booking.locale.as_str()
        ],
    )?;
    let id = tx.last_insert_rowid();
    let reference = booking_reference(&booking.reference_prefix, id);
    tx.execute(
        "UPDATE bookings SET reference = ?1 WHERE id = ?2",
        params![reference.0, id],
    )?;
    if let Some(entry) = &booking.audit {
        // The account actually linked (the clerk's address may have matched one deleted since).
        let linked: Option<String> =
            tx.query_row("SELECT account_id FROM bookings WHERE id = ?1", [id], |r| {
                r.get(0)
            })?;
        let entry = AuditEntry {
            resident: linked.map(AccountId),
            subject: reference.0.clone(),
            ..entry.clone()
        };
        super::audit::append(tx, &entry)?;
    }
    append_event(
        tx,
        id,
        "booked",
        booking.booked_by,
        at,
        &slot.counter,
        slot.starts_at,
    )?;
    Ok((id, reference))
}

fn append_event(
    tx: &Connection,
    booking_id: i64,
    action: &str,
    actor: BookedBy,
    at: UnixMillis,
    counter: &str,
    starts_at: UnixMillis,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO booking_events (booking_id, position, action, actor, at, counter_id, starts_at)
         VALUES (?1, (SELECT count(*) FROM booking_events WHERE booking_id = ?1), ?2, ?3, ?4, ?5, ?6)",
        params![booking_id, action, actor.as_str(), at.0, counter, starts_at.0],
    )?;
    Ok(())
}

pub(super) fn book(
    tx: &Connection,
    booking: &NewBooking,
    claim: &IdempotencyClaim,
    respond: Respond<BookingReceipt>,
) -> Result<Booked, StoreError> {
    let slot = &booking.slot;
    atomically(
        tx,
        |tx| {
            // An offer on this slot that lapsed goes to the next in line before anyone else.
            let occupies = (slot.occupies.0.0, slot.occupies.1.0);
            pass_on(tx, &slot.counter, occupies, claim.at, booking.offer_minutes)?;
            if !take_cells(tx, &cell_steps(Some(slot), None))? {
                return Ok(Booked::Full);
            }
            let (id, _) = insert_booking(tx, booking, claim.at)?;
            let receipt = BookingReceipt {
                booking: read_one(tx, id)?,
                access_token: booking.access_token.clone(),
            };
            idempotency::finish_with_write(tx, claim, &respond(&receipt))?;
            Ok(Booked::Booked(Box::new(receipt)))
        },
        |outcome| matches!(outcome, Booked::Booked(_)),
    )
}

fn read_one(conn: &Connection, id: i64) -> Result<Booking, StoreError> {
    let row = conn.query_row(
        &format!("SELECT {BOOKING_COLUMNS} FROM bookings WHERE id = ?1"),
        [id],
        booking_row,
    )?;
    row.assemble()
}

fn booking_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<BookingRow> {
    Ok(BookingRow {
        reference: r.get(0)?,
        service: r.get(1)?,
        counter: r.get(2)?,
        day: r.get(3)?,
        starts_at: r.get(4)?,
        ends_at: r.get(5)?,
        status: r.get(6)?,
        booked_by: r.get(7)?,
        name: r.get(8)?,
        phone: r.get(9)?,
        email: r.get(10)?,
        change_deadline: r.get(11)?,
    })
}

pub(super) fn find(
    conn: &mut Connection,
    reference: &BookingReference,
) -> Result<Option<(Booking, String)>, StoreError> {
    let found = conn
        .query_row(
            "SELECT id, access_token_sha256 FROM bookings WHERE reference = ?1",
            [&reference.0],
            |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)),
        )
        .optional()?;
    found
        .map(|(id, hash)| Ok((read_one(conn, id)?, hash)))
        .transpose()
}

pub(super) fn between(
    conn: &mut Connection,
    from: UnixMillis,
    until: UnixMillis,
) -> Result<Vec<Booking>, StoreError> {
    let rows: Vec<BookingRow> = conn
        .prepare(&format!(
            "SELECT {BOOKING_COLUMNS} FROM bookings WHERE starts_at >= ?1 AND starts_at < ?2
             ORDER BY starts_at, counter_id, id"
        ))?
        .query_map([from.0, until.0], booking_row)?
        .collect::<Result<_, _>>()?;
    rows.into_iter().map(BookingRow::assemble).collect()
}

pub(super) fn change(
    tx: &Connection,
    reference: &BookingReference,
    request: &ChangeRequest,
    claim: &IdempotencyClaim,
    respond: Respond<Booking>,
) -> Result<BookingChanged, StoreError> {
    atomically(
        tx,
        |tx| {
            let found = tx
                .query_row(
                    "SELECT id, status, change_deadline, counter_id, occupies_from, occupies_until
                     FROM bookings WHERE reference = ?1",
                    [&reference.0],
                    |r| {
                        Ok((
                            r.get::<_, i64>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, i64>(2)?,
                            r.get::<_, String>(3)?,
                            (r.get::<_, i64>(4)?, r.get::<_, i64>(5)?),
                        ))
                    },
                )
                .optional()?;
            let Some((id, status, deadline, counter, occupies)) = found else {
                return Ok(BookingChanged::NotFound);
            };
            if BookingStatus::parse(&status) != Some(BookingStatus::Confirmed) {
                return Ok(BookingChanged::NotActive);
            }
            if request.change.before_deadline_only() && request.at.0 >= deadline {
                return Ok(BookingChanged::DeadlinePassed);
            }
            let old = (counter.as_str(), (UnixMillis(occupies.0), UnixMillis(occupies.1)));
            let (status, slot) = match &request.change {
                BookingChange::Cancel => {
                    take_cells(tx, &cell_steps(None, Some(old)))?;
                    (BookingStatus::Cancelled, None)
                }
                BookingChange::Reschedule(new) => {
                    if !take_cells(tx, &cell_steps(Some(new), Some(old)))? {
                        return Ok(BookingChanged::Full);
                    }
                    move_booking(tx, id, new)?;
                    (BookingStatus::Confirmed, Some(new))
                }
                BookingChange::CheckIn => (BookingStatus::CheckedIn, None),
                BookingChange::NoShow => (BookingStatus::NoShow, None),
            };
            tx.execute(
                "UPDATE bookings SET status = ?1 WHERE id = ?2",
                params![status.as_str(), id],
            )?;
            if matches!(
                request.change,
                BookingChange::Cancel | BookingChange::Reschedule(_)
            ) {
                pass_on(tx, &counter, occupies, request.at, request.offer_minutes)?;
            }
            let booking = read_one(tx, id)?;
            let at_slot = slot.map_or((booking.counter.clone(), booking.starts_at.0), |s| {
                (s.counter.clone(), s.starts_at)
            });
            append_event(
                tx,
                id,
                request.change.action(),
                request.actor,
                request.at,
                &at_slot.0,
                at_slot.1,
            )?;
            idempotency::finish_with_write(tx, claim, &respond(&booking))?;
            Ok(BookingChanged::Changed(booking))
        },
        |outcome| matches!(outcome, BookingChanged::Changed(_)),
    )
}

fn move_booking(tx: &Connection, id: i64, to: &SlotClaim) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE bookings SET counter_id = ?1, day = ?2, starts_at = ?3, ends_at = ?4, occupies_from = ?5,
             occupies_until = ?6, change_deadline = ?7
         WHERE id = ?8",
        params![
            to.counter,
            to.date,
            to.starts_at.0,
            to.ends_at.0,
            to.occupies.0.0,
            to.occupies.1.0,
            to.change_deadline.0,
            id
        ],
    )?;
    Ok(())
}

pub(super) fn join(
    tx: &Connection,
    entry: &NewBooking,
    claim: &IdempotencyClaim,
    respond: Respond<WaitlistReceipt>,
) -> Result<Joined, StoreError> {
    let slot = &entry.slot;
    let occupies = (slot.occupies.0.0, slot.occupies.1.0);
    atomically(
        tx,
        |tx| {
            pass_on(tx, &slot.counter, occupies, claim.at, entry.offer_minutes)?;
            let full: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM booking_cells WHERE counter_id = ?1 AND starts_at >= ?2
                     AND starts_at < ?3 AND booked >= capacity)",
                params![slot.counter, occupies.0, occupies.1],
                |r| r.get(0),
            )?;
            if !full {
                return Ok(Joined::SlotAvailable);
            }
            tx.execute(
                "INSERT INTO waitlist (reference, service_id, counter_id, day, starts_at, ends_at, occupies_from,
                     occupies_until, capacity, status, contact_name, contact_phone, contact_email,
                     access_token_sha256, since, account_id)
                 VALUES ('pending:' || ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?13, 'waiting', ?9, ?10, ?11, ?1, ?12,
                     (SELECT id FROM accounts WHERE id = ?14))",
                params![
                    entry.access_token_sha256,
                    slot.service,
                    slot.counter,
                    slot.date,
                    slot.starts_at.0,
                    slot.ends_at.0,
                    occupies.0,
                    occupies.1,
                    entry.contact.name,
                    entry.contact.phone,
                    entry.contact.email,
                    claim.at.0,
                    slot.capacity,
                    entry.account.as_ref().map(|a| a.0.as_str())
                ],
            )?;
            let id = tx.last_insert_rowid();
            let reference = booking_reference(&entry.reference_prefix, id);
            tx.execute(
                "UPDATE waitlist SET reference = ?1 WHERE id = ?2",
                params![reference.0, id],
            )?;
            // As on PostgreSQL (where a place may free up meanwhile): nobody waits behind a free place.
            pass_on(tx, &slot.counter, occupies, claim.at, entry.offer_minutes)?;
            let receipt = WaitlistReceipt {
                entry: read_entry(tx, id)?,
                access_token: entry.access_token.clone(),
            };
            idempotency::finish_with_write(tx, claim, &respond(&receipt))?;
            Ok(Joined::Joined(receipt))
        },
        |outcome| matches!(outcome, Joined::Joined(_)),
    )
}

fn read_entry(conn: &Connection, id: i64) -> Result<WaitlistEntry, StoreError> {
    conn.query_row(
        &format!("SELECT {WAITLIST_COLUMNS} FROM waitlist w LEFT JOIN bookings b ON b.id = w.booking_id WHERE w.id = ?1"),
        [id],
        |r| {
            Ok(WaitlistRow {
                reference: r.get(0)?,
                service: r.get(1)?,
                counter: r.get(2)?,
                starts_at: r.get(3)?,
                status: r.get(4)?,
                expires_at: r.get(5)?,
                booking: r.get(6)?,
            })
        },
    )?
    .assemble()
}

pub(super) fn waitlist_entry(
    conn: &mut Connection,
    reference: &BookingReference,
) -> Result<Option<(WaitlistEntry, String)>, StoreError> {
    let found = conn
        .query_row(
            "SELECT id, access_token_sha256 FROM waitlist WHERE reference = ?1",
            [&reference.0],
            |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)),
        )
        .optional()?;
    found
        .map(|(id, hash)| Ok((read_entry(conn, id)?, hash)))
        .transpose()
}

pub(super) fn accept(
    tx: &Connection,
    reference: &BookingReference,
    booking: &NewBooking,
    claim: &IdempotencyClaim,
    respond: Respond<BookingReceipt>,
) -> Result<Accepted, StoreError> {
    atomically(
        tx,
        |tx| {
            let found = tx
                .query_row(
                    "SELECT id, status, expires_at, counter_id, occupies_from, occupies_until, contact_name,
                         contact_phone, contact_email, account_id
                     FROM waitlist WHERE reference = ?1",
                    [&reference.0],
                    |r| {
                        Ok((
                            r.get::<_, i64>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, Option<i64>>(2)?,
                            r.get::<_, String>(3)?,
                            (r.get::<_, i64>(4)?, r.get::<_, i64>(5)?),
                            (r.get(6)?, r.get(7)?, r.get(8)?),
                            r.get::<_, Option<String>>(9)?,
                        ))
                    },
                )
                .optional()?;
            let Some((id, status, expires_at, counter, occupies, (name, phone, email), account)) = found
            else {
                return Ok(Accepted::NotFound);
            };
            if WaitlistStatus::parse(&status) != Some(WaitlistStatus::Offered) {
                return Ok(Accepted::NoOffer);
            }
            if expires_at.is_none_or(|at| claim.at.0 >= at) {
                // Lapsed: expiring it (and passing the place on) is kept though the answer is no.
                pass_on(tx, &counter, occupies, claim.at, booking.offer_minutes)?;
                return Ok(Accepted::Expired);
            }
            // The offer holds the slot's cells already: they become the booking's, and the place's
            // contact and account (reminders) its own.
            let mut from_entry = booking.clone();
            from_entry.contact = madoguchi_domain::booking::BookingContact { name, phone, email };
            from_entry.account = account.map(AccountId);
            let (booking_id, _) = insert_booking(tx, &from_entry, claim.at)?;
            tx.execute(
                "UPDATE waitlist SET status = 'booked', finished_at = ?1, booking_id = ?2 WHERE id = ?3",
                params![claim.at.0, booking_id, id],
            )?;
            let receipt = BookingReceipt {
                booking: read_one(tx, booking_id)?,
                access_token: booking.access_token.clone(),
            };
            idempotency::finish_with_write(tx, claim, &respond(&receipt))?;
            Ok(Accepted::Booked(Box::new(receipt)))
        },
        |outcome| matches!(outcome, Accepted::Booked(_) | Accepted::Expired),
    )
}

pub(super) fn sweep(
    tx: &Connection,
    now: UnixMillis,
    offer_minutes: NonZeroU32,
) -> Result<usize, StoreError> {
    let lapsed: Vec<(String, i64, i64)> = tx
        .prepare(
            "SELECT DISTINCT counter_id, occupies_from, occupies_until FROM waitlist
             WHERE status = 'offered' AND expires_at <= ?1",
        )?
        .query_map([now.0], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let mut expired = 0;
    for (counter, from, until) in lapsed {
        expired += pass_on(tx, &counter, (from, until), now, offer_minutes)?;
    }
    Ok(expired)
}

/// Writes the reminders due for visits starting in `[from, until)` (see
/// `BookingStore::remind_bookings`). The writer's one transaction holds SQLite's write lock from
/// its start, so the bookings read here are the ones marked: no other write (a cancellation, a
/// second sweep in another process) comes between.
pub(super) fn remind(
    tx: &Connection,
    (from, until): (UnixMillis, UnixMillis),
    now: UnixMillis,
) -> Result<usize, StoreError> {
    let due: Vec<(i64, String, String, String, String, i64)> = tx
        .prepare_cached(
            "SELECT id, reference, account_id, service_id, counter_id, starts_at FROM bookings
             WHERE starts_at >= ?1 AND starts_at < ?2 AND status = 'confirmed' AND account_id IS NOT NULL
               AND reminded_for IS NOT starts_at
             ORDER BY starts_at, id",
        )?
        .query_map([from.0, until.0], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
        })?
        .collect::<Result<_, _>>()?;
    for (id, reference, account, service, counter, starts_at) in &due {
        tx.execute("UPDATE bookings SET reminded_for = starts_at WHERE id = ?1", [id])?;
        let notice = reminder_notice(reference, service, counter, *starts_at, now);
        super::notices::append_event(tx, Some(&AccountId(account.clone())), &notice, now)?;
    }
    Ok(due.len())
}

/// Claims the reminder mails due (see `BookingStore::claim_reminder_mails`): one `UPDATE …
/// RETURNING` on the one writer, so what it reads is what it marks.
pub(super) fn claim_mails(
    tx: &Connection,
    (from, until): (UnixMillis, UnixMillis),
    now: UnixMillis,
    claimed_until: UnixMillis,
) -> Result<Vec<ReminderMail>, StoreError> {
    let mut claimed: Vec<ReminderMail> = tx
        .prepare_cached(
            "UPDATE bookings SET mail_claimed_until = ?4
             WHERE id IN (SELECT id FROM bookings
                          WHERE starts_at >= ?1 AND starts_at < ?2 AND status = 'confirmed'
                            AND account_id IS NULL AND contact_email IS NOT NULL
                            AND mailed_for IS NOT starts_at
                            AND (mail_claimed_until IS NULL OR mail_claimed_until <= ?3)
                          ORDER BY starts_at, id LIMIT ?5)
             RETURNING reference, service_id, counter_id, starts_at, contact_email, locale",
        )?
        .query_map(
            params![from.0, until.0, now.0, claimed_until.0, REMINDER_MAILS_PER_SWEEP],
            |r| {
                Ok(ReminderMail {
                    reference: BookingReference(r.get(0)?),
                    service: r.get(1)?,
                    counter: r.get(2)?,
                    starts_at: UnixMillis(r.get(3)?),
                    email: r.get(4)?,
                    locale: r.get(5)?,
                    claimed_until,
                })
            },
        )?
        .collect::<Result<_, _>>()?;
    claimed.sort_by_key(|m| m.starts_at);
    Ok(claimed)
}

/// Marks a claimed mail sent about its visit start; ends the claim if it is still this sweep's.
pub(super) fn mail_sent(tx: &Connection, mail: &ReminderMail) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE bookings SET mailed_for = ?2,
             mail_claimed_until = CASE WHEN mail_claimed_until = ?3 THEN NULL ELSE mail_claimed_until END
         WHERE reference = ?1",
        params![mail.reference.0, mail.starts_at.0, mail.claimed_until.0],
    )?;
    Ok(())
}

/// Gives a claim back after a failed send (if it is still this sweep's).
pub(super) fn release_mail(tx: &Connection, mail: &ReminderMail) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE bookings SET mail_claimed_until = NULL WHERE reference = ?1 AND mail_claimed_until = ?2",
        params![mail.reference.0, mail.claimed_until.0],
    )?;
    Ok(())
}
