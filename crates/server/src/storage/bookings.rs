//! The booking concern of the store: the city's booking file, the places left at each counter,
//! bookings and waitlists. The rules (which slots exist, the window, the deadline) are the
//! domain's and are judged by the routes; what only the database can judge — whether a place is
//! left **at the moment of writing** — is judged here, inside the transaction that writes.
//!
//! **Capacity.** A counter's time is kept in cells of [`CELL_MINUTES`] (`booking_cells`: counter,
//! start, capacity, booked). A booking, or a waitlist offer holding a freed place, takes every
//! cell its visit covers (buffers included) with a conditional update,
//! `UPDATE … SET booked = booked + 1 WHERE … AND booked < capacity`, in ascending (counter, start)
//! order; if any cell is full the transaction is rolled back and nothing is kept. So two services
//! sharing a counter's clerks are counted against the same capacity, and no reading of the
//! count ever precedes the write that depends on it. Each backend documents its isolation at its
//! functions (`sqlite/bookings.rs`, `postgres/bookings.rs`).
//!
//! **Waitlist.** When a place frees up (a cancellation, a booking moved away, an offer lapsing),
//! the same transaction passes it on (`pass_on` in each backend): lapsed offers
//! overlapping the freed time release their cells, then the waiting entries of slots overlapping it
//! are offered a place in the order they joined, each offer taking the cells like a booking. An
//! offer that lapses is also passed on by the next write that touches its slot, and by
//! [`BookingStore::sweep_waitlist`], which the server runs every minute.
//!
//! **Reminders.** A booking made by a signed-in resident names their account (a waitlist place
//! too, and passes it to the booking it becomes; a reschedule moves the booking's row, so the
//! account stays). [`BookingStore::remind_bookings`], run by the same sweep, writes each due
//! reminder as a personal notice **in the transaction that records it** (`reminded_for`, the
//! visit start the account was reminded of), under the booking's row lock on PostgreSQL: never a
//! check in one transaction and a write in another, so several sweeps and instances write one
//! reminder per visit.

use std::num::NonZeroU32;

use async_trait::async_trait;
use madoguchi_domain::LocaleTag;
use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::{AccountId, AuditEntry};
use madoguchi_domain::booking::config::CELL_MINUTES;
use madoguchi_domain::booking::{
    BookedBy, Booking, BookingConfig, BookingContact, BookingReceipt, BookingReference, UtcTime,
    WaitlistEntry, WaitlistReceipt,
};
use madoguchi_domain::notice::{NoticeChange, PersonalNotice, PersonalSubject};

use super::{IdempotencyClaim, Respond, StoreError};

/// A cell's length in milliseconds.
pub const CELL_MILLIS: i64 = CELL_MINUTES as i64 * 60_000;

/// A slot as the rules placed it, ready to take its counter's cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotClaim {
    pub service: String,
    pub counter: String,
    /// The day in Japan, `YYYY-MM-DD`.
    pub date: String,
    pub starts_at: UnixMillis,
    pub ends_at: UnixMillis,
    /// The counter's time the visit takes, buffers included, `[from, until)` on cell boundaries.
    pub occupies: (UnixMillis, UnixMillis),
    /// The counter's capacity now (parallel clerks), for cells not used before.
    pub capacity: u16,
    /// The first instant the booking can no longer be changed online.
    pub change_deadline: UnixMillis,
}

impl SlotClaim {
    /// The starts of the cells the visit covers, earliest first.
    pub fn cells(&self) -> Vec<i64> {
        cells(self.occupies.0.0, self.occupies.1.0)
    }
}

/// The starts of the cells covering `[from, until)`.
pub fn cells(from: i64, until: i64) -> Vec<i64> {
    let first = from - from.rem_euclid(CELL_MILLIS);
    (0..)
        .map(|n| first + n * CELL_MILLIS)
        .take_while(|start| *start < until)
        .collect()
}

/// One step of taking or freeing a counter's cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellStep {
    pub counter: String,
    pub at: i64,
    /// Take a place (conditionally), or free one.
    pub take: bool,
    /// The capacity of a cell not used before (taking only).
    pub capacity: u16,
}

/// The steps that take `take`'s cells and free `free`'s, in ascending (counter, start) order —
/// the one order every transaction locks cells in, so two never wait on each other in a cycle —
/// with a cell in both left alone.
pub fn cell_steps(take: Option<&SlotClaim>, free: Option<(&str, (UnixMillis, UnixMillis))>) -> Vec<CellStep> {
    let mut steps = Vec::new();
    let freed: Vec<(String, i64)> = free
        .map(|(counter, (from, until))| {
            cells(from.0, until.0)
                .into_iter()
                .map(|at| (counter.to_owned(), at))
                .collect()
        })
        .unwrap_or_default();
    let taken: Vec<(String, i64)> = take
        .map(|slot| {
            slot.cells()
                .into_iter()
                .map(|at| (slot.counter.clone(), at))
                .collect()
        })
        .unwrap_or_default();
    for cell in &taken {
        if !freed.contains(cell) {
            steps.push(CellStep {
                counter: cell.0.clone(),
                at: cell.1,
                take: true,
                capacity: take.map_or(1, |slot| slot.capacity),
            });
        }
    }
    for cell in &freed {
        if !taken.contains(cell) {
            steps.push(CellStep {
                counter: cell.0.clone(),
                at: cell.1,
                take: false,
                capacity: 1,
            });
        }
    }
    steps.sort_by(|a, b| (&a.counter, a.at).cmp(&(&b.counter, b.at)));
    steps
}

/// Who asks for a booking or a change, with what proof.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewBooking {
    pub slot: SlotClaim,
    pub contact: BookingContact,
    pub booked_by: BookedBy,
    /// `YMS-B`: the store adds the number (`YMS-B-000042`).
    pub reference_prefix: String,
    /// Hex SHA-256 of the access token; the token itself only goes back in the receipt.
    pub access_token_sha256: String,
    pub access_token: String,
    /// How long an offer made by a place this write frees is held.
    pub offer_minutes: NonZeroU32,
    /// The resident's account the booking is linked to (reminders go to it as personal notices):
    /// the signed-in resident who books or joins, or the account whose address a clerk gave as
    /// the contact's; `None` when anonymous. Linked only if the account still exists when written
    /// (an account deleted meanwhile leaves the booking unlinked, never a failed booking).
    /// Accepting an offer ignores it: the waitlist place's own account passes on.
    pub account: Option<AccountId>,
    /// The language of the reminder mail sent to `contact.email` when no account is linked.
    pub locale: LocaleTag,
    /// A clerk's booking on a resident's behalf: the audit entry, written in the transaction that
    /// books, its subject the new reference and its resident the account actually linked.
    pub audit: Option<AuditEntry>,
}

/// What booking did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Booked {
    Booked(Box<BookingReceipt>),
    /// A cell of the slot had no place left; nothing was kept.
    Full,
}

/// A change to a booking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BookingChange {
    /// The resident cancels (before the deadline).
    Cancel,
    /// The resident moves it to another slot (before the deadline), atomically.
    Reschedule(SlotClaim),
    /// The clerk records the resident's arrival.
    CheckIn,
    /// The clerk records that the resident did not come.
    NoShow,
}

impl BookingChange {
    /// The history's name of the change.
    pub fn action(&self) -> &'static str {
        match self {
            BookingChange::Cancel => "cancelled",
            BookingChange::Reschedule(_) => "rescheduled",
            BookingChange::CheckIn => "checked-in",
            BookingChange::NoShow => "no-show",
        }
    }

    /// Whether the change is bound by the booking's change deadline (the resident's are; the
    /// clerk's records of the visit are not).
    pub fn before_deadline_only(&self) -> bool {
        matches!(self, BookingChange::Cancel | BookingChange::Reschedule(_))
    }
}

/// A change asked for, at `at`, by `actor`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeRequest {
    pub change: BookingChange,
    pub actor: BookedBy,
    pub at: UnixMillis,
    pub offer_minutes: NonZeroU32,
}

/// What a change did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BookingChanged {
    Changed(Booking),
    NotFound,
    /// Not confirmed any more (cancelled, checked in, no-show).
    NotActive,
    /// The change deadline has passed (judged at the moment of writing).
    DeadlinePassed,
    /// The new slot had no place left; the booking is as it was.
    Full,
}

/// What joining a waitlist did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Joined {
    Joined(WaitlistReceipt),
    /// The slot has a place: book it instead. Nothing was kept.
    SlotAvailable,
}

/// What accepting a waitlist offer did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accepted {
    Booked(Box<BookingReceipt>),
    NotFound,
    /// Waiting still, or finished (booked, expired): there is no open offer.
    NoOffer,
    /// The offer had lapsed: it is expired now and its place passed on (kept even though the
    /// request is refused).
    Expired,
}

/// The personal notice a reminder is written as, at `now`: the booking's reference, service,
/// counter and start (no text; the app words it).
pub(crate) fn reminder_notice(
    reference: &str,
    service: &str,
    counter: &str,
    starts_at: i64,
    now: UnixMillis,
) -> NoticeChange {
    NoticeChange::Personal {
        notice: PersonalNotice {
            at: now,
            subject: PersonalSubject::BookingReminder {
                reference: BookingReference(reference.to_owned()),
                service: service.to_owned(),
                counter: counter.to_owned(),
                starts_at: UtcTime(UnixMillis(starts_at)),
            },
        },
    }
}

/// A reminder mail a sweep has claimed: the booking and the visit it is about, where it goes and
/// in which language. Held by `claimed_until`: no other sweep takes it before then.
#[derive(Clone, PartialEq, Eq)]
pub struct ReminderMail {
    pub reference: BookingReference,
    pub service: String,
    pub counter: String,
    pub starts_at: UnixMillis,
    /// The contact's address as given (never logged).
    pub email: String,
    pub locale: String,
    pub claimed_until: UnixMillis,
}

impl std::fmt::Debug for ReminderMail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The address is personal data: never printed, not even in a panic message.
        f.debug_struct("ReminderMail")
            .field("reference", &self.reference)
            .field("starts_at", &self.starts_at)
            .field("locale", &self.locale)
            .finish_non_exhaustive()
    }
}

/// How many reminder mails one sweep claims at most; the rest wait for the next minute.
pub const REMINDER_MAILS_PER_SWEEP: i64 = 50;

/// How long a claimed reminder mail is held for the sweep that claimed it: far longer than an
/// SMTP exchange takes (lettre gives up after a minute), so under normal operation a mail is
/// sent once; a sweep that crashed between its claim and its send leaves it to be retried after.
pub const REMINDER_MAIL_CLAIM_MILLIS: i64 = 10 * 60_000;

/// The counters' occupancy in a range: `(counter, cell start, booked)` for the cells in use.
pub type Occupancy = Vec<(String, i64, i64)>;

/// Booking, on both backends.
#[async_trait]
pub trait BookingStore: Send + Sync {
    /// Makes `config` (already checked) the city's booking setup, and updates the capacity of the
    /// cells of every counter it names. Bookings made under an earlier file stay as they are.
    async fn replace_booking_config(&self, config: BookingConfig, at: UnixMillis) -> Result<(), StoreError>;

    /// The city's booking setup, or `None` before any import.
    async fn booking_config(&self) -> Result<Option<BookingConfig>, StoreError>;

    /// How many places are taken in each used cell starting in `[from, until)`.
    async fn occupancy(&self, from: UnixMillis, until: UnixMillis) -> Result<Occupancy, StoreError>;

    /// Books `booking.slot` if every cell it covers has a place left **when written**, and
    /// finishes `claim` with the receipt, in one transaction.
    async fn book(
        &self,
        booking: NewBooking,
        claim: IdempotencyClaim,
        respond: Respond<BookingReceipt>,
    ) -> Result<Booked, StoreError>;

    /// A booking and the hash of its access token.
    async fn booking(&self, reference: BookingReference) -> Result<Option<(Booking, String)>, StoreError>;

    /// Changes a booking as the status and deadline it has **at that moment** allow; a reschedule
    /// takes the new slot's cells and frees the old one's in one transaction (if the new slot is
    /// full the booking stays where it was); a freed place is passed on to the waitlist. Finishes
    /// `claim` in the same transaction.
    async fn change_booking(
        &self,
        reference: BookingReference,
        change: ChangeRequest,
        claim: IdempotencyClaim,
        respond: Respond<Booking>,
    ) -> Result<BookingChanged, StoreError>;

    /// Every booking starting in `[from, until)`, by start time then counter (the clerk's day).
    async fn bookings_between(&self, from: UnixMillis, until: UnixMillis)
    -> Result<Vec<Booking>, StoreError>;

    /// Puts a resident on the waitlist of `entry.slot` if the slot is full when written;
    /// finishes `claim` with the receipt in the same transaction.
    async fn join_waitlist(
        &self,
        entry: NewBooking,
        claim: IdempotencyClaim,
        respond: Respond<WaitlistReceipt>,
    ) -> Result<Joined, StoreError>;

    /// A waitlist place and the hash of its access token (an offer past its time shows as
    /// `offered` until a write passes it on; the route reads it against the clock).
    async fn waitlist_entry(
        &self,
        reference: BookingReference,
    ) -> Result<Option<(WaitlistEntry, String)>, StoreError>;

    /// Turns an open offer into a booking (the offer's held place becomes the booking's);
    /// `booking` carries the new booking's token and the slot's deadline.
    async fn accept_offer(
        &self,
        reference: BookingReference,
        booking: NewBooking,
        claim: IdempotencyClaim,
        respond: Respond<BookingReceipt>,
    ) -> Result<Accepted, StoreError>;

    /// Expires every offer lapsed at `now` and passes its place on; returns how many expired.
    async fn sweep_waitlist(&self, now: UnixMillis, offer_minutes: NonZeroU32) -> Result<usize, StoreError>;

    /// Writes a `BookingReminder` personal notice (at `now`) to the account of every confirmed
    /// booking made while signed in whose visit starts in `[from, until)` and whose account was not
    /// reminded of that start yet, recording it in the same transaction; returns how many were
    /// written. A second call, from this instance or another, finds them recorded and writes none.
    async fn remind_bookings(
        &self,
        from: UnixMillis,
        until: UnixMillis,
        now: UnixMillis,
    ) -> Result<usize, StoreError>;

    /// Claims, until `claimed_until`, the reminder mails due at `now`: confirmed bookings with a
    /// contact email and no account, whose visit starts in `[from, until)`, not mailed about that
    /// start yet and not held by another sweep's unexpired claim (at most
    /// [`REMINDER_MAILS_PER_SWEEP`]). One atomic statement: two sweeps never claim the same one.
    async fn claim_reminder_mails(
        &self,
        from: UnixMillis,
        until: UnixMillis,
        now: UnixMillis,
        claimed_until: UnixMillis,
    ) -> Result<Vec<ReminderMail>, StoreError>;

    /// Records that `mail` was sent about its visit start (or can never be: a permanent refusal),
    /// so no sweep sends it again; its claim ends.
    async fn reminder_mail_sent(&self, mail: ReminderMail) -> Result<(), StoreError>;

    /// Gives a claim back after a failed send, so a later sweep tries again (a no-op if the claim
    /// has lapsed and another sweep holds it now).
    async fn release_reminder_mail(&self, mail: ReminderMail) -> Result<(), StoreError>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_visit_covers_the_cells_from_its_start_to_its_end() {
        let nine = 1_799_110_800_000; // a 5-minute mark
        assert_eq!(
            cells(nine, nine + 30 * 60_000),
            (0..6).map(|n| nine + n * CELL_MILLIS).collect::<Vec<_>>()
        );
        assert_eq!(cells(nine, nine), Vec::<i64>::new());
    }
}
