//! The store for a city that outgrows one machine: PostgreSQL through `tokio-postgres`, with a
//! `deadpool-postgres` pool per server instance. Instances share nothing but the database, so any
//! number of them can run behind a load balancer; what must not interleave between them
//! (idempotency claims; replacing the catalogue) is serialised by the database itself with row
//! locks or advisory locks, documented at each function.
//!
//! Connections are plain TCP (or a Unix socket): run the database on a private network or
//! loopback. TLS to the database is not built yet (see `deploy/README.md`).

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

use std::str::FromStr as _;
use std::time::Duration;

use async_trait::async_trait;
use deadpool_postgres::{Manager, ManagerConfig, Object, Pool, RecyclingMethod, Runtime};
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
use tokio_postgres::NoTls;

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

pub(crate) use migrations::apply as apply_migrations;

/// The schema version this build brings a PostgreSQL database to.
pub const SCHEMA_VERSION: usize = migrations::LATEST;

/// Connections per instance. Two cores' worth of request handling rarely needs more; PostgreSQL's
/// default `max_connections` (100) leaves room for several instances and the operators.
const POOL_SIZE: usize = 16;

/// How long a request waits for a free connection or a new one before the instance answers
/// 503: a database that does not answer must make the load balancer drop us, not hang.
const WAIT: Duration = Duration::from_secs(5);

/// How often an instance purges idempotency keys past their retention (in the clock's millis).
const PURGE_EVERY_MILLIS: i64 = 60_000;

#[derive(Clone)]
pub struct PostgresStore {
    pool: Pool,
    /// When this instance last purged expired keys (the claims' clock), so a claim pays for it
    /// at most once a minute instead of every time.
    last_purge: std::sync::Arc<std::sync::atomic::AtomicI64>,
    /// Where the pool connects, for the one connection outside it that `LISTEN`s for notice
    /// events (`notices.rs`). Never printed: it may hold a password.
    config: std::sync::Arc<tokio_postgres::Config>,
    /// Form versions read so far. A version never changes once imported (an import must be newer
    /// than the kept one), so a submission judged against it needs no round trip for its schema.
    forms: std::sync::Arc<std::sync::Mutex<std::collections::HashMap<(ProcedureId, u32), FormSchema>>>,
}

impl PostgresStore {
    /// Connects to `url` (checking the database answers) and migrates it.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        let pool = pool(url)?;
        let mut client = pool.get().await?;
        migrations::migrate(&mut client).await?;
        Ok(Self {
            pool,
            last_purge: std::sync::Arc::new(std::sync::atomic::AtomicI64::new(i64::MIN)),
            config: std::sync::Arc::new(connection_config(url)?),
            forms: std::sync::Arc::default(),
        })
    }

    /// Connects without migrating (`copy-data` checks the target's version itself).
    pub(crate) async fn client(url: &str) -> Result<Object, StoreError> {
        Ok(pool(url)?.get().await?)
    }

    async fn conn(&self) -> Result<Object, StoreError> {
        Ok(self.pool.get().await?)
    }
}

/// A transaction holding the advisory lock `key` until it ends: what is replaced as a whole (the
/// catalogue, the departments, the postal codes) is replaced by one instance at a time.
pub(super) async fn locked(
    client: &mut Object,
    key: i64,
) -> Result<deadpool_postgres::Transaction<'_>, StoreError> {
    let tx = client.transaction().await?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&key]).await?;
    Ok(tx)
}

/// How every connection of ours connects: the URL, a connect timeout, our name in `pg_stat_activity`.
fn connection_config(url: &str) -> Result<tokio_postgres::Config, StoreError> {
    let mut config = tokio_postgres::Config::from_str(url)
        .map_err(|e| StoreError::Unavailable(format!("not a PostgreSQL URL: {e}")))?;
    config.connect_timeout(WAIT);
    config.application_name("madoguchi-server");
    Ok(config)
}

fn pool(url: &str) -> Result<Pool, StoreError> {
    let config = connection_config(url)?;
    let manager = Manager::from_config(
        config,
        NoTls,
        ManagerConfig {
            recycling_method: RecyclingMethod::Fast,
        },
    );
    Pool::builder(manager)
        .max_size(POOL_SIZE)
        .wait_timeout(Some(WAIT))
        .create_timeout(Some(WAIT))
        .recycle_timeout(Some(WAIT))
        .runtime(Runtime::Tokio1)
        .build()
        .map_err(|e| StoreError::Internal(format!("database pool: {e}")))
}

#[async_trait]
impl CatalogueStore for PostgresStore {
    async fn catalogue(&self) -> Result<ProcedureCatalogue, StoreError> {
        catalogue::read_catalogue(&mut self.conn().await?).await
    }

    async fn replace_catalogue(&self, catalogue: ProcedureCatalogue) -> Result<(), StoreError> {
        catalogue::write_catalogue(&mut self.conn().await?, &catalogue).await
    }

    async fn departments(&self) -> Result<DepartmentCatalogue, StoreError> {
        catalogue::read_departments(&mut self.conn().await?).await
    }

    async fn replace_departments(&self, departments: DepartmentCatalogue) -> Result<(), StoreError> {
        catalogue::write_departments(&mut self.conn().await?, &departments).await
    }

    async fn areas(&self) -> Result<AreaList, StoreError> {
        catalogue::read_areas(&self.conn().await?).await
    }

    async fn replace_areas(&self, areas: AreaList) -> Result<(), StoreError> {
        catalogue::write_areas(&mut self.conn().await?, &areas).await
    }
}

#[async_trait]
impl PostalStore for PostgresStore {
    async fn postal_addresses(&self, code: PostalCode) -> Result<Vec<PostalAddress>, StoreError> {
        postal::addresses(&mut self.conn().await?, code).await
    }

    async fn replace_postal_addresses(
        &self,
        entries: Vec<(PostalCode, PostalAddress)>,
    ) -> Result<usize, StoreError> {
        postal::replace(&mut self.conn().await?, &entries).await
    }

    async fn has_no_postal_addresses(&self) -> Result<bool, StoreError> {
        postal::is_empty(&mut self.conn().await?).await
    }
}

#[async_trait]
impl AttachmentStore for PostgresStore {
    async fn create_attachment(
        &self,
        attachment: NewAttachment,
        claim: IdempotencyClaim,
        respond: Respond<AttachmentReceipt>,
    ) -> Result<KeptAttachment, StoreError> {
        attachments::create(&mut self.conn().await?, &attachment, &claim, respond).await
    }

    async fn attachment_content(&self, id: String) -> Result<Option<Vec<u8>>, StoreError> {
        attachments::content(&mut self.conn().await?, &id).await
    }

    async fn purge_unclaimed_attachments(&self, received_before: UnixMillis) -> Result<u64, StoreError> {
        attachments::purge_unclaimed(&mut self.conn().await?, received_before).await
    }
}

#[async_trait]
impl FormStore for PostgresStore {
    async fn import_form(&self, form: FormSchema, at: UnixMillis) -> Result<ImportedForm, StoreError> {
        forms::import(&mut self.conn().await?, &form, at).await
    }

    async fn form(
        &self,
        procedure: ProcedureId,
        version: Option<u32>,
    ) -> Result<Option<FormSchema>, StoreError> {
        let Some(version) = version else {
            return forms::read(&mut self.conn().await?, &procedure, None).await;
        };
        let key = (procedure, version);
        let cached = self.forms.lock().ok().and_then(|f| f.get(&key).cloned());
        if cached.is_some() {
            return Ok(cached);
        }
        let read = forms::read(&mut self.conn().await?, &key.0, Some(version)).await?;
        if let (Some(schema), Ok(mut forms)) = (&read, self.forms.lock()) {
            forms.insert(key, schema.clone());
        }
        Ok(read)
    }
}

#[async_trait]
impl ApplicationStore for PostgresStore {
    async fn submit_application(
        &self,
        application: NewApplication,
        claim: IdempotencyClaim,
        respond: Respond<ApplicationReceipt>,
    ) -> Result<SubmittedApplication, StoreError> {
        applications::submit(&mut self.conn().await?, &application, &claim, respond).await
    }

    async fn application(
        &self,
        reference: ApplicationReference,
    ) -> Result<Option<(Application, String)>, StoreError> {
        applications::find(&mut self.conn().await?, &reference).await
    }

    async fn applications(&self) -> Result<Vec<Application>, StoreError> {
        applications::list(&mut self.conn().await?).await
    }

    async fn account_applications(
        &self,
        account: AccountId,
        limit: u32,
    ) -> Result<Vec<Application>, StoreError> {
        applications::of_account(&mut self.conn().await?, &account, limit).await
    }

    async fn change_application_status(
        &self,
        reference: ApplicationReference,
        change: NewStatus,
        claim: IdempotencyClaim,
        respond: Respond<Application>,
    ) -> Result<StatusChanged, StoreError> {
        applications::change_status(&mut self.conn().await?, &reference, &change, &claim, respond).await
    }
}

#[async_trait]
impl HolidayStore for PostgresStore {
    async fn replace_holidays(&self, list: HolidayList) -> Result<usize, StoreError> {
        holidays::replace(&mut self.conn().await?, &list).await
    }

    async fn holidays(&self) -> Result<Option<HolidayList>, StoreError> {
        holidays::read(&mut self.conn().await?).await
    }
}

#[async_trait]
impl AccountStore for PostgresStore {
    async fn put_sign_in_code(
        &self,
        email: EmailAddress,
        code_digest: String,
        expires_at: UnixMillis,
        attempts: u32,
    ) -> Result<(), StoreError> {
        accounts::put_code(&self.conn().await?, &email, &code_digest, expires_at, attempts).await
    }

    async fn sign_in_with_code(&self, attempt: CodeAttempt) -> Result<CodeOutcome, StoreError> {
        accounts::sign_in(&mut self.conn().await?, &attempt).await
    }

    async fn refresh_access(
        &self,
        credential_sha256: String,
        access: NewAccessToken,
        at: UnixMillis,
    ) -> Result<Option<ResidentPrincipal>, StoreError> {
        accounts::refresh(&mut self.conn().await?, &credential_sha256, &access, at).await
    }

    async fn resident_by_token(
        &self,
        token_sha256: String,
        at: UnixMillis,
    ) -> Result<Option<ResidentPrincipal>, StoreError> {
        accounts::by_token(&self.conn().await?, &token_sha256, at).await
    }

    async fn account(&self, id: AccountId) -> Result<Option<AccountView>, StoreError> {
        accounts::account(&self.conn().await?, &id).await
    }

    async fn account_by_email(&self, email: EmailAddress) -> Result<Option<AccountId>, StoreError> {
        accounts::account_by_email(&self.conn().await?, &email).await
    }

    async fn devices(&self, account: AccountId) -> Result<Vec<DeviceView>, StoreError> {
        accounts::devices(&self.conn().await?, &account).await
    }

    async fn revoke_device(
        &self,
        account: AccountId,
        device: DeviceId,
        at: UnixMillis,
    ) -> Result<bool, StoreError> {
        accounts::revoke(&mut self.conn().await?, &account, &device, at).await
    }

    async fn set_identity_level(
        &self,
        account: AccountId,
        level: IdentityLevel,
        audit: AuditEntry,
    ) -> Result<bool, StoreError> {
        accounts::set_level(&mut self.conn().await?, &account, level, &audit).await
    }

    async fn export_account(
        &self,
        account: AccountId,
        at: UnixMillis,
    ) -> Result<Option<AccountExport>, StoreError> {
        account_data::export(&mut self.conn().await?, &account, at).await
    }

    async fn delete_account(
        &self,
        account: AccountId,
        claim: IdempotencyClaim,
        respond: Respond<()>,
    ) -> Result<bool, StoreError> {
        let response = respond(&());
        account_data::delete(&mut self.conn().await?, &account, &claim, &response).await
    }
}

#[async_trait]
impl KioskStore for PostgresStore {
    async fn register_kiosk(&self, kiosk: NewKiosk) -> Result<bool, StoreError> {
        kiosks::register(&self.conn().await?, &kiosk).await
    }

    async fn kiosk_by_credential(
        &self,
        credential_sha256: String,
    ) -> Result<Option<KioskRecord>, StoreError> {
        kiosks::by_credential(&self.conn().await?, &credential_sha256).await
    }

    async fn kiosks(&self) -> Result<Vec<KioskRecord>, StoreError> {
        kiosks::list(&self.conn().await?).await
    }

    async fn revoke_kiosk(&self, id: KioskId, at: UnixMillis) -> Result<bool, StoreError> {
        kiosks::revoke(&self.conn().await?, &id, at).await
    }
}

#[async_trait]
impl StaffStore for PostgresStore {
    async fn create_staff(&self, new: NewStaff) -> Result<bool, StoreError> {
        staff::create(&self.conn().await?, &new).await
    }

    async fn staff_credentials(&self, username: Username) -> Result<Option<StaffCredentials>, StoreError> {
        staff::credentials(&self.conn().await?, &username).await
    }

    async fn start_staff_session(
        &self,
        username: Username,
        totp_step: u64,
        token_sha256: String,
        expires_at: UnixMillis,
    ) -> Result<bool, StoreError> {
        staff::start_session(
            &mut self.conn().await?,
            &username,
            totp_step,
            &token_sha256,
            expires_at,
        )
        .await
    }

    async fn staff_by_token(
        &self,
        token_sha256: String,
        at: UnixMillis,
    ) -> Result<Option<StaffPrincipal>, StoreError> {
        staff::by_token(&self.conn().await?, &token_sha256, at).await
    }

    async fn end_staff_session(&self, token_sha256: String, at: UnixMillis) -> Result<(), StoreError> {
        staff::end_session(&self.conn().await?, &token_sha256, at).await
    }
}

#[async_trait]
impl AuditStore for PostgresStore {
    async fn append_audit(&self, entry: AuditEntry) -> Result<(), StoreError> {
        audit::append(&self.conn().await?, &entry).await
    }

    async fn audit_about(&self, resident: AccountId) -> Result<Vec<AuditEntry>, StoreError> {
        audit::about(&self.conn().await?, &resident).await
    }
}

#[async_trait]
impl RateLimitStore for PostgresStore {
    async fn hit_rate_limit(
        &self,
        bucket: String,
        window_start: UnixMillis,
        limit: u32,
        forget_before: UnixMillis,
    ) -> Result<bool, StoreError> {
        audit::hit(&self.conn().await?, &bucket, window_start, limit, forget_before).await
    }
}

#[async_trait]
impl BookingStore for PostgresStore {
    async fn replace_booking_config(&self, config: BookingConfig, at: UnixMillis) -> Result<(), StoreError> {
        bookings::replace_config(&mut self.conn().await?, &config, at).await
    }

    async fn booking_config(&self) -> Result<Option<BookingConfig>, StoreError> {
        bookings::config(&self.conn().await?).await
    }

    async fn occupancy(&self, from: UnixMillis, until: UnixMillis) -> Result<Occupancy, StoreError> {
        bookings::occupancy(&self.conn().await?, from, until).await
    }

    async fn book(
        &self,
        booking: NewBooking,
        claim: IdempotencyClaim,
        respond: Respond<BookingReceipt>,
    ) -> Result<Booked, StoreError> {
        bookings::book(&mut self.conn().await?, &booking, &claim, respond).await
    }

    async fn booking(&self, reference: BookingReference) -> Result<Option<(Booking, String)>, StoreError> {
        bookings::find(&self.conn().await?, &reference).await
    }

    async fn change_booking(
        &self,
        reference: BookingReference,
        change: ChangeRequest,
        claim: IdempotencyClaim,
        respond: Respond<Booking>,
    ) -> Result<BookingChanged, StoreError> {
        bookings::change(&mut self.conn().await?, &reference, &change, &claim, respond).await
    }

    async fn bookings_between(
        &self,
        from: UnixMillis,
        until: UnixMillis,
    ) -> Result<Vec<Booking>, StoreError> {
        bookings::between(&self.conn().await?, from, until).await
    }

    async fn join_waitlist(
        &self,
        entry: NewBooking,
        claim: IdempotencyClaim,
        respond: Respond<WaitlistReceipt>,
    ) -> Result<Joined, StoreError> {
        bookings::join(&mut self.conn().await?, &entry, &claim, respond).await
    }

    async fn waitlist_entry(
        &self,
        reference: BookingReference,
    ) -> Result<Option<(WaitlistEntry, String)>, StoreError> {
        bookings::waitlist_entry(&self.conn().await?, &reference).await
    }

    async fn accept_offer(
        &self,
        reference: BookingReference,
        booking: NewBooking,
        claim: IdempotencyClaim,
        respond: Respond<BookingReceipt>,
    ) -> Result<Accepted, StoreError> {
        bookings::accept(&mut self.conn().await?, &reference, &booking, &claim, respond).await
    }

    async fn sweep_waitlist(&self, now: UnixMillis, offer_minutes: NonZeroU32) -> Result<usize, StoreError> {
        bookings::sweep(&mut self.conn().await?, now, offer_minutes).await
    }

    async fn remind_bookings(
        &self,
        from: UnixMillis,
        until: UnixMillis,
        now: UnixMillis,
    ) -> Result<usize, StoreError> {
        bookings::remind(&mut self.conn().await?, (from, until), now).await
    }

    async fn claim_reminder_mails(
        &self,
        from: UnixMillis,
        until: UnixMillis,
        now: UnixMillis,
        claimed_until: UnixMillis,
    ) -> Result<Vec<ReminderMail>, StoreError> {
        bookings::claim_mails(&self.conn().await?, (from, until), now, claimed_until).await
    }

    async fn reminder_mail_sent(&self, mail: ReminderMail) -> Result<(), StoreError> {
        bookings::mail_sent(&self.conn().await?, &mail).await
    }

    async fn release_reminder_mail(&self, mail: ReminderMail) -> Result<(), StoreError> {
        bookings::release_mail(&self.conn().await?, &mail).await
    }
}

#[async_trait]
impl IdempotencyStore for PostgresStore {
    /// Single atomic statements under READ COMMITTED; see `idempotency.rs` for why exactly one
    /// instance wins.
    async fn claim_idempotency_key(
        &self,
        claim: IdempotencyClaim,
        rules: ClaimRules,
    ) -> Result<ClaimOutcome, StoreError> {
        let client = self.conn().await?;
        let last = self.last_purge.load(std::sync::atomic::Ordering::Relaxed);
        if claim.at.0.saturating_sub(last) >= PURGE_EVERY_MILLIS
            && self
                .last_purge
                .compare_exchange(
                    last,
                    claim.at.0,
                    std::sync::atomic::Ordering::Relaxed,
                    std::sync::atomic::Ordering::Relaxed,
                )
                .is_ok()
        {
            idempotency::purge_expired(&client, rules.expired_before.0).await?;
        }
        idempotency::claim(&client, &claim, rules).await
    }

    async fn finish_idempotency_key(
        &self,
        claim: IdempotencyClaim,
        response: StoredResponse,
    ) -> Result<(), StoreError> {
        let client = self.conn().await?;
        idempotency::finish(&client, &claim, &response).await?;
        Ok(())
    }

    async fn release_idempotency_key(&self, claim: IdempotencyClaim) -> Result<(), StoreError> {
        let client = self.conn().await?;
        idempotency::release(&client, &claim).await
    }
}

#[async_trait]
impl DatabaseHealth for PostgresStore {
    async fn ping(&self) -> Result<(), StoreError> {
        self.conn().await?.simple_query("SELECT 1").await?;
        Ok(())
    }
}
