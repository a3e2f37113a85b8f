//! What the resident keeps on this device, as the commands (and the headless entry point) use it:
//! cached city data read first and refreshed from the server, applications (お問い合わせ among
//! them), bookings and account changes queued through the outbox, and "delete my data on this
//! device". One place, so the window and the fault test run the same code.

use std::sync::Arc;

use madoguchi_domain::application::{Application, ApplicationSubmission};
use madoguchi_domain::booking::{BookingCatalogue, BookingRequest, ServiceId, SlotList, WaitlistEntry};
use madoguchi_domain::form::{self, FormSchema};
use madoguchi_domain::{
    AttachmentReceipt, BookingAction, Cached, CalendarDate, Draft, DraftInput, ErrorCode, LocalApplication,
    LocalBooking, LocalWaitlistPlace, LocaleTag, PostalCode, PostalCodeLookup, ProcedureCatalogue,
    ProcedureId, UnixMillis,
};
use tokio::sync::{Mutex as AsyncMutex, Notify};

use crate::account::{self, Account};
use crate::applications::{self, drafts, forms, status, submissions};
use crate::attachments::PendingAttachment;
use crate::bookings::queue::{AcceptRefusal, ChangeRefusal};
use crate::bookings::{self, waitlist};
use crate::city_server::{CityServer, Fetched};
use crate::clock::{self, Clock};
use crate::error::{Result, ShellError};
use crate::outbox;
use crate::outbox::backoff::Backoff;
use crate::outbox::sender::{Jitter, Sender};
use crate::store::key::KeyError;
use crate::store::{LocalStore, StoreError, cache};

/// Every kind of mutation the outbox delivers, each beside its own table.
static OUTBOX_KINDS: outbox::Kinds = outbox::Kinds(&[
    &applications::ApplicationKind,
    &bookings::BookingKind,
    &bookings::waitlist::WaitlistKind,
    &account::AccountKind,
]);

pub struct LocalData {
    store: Arc<LocalStore>,
    city: CityServer,
    clock: Arc<dyn Clock>,
    wake: Arc<Notify>,
    /// The sender's step lock (`Sender::step`): "delete my data" takes it first.
    sending: Arc<AsyncMutex<()>>,
    /// The resident's sign-in; also the sender's source of access tokens.
    account: Arc<Account>,
}

impl LocalData {
    pub fn new(store: Arc<LocalStore>, city: CityServer, clock: Arc<dyn Clock>) -> Self {
        let wake = Arc::new(Notify::new());
        let sending = Arc::new(AsyncMutex::new(()));
        let account = Arc::new(Account::new(
            Arc::clone(&store),
            city.clone(),
            Arc::clone(&clock),
            Arc::clone(&sending),
            Arc::clone(&wake),
        ));
        Self {
            store,
            city,
            clock,
            wake,
            sending,
            account,
        }
    }

    /// The resident's sign-in on this device.
    pub fn account(&self) -> &Account {
        &self.account
    }

    /// The outbox sender for this data; the caller spawns [`Sender::run`].
    pub fn sender(&self, backoff: Backoff, jitter: Jitter) -> Sender {
        Sender::new(
            Arc::clone(&self.store),
            Arc::clone(&self.sending),
            &OUTBOX_KINDS,
            self.city.clone(),
            Arc::clone(&self.account) as Arc<dyn outbox::Principals>,
            Arc::clone(&self.clock),
            backoff,
            jitter,
            Arc::clone(&self.wake),
        )
    }

    pub fn store(&self) -> &Arc<LocalStore> {
        &self.store
    }

    /// The follower of the city's notice stream for this data, handing each event to `deliver`;
    /// the caller spawns [`crate::notices::stream::Follower::run`].
    pub fn notice_follower(
        &self,
        backoff: Backoff,
        jitter: Jitter,
        deliver: crate::notices::stream::Deliver,
    ) -> crate::notices::stream::Follower {
        crate::notices::stream::Follower::new(
            Arc::clone(&self.store),
            self.city.clone(),
            Arc::clone(&self.account),
            backoff,
            jitter,
            deliver,
        )
    }

    /// The shell's clock (the system's; tests pin theirs).
    pub fn now(&self) -> UnixMillis {
        self.clock.now()
    }

    /// The catalogue as last cached, if ever (no network).
    pub async fn cached_catalogue(&self) -> Result<Option<Cached<ProcedureCatalogue>>> {
        Ok(self.store.run(|conn| cache::read_catalogue(conn)).await?)
    }

    /// Asks the server (with the cached ETag), caches what it says, returns the current catalogue.
    pub async fn refresh_catalogue(&self) -> Result<Cached<ProcedureCatalogue>> {
        self.refresh(
            cache::CATALOGUE,
            "api/v1/procedures",
            cache::write_catalogue,
            cache::read_catalogue,
        )
        .await
    }

    /// One cached resource, refreshed: a conditional GET with the cached ETag, then the new value
    /// written (or the old one's age reset on 304) and read back in one store call.
    pub(crate) async fn refresh<T>(
        &self,
        resource: &'static str,
        path: &str,
        write: fn(
            &mut rusqlite::Connection,
            &T,
            Option<&str>,
            UnixMillis,
        ) -> std::result::Result<(), StoreError>,
        read: fn(&rusqlite::Connection) -> std::result::Result<Option<Cached<T>>, StoreError>,
    ) -> Result<Cached<T>>
    where
        T: serde::de::DeserializeOwned + Send + 'static,
    {
        let etag = match self.store.run(move |conn| cache::etag(conn, resource)).await {
            Ok(etag) => etag,
            // No keyring (or a store that cannot be opened): the city's public data needs no
            // store, so it is fetched whole and kept nowhere. The page says nothing is kept: its
            // read of the cache failed with the same error.
            Err(StoreError::Key(_) | StoreError::Locked) => return self.uncached(path).await,
            Err(e) => return Err(e.into()),
        };
        let fetched = self.city.get_if_changed::<T>(path, etag.as_deref()).await?;
        let now = self.clock.now();
        let cached = self
            .store
            .run(move |conn| {
                match fetched {
                    Fetched::Changed(value, etag) => write(conn, &value, etag.as_deref(), now)?,
                    Fetched::Unchanged => cache::touch(conn, resource, now)?,
                }
                read(conn)
            })
            .await?;
        let cached = cached.ok_or_else(|| ShellError::BadResponse("304 for data we never cached".into()))?;
        Ok(Cached {
            fresh: true,
            ..cached
        })
    }

    /// Public data from the city, not cached (see `refresh`).
    async fn uncached<T: serde::de::DeserializeOwned>(&self, path: &str) -> Result<Cached<T>> {
        match self.city.get_if_changed::<T>(path, None).await? {
            Fetched::Changed(value, _) => Ok(Cached {
                value,
                fetched_at: self.clock.now(),
                fresh: true,
            }),
            Fetched::Unchanged => Err(ShellError::BadResponse("304 to a request without an ETag".into())),
        }
    }

    /// A procedure's form: a kept version without asking anyone (versions never change); the
    /// newest from the city, kept on the way, or the newest kept when the city cannot be reached.
    pub async fn procedure_form(&self, procedure: ProcedureId, version: Option<u32>) -> Result<FormSchema> {
        let wanted = procedure.clone();
        let kept = self
            .store
            .run(move |conn| forms::kept(conn, &wanted, version))
            .await?;
        if let (Some(kept), Some(_)) = (&kept, version) {
            return Ok(kept.clone());
        }
        let path = match version {
            Some(v) => format!("api/v1/procedures/{procedure}/form?version={v}"),
            None => format!("api/v1/procedures/{procedure}/form"),
        };
        match self.city.get_if_changed::<FormSchema>(&path, None).await {
            Ok(Fetched::Changed(form, _)) => {
                let now = self.clock.now();
                let keep = form.clone();
                self.store.run(move |conn| forms::keep(conn, &keep, now)).await?;
                Ok(form)
            }
            Ok(Fetched::Unchanged) => Err(ShellError::BadResponse("304 to a plain GET".into())),
            Err(ShellError::Unreachable(e)) => kept.ok_or(ShellError::Unreachable(e)),
            Err(e) => Err(e),
        }
    }

    /// Saves a draft as it is (valid or not yet): what was entered survives anything.
    pub async fn save_draft(&self, input: DraftInput) -> Result<Draft> {
        let now = self.clock.now();
        Ok(self
            .store
            .run(move |conn| drafts::save(conn, &input, now))
            .await?)
    }

    pub async fn my_drafts(&self) -> Result<Vec<Draft>> {
        Ok(self.store.run(|conn| drafts::list(conn)).await?)
    }

    pub async fn discard_draft(&self, local_id: i64) -> Result<()> {
        Ok(self
            .store
            .run(move |conn| drafts::discard(conn, local_id))
            .await?)
    }

    /// Checks a submission with the one validator against the form version it was filled in
    /// (kept on the device, so this works offline), then saves it and its outbox item, removing
    /// `draft`, in one transaction, and wakes the sender. Ok means it is on disk and queued.
    pub async fn submit_application(
        &self,
        submission: ApplicationSubmission,
        draft: Option<i64>,
    ) -> Result<LocalApplication> {
        let form = self
            .procedure_form(submission.procedure.clone(), Some(submission.form_version))
            .await?;
        let now = self.clock.now();
        let today = now
            .date_in_japan()
            .ok_or_else(|| ShellError::BadResponse("the clock is outside the calendar".into()))?;
        form::validate(&form, &submission.answers, submission.declared, today)
            .map_err(ShellError::InvalidSubmission)?;
        let key = clock::new_idempotency_key()
            .map_err(|e| StoreError::Key(KeyError::Unavailable(e.to_string())))?;
        let saved = self
            .store
            .run(move |conn| submissions::submit(conn, &submission, draft, &key, now))
            .await?;
        self.wake.notify_one();
        Ok(saved)
    }

    /// Every application submitted from this device, newest first, with its delivery state.
    pub async fn my_applications(&self) -> Result<Vec<LocalApplication>> {
        Ok(self.store.run(|conn| submissions::list(conn)).await?)
    }

    /// The city's status and history of an application sent from this device, asked with its
    /// receipt's access token and kept; offline, the copy kept when it was last asked.
    /// `NotFound` for a reference this device did not send (nothing is asked of the city then).
    pub async fn application_status(&self, reference: String) -> Result<Application> {
        let asked = reference.clone();
        let token = self
            .store
            .run(move |conn| status::access_token(conn, &asked))
            .await?
            .ok_or(ShellError::NotFound)?;
        let path = format!("{}/{reference}", applications::APPLICATIONS_PATH);
        match self.city.get_as::<Application>(&path, &token).await {
            Ok(application) => {
                let seen = application.clone();
                self.store
                    .run(move |conn| status::keep(conn, &reference, &seen))
                    .await?;
                Ok(application)
            }
            Err(ShellError::Unreachable(e)) => self
                .store
                .run(move |conn| status::kept(conn, &reference))
                .await?
                .ok_or(ShellError::Unreachable(e)),
            Err(e) => Err(e),
        }
    }

    /// The addresses of a postal code, straight from the city (nothing of it is kept on the device).
    pub async fn lookup_postal_code(&self, code: PostalCode) -> Result<PostalCodeLookup> {
        self.city.postal_code(code).await
    }

    /// Sends an attachment now, reporting progress (see `crate::attachments` for why not through
    /// the outbox).
    pub async fn upload_attachment(
        &self,
        attachment: PendingAttachment,
        progress: impl Fn(u64, u64) + Send + Sync + 'static,
    ) -> Result<AttachmentReceipt> {
        // Files are kept only for a signed-in resident: sent as the resident signed in here.
        let bearer = self.account.access_token().await?;
        self.city
            .upload_attachment(
                &attachment.name,
                attachment.kind,
                &attachment.key,
                bearer.as_deref(),
                attachment.content,
                progress,
            )
            .await
    }

    /// What the city takes bookings for, asked now (slots change by the minute, so nothing of
    /// booking is cached: offline, the resident is told the city cannot be reached).
    pub async fn booking_services(&self) -> Result<BookingCatalogue> {
        Ok(self.uncached("api/v1/booking/services").await?.value)
    }

    /// A service's slots from `from` to `to` (days in Japan, `YYYY-MM-DD`; the whole window when
    /// left out), with places left, asked now.
    pub async fn booking_slots(
        &self,
        service: ServiceId,
        from: Option<CalendarDate>,
        to: Option<CalendarDate>,
    ) -> Result<SlotList> {
        let range: Vec<String> = [("from", from), ("to", to)]
            .into_iter()
            .filter_map(|(name, day)| day.map(|d| format!("{name}={}", d.iso())))
            .collect();
        let path = format!(
            "api/v1/booking/services/{}/slots?{}",
            service.as_str(),
            range.join("&")
        );
        Ok(self.uncached(&path).await?.value)
    }

    /// Checks the contact, saves the booking request and its outbox item in one transaction and
    /// wakes the sender. Ok means it is on disk and queued; whether the place is the resident's is
    /// known when the city answers (`my_bookings`). `locale` is the resident's language, for the
    /// city's reminder mail when the booking is linked to no account (Japanese when none).
    pub async fn book(&self, request: BookingRequest, locale: Option<LocaleTag>) -> Result<LocalBooking> {
        let contact = request.contact.parse().map_err(ShellError::InvalidSubmission)?;
        let request = BookingRequest { contact, ..request };
        let key = clock::new_idempotency_key()
            .map_err(|e| StoreError::Key(KeyError::Unavailable(e.to_string())))?;
        let now = self.clock.now();
        let saved = self
            .store
            .run(move |conn| bookings::queue::book(conn, &request, locale, &key, now))
            .await?;
        self.wake.notify_one();
        Ok(saved)
    }

    /// Queues a cancellation or a move of a booking made on this device (behind the booking
    /// itself if that still waits).
    pub async fn change_booking(&self, local_id: i64, action: BookingAction) -> Result<LocalBooking> {
        let key = clock::new_idempotency_key()
            .map_err(|e| StoreError::Key(KeyError::Unavailable(e.to_string())))?;
        let now = self.clock.now();
        let changed = self
            .store
            .run(move |conn| bookings::queue::change(conn, local_id, action, &key, now))
            .await?;
        let booking = changed.map_err(|refusal| match refusal {
            ChangeRefusal::NotFound => ShellError::NotFound,
            ChangeRefusal::NotActive => ShellError::Refused(ErrorCode::BookingNotActive),
            ChangeRefusal::ChangeWaiting => ShellError::Refused(ErrorCode::RequestInProgress),
        })?;
        self.wake.notify_one();
        Ok(booking)
    }

    /// Checks the contact, saves a place on the full slot's waitlist and its outbox item in one
    /// transaction and wakes the sender; `my_waitlist` later says whether the city put the
    /// resident in line.
    pub async fn join_waitlist(&self, request: BookingRequest) -> Result<LocalWaitlistPlace> {
        let contact = request.contact.parse().map_err(ShellError::InvalidSubmission)?;
        let request = BookingRequest { contact, ..request };
        let key = clock::new_idempotency_key()
            .map_err(|e| StoreError::Key(KeyError::Unavailable(e.to_string())))?;
        let now = self.clock.now();
        let saved = self
            .store
            .run(move |conn| bookings::queue::join_waitlist(conn, &request, &key, now))
            .await?;
        self.wake.notify_one();
        Ok(saved)
    }

    /// Queues taking the place offered to waitlist place `local_id`; once the city answers, it is
    /// one of `my_bookings`.
    pub async fn accept_offer(&self, local_id: i64) -> Result<LocalWaitlistPlace> {
        let key = clock::new_idempotency_key()
            .map_err(|e| StoreError::Key(KeyError::Unavailable(e.to_string())))?;
        let now = self.clock.now();
        let queued = self
            .store
            .run(move |conn| bookings::queue::accept_offer(conn, local_id, &key, now))
            .await?;
        let place = queued.map_err(|refusal| match refusal {
            AcceptRefusal::NotFound => ShellError::NotFound,
            AcceptRefusal::NoOffer => ShellError::Refused(ErrorCode::WaitlistNoOffer),
            AcceptRefusal::AcceptWaiting => ShellError::Refused(ErrorCode::RequestInProgress),
        })?;
        self.wake.notify_one();
        Ok(place)
    }

    /// Every waitlist place joined on this device, newest first. Each place still in line is read
    /// again from the city first (the city makes the offers); out of reach, the last word kept is
    /// shown.
    pub async fn my_waitlist(&self) -> Result<Vec<LocalWaitlistPlace>> {
        let open = self.store.run(|conn| waitlist::still_open(conn)).await?;
        for (local_id, reference, token) in open {
            let path = format!("{}/{reference}", waitlist::WAITLIST_PATH);
            match self.city.get_as::<WaitlistEntry>(&path, &token).await {
                Ok(entry) => {
                    self.store
                        .run(move |conn| waitlist::refresh(conn, local_id, &entry))
                        .await?;
                }
                Err(e) => tracing::info!(
                    "waitlist place not read again: {}",
                    e.to_api_error().code.message_id()
                ),
            }
        }
        Ok(self.store.run(|conn| waitlist::all(conn)).await?)
    }

    /// Every booking made on this device, newest first, with where each is on its way.
    pub async fn my_bookings(&self) -> Result<Vec<LocalBooking>> {
        Ok(self.store.run(|conn| bookings::list::all(conn)).await?)
    }

    /// How many mutations still wait to be delivered.
    pub async fn pending_count(&self) -> Result<u64> {
        Ok(self.store.run(|conn| outbox::pending_count(conn)).await?)
    }

    /// "Send it again": an item stopped because it outlived its key goes out under a new key, once
    /// the resident has checked the city does not have it. `kind` is the outbox kind
    /// (`application`, `booking`, …). Not-found (nothing stopped that way) is `not_found`.
    pub async fn resend(&self, kind: String, local_id: i64) -> Result<()> {
        let key = clock::new_idempotency_key()
            .map_err(|e| StoreError::Key(KeyError::Unavailable(e.to_string())))?;
        let now = self.clock.now();
        let resent = self
            .store
            .run(move |conn| outbox::resend(conn, &OUTBOX_KINDS, &kind, local_id, &key, now))
            .await?;
        if !resent {
            return Err(ShellError::NotFound);
        }
        self.wake.notify_one();
        Ok(())
    }

    /// "Send now": every waiting item becomes due and the sender wakes.
    pub async fn send_now(&self) -> Result<()> {
        let now = self.clock.now();
        self.store
            .run(move |conn| outbox::make_all_due(conn, now))
            .await?;
        self.wake.notify_one();
        Ok(())
    }

    /// "Delete my data on this device": the database, its key and the sign-in's credentials
    /// (the app is signed out; the city is not told, as the outbox goes with the database). The
    /// outbox sender is stopped first (a send in flight finishes, then no step starts until the
    /// wipe is done), so nothing it does can re-create the store or its key; after the wipe it
    /// finds no store and waits for the resident's next write.
    pub async fn delete_all(&self) -> Result<()> {
        let _sending = self.sending.lock().await;
        self.account.forget_everything().await?;
        let store = Arc::clone(&self.store);
        tokio::task::spawn_blocking(move || store.wipe())
            .await
            .map_err(StoreError::from)??;
        Ok(())
    }
}
