//! The server's own housekeeping, run once a minute beside the requests (`startup.rs`): waitlist
//! offers that lapsed pass to the next in line, bookings linked to an account get their reminder
//! the day before as a personal notice and bookings linked to none but with a contact email get
//! it by mail (both from 09:00 in Japan, `booking::reminder`), and files that no submission quoted
//! within [`UNCLAIMED_LIFETIME_MILLIS`] (a day) are deleted, row and bytes.
//!
//! The interval is wall-clock time, but what is due is the [`Clock`]'s call: tests pin the clock,
//! move it and call [`purge_unclaimed_attachments`], [`remind_bookings`] and [`mail_reminders`]
//! (what each tick runs) instead of waiting. Every instance sweeps; the work is idempotent (a
//! second delete finds nothing; a reminder is recorded in the transaction that writes it, so a
//! second sweep finds it sent), so several instances on one database need no coordination.
//!
//! A mail cannot be sent inside a database transaction, so a reminder mail is **claimed** in the
//! database first (held for [`REMINDER_MAIL_CLAIM_MILLIS`]; no other sweep takes it meanwhile),
//! sent, then marked sent; a failed send gives the claim back, so the next sweep retries, and a
//! sweep that crashed between claim and mark leaves a claim that lapses, so a later one retries.
//! One mail per visit under normal operation; the only way to two is a crash (or a send slower
//! than the claim) after the mail left and before it was marked. Nothing about the mail (address,
//! reference, visit) is logged: counts only.

use std::time::Duration;

use madoguchi_domain::UnixMillis;
use madoguchi_domain::attachment::UNCLAIMED_LIFETIME_MILLIS;
use madoguchi_domain::booking::reminders_due;

use madoguchi_domain::LocaleTag;
use madoguchi_domain::booking::BookingConfig;

use crate::clock::Clock;
use crate::mail::{MailError, Mailer, VisitText, booking_reminder_text};
use crate::routes::{self, AppState};
use crate::storage::{REMINDER_MAIL_CLAIM_MILLIS, ReminderMail, Store, StoreError};

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
        match mail_reminders(state.store.as_ref(), state.clock.as_ref(), state.mailer.as_ref()).await {
            Ok(MailedReminders { sent: 0, failed: 0 }) => {}
            // Counts only: a mail server's refusal may quote the address, so it is not logged.
            Ok(MailedReminders { sent, failed }) => {
                tracing::info!(
                    sent,
                    failed,
                    "booking reminder mails sent (failed ones are retried)"
                );
            }
            Err(error) => tracing::warn!(%error, "booking reminder mail sweep failed"),
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

/// What one run of [`mail_reminders`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MailedReminders {
    pub sent: usize,
    /// Not sent: the mail server refused for now or was down, or none is configured (given back,
    /// so a later sweep tries again), or the address can never be delivered to (an address SMTP
    /// cannot carry, a permanent refusal: recorded as done, since every retry would fail alike).
    pub failed: usize,
}

/// Mails the reminders due at the clock's now (tomorrow's visits, from 09:00 in Japan) for the
/// bookings linked to no account that have a contact email, each in its booking's language:
/// claimed, sent, marked (see the module's documentation).
pub async fn mail_reminders(
    store: &dyn Store,
    clock: &dyn Clock,
    mailer: &dyn Mailer,
) -> Result<MailedReminders, StoreError> {
    let now = clock.now();
    let Some(due) = reminders_due(now) else {
        return Ok(MailedReminders::default());
    };
    let claimed = store
        .claim_reminder_mails(
            due.visits_from,
            due.visits_until,
            now,
            now.plus_millis(REMINDER_MAIL_CLAIM_MILLIS),
        )
        .await?;
    if claimed.is_empty() {
        return Ok(MailedReminders::default());
    }
    let config = store.booking_config().await?;
    let mut done = MailedReminders::default();
    for mail in claimed {
        let locale = LocaleTag::parse(&mail.locale).unwrap_or_else(|_| LocaleTag::source());
        let text = booking_reminder_text(&visit_text(config.as_ref(), &mail, &locale), &locale);
        match mailer.send(&mail.email, text).await {
            Ok(()) => {
                store.reminder_mail_sent(mail).await?;
                done.sent += 1;
            }
            Err(MailError::Undeliverable(_)) => {
                store.reminder_mail_sent(mail).await?;
                done.failed += 1;
            }
            Err(MailError::NotConfigured | MailError::Transport(_)) => {
                store.release_reminder_mail(mail).await?;
                done.failed += 1;
            }
        }
    }
    Ok(done)
}

/// The visit as the mail words it: the service's and the counter's names and the counter's place
/// in `locale` from the city's booking file (the ids when the file no longer names them).
fn visit_text(config: Option<&BookingConfig>, mail: &ReminderMail, locale: &LocaleTag) -> VisitText {
    let text = |t: &madoguchi_domain::LocalizedText| t.resolve(locale).map(|r| r.text.to_owned());
    let service = config
        .and_then(|c| c.services.iter().find(|s| s.id == mail.service))
        .and_then(|s| text(&s.name));
    let counter = config.and_then(|c| c.counters.iter().find(|c| c.id == mail.counter));
    VisitText {
        reference: mail.reference.0.clone(),
        service: service.unwrap_or_else(|| mail.service.clone()),
        counter: counter
            .and_then(|c| text(&c.name))
            .unwrap_or_else(|| mail.counter.clone()),
        place: counter
            .and_then(|c| c.place.as_ref())
            .and_then(text)
            .unwrap_or_default(),
        phone: config.map(|c| c.phone.clone()).unwrap_or_default(),
        starts_at: mail.starts_at,
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
