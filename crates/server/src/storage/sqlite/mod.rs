//! The embedded store: one SQLite file in WAL mode, one writer connection owned by a thread that
//! commits queued writes in groups (`writer.rs`), and a small pool of read-only connections used
//! from Tokio's blocking pool. Readers never queue behind a write (WAL lets them read the last
//! committed state while the writer works), so a 10 MiB attachment being committed does not hold
//! up catalogue reads.
//!
//! **Durability:** `journal_mode = WAL` with `synchronous = FULL` for every write of residents'
//! data: a commit returns only after the WAL is synced to disk, and no write is answered before
//! its commit returned. Idempotency bookkeeping alone commits with NORMAL (`writer.rs` says why
//! losing it to a power loss is harmless). It survives a killed process (the WAL is replayed on the next open) and
//! a power loss or OS crash (the commit was on disk before the server answered). NORMAL would be
//! faster but could lose the last commits on power loss, and a lost commit behind a 201 is an
//! application the resident was told we have.
//!
//! **Files:** the database's folder is created 0700 and the file 0600 (SQLite gives its `-wal`
//! and `-shm` files the database file's mode), so residents' data is readable by the server's
//! user only.

mod account_data;
mod accounts;
mod applications;
mod attachments;
mod audit;
mod bookings;
mod catalogue;
mod error;
mod forms;
mod holidays;
mod idempotency;
mod kiosks;
mod migrations;
mod notices;
mod passkeys;
mod postal;
mod push;
mod staff;
mod writer;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use madoguchi_domain::application::{Application, ApplicationReceipt, ApplicationReference};
use std::num::NonZeroU32;

use madoguchi_domain::booking::{
    Booking, BookingConfig, BookingReceipt, BookingReference, HolidayList, WaitlistEntry, WaitlistReceipt,
};
use madoguchi_domain::form::FormSchema;
use madoguchi_domain::notice::AreaList;
use madoguchi_domain::{
    AttachmentReceipt, DepartmentCatalogue, PostalAddress, PostalCode, ProcedureCatalogue, ProcedureId,
    UnixMillis,
};
use rusqlite::{Connection, OpenFlags};
use tokio::sync::Semaphore;

use self::writer::{Durability, Writer};

use madoguchi_domain::account::{
    AccountExport, AccountId, AccountView, AuditEntry, DeviceId, DeviceView, EmailAddress, IdentityLevel,
    KioskId, Username,
};

use super::{
    Accepted, AccountStore, ApplicationStore, AttachmentStore, AuditStore, Booked, BookingChanged,
    BookingStore, CatalogueStore, ChangeRequest, ClaimOutcome, ClaimRules, CodeAttempt, CodeOutcome,
    DatabaseHealth, FormStore, HolidayStore, IdempotencyClaim, IdempotencyStore, ImportedForm, Joined,
    KeptAttachment, KioskRecord, KioskStore, NewAccessToken, NewApplication, NewAttachment, NewBooking,
    NewKiosk, NewStaff, NewStatus, Occupancy, PostalStore, RateLimitStore, ReminderMail, ResidentPrincipal,
    Respond, StaffCredentials, StaffPrincipal, StaffStore, StatusChanged, StoreError, StoredResponse,
    SubmittedApplication,
};

/// The schema version this build brings a SQLite database to.
pub const SCHEMA_VERSION: usize = migrations::LATEST;

/// Read connections kept open: enough for both cores' worth of readers while a write runs.
const READERS: usize = 4;

/// How long a statement waits for a lock another process holds (a backup, the CLI) before the
/// store reports [`StoreError::Retryable`] (503 to the client) instead of hanging.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Clone)]
pub struct SqliteStore {
    inner: Arc<Inner>,
}

struct Inner {
    path: PathBuf,
    writer: Writer,
    /// Idle read connections; at most [`READERS`] exist, one per permit.
    idle_readers: std::sync::Mutex<Vec<Connection>>,
    read_permits: Semaphore,
}

impl SqliteStore {
    /// Opens (creating the folder 0700 and the file 0600 if missing) the database at `path` and
    /// migrates it.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        create_private(path)?;
        let mut writer = Connection::open(path)?;
        writer.busy_timeout(BUSY_TIMEOUT)?;
        writer.pragma_update(None, "journal_mode", "WAL")?;
        writer.pragma_update(None, "synchronous", "FULL")?;
        writer.pragma_update(None, "foreign_keys", "ON")?;
        migrations::migrate(&mut writer)?;
        Ok(Self {
            inner: Arc::new(Inner {
                path: path.to_owned(),
                writer: Writer::start(writer)?,
                idle_readers: std::sync::Mutex::new(Vec::new()),
                read_permits: Semaphore::new(READERS),
            }),
        })
    }

    /// Opens an existing database read-only, without creating or migrating anything
    /// (`copy-data` reads its source this way, so a wrong path changes nothing).
    pub fn open_existing_read_only(path: &Path) -> Result<Connection, StoreError> {
        if !path.is_file() {
            return Err(StoreError::Unavailable(format!(
                "{} is not a file",
                path.display()
            )));
        }
        let conn = open_reader(path)?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if usize::try_from(version).ok() != Some(SCHEMA_VERSION) {
            return Err(StoreError::Corrupt(format!(
                "{} has schema version {version}, this server expects {SCHEMA_VERSION}: run `madoguchi-server migrate` on it first",
                path.display()
            )));
        }
        Ok(conn)
    }

    /// Runs `f` on a read-only connection from the pool: a consistent snapshot when `f` opens a
    /// transaction, never waiting for the writer.
    async fn read<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let _permit = self
            .inner
            .read_permits
            .acquire()
            .await
            .map_err(|e| StoreError::Internal(e.to_string()))?;
        let inner = Arc::clone(&self.inner);
        tokio::task::spawn_blocking(move || {
            let idle = inner
                .idle_readers
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .pop();
            let mut conn = match idle {
                Some(conn) => conn,
                None => open_reader(&inner.path)?,
            };
            let result = f(&mut conn);
            inner
                .idle_readers
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .push(conn);
            result
        })
        .await?
    }

    /// Runs `f` inside the writer's transaction (see `writer.rs`); returns once it is durable.
    /// The group's transaction begins IMMEDIATE, so a read-then-write never fails half-way
    /// because another process (the CLI, a backup) wrote in between.
    async fn write<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        self.inner.writer.write(Durability::Full, f).await
    }

    /// [`Self::write`] for bookkeeping a power loss may undo harmlessly (see `writer.rs`).
    async fn write_light<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        self.inner.writer.write(Durability::Light, f).await
    }
}

fn open_reader(path: &Path) -> Result<Connection, StoreError> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI,
    )?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    Ok(conn)
}

/// Creates the database's folder (0700) and an empty file (0600) if they are missing. An empty
/// file is a valid empty SQLite database; creating it ourselves fixes its mode before SQLite
/// opens it with the process's umask.
fn create_private(path: &Path) -> Result<(), StoreError> {
    let unavailable = |what: &Path, e: std::io::Error| {
        StoreError::Unavailable(format!("cannot prepare {}: {e}", what.display()))
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(dir).map_err(|e| unavailable(dir, e))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map_err(|e| unavailable(path, e))?;
    Ok(())
}

#[async_trait]
impl CatalogueStore for SqliteStore {
    async fn catalogue(&self) -> Result<ProcedureCatalogue, StoreError> {
        self.read(catalogue::read_catalogue).await
    }

    async fn replace_catalogue(&self, catalogue: ProcedureCatalogue) -> Result<(), StoreError> {
        self.write(move |conn| catalogue::write_catalogue(conn, &catalogue))
            .await
    }

    async fn departments(&self) -> Result<DepartmentCatalogue, StoreError> {
        self.read(catalogue::read_departments).await
    }

    async fn replace_departments(&self, departments: DepartmentCatalogue) -> Result<(), StoreError> {
        self.write(move |conn| catalogue::write_departments(conn, &departments))
            .await
    }

    async fn areas(&self) -> Result<AreaList, StoreError> {
        self.read(catalogue::read_areas).await
    }

    async fn replace_areas(&self, areas: AreaList) -> Result<(), StoreError> {
        self.write(move |conn| catalogue::write_areas(conn, &areas)).await
    }
}

#[async_trait]
impl PostalStore for SqliteStore {
    async fn postal_addresses(&self, code: PostalCode) -> Result<Vec<PostalAddress>, StoreError> {
        self.read(move |conn| postal::addresses(conn, code)).await
    }

    async fn replace_postal_addresses(
        &self,
        entries: Vec<(PostalCode, PostalAddress)>,
    ) -> Result<usize, StoreError> {
        self.write(move |conn| postal::replace(conn, &entries)).await
    }

    async fn has_no_postal_addresses(&self) -> Result<bool, StoreError> {
        self.read(postal::is_empty).await
    }
}

#[async_trait]
impl AttachmentStore for SqliteStore {
    async fn create_attachment(
        &self,
        attachment: NewAttachment,
        claim: IdempotencyClaim,
        respond: Respond<AttachmentReceipt>,
    ) -> Result<KeptAttachment, StoreError> {
        self.write(move |conn| attachments::create(conn, &attachment, &claim, respond))
            .await
    }

    async fn attachment_content(&self, id: String) -> Result<Option<Vec<u8>>, StoreError> {
        self.read(move |conn| attachments::content(conn, &id)).await
    }

    async fn purge_unclaimed_attachments(&self, received_before: UnixMillis) -> Result<u64, StoreError> {
        self.write(move |conn| attachments::purge_unclaimed(conn, received_before))
            .await
    }
}

#[async_trait]
impl FormStore for SqliteStore {
    async fn import_form(&self, form: FormSchema, at: UnixMillis) -> Result<ImportedForm, StoreError> {
        self.write(move |conn| forms::import(conn, &form, at)).await
    }

    async fn form(
        &self,
        procedure: ProcedureId,
        version: Option<u32>,
    ) -> Result<Option<FormSchema>, StoreError> {
        self.read(move |conn| forms::read(conn, &procedure, version))
            .await
    }
}

#[async_trait]
impl ApplicationStore for SqliteStore {
    async fn submit_application(
        &self,
        application: NewApplication,
        claim: IdempotencyClaim,
        respond: Respond<ApplicationReceipt>,
    ) -> Result<SubmittedApplication, StoreError> {
        self.write(move |conn| applications::submit(conn, &application, &claim, respond))
            .await
    }

    async fn application(
        &self,
        reference: ApplicationReference,
    ) -> Result<Option<(Application, String)>, StoreError> {
        self.read(move |conn| applications::find(conn, &reference)).await
    }

    async fn applications(&self) -> Result<Vec<Application>, StoreError> {
        self.read(applications::list).await
    }

    async fn account_applications(
        &self,
        account: AccountId,
        limit: u32,
    ) -> Result<Vec<Application>, StoreError> {
        self.read(move |conn| applications::of_account(conn, &account, limit))
            .await
    }

    async fn change_application_status(
        &self,
        reference: ApplicationReference,
        change: NewStatus,
        claim: IdempotencyClaim,
        respond: Respond<Application>,
    ) -> Result<StatusChanged, StoreError> {
        self.write(move |conn| applications::change_status(conn, &reference, &change, &claim, respond))
            .await
    }
}

#[async_trait]
impl HolidayStore for SqliteStore {
    async fn replace_holidays(&self, list: HolidayList) -> Result<usize, StoreError> {
        self.write(move |conn| holidays::replace(conn, &list)).await
    }

    async fn holidays(&self) -> Result<Option<HolidayList>, StoreError> {
        self.read(holidays::read).await
    }
}

#[async_trait]
impl AccountStore for SqliteStore {
    async fn put_sign_in_code(
        &self,
        email: EmailAddress,
        code_digest: String,
        expires_at: UnixMillis,
        attempts: u32,
    ) -> Result<(), StoreError> {
        self.write(move |tx| accounts::put_code(tx, &email, &code_digest, expires_at, attempts))
            .await
    }

    async fn sign_in_with_code(&self, attempt: CodeAttempt) -> Result<CodeOutcome, StoreError> {
        self.write(move |tx| accounts::sign_in(tx, &attempt)).await
    }

    async fn refresh_access(
        &self,
        credential_sha256: String,
        access: NewAccessToken,
        at: UnixMillis,
    ) -> Result<Option<ResidentPrincipal>, StoreError> {
        self.write(move |tx| accounts::refresh(tx, &credential_sha256, &access, at))
            .await
    }

    async fn resident_by_token(
        &self,
        token_sha256: String,
        at: UnixMillis,
    ) -> Result<Option<ResidentPrincipal>, StoreError> {
        self.read(move |conn| accounts::by_token(conn, &token_sha256, at))
            .await
    }

    async fn account(&self, id: AccountId) -> Result<Option<AccountView>, StoreError> {
        self.read(move |conn| accounts::account(conn, &id)).await
    }

    async fn account_by_email(&self, email: EmailAddress) -> Result<Option<AccountId>, StoreError> {
        self.read(move |conn| accounts::account_by_email(conn, &email))
            .await
    }

    async fn devices(&self, account: AccountId) -> Result<Vec<DeviceView>, StoreError> {
        self.read(move |conn| accounts::devices(conn, &account)).await
    }

    async fn revoke_device(
        &self,
        account: AccountId,
        device: DeviceId,
        at: UnixMillis,
    ) -> Result<bool, StoreError> {
        self.write(move |tx| accounts::revoke(tx, &account, &device, at))
            .await
    }

    async fn set_identity_level(
        &self,
        account: AccountId,
        level: IdentityLevel,
        audit: AuditEntry,
    ) -> Result<bool, StoreError> {
        self.write(move |tx| accounts::set_level(tx, &account, level, &audit))
            .await
    }

    async fn export_account(
        &self,
        account: AccountId,
        at: UnixMillis,
    ) -> Result<Option<AccountExport>, StoreError> {
        self.read(move |conn| account_data::export(conn, &account, at))
            .await
    }

    async fn delete_account(
        &self,
        account: AccountId,
        claim: IdempotencyClaim,
        respond: Respond<()>,
    ) -> Result<bool, StoreError> {
        let response = respond(&());
        self.write(move |tx| account_data::delete(tx, &account, &claim, &response))
            .await
    }
}

#[async_trait]
impl KioskStore for SqliteStore {
    async fn register_kiosk(&self, kiosk: NewKiosk) -> Result<bool, StoreError> {
        self.write(move |tx| kiosks::register(tx, &kiosk)).await
    }

    async fn kiosk_by_credential(
        &self,
        credential_sha256: String,
    ) -> Result<Option<KioskRecord>, StoreError> {
        self.read(move |conn| kiosks::by_credential(conn, &credential_sha256))
            .await
    }

    async fn kiosks(&self) -> Result<Vec<KioskRecord>, StoreError> {
        self.read(kiosks::list).await
    }

    async fn revoke_kiosk(&self, id: KioskId, at: UnixMillis) -> Result<bool, StoreError> {
        self.write(move |tx| kiosks::revoke(tx, &id, at)).await
    }
}

#[async_trait]
impl StaffStore for SqliteStore {
    async fn create_staff(&self, new: NewStaff) -> Result<bool, StoreError> {
        self.write(move |tx| staff::create(tx, &new)).await
    }

    async fn staff_credentials(&self, username: Username) -> Result<Option<StaffCredentials>, StoreError> {
        self.read(move |conn| staff::credentials(conn, &username)).await
    }

    async fn start_staff_session(
        &self,
        username: Username,
        totp_step: u64,
        token_sha256: String,
        expires_at: UnixMillis,
    ) -> Result<bool, StoreError> {
        self.write(move |tx| staff::start_session(tx, &username, totp_step, &token_sha256, expires_at))
            .await
    }

    async fn staff_by_token(
        &self,
        token_sha256: String,
        at: UnixMillis,
    ) -> Result<Option<StaffPrincipal>, StoreError> {
        self.read(move |conn| staff::by_token(conn, &token_sha256, at))
            .await
    }

    async fn end_staff_session(&self, token_sha256: String, at: UnixMillis) -> Result<(), StoreError> {
        self.write(move |tx| staff::end_session(tx, &token_sha256, at))
            .await
    }
}

#[async_trait]
impl AuditStore for SqliteStore {
    async fn append_audit(&self, entry: AuditEntry) -> Result<(), StoreError> {
        self.write(move |tx| audit::append(tx, &entry)).await
    }

    async fn audit_about(&self, resident: AccountId) -> Result<Vec<AuditEntry>, StoreError> {
        self.read(move |conn| audit::about(conn, &resident)).await
    }
}

#[async_trait]
impl RateLimitStore for SqliteStore {
    /// Light durability: a power loss that forgets a few counted tries is harmless.
    async fn hit_rate_limit(
        &self,
        bucket: String,
        window_start: UnixMillis,
        limit: u32,
        forget_before: UnixMillis,
    ) -> Result<bool, StoreError> {
        self.write_light(move |tx| audit::hit(tx, &bucket, window_start, limit, forget_before))
            .await
    }
}

#[async_trait]
impl BookingStore for SqliteStore {
    async fn replace_booking_config(&self, config: BookingConfig, at: UnixMillis) -> Result<(), StoreError> {
        self.write(move |conn| bookings::replace_config(conn, &config, at))
            .await
    }

    async fn booking_config(&self) -> Result<Option<BookingConfig>, StoreError> {
        self.read(bookings::config).await
    }

    async fn occupancy(&self, from: UnixMillis, until: UnixMillis) -> Result<Occupancy, StoreError> {
        self.read(move |conn| bookings::occupancy(conn, from, until))
            .await
    }

    async fn book(
        &self,
        booking: NewBooking,
        claim: IdempotencyClaim,
        respond: Respond<BookingReceipt>,
    ) -> Result<Booked, StoreError> {
        self.write(move |conn| bookings::book(conn, &booking, &claim, respond))
            .await
    }

    async fn booking(&self, reference: BookingReference) -> Result<Option<(Booking, String)>, StoreError> {
        self.read(move |conn| bookings::find(conn, &reference)).await
    }

    async fn change_booking(
        &self,
        reference: BookingReference,
        change: ChangeRequest,
        claim: IdempotencyClaim,
        respond: Respond<Booking>,
    ) -> Result<BookingChanged, StoreError> {
        self.write(move |conn| bookings::change(conn, &reference, &change, &claim, respond))
            .await
    }

    async fn bookings_between(
        &self,
        from: UnixMillis,
        until: UnixMillis,
    ) -> Result<Vec<Booking>, StoreError> {
        self.read(move |conn| bookings::between(conn, from, until)).await
    }

    async fn join_waitlist(
        &self,
        entry: NewBooking,
        claim: IdempotencyClaim,
        respond: Respond<WaitlistReceipt>,
    ) -> Result<Joined, StoreError> {
        self.write(move |conn| bookings::join(conn, &entry, &claim, respond))
            .await
    }

    async fn waitlist_entry(
        &self,
        reference: BookingReference,
    ) -> Result<Option<(WaitlistEntry, String)>, StoreError> {
        self.read(move |conn| bookings::waitlist_entry(conn, &reference))
            .await
    }

    async fn accept_offer(
        &self,
        reference: BookingReference,
        booking: NewBooking,
        claim: IdempotencyClaim,
        respond: Respond<BookingReceipt>,
    ) -> Result<Accepted, StoreError> {
        self.write(move |conn| bookings::accept(conn, &reference, &booking, &claim, respond))
            .await
    }

    async fn sweep_waitlist(&self, now: UnixMillis, offer_minutes: NonZeroU32) -> Result<usize, StoreError> {
        self.write(move |conn| bookings::sweep(conn, now, offer_minutes))
            .await
    }

    async fn remind_bookings(
        &self,
        from: UnixMillis,
        until: UnixMillis,
        now: UnixMillis,
    ) -> Result<usize, StoreError> {
        self.write(move |conn| bookings::remind(conn, (from, until), now))
            .await
    }

    async fn claim_reminder_mails(
        &self,
        from: UnixMillis,
        until: UnixMillis,
        now: UnixMillis,
        claimed_until: UnixMillis,
    ) -> Result<Vec<ReminderMail>, StoreError> {
        self.write(move |conn| bookings::claim_mails(conn, (from, until), now, claimed_until))
            .await
    }

    async fn reminder_mail_sent(&self, mail: ReminderMail) -> Result<(), StoreError> {
        self.write(move |conn| bookings::mail_sent(conn, &mail)).await
    }

    async fn release_reminder_mail(&self, mail: ReminderMail) -> Result<(), StoreError> {
        self.write(move |conn| bookings::release_mail(conn, &mail)).await
    }
}

#[async_trait]
impl IdempotencyStore for SqliteStore {
    /// The writer thread runs one write at a time, and SQLite's write lock (taken when its
    /// transaction begins) serialises processes: the read-then-insert in `idempotency::claim`
    /// cannot interleave with another.
    async fn claim_idempotency_key(
        &self,
        claim: IdempotencyClaim,
        rules: ClaimRules,
    ) -> Result<ClaimOutcome, StoreError> {
        self.write_light(move |conn| idempotency::claim(conn, &claim, rules))
            .await
    }

    async fn finish_idempotency_key(
        &self,
        claim: IdempotencyClaim,
        response: StoredResponse,
    ) -> Result<(), StoreError> {
        self.write_light(move |conn| idempotency::finish(conn, &claim, &response).map(|_| ()))
            .await
    }

    async fn release_idempotency_key(&self, claim: IdempotencyClaim) -> Result<(), StoreError> {
        self.write_light(move |conn| idempotency::release(conn, &claim))
            .await
    }
}

#[async_trait]
impl DatabaseHealth for SqliteStore {
    async fn ping(&self) -> Result<(), StoreError> {
        self.read(|conn| Ok(conn.query_row("SELECT 1", [], |_| Ok(()))?))
            .await
    }
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt as _;

    use super::*;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).expect("exists").permissions().mode() & 0o777
    }

    #[tokio::test]
    async fn the_folder_is_created_0700_and_the_database_and_its_wal_0600() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("madoguchi");
        let path = folder.join("city.sqlite3");
        let store = SqliteStore::open(&path).unwrap();
        store.replace_catalogue(crate::demo::catalogue()).await.unwrap();
        assert_eq!(mode(&folder), 0o700);
        for file in ["city.sqlite3", "city.sqlite3-wal", "city.sqlite3-shm"] {
            assert_eq!(mode(&folder.join(file)), 0o600, "{file}");
        }
    }

    #[tokio::test]
    async fn reads_do_not_wait_for_a_write_in_progress() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("c.sqlite3")).unwrap();
        store.replace_catalogue(crate::demo::catalogue()).await.unwrap();
        // A long write (a 10 MiB attachment being committed) holds the writer ...
        let (release, held) = std::sync::mpsc::channel::<()>();
        let long_write = tokio::spawn({
            let store = store.clone();
            async move { store.write(move |_| Ok(held.recv().is_ok())).await }
        });
        tokio::time::sleep(Duration::from_millis(50)).await;
        // ... while residents keep reading the catalogue.
        let read = tokio::time::timeout(Duration::from_secs(5), store.catalogue()).await;
        assert_eq!(read.expect("not blocked").unwrap(), crate::demo::catalogue());
        let write = tokio::time::timeout(
            Duration::from_millis(200),
            store.replace_catalogue(crate::demo::catalogue()),
        )
        .await;
        assert!(write.is_err(), "a second writer waits its turn");
        release.send(()).unwrap();
        assert!(long_write.await.unwrap().unwrap());
    }

    #[tokio::test]
    async fn residents_data_commits_with_full_sync_and_bookkeeping_alone_without() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("c.sqlite3")).unwrap();
        let synchronous = |conn: &Connection| -> Result<i64, StoreError> {
            Ok(conn.pragma_query_value(None, "synchronous", |r| r.get(0))?)
        };
        assert_eq!(store.write(synchronous).await.unwrap(), 2, "FULL");
        assert_eq!(store.write_light(synchronous).await.unwrap(), 1, "NORMAL");
        assert_eq!(store.write(synchronous).await.unwrap(), 2, "FULL again");
    }

    #[tokio::test]
    async fn the_durability_setting_is_full_in_wal_mode() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("c.sqlite3")).unwrap();
        let (journal, synchronous): (String, i64) = store
            .write(|conn| {
                Ok((
                    conn.pragma_query_value(None, "journal_mode", |r| r.get(0))?,
                    conn.pragma_query_value(None, "synchronous", |r| r.get(0))?,
                ))
            })
            .await
            .unwrap();
        assert_eq!(journal, "wal");
        assert_eq!(synchronous, 2, "FULL: a commit is on disk before we answer");
    }
}
