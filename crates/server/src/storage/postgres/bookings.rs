//! PostgreSQL side of booking, safe with any number of instances on one database.
//!
//! **Isolation and locking** (READ COMMITTED, every write one transaction):
//! - A place is taken by `UPDATE booking_cells SET booked = booked + 1 WHERE … AND booked <
//!   capacity`. Concurrent updates of one cell queue on its row lock; each, once the one before it
//!   commits, re-checks its `WHERE` against the row as committed (PostgreSQL's re-evaluation of an
//!   updated row under READ COMMITTED), so at most `capacity` of them match and the others update
//!   nothing: the slot is full and the transaction is rolled back. A cell used for the first time
//!   is created by `INSERT … ON CONFLICT DO NOTHING` just before (a concurrent creator waits and
//!   does nothing).
//! - Every transaction takes and frees cells in ascending (counter, start) order
//!   ([`cell_steps`]), so bookings and reschedules never wait on each other in a cycle. (A freed
//!   place offered to a waitlist of another service's slot may lock a lower cell afterwards; in
//!   that rare case PostgreSQL's deadlock detection aborts one transaction, which answers 503 and
//!   is retried by the client, with nothing half-done.)
//! - A change locks the booking's row (`SELECT … FOR UPDATE`) before judging its status and
//!   deadline, so a cancellation and a reschedule of one booking run one after the other.
//! - Waitlist rows are locked (`FOR UPDATE`) when offered, expired or accepted; a concurrent
//!   transaction re-checks their status after the lock and skips one no longer waiting, so a place
//!   is offered once.
//! - Reminders lock the due bookings' rows (`FOR UPDATE`, in id order) and mark them in the
//!   transaction that writes the notices: see [`remind`].

use std::num::NonZeroU32;

use deadpool_postgres::{GenericClient, Object, Transaction};
use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::{AccountId, AuditEntry};
use madoguchi_domain::booking::{
    BookedBy, Booking, BookingConfig, BookingContact, BookingReceipt, BookingReference, BookingStatus,
    WaitlistEntry, WaitlistReceipt, WaitlistStatus,
};

use super::idempotency;
use crate::storage::bookings::{
    Accepted, Booked, BookingChange, BookingChanged, CellStep, ChangeRequest, Joined, NewBooking, Occupancy,
    REMINDER_MAILS_PER_SWEEP, ReminderMail, SlotClaim, cell_steps, cells, reminder_notice,
};
use crate::storage::notices::EVENTS_LOCK;
use crate::storage::rows::{
    BOOKING_COLUMNS, BookingRow, WAITLIST_COLUMNS, WaitlistRow, booking_config_from_json,
    booking_config_json, booking_reference,
};
use crate::storage::{IdempotencyClaim, Respond, StoreError};

/// Imports take turns (an advisory lock); readers see the old file or the new one.
const CONFIG_LOCK: i64 = 0x626f_6f6b_696e_6721;

pub(super) async fn replace_config(
    client: &mut Object,
    config: &BookingConfig,
    at: UnixMillis,
) -> Result<(), StoreError> {
    let tx = super::locked(client, CONFIG_LOCK).await?;
    tx.execute(
        "INSERT INTO booking_config (id, config, imported_at) VALUES (1, $1, $2)
         ON CONFLICT (id) DO UPDATE SET config = excluded.config, imported_at = excluded.imported_at",
        &[&booking_config_json(config)?, &at.0],
    )
    .await?;
    for counter in &config.counters {
        tx.execute(
            "UPDATE booking_cells SET capacity = $1 WHERE counter_id = $2",
            &[&i64::from(counter.capacity), &counter.id],
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

pub(super) async fn config(client: &Object) -> Result<Option<BookingConfig>, StoreError> {
    client
        .query_opt("SELECT config FROM booking_config WHERE id = 1", &[])
        .await?
        .map(|row| booking_config_from_json(&row.get::<_, String>(0)))
        .transpose()
}

pub(super) async fn occupancy(
    client: &Object,
    from: UnixMillis,
    until: UnixMillis,
) -> Result<Occupancy, StoreError> {
    let statement = client
        .prepare_cached(
            "SELECT counter_id, starts_at, booked FROM booking_cells
             WHERE starts_at >= $1 AND starts_at < $2 AND booked > 0",
        )
        .await?;
    Ok(client
        .query(&statement, &[&from.0, &until.0])
        .await?
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect())
}

/// Takes a place in each cell, in order; `false` when one is full (the caller drops the
/// transaction, so the cells taken before are given back).
///
/// Each run of steps at one counter that all take (or all free) is three statements whatever its
/// length: create the cells nobody used yet, lock them in ascending order (`ORDER BY … FOR
/// UPDATE`, so the order `cell_steps` promises holds within a run too) reading whether each has a
/// place, then change them all. A 30-minute visit was twelve round trips, each holding the locks
/// taken before it.
async fn take_cells(tx: &Transaction<'_>, steps: &[CellStep]) -> Result<bool, StoreError> {
    let create = tx
        .prepare_cached(
            "INSERT INTO booking_cells (counter_id, starts_at, capacity, booked)
             SELECT $1, at, $3, 0 FROM unnest($2::BIGINT[]) AS at
             ON CONFLICT (counter_id, starts_at) DO NOTHING",
        )
        .await?;
    let lock = tx
        .prepare_cached(
            "SELECT booked < capacity FROM booking_cells WHERE counter_id = $1 AND starts_at = ANY($2)
             ORDER BY starts_at FOR UPDATE",
        )
        .await?;
    let take = tx
        .prepare_cached(
            "UPDATE booking_cells SET booked = booked + 1 WHERE counter_id = $1 AND starts_at = ANY($2)",
        )
        .await?;
    let free = tx
        .prepare_cached(
            "UPDATE booking_cells SET booked = booked - 1
             WHERE counter_id = $1 AND starts_at = ANY($2) AND booked > 0",
        )
        .await?;
    for run in steps.chunk_by(|a, b| a.counter == b.counter && a.take == b.take) {
        let counter = &run[0].counter;
        let cells: Vec<i64> = run.iter().map(|step| step.at).collect();
        if run[0].take {
            tx.execute(&create, &[counter, &cells, &i64::from(run[0].capacity)])
                .await?;
            let open = tx.query(&lock, &[counter, &cells]).await?;
            if open.len() != cells.len() || open.iter().any(|row| !row.get::<_, bool>(0)) {
                return Ok(false);
            }
            tx.execute(&take, &[counter, &cells]).await?;
        } else {
            tx.query(&lock, &[counter, &cells]).await?;
            tx.execute(&free, &[counter, &cells]).await?;
        }
    }
    Ok(true)
}

/// Passes freed places at `counter` over `[from, until)` on, as `sqlite/bookings.rs` does.
async fn pass_on(
    tx: &mut Transaction<'_>,
    counter: &str,
    (mut from, mut until): (i64, i64),
    now: UnixMillis,
    offer_minutes: NonZeroU32,
) -> Result<usize, StoreError> {
    let lapsed: Vec<(i64, i64, i64)> = tx
        .query(
            "SELECT id, occupies_from, occupies_until FROM waitlist
             WHERE counter_id = $1 AND status = 'offered' AND expires_at <= $2
               AND occupies_from < $3 AND occupies_until > $4
             ORDER BY id FOR UPDATE",
            &[&counter, &now.0, &until, &from],
        )
        .await?
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect();
    for (id, start, end) in &lapsed {
        free_cells(tx, counter, (*start, *end)).await?;
        tx.execute(
            "UPDATE waitlist SET status = 'expired', finished_at = $1 WHERE id = $2",
            &[&now.0, id],
        )
        .await?;
        (from, until) = (from.min(*start), until.max(*end));
    }
    let waiting: Vec<(i64, i64, i64, i64)> = tx
        .query(
            "SELECT id, occupies_from, occupies_until, capacity FROM waitlist
             WHERE counter_id = $1 AND status = 'waiting' AND starts_at > $2
               AND occupies_from < $3 AND occupies_until > $4
             ORDER BY since, id FOR UPDATE",
            &[&counter, &now.0, &until, &from],
        )
        .await?
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3)))
        .collect();
    let expires_at = now.plus_millis(i64::from(offer_minutes.get()) * 60_000);
    for (id, start, end, capacity) in waiting {
        let capacity = u16::try_from(capacity).unwrap_or(u16::MAX);
        let steps: Vec<CellStep> = cells(start, end)
            .into_iter()
            .map(|at| CellStep {
                counter: counter.to_owned(),
                at,
                take: true,
                capacity,
            })
            .collect();
        // A savepoint per offer: a slot still full gives back the cells it took before finding so.
        let offer = tx.savepoint("offer").await?;
        if take_cells(&offer, &steps).await? {
            offer
                .execute(
                    "UPDATE waitlist SET status = 'offered', expires_at = $1 WHERE id = $2",
                    &[&expires_at.0, &id],
                )
                .await?;
            offer.commit().await?;
        }
    }
    Ok(lapsed.len())
}

async fn free_cells(tx: &Transaction<'_>, counter: &str, occupies: (i64, i64)) -> Result<(), StoreError> {
    let steps = cell_steps(
        None,
        Some((counter, (UnixMillis(occupies.0), UnixMillis(occupies.1)))),
    );
    take_cells(tx, &steps).await.map(|_| ())
}

async fn insert_booking(
    tx: &Transaction<'_>,
    booking: &NewBooking,
    at: UnixMillis,
) -> Result<(i64, BookingReference), StoreError> {
    let slot = &booking.slot;
    let linked = existing_account(tx, booking.account.as_ref()).await?;
    let id: i64 = tx
        .query_one("SELECT nextval(pg_get_serial_sequence('bookings', 'id'))", &[])
        .await?
        .get(0);
    let reference = booking_reference(&booking.reference_prefix, id);
    tx.execute(
        "INSERT INTO bookings (id, reference, service_id, counter_id, day, starts_at, ends_at, occupies_from,
             occupies_until, change_deadline, status, booked_by, contact_name, contact_phone, contact_email,
             access_token_sha256, created_at, account_id, locale)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'confirmed', $11, $12, $13, $14, $15, $16, $17, $18)",
        &[
            &id,
            &reference.0,
            &slot.service,
            &slot.counter,
            &slot.date,
            &slot.starts_at.0,
            &slot.ends_at.0,
            &slot.occupies.0.0,
            &slot.occupies.1.0,
            &slot.change_deadline.0,
            &booking.booked_by.as_str(),
            &booking.contact.name,
            &booking.contact.phone,
            &booking.contact.email,
            &booking.access_token_sha256,
            &at.0,
            &linked.as_ref().map(|a| a.0.as_str()),
            &booking.locale.as_str(),
        ],
    )
    .await?;
    if let Some(entry) = &booking.audit {
        let entry = AuditEntry {
            resident: linked.clone(),
            subject: reference.0.clone(),
            ..entry.clone()
        };
        super::audit::append(tx, &entry).await?;
    }
    append_event(
        tx,
        id,
        "booked",
        booking.booked_by,
        at,
        &slot.counter,
        slot.starts_at,
    )
    .await?;
    Ok((id, reference))
}

/// `account` if it still exists, held (`FOR KEY SHARE`) until the transaction ends, so the
/// booking's foreign key to it cannot fail: a deletion committed before this reads finds nothing
/// here (the booking is made unlinked, never refused with an error), and one that comes after
/// waits for this transaction and then cuts the link it made.
async fn existing_account(
    tx: &Transaction<'_>,
    account: Option<&AccountId>,
) -> Result<Option<AccountId>, StoreError> {
    let Some(account) = account else {
        return Ok(None);
    };
    Ok(tx
        .query_opt(
            "SELECT id FROM accounts WHERE id = $1 FOR KEY SHARE",
            &[&account.0],
        )
        .await?
        .map(|r| AccountId(r.get(0))))
}

async fn append_event(
    tx: &Transaction<'_>,
    booking_id: i64,
    action: &str,
    actor: BookedBy,
    at: UnixMillis,
    counter: &str,
    starts_at: UnixMillis,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO booking_events (booking_id, position, action, actor, at, counter_id, starts_at)
         VALUES ($1, (SELECT count(*) FROM booking_events WHERE booking_id = $1), $2, $3, $4, $5, $6)",
        &[
            &booking_id,
            &action,
            &actor.as_str(),
            &at.0,
            &counter,
            &starts_at.0,
        ],
    )
    .await?;
    Ok(())
}

pub(super) async fn book(
    client: &mut Object,
    booking: &NewBooking,
    claim: &IdempotencyClaim,
    respond: Respond<BookingReceipt>,
) -> Result<Booked, StoreError> {
    let slot = &booking.slot;
    if is_full(client, slot, claim.at).await? {
        return Ok(Booked::Full);
    }
    let mut tx = client.transaction().await?;
    // An offer on this slot that lapsed goes to the next in line before anyone else.
    let occupies = (slot.occupies.0.0, slot.occupies.1.0);
    pass_on(&mut tx, &slot.counter, occupies, claim.at, booking.offer_minutes).await?;
    if !take_cells(&tx, &cell_steps(Some(slot), None)).await? {
        // Dropping the transaction rolls back every place taken: nothing is kept.
        return Ok(Booked::Full);
    }
    let (id, _) = insert_booking(&tx, booking, claim.at).await?;
    let receipt = BookingReceipt {
        booking: read_one(&tx, id).await?,
        access_token: booking.access_token.clone(),
    };
    idempotency::finish_with_write(&tx, claim, &respond(&receipt)).await?;
    tx.commit().await?;
    Ok(Booked::Booked(Box::new(receipt)))
}

/// Whether `slot` is full now with nothing that could free a place first: one statement outside
/// any transaction, so once a slot fills, the many residents who still try it are answered
/// without taking a lock or opening a transaction (a busy slot's refusals were five round trips
/// each). "Not full" proves nothing: the booking's transaction takes its places with the
/// conditional update as always. An offer that lapsed at this counter may free a place (`pass_on`
/// runs inside the transaction), so then the transaction decides too.
async fn is_full(client: &Object, slot: &SlotClaim, now: UnixMillis) -> Result<bool, StoreError> {
    let check = client
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM booking_cells
                            WHERE counter_id = $1 AND starts_at = ANY($2) AND booked >= capacity)
                AND NOT EXISTS (SELECT 1 FROM waitlist
                                WHERE counter_id = $1 AND status = 'offered' AND expires_at <= $3)",
        )
        .await?;
    let row = client
        .query_one(&check, &[&slot.counter, &slot.cells(), &now.0])
        .await?;
    Ok(row.get(0))
}

async fn read_one(client: &impl GenericClient, id: i64) -> Result<Booking, StoreError> {
    let row = client
        .query_one(
            &format!("SELECT {BOOKING_COLUMNS} FROM bookings WHERE id = $1"),
            &[&id],
        )
        .await?;
    booking_row(&row).assemble()
}

fn booking_row(r: &tokio_postgres::Row) -> BookingRow {
    BookingRow {
        reference: r.get(0),
        service: r.get(1),
        counter: r.get(2),
        day: r.get(3),
        starts_at: r.get(4),
        ends_at: r.get(5),
        status: r.get(6),
        booked_by: r.get(7),
        name: r.get(8),
        phone: r.get(9),
        email: r.get(10),
        change_deadline: r.get(11),
    }
}

pub(super) async fn find(
    client: &Object,
    reference: &BookingReference,
) -> Result<Option<(Booking, String)>, StoreError> {
    let Some(row) = client
        .query_opt(
            "SELECT id, access_token_sha256 FROM bookings WHERE reference = $1",
            &[&reference.0],
        )
        .await?
    else {
        return Ok(None);
    };
    Ok(Some((read_one(client, row.get(0)).await?, row.get(1))))
}

pub(super) async fn between(
    client: &Object,
    from: UnixMillis,
    until: UnixMillis,
) -> Result<Vec<Booking>, StoreError> {
    client
        .query(
            &format!(
                "SELECT {BOOKING_COLUMNS} FROM bookings WHERE starts_at >= $1 AND starts_at < $2
                 ORDER BY starts_at, counter_id, id"
            ),
            &[&from.0, &until.0],
        )
        .await?
        .iter()
        .map(|r| booking_row(r).assemble())
        .collect()
}

pub(super) async fn change(
    client: &mut Object,
    reference: &BookingReference,
    request: &ChangeRequest,
    claim: &IdempotencyClaim,
    respond: Respond<Booking>,
) -> Result<BookingChanged, StoreError> {
    let mut tx = client.transaction().await?;
    let Some(row) = tx
        .query_opt(
            "SELECT id, status, change_deadline, counter_id, occupies_from, occupies_until
             FROM bookings WHERE reference = $1 FOR UPDATE",
            &[&reference.0],
        )
        .await?
    else {
        return Ok(BookingChanged::NotFound);
    };
    let (id, status, deadline, counter): (i64, String, i64, String) =
        (row.get(0), row.get(1), row.get(2), row.get(3));
    let occupies: (i64, i64) = (row.get(4), row.get(5));
    if BookingStatus::parse(&status) != Some(BookingStatus::Confirmed) {
        return Ok(BookingChanged::NotActive);
    }
    if request.change.before_deadline_only() && request.at.0 >= deadline {
        return Ok(BookingChanged::DeadlinePassed);
    }
    let old = (counter.as_str(), (UnixMillis(occupies.0), UnixMillis(occupies.1)));
    let (status, slot) = match &request.change {
        BookingChange::Cancel => {
            take_cells(&tx, &cell_steps(None, Some(old))).await?;
            (BookingStatus::Cancelled, None)
        }
        BookingChange::Reschedule(new) => {
            if !take_cells(&tx, &cell_steps(Some(new), Some(old))).await? {
                // Dropped: the old booking keeps its place.
                return Ok(BookingChanged::Full);
            }
            move_booking(&tx, id, new).await?;
            (BookingStatus::Confirmed, Some(new))
        }
        BookingChange::CheckIn => (BookingStatus::CheckedIn, None),
        BookingChange::NoShow => (BookingStatus::NoShow, None),
    };
    tx.execute(
        "UPDATE bookings SET status = $1 WHERE id = $2",
        &[&status.as_str(), &id],
    )
    .await?;
    if matches!(
        request.change,
        BookingChange::Cancel | BookingChange::Reschedule(_)
    ) {
        pass_on(&mut tx, &counter, occupies, request.at, request.offer_minutes).await?;
    }
    let booking = read_one(&tx, id).await?;
    let (at_counter, at_start) = slot.map_or((booking.counter.clone(), booking.starts_at.0), |s| {
        (s.counter.clone(), s.starts_at)
    });
    append_event(
        &tx,
        id,
        request.change.action(),
        request.actor,
        request.at,
        &at_counter,
        at_start,
    )
    .await?;
    idempotency::finish_with_write(&tx, claim, &respond(&booking)).await?;
    tx.commit().await?;
    Ok(BookingChanged::Changed(booking))
}

async fn move_booking(tx: &Transaction<'_>, id: i64, to: &SlotClaim) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE bookings SET counter_id = $1, day = $2, starts_at = $3, ends_at = $4, occupies_from = $5,
             occupies_until = $6, change_deadline = $7
         WHERE id = $8",
        &[
            &to.counter,
            &to.date,
            &to.starts_at.0,
            &to.ends_at.0,
            &to.occupies.0.0,
            &to.occupies.1.0,
            &to.change_deadline.0,
            &id,
        ],
    )
    .await?;
    Ok(())
}

pub(super) async fn join(
    client: &mut Object,
    entry: &NewBooking,
    claim: &IdempotencyClaim,
    respond: Respond<WaitlistReceipt>,
) -> Result<Joined, StoreError> {
    let slot = &entry.slot;
    let occupies = (slot.occupies.0.0, slot.occupies.1.0);
    let mut tx = client.transaction().await?;
    pass_on(&mut tx, &slot.counter, occupies, claim.at, entry.offer_minutes).await?;
    let full: bool = tx
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM booking_cells WHERE counter_id = $1 AND starts_at >= $2
                 AND starts_at < $3 AND booked >= capacity)",
            &[&slot.counter, &occupies.0, &occupies.1],
        )
        .await?
        .get(0);
    if !full {
        return Ok(Joined::SlotAvailable);
    }
    let account = existing_account(&tx, entry.account.as_ref()).await?;
    let id: i64 = tx
        .query_one("SELECT nextval(pg_get_serial_sequence('waitlist', 'id'))", &[])
        .await?
        .get(0);
    let reference = booking_reference(&entry.reference_prefix, id);
    tx.execute(
        "INSERT INTO waitlist (id, reference, service_id, counter_id, day, starts_at, ends_at, occupies_from,
             occupies_until, capacity, status, contact_name, contact_phone, contact_email, access_token_sha256,
             since, account_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $15, 'waiting', $10, $11, $12, $13, $14, $16)",
        &[
            &id,
            &reference.0,
            &slot.service,
            &slot.counter,
            &slot.date,
            &slot.starts_at.0,
            &slot.ends_at.0,
            &occupies.0,
            &occupies.1,
            &entry.contact.name,
            &entry.contact.phone,
            &entry.contact.email,
            &entry.access_token_sha256,
            &claim.at.0,
            &i64::from(slot.capacity),
            &account.as_ref().map(|a| a.0.as_str()),
        ],
    )
    .await?;
    // A place freed by a transaction that committed while this one ran (and so could not see
    // this entry) is passed on now: nobody waits behind a free place.
    pass_on(&mut tx, &slot.counter, occupies, claim.at, entry.offer_minutes).await?;
    let receipt = WaitlistReceipt {
        entry: read_entry(&tx, id).await?,
        access_token: entry.access_token.clone(),
    };
    idempotency::finish_with_write(&tx, claim, &respond(&receipt)).await?;
    tx.commit().await?;
    Ok(Joined::Joined(receipt))
}

async fn read_entry(client: &impl GenericClient, id: i64) -> Result<WaitlistEntry, StoreError> {
    let r = client
        .query_one(
            &format!(
                "SELECT {WAITLIST_COLUMNS} FROM waitlist w LEFT JOIN bookings b ON b.id = w.booking_id WHERE w.id = $1"
            ),
            &[&id],
        )
        .await?;
    WaitlistRow {
        reference: r.get(0),
        service: r.get(1),
        counter: r.get(2),
        starts_at: r.get(3),
        status: r.get(4),
        expires_at: r.get(5),
        booking: r.get(6),
    }
    .assemble()
}

pub(super) async fn waitlist_entry(
    client: &Object,
    reference: &BookingReference,
) -> Result<Option<(WaitlistEntry, String)>, StoreError> {
    let Some(row) = client
        .query_opt(
            "SELECT id, access_token_sha256 FROM waitlist WHERE reference = $1",
            &[&reference.0],
        )
        .await?
    else {
        return Ok(None);
    };
    Ok(Some((read_entry(client, row.get(0)).await?, row.get(1))))
}

pub(super) async fn accept(
    client: &mut Object,
    reference: &BookingReference,
    booking: &NewBooking,
    claim: &IdempotencyClaim,
    respond: Respond<BookingReceipt>,
) -> Result<Accepted, StoreError> {
    let mut tx = client.transaction().await?;
    let Some(row) = tx
        .query_opt(
            "SELECT id, status, expires_at, counter_id, occupies_from, occupies_until, contact_name,
                 contact_phone, contact_email, account_id
             FROM waitlist WHERE reference = $1 FOR UPDATE",
            &[&reference.0],
        )
        .await?
    else {
        return Ok(Accepted::NotFound);
    };
    let (id, status, expires_at, counter): (i64, String, Option<i64>, String) =
        (row.get(0), row.get(1), row.get(2), row.get(3));
    let occupies: (i64, i64) = (row.get(4), row.get(5));
    if WaitlistStatus::parse(&status) != Some(WaitlistStatus::Offered) {
        return Ok(Accepted::NoOffer);
    }
    if expires_at.is_none_or(|at| claim.at.0 >= at) {
        // Lapsed: expiring it (and passing the place on) is kept though the answer is no.
        pass_on(&mut tx, &counter, occupies, claim.at, booking.offer_minutes).await?;
        tx.commit().await?;
        return Ok(Accepted::Expired);
    }
    // The offer holds the slot's cells already: they become the booking's, and the place's
    // contact and account (reminders) its own.
    let mut from_entry = booking.clone();
    from_entry.contact = BookingContact {
        name: row.get(6),
        phone: row.get(7),
        email: row.get(8),
    };
    from_entry.account = row.get::<_, Option<String>>(9).map(AccountId);
    let (booking_id, _) = insert_booking(&tx, &from_entry, claim.at).await?;
    tx.execute(
        "UPDATE waitlist SET status = 'booked', finished_at = $1, booking_id = $2 WHERE id = $3",
        &[&claim.at.0, &booking_id, &id],
    )
    .await?;
    let receipt = BookingReceipt {
        booking: read_one(&tx, booking_id).await?,
        access_token: booking.access_token.clone(),
    };
    idempotency::finish_with_write(&tx, claim, &respond(&receipt)).await?;
    tx.commit().await?;
    Ok(Accepted::Booked(Box::new(receipt)))
}

pub(super) async fn sweep(
    client: &mut Object,
    now: UnixMillis,
    offer_minutes: NonZeroU32,
) -> Result<usize, StoreError> {
    let mut tx = client.transaction().await?;
    let lapsed: Vec<(String, i64, i64)> = tx
        .query(
            "SELECT DISTINCT counter_id, occupies_from, occupies_until FROM waitlist
             WHERE status = 'offered' AND expires_at <= $1",
            &[&now.0],
        )
        .await?
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect();
    let mut expired = 0;
    for (counter, from, until) in lapsed {
        expired += pass_on(&mut tx, &counter, (from, until), now, offer_minutes).await?;
    }
    tx.commit().await?;
    Ok(expired)
}

/// Writes the reminders due for visits starting in `[from, until)` (see
/// `BookingStore::remind_bookings`), in one transaction:
///
/// 1. `SELECT … FOR UPDATE` the due bookings (confirmed, linked to an account, `reminded_for`
///    distinct from `starts_at`) in id order. A second sweep (this instance or another) doing the
///    same waits on the first's row locks, and once it commits re-checks each row as committed
///    (PostgreSQL's re-evaluation of a locked row under READ COMMITTED): now reminded, the row no
///    longer matches and is skipped. A cancellation or a move holds the row too (`change`), so a
///    booking cancelled meanwhile is not reminded and a moved one is reminded of its new time.
/// 2. Nothing due (every minute but a few): commit, without touching the events lock.
/// 3. Otherwise take [`EVENTS_LOCK`] (event ids commit in order, `storage/notices.rs`), set
///    `reminded_for` and append each reminder's personal event, then commit: the mark and the
///    notice are one.
///
/// Lock order: booking rows, then the events lock. Nothing holds the events lock and then asks for
/// a booking row, so the two never wait on each other in a cycle.
pub(super) async fn remind(
    client: &mut Object,
    (from, until): (UnixMillis, UnixMillis),
    now: UnixMillis,
) -> Result<usize, StoreError> {
    let tx = client.transaction().await?;
    let due = tx
        .query(
            "SELECT id, reference, account_id, service_id, counter_id, starts_at FROM bookings
             WHERE starts_at >= $1 AND starts_at < $2 AND status = 'confirmed' AND account_id IS NOT NULL
               AND reminded_for IS DISTINCT FROM starts_at
             ORDER BY id FOR UPDATE",
            &[&from.0, &until.0],
        )
        .await?;
    if due.is_empty() {
        tx.commit().await?;
        return Ok(0);
    }
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&EVENTS_LOCK])
        .await?;
    for row in &due {
        let id: i64 = row.get(0);
        tx.execute(
            "UPDATE bookings SET reminded_for = starts_at WHERE id = $1",
            &[&id],
        )
        .await?;
        let notice = reminder_notice(row.get(1), row.get(3), row.get(4), row.get(5), now);
        let account = AccountId(row.get(2));
        super::notices::append_event(&tx, Some(&account), &notice, now).await?;
    }
    tx.commit().await?;
    Ok(due.len())
}

/// Claims the reminder mails due (see `BookingStore::claim_reminder_mails`) in one statement.
/// The inner `SELECT … FOR UPDATE SKIP LOCKED` passes over rows another sweep is claiming at that
/// moment; a claim committed before this statement began is seen and excluded by its
/// `mail_claimed_until`. So two instances never hold the same mail at once.
pub(super) async fn claim_mails(
    client: &Object,
    (from, until): (UnixMillis, UnixMillis),
    now: UnixMillis,
    claimed_until: UnixMillis,
) -> Result<Vec<ReminderMail>, StoreError> {
    let rows = client
        .query(
            "UPDATE bookings SET mail_claimed_until = $4
             WHERE id IN (SELECT id FROM bookings
                          WHERE starts_at >= $1 AND starts_at < $2 AND status = 'confirmed'
                            AND account_id IS NULL AND contact_email IS NOT NULL
                            AND mailed_for IS DISTINCT FROM starts_at
                            AND (mail_claimed_until IS NULL OR mail_claimed_until <= $3)
                          ORDER BY starts_at, id LIMIT $5
                          FOR UPDATE SKIP LOCKED)
             RETURNING reference, service_id, counter_id, starts_at, contact_email, locale",
            &[
                &from.0,
                &until.0,
                &now.0,
                &claimed_until.0,
                &REMINDER_MAILS_PER_SWEEP,
            ],
        )
        .await?;
    let mut claimed: Vec<ReminderMail> = rows
        .iter()
        .map(|r| ReminderMail {
            reference: BookingReference(r.get(0)),
            service: r.get(1),
            counter: r.get(2),
            starts_at: UnixMillis(r.get(3)),
            email: r.get(4),
            locale: r.get(5),
            claimed_until,
        })
        .collect();
    claimed.sort_by_key(|m| m.starts_at);
    Ok(claimed)
}

/// Marks a claimed mail sent about its visit start; ends the claim if it is still this sweep's.
pub(super) async fn mail_sent(client: &Object, mail: &ReminderMail) -> Result<(), StoreError> {
    client
        .execute(
            "UPDATE bookings SET mailed_for = $2,
                 mail_claimed_until = CASE WHEN mail_claimed_until = $3 THEN NULL ELSE mail_claimed_until END
             WHERE reference = $1",
            &[&mail.reference.0, &mail.starts_at.0, &mail.claimed_until.0],
        )
        .await?;
    Ok(())
}

/// Gives a claim back after a failed send (if it is still this sweep's).
pub(super) async fn release_mail(client: &Object, mail: &ReminderMail) -> Result<(), StoreError> {
    client
        .execute(
            "UPDATE bookings SET mail_claimed_until = NULL WHERE reference = $1 AND mail_claimed_until = $2",
            &[&mail.reference.0, &mail.claimed_until.0],
        )
        .await?;
    Ok(())
}
