//! The server's own housekeeping, run once a minute beside the requests (`startup.rs`): waitlist
//! offers that lapsed pass to the next in line, bookings made while signed in get their reminder
//! the day before (from 09:00 in Japan, `booking::reminder`), and files that no submission quoted
//! within [`UNCLAIMED_LIFETIME_MILLIS`] (a day) are deleted, row and bytes.
//!
//! The interval is wall-clock time, but what is due is the [`Clock`]'s call: tests pin the clock,
//! move it and call [`purge_unclaimed_attachments`] and [`remind_bookings`] (what each tick runs)
//! instead of waiting. Every instance sweeps; the work is idempotent (a second delete finds
//! nothing; a reminder is recorded in the transaction that writes it, so a second sweep finds it
//! sent), so several instances on one database need no coordination.

use std::time::Duration;

use madoguchi_domain::UnixMillis;
use madoguchi_domain::attachment::UNCLAIMED_LIFETIME_MILLIS;
use madoguchi_domain::booking::reminders_due;

use crate::clock::Clock;
use crate::routes::{self, AppState};
use crate::storage::{Store, StoreError};

/// How often the sweep runs, in wall-clock time.
pub const EVERY: Duration = Duration::from_secs(60);

/// Sweeps every [`EVERY`] until the task is aborted. A failed step is logged and tried again at
/// the next tick (a database that is down is reported by `/api/health`).
pub async fn run(state: AppState) {
    let mut every = tokio::time::interval(EVERY);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        match sweep_waitlists(&state).await {
            Ok(0) => {}
            Ok(expired) => tracing::info!(expired, "waitlist offers lapsed and passed on"),
            Err(error) => tracing::warn!(%error, "waitlist sweep failed"),
        }
        match remind_bookings(state.store.as_ref(), state.clock.as_ref()).await {
            Ok(0) => {}
            Ok(reminded) => {
                // On PostgreSQL every instance's fan-out hears of them by NOTIFY; on SQLite this
                // process is the only one, so it wakes its own.
                state.notices.wake();
                tracing::info!(reminded, "booking reminders sent");
            }
            Err(error) => tracing::warn!(%error, "booking reminder sweep failed"),
        }
        match purge_unclaimed_attachments(state.store.as_ref(), state.clock.as_ref()).await {
            Ok(0) => {}
            Ok(purged) => tracing::info!(purged, "unclaimed attachments deleted"),
            Err(error) => tracing::warn!(%error, "attachment sweep failed"),
        }
    }
}

/// Passes lapsed waitlist offers on (none before the city has set booking up).
async fn sweep_waitlists(state: &AppState) -> Result<usize, String> {
    match routes::booking::setup::load(state).await {
        Ok(Some(setup)) => state
            .store
            .sweep_waitlist(state.clock.now(), setup.offer_minutes())
            .await
            .map_err(|e| e.to_string()),
        Ok(None) => Ok(0),
        Err(e) => Err(e.to_string()),
    }
}

/// Writes the reminders due at the clock's now (tomorrow's visits, from 09:00 in Japan), each
/// once; how many. The caller wakes the notice streams when there were any.
pub async fn remind_bookings(store: &dyn Store, clock: &dyn Clock) -> Result<usize, StoreError> {
    let now = clock.now();
    match reminders_due(now) {
        Some(due) => {
            store
                .remind_bookings(due.visits_from, due.visits_until, now)
                .await
        }
        None => Ok(0),
    }
}

/// Deletes the files no application quoted within a day of their upload; how many.
pub async fn purge_unclaimed_attachments(store: &dyn Store, clock: &dyn Clock) -> Result<u64, StoreError> {
    store
        .purge_unclaimed_attachments(unclaimed_before(clock.now()))
        .await
}

/// Files received before this are past their day.
fn unclaimed_before(now: UnixMillis) -> UnixMillis {
    now.plus_millis(-UNCLAIMED_LIFETIME_MILLIS)
}
