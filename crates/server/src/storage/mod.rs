//! Where the server keeps its data: one trait per concern, each implemented by SQLite (embedded,
//! the default: a town on one machine) and PostgreSQL (a city that runs several instances). Which
//! one serves is decided once, by [`DatabaseLocation`], in [`open`].
//!
//! **Architecture Invariant:** routes reach data only through these traits; no handler holds a
//! connection or writes SQL, and no driver type leaves this module ([`StoreError`] is
//! backend-neutral). Every method has a SQLite and a PostgreSQL implementation, and the same
//! suites (`tests/api`, `tests/api/store_contract.rs`) run against both.

mod accounts;
pub mod bookings;
mod copy;
mod error;
mod location;
pub mod notices;
pub mod passkeys;
pub mod postgres;
pub mod push;
mod rows;
pub mod sqlite;

use std::collections::BTreeMap;
use std::sync::Arc;

use async_trait::async_trait;
use madoguchi_domain::account::{AccountId, KioskId};
use madoguchi_domain::application::{
    Actor, Application, ApplicationReceipt, ApplicationReference, ApplicationStatus,
};
use madoguchi_domain::booking::HolidayList;
use madoguchi_domain::form::{Answer, FieldId, FormSchema};
use madoguchi_domain::notice::AreaList;
use madoguchi_domain::{
    AttachmentName, AttachmentReceipt, DepartmentCatalogue, FileKind, IdempotencyKey, PostalAddress,
    PostalCode, ProcedureCatalogue, ProcedureId, UnixMillis,
};

pub use accounts::{
    AccountStore, AuditStore, CodeAttempt, CodeOutcome, KioskRecord, KioskStore, NewAccessToken, NewDevice,
    NewKiosk, NewStaff, RateLimitStore, ResidentPrincipal, StaffCredentials, StaffPrincipal, StaffStore,
};
pub use bookings::{
    Accepted, Booked, BookingChange, BookingChanged, BookingStore, ChangeRequest, Joined, NewBooking,
    Occupancy, REMINDER_MAIL_CLAIM_MILLIS, ReminderMail, SlotClaim,
};
pub use copy::{CopyReport, TableCount, copy_sqlite_to_postgres};
pub use error::StoreError;
pub use location::{DatabaseLocation, InvalidLocation};
pub use notices::{EventScope, NoticeStore, StoredEvent};
pub use passkeys::{ChallengePurpose, NewChallenge, NewPasskey, PasskeyAdded, PasskeyStore, StoredPasskey};
pub use postgres::PostgresStore;
pub use push::{PushStore, StoredPushSubscription, Subscribed};
pub use sqlite::SqliteStore;

/// A request's hold on an idempotency key: whose key (the scope), the key, a fingerprint of the
/// request (method, path and query, content type, body) and when it was claimed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdempotencyClaim {
    /// Who sent the key: a resident's account id, `staff:<username>`, or empty for anonymous
    /// callers. Keys of different scopes never meet, so one client can neither replay nor block
    /// another's request by sending its key.
    pub scope: String,
    pub key: IdempotencyKey,
    pub fingerprint: String,
    pub at: UnixMillis,
}

impl IdempotencyClaim {
    /// The key as the database keeps it: `<scope>/<key>` (a key never holds `/`), or the bare key
    /// for an anonymous caller, as every key was kept before scopes.
    pub fn stored_key(&self) -> String {
        if self.scope.is_empty() {
            self.key.as_str().to_owned()
        } else {
            format!("{}/{}", self.scope, self.key.as_str())
        }
    }
}

/// What every stored key of one scope starts with (deleting an account deletes the answers kept
/// for its keys). Compared as a prefix, not a range: PostgreSQL's collation may not sort `/` as
/// ASCII does.
pub(crate) fn scope_key_prefix(scope: &str) -> String {
    format!("{scope}/")
}

/// A response kept for replay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredResponse {
    pub status: u16,
    pub content_type: String,
    pub body: Vec<u8>,
}

/// What claiming a key found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClaimOutcome {
    /// The key is new (or its earlier holder died before finishing): run the request.
    Claimed,
    /// The key was used before for the same request: send this response again.
    Replay(StoredResponse),
    /// The key was used before for a different request.
    Mismatch,
    /// The first request with this key is still running.
    InProgress,
}

/// The timing rules of [`IdempotencyStore::claim_idempotency_key`].
#[derive(Debug, Clone, Copy)]
pub struct ClaimRules {
    /// Keys created before this are forgotten (purged) first.
    pub expired_before: UnixMillis,
    /// A 'pending' claim taken before this belongs to a request that died: it may be taken over.
    /// Safe because a mutation finishes its claim in the same transaction as its write.
    pub abandoned_before: UnixMillis,
}

/// An attachment checked on arrival (kind sniffed from its bytes, size within the limit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAttachment {
    /// Random and unguessable: whoever holds it can quote the file in an application.
    pub id: String,
    pub name: AttachmentName,
    pub kind: FileKind,
    /// Hex SHA-256 of `content`, for staff to check a file was not altered.
    pub sha256: String,
    /// The bytes as the request brought them (shared, not copied: up to 10 MiB each).
    pub content: bytes::Bytes,
    /// Who sent it, and how much they may send in a day.
    pub sender: Sender,
}

/// Who sent a file: a signed-in resident or a registered kiosk. Kept with the file (`owner`:
/// `account:<id>` or `kiosk:<id>`), so a day's bytes are counted per sender and an account's
/// unquoted files go with the account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sender {
    pub owner: String,
    /// The most bytes of files this sender may have sent within any 24 hours.
    pub bytes_per_day: u64,
}

impl Sender {
    pub fn account(account: &AccountId, bytes_per_day: u64) -> Self {
        Self {
            owner: account_owner(account),
            bytes_per_day,
        }
    }

    pub fn kiosk(kiosk: &KioskId, bytes_per_day: u64) -> Self {
        Self {
            owner: format!("kiosk:{}", kiosk.0),
            bytes_per_day,
        }
    }
}

/// The `owner` of the files an account sent.
pub fn account_owner(account: &AccountId) -> String {
    format!("account:{}", account.0)
}

/// What keeping an attachment did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeptAttachment {
    Kept(AttachmentReceipt),
    /// With this file the sender would pass their bytes for the day; nothing was kept.
    OverQuota,
}

/// How long the bytes a sender sent count against their quota.
pub const QUOTA_WINDOW_MILLIS: i64 = 24 * 60 * 60 * 1000;

/// Turns a mutation's result into the response to keep for its idempotency key.
pub type Respond<T> = Box<dyn FnOnce(&T) -> StoredResponse + Send>;

/// The city's published lists: the procedure catalogue, the departments residents can ask, and
/// the areas (districts, 町丁目) notices are aimed at.
#[async_trait]
pub trait CatalogueStore: Send + Sync {
    /// The city's procedure catalogue, in the city's order.
    async fn catalogue(&self) -> Result<ProcedureCatalogue, StoreError>;

    /// Replaces the catalogue as a whole, atomically: a reader sees the old one or the new one.
    async fn replace_catalogue(&self, catalogue: ProcedureCatalogue) -> Result<(), StoreError>;

    /// Whether the catalogue has no procedures yet.
    async fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.catalogue().await?.procedures.is_empty())
    }

    /// The city's listed departments, in its order.
    async fn departments(&self) -> Result<DepartmentCatalogue, StoreError>;

    /// Makes `departments` the listed ones; a department no longer listed keeps its row and names
    /// (questions asked before may name it).
    async fn replace_departments(&self, departments: DepartmentCatalogue) -> Result<(), StoreError>;

    /// The city's areas, in the city's order (empty before any is loaded).
    async fn areas(&self) -> Result<AreaList, StoreError>;

    /// Replaces the list of areas as a whole, atomically. Nothing else refers to a row: notices
    /// keep the codes they named, so a code dropped from the list only stops new notices naming it.
    async fn replace_areas(&self, areas: AreaList) -> Result<(), StoreError>;
}

/// Japan Post's addresses by postal code (or the demo city's).
#[async_trait]
pub trait PostalStore: Send + Sync {
    /// The addresses with this postal code, in the order the data gave them (usually one).
    async fn postal_addresses(&self, code: PostalCode) -> Result<Vec<PostalAddress>, StoreError>;

    /// Replaces every postal address at once (an import, or the demo city); returns how many.
    async fn replace_postal_addresses(
        &self,
        entries: Vec<(PostalCode, PostalAddress)>,
    ) -> Result<usize, StoreError>;

    /// Whether no postal address is loaded yet.
    async fn has_no_postal_addresses(&self) -> Result<bool, StoreError>;
}

/// Files residents attach, kept until an application quotes them.
#[async_trait]
pub trait AttachmentStore: Send + Sync {
    /// Keeps an attachment and, **in the same transaction**, finishes `claim` with the response
    /// `respond` makes of the receipt; unless the sender's files of the last 24 hours (by
    /// `claim.at`) and this one come to more than their quota. Two uploads of one sender at once
    /// are counted one after the other (SQLite's one writer; a lock per sender on PostgreSQL), so
    /// the quota holds under any flood.
    async fn create_attachment(
        &self,
        attachment: NewAttachment,
        claim: IdempotencyClaim,
        respond: Respond<AttachmentReceipt>,
    ) -> Result<KeptAttachment, StoreError>;

    /// The bytes of a kept attachment.
    async fn attachment_content(&self, id: String) -> Result<Option<Vec<u8>>, StoreError>;

    /// Deletes every attachment (row and bytes) received before `received_before` that no
    /// application quotes; returns how many. A file an application claims at the same moment is
    /// either claimed first (and kept) or gone first (and the application is refused): the claim
    /// and the delete both take the row.
    async fn purge_unclaimed_attachments(&self, received_before: UnixMillis) -> Result<u64, StoreError>;
}

/// The keys that make every mutation safe to retry, shared by every server instance.
#[async_trait]
pub trait IdempotencyStore: Send + Sync {
    /// Claims `claim.key` for a request, or says why not (see [`ClaimOutcome`]). Two instances
    /// claiming the same key at once: exactly one gets [`ClaimOutcome::Claimed`].
    async fn claim_idempotency_key(
        &self,
        claim: IdempotencyClaim,
        rules: ClaimRules,
    ) -> Result<ClaimOutcome, StoreError>;

    /// Keeps `response` for replay, unless the mutation already did so in its own transaction.
    async fn finish_idempotency_key(
        &self,
        claim: IdempotencyClaim,
        response: StoredResponse,
    ) -> Result<(), StoreError>;

    /// Gives a claim up (the request failed on our side; a retry should run it again).
    async fn release_idempotency_key(&self, claim: IdempotencyClaim) -> Result<(), StoreError>;
}

/// The database as a whole: is it there, and which schema does it hold.
#[async_trait]
pub trait DatabaseHealth: Send + Sync {
    /// Runs a trivial query: `Ok` when the database answers (`GET /api/health`).
    async fn ping(&self) -> Result<(), StoreError>;
}

/// What importing a form did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportedForm {
    Imported,
    /// A version that is not newer than the newest kept: versions only grow, because submissions
    /// name the version they were filled against.
    NotNewer {
        newest: u32,
    },
}

/// Procedures' forms, every version kept.
#[async_trait]
pub trait FormStore: Send + Sync {
    /// Keeps a (checked) form as its procedure's newest version.
    async fn import_form(&self, form: FormSchema, at: UnixMillis) -> Result<ImportedForm, StoreError>;

    /// A procedure's form: the given version, or the newest when `version` is `None`.
    async fn form(
        &self,
        procedure: ProcedureId,
        version: Option<u32>,
    ) -> Result<Option<FormSchema>, StoreError>;
}

/// An application that passed the validator, ready to keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewApplication {
    pub procedure: ProcedureId,
    pub form_version: u32,
    /// The accepted answers (normalised, hidden fields dropped).
    pub answers: BTreeMap<FieldId, Answer>,
    /// Attachment ids the answers quote; each must exist and belong to no other application.
    pub attachments: Vec<String>,
    /// Hex SHA-256 of the access token handed back in the receipt.
    pub access_token_sha256: String,
    /// The reference's first part, the city's code and the year (`YMS-2026`); the store adds the
    /// application's number (`YMS-2026-000123`).
    pub reference_prefix: String,
    /// The access token itself, for the receipt (and the response kept for the key); never stored
    /// in the application's row.
    pub access_token: String,
}

/// What submitting an application did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubmittedApplication {
    Submitted(ApplicationReceipt),
    /// An attachment it quotes does not exist or already belongs to another application.
    AttachmentUnavailable(String),
}

/// A status change asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewStatus {
    pub to: ApplicationStatus,
    pub actor: Actor,
    pub message: Option<String>,
    pub at: UnixMillis,
    /// With a resubmission: the answers that replace the application's (already validated) and
    /// the attachments they quote, each free or already this application's.
    pub answers: Option<NewAnswers>,
}

/// Answers that passed the validator, with the attachments they quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAnswers {
    pub answers: BTreeMap<FieldId, Answer>,
    pub attachments: Vec<String>,
}

/// What a status change did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatusChanged {
    Changed(Application),
    NotFound,
    /// The rules do not allow this actor to move the application from `from` to the asked status.
    NotAllowed {
        from: ApplicationStatus,
    },
    /// New answers quote an attachment that does not exist or belongs to another application.
    AttachmentUnavailable(String),
}

/// Residents' applications and their statuses.
#[async_trait]
pub trait ApplicationStore: Send + Sync {
    /// Keeps an application, claims the attachments it quotes, records its first status
    /// (`submitted`) and, **in the same transaction**, finishes `claim` with the response `respond`
    /// makes of the receipt.
    async fn submit_application(
        &self,
        application: NewApplication,
        claim: IdempotencyClaim,
        respond: Respond<ApplicationReceipt>,
    ) -> Result<SubmittedApplication, StoreError>;

    /// An application and the hash of its access token.
    async fn application(
        &self,
        reference: ApplicationReference,
    ) -> Result<Option<(Application, String)>, StoreError>;

    /// Every application, oldest first (staff view).
    async fn applications(&self) -> Result<Vec<Application>, StoreError>;

    /// The newest `limit` applications submitted while signed in to `account`, newest first (what
    /// the resident already told the city: "once only" learns their details from these).
    async fn account_applications(
        &self,
        account: AccountId,
        limit: u32,
    ) -> Result<Vec<Application>, StoreError>;

    /// Moves an application to another status if [`ApplicationStatus::may_move`] allows it from the
    /// status it has **at that moment** (a locked row or a conditional update, so two changes
    /// cannot both start from the same status), appends the history entry and finishes `claim`,
    /// all in one transaction.
    async fn change_application_status(
        &self,
        reference: ApplicationReference,
        change: NewStatus,
        claim: IdempotencyClaim,
        respond: Respond<Application>,
    ) -> Result<StatusChanged, StoreError>;
}

/// The calendar booking stands on: the published national holidays.
#[async_trait]
pub trait HolidayStore: Send + Sync {
    /// Replaces the published holidays as a whole, atomically; returns how many days.
    async fn replace_holidays(&self, list: HolidayList) -> Result<usize, StoreError>;

    /// The published holidays, or `None` before any import.
    async fn holidays(&self) -> Result<Option<HolidayList>, StoreError>;
}

// A concern to come adds a trait here (or in a file of its own, as accounts, bookings and notices
// do), a file in `sqlite/` and `postgres/`, and a bound on `Store`.

/// Every concern at once: what the server's state holds. Implemented for any type that
/// implements them all, so a backend only implements the per-concern traits.
pub trait Store:
    CatalogueStore
    + PostalStore
    + AttachmentStore
    + FormStore
    + ApplicationStore
    + HolidayStore
    + AccountStore
    + PasskeyStore
    + StaffStore
    + KioskStore
    + AuditStore
    + RateLimitStore
    + BookingStore
    + NoticeStore
    + PushStore
    + IdempotencyStore
    + DatabaseHealth
    + 'static
{
}

impl<T> Store for T where
    T: CatalogueStore
        + PostalStore
        + AttachmentStore
        + FormStore
        + ApplicationStore
        + HolidayStore
        + AccountStore
        + PasskeyStore
        + StaffStore
        + KioskStore
        + AuditStore
        + RateLimitStore
        + BookingStore
        + NoticeStore
        + PushStore
        + IdempotencyStore
        + DatabaseHealth
        + 'static
{
}

/// Opens (creating and migrating as needed) the store `location` names.
pub async fn open(location: &DatabaseLocation) -> Result<Arc<dyn Store>, StoreError> {
    Ok(match location {
        DatabaseLocation::Sqlite(path) => Arc::new(SqliteStore::open(path)?),
        DatabaseLocation::Postgres(url) => Arc::new(PostgresStore::connect(url).await?),
    })
}

/// Brings the database `location` names up to this build's schema and returns its version.
pub async fn migrate(location: &DatabaseLocation) -> Result<usize, StoreError> {
    match location {
        DatabaseLocation::Sqlite(path) => SqliteStore::open(path).map(|_| sqlite::SCHEMA_VERSION),
        DatabaseLocation::Postgres(url) => {
            PostgresStore::connect(url).await?;
            Ok(postgres::SCHEMA_VERSION)
        }
    }
}
