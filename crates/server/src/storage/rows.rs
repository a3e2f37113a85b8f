//! What both backends share below their SQL: how values of the domain are spelled in a row, how
//! rows become the wire types, and the rule for a claim on a kept idempotency key. So SQLite and
//! PostgreSQL hold identical data (`copy-data` compares them byte for byte) and answer alike.

use std::collections::BTreeMap;

use madoguchi_domain::{
    Channel, Department, DepartmentCatalogue, DepartmentId, FileKind, LifeEvent, LocalizedText, Procedure,
    ProcedureCatalogue, ProcedureId,
};

use madoguchi_domain::application::{
    Actor, Application, ApplicationReference, ApplicationStatus, StatusChange,
};
use madoguchi_domain::booking::{
    BookedBy, Booking, BookingConfig, BookingContact, BookingReference, BookingStatus, HolidayList, UtcTime,
    WaitlistEntry, WaitlistStatus,
};
use madoguchi_domain::form::{Answer, FieldId, FormSchema};
use madoguchi_domain::{CalendarDate, UnixMillis};

use super::{ClaimOutcome, ClaimRules, IdempotencyClaim, StoreError, StoredResponse};

/// The catalogue's rows as a backend read them (in one snapshot), put together in one place.
#[derive(Default)]
pub(crate) struct CatalogueRows {
    /// The city's name: `(locale, text)`.
    pub city: Vec<(String, String)>,
    /// `(procedure id, field)` → `(locale, text)`.
    pub texts: BTreeMap<(String, String), Vec<(String, String)>>,
    pub channels: BTreeMap<String, Vec<Channel>>,
    pub life_events: BTreeMap<String, Vec<LifeEvent>>,
    /// Procedure ids in the city's order.
    pub ids: Vec<String>,
}

impl CatalogueRows {
    pub(crate) fn assemble(mut self) -> Result<ProcedureCatalogue, StoreError> {
        let city = localized(&self.city)?;
        let mut procedures = Vec::with_capacity(self.ids.len());
        for id in std::mem::take(&mut self.ids) {
            let mut text = |field: &str| {
                localized(
                    &self
                        .texts
                        .remove(&(id.clone(), field.to_owned()))
                        .unwrap_or_default(),
                )
            };
            let (name, summary) = (text("name")?, text("summary")?);
            let channels = self.channels.remove(&id).unwrap_or_default();
            let life_events = self.life_events.remove(&id).unwrap_or_default();
            let id = ProcedureId::parse(&id).map_err(corrupt)?;
            procedures.push(
                Procedure::new(id, name, summary, channels)
                    .map_err(corrupt)?
                    .with_life_events(life_events),
            );
        }
        Ok(ProcedureCatalogue { city, procedures })
    }
}

/// The listed departments' rows, put together in one place.
#[derive(Default)]
pub(crate) struct DepartmentRows {
    /// Department id → `(locale, text)`.
    pub texts: BTreeMap<String, Vec<(String, String)>>,
    /// Listed department ids in the city's order.
    pub ids: Vec<String>,
}

impl DepartmentRows {
    pub(crate) fn assemble(mut self) -> Result<DepartmentCatalogue, StoreError> {
        let departments = std::mem::take(&mut self.ids)
            .into_iter()
            .map(|id| {
                let name = localized(&self.texts.remove(&id).unwrap_or_default())?;
                Ok(Department {
                    id: DepartmentId::parse(&id).map_err(corrupt)?,
                    name,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(DepartmentCatalogue { departments })
    }
}

fn corrupt(e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(e.to_string())
}

/// A localized text from its `(locale, text)` rows.
fn localized(pairs: &[(String, String)]) -> Result<LocalizedText, StoreError> {
    LocalizedText::from_pairs(pairs.iter().map(|(l, t)| (l.as_str(), t.as_str()))).map_err(corrupt)
}

/// The same spelling as on the wire, so the CHECK constraints and the API cannot drift apart.
pub(crate) fn channel_name(channel: Channel) -> String {
    wire_name(channel)
}

pub(crate) fn parse_life_event(name: &str) -> Result<LifeEvent, StoreError> {
    LifeEvent::parse(name).ok_or_else(|| StoreError::Corrupt(format!("unknown life event {name:?}")))
}

pub(crate) fn parse_channel(name: &str) -> Result<Channel, StoreError> {
    serde_json::from_value(serde_json::Value::String(name.to_owned()))
        .map_err(|_| StoreError::Corrupt(format!("unknown channel {name:?}")))
}

pub(crate) fn file_kind_name(kind: FileKind) -> String {
    wire_name(kind)
}

/// A position in the city's order as stored (an index never reaches i64::MAX).
pub(crate) fn position(index: usize) -> i64 {
    i64::try_from(index).unwrap_or(i64::MAX)
}

fn wire_name(value: impl serde::Serialize) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// An idempotency key's row as either backend read it.
pub(crate) struct KeptKey {
    pub fingerprint: String,
    pub state: String,
    pub status: Option<i64>,
    pub content_type: Option<String>,
    pub body: Option<Vec<u8>>,
    pub claimed_at: i64,
}

/// What a claim on a key that already has a row comes to.
pub(crate) enum Verdict {
    /// Answer with this, changing nothing.
    Outcome(ClaimOutcome),
    /// The holder died before finishing: the claim takes the key over (the caller records it).
    TakeOver,
}

/// The one rule for a claim on a kept key, for both backends.
pub(crate) fn judge(
    kept: KeptKey,
    claim: &IdempotencyClaim,
    rules: ClaimRules,
) -> Result<Verdict, StoreError> {
    if kept.fingerprint != claim.fingerprint {
        return Ok(Verdict::Outcome(ClaimOutcome::Mismatch));
    }
    let status = kept.status.and_then(|s| u16::try_from(s).ok());
    match (kept.state.as_str(), status, kept.content_type, kept.body) {
        ("done", Some(status), Some(content_type), Some(body)) => {
            Ok(Verdict::Outcome(ClaimOutcome::Replay(StoredResponse {
                status,
                content_type,
                body,
            })))
        }
        ("pending", ..) if kept.claimed_at < rules.abandoned_before.0 => Ok(Verdict::TakeOver),
        ("pending", ..) => Ok(Verdict::Outcome(ClaimOutcome::InProgress)),
        (state, ..) => Err(StoreError::Corrupt(format!(
            "idempotency key {} in state {state:?} without a response",
            claim.stored_key()
        ))),
    }
}

/// The published holidays read back from `(day, name)` rows (`day` as `YYYY-MM-DD`).
pub(crate) fn holiday_list(rows: Vec<(String, String)>) -> Result<Option<HolidayList>, StoreError> {
    let days = rows
        .into_iter()
        .map(|(day, name)| Ok((CalendarDate::parse_iso(&day).map_err(corrupt)?, name)))
        .collect::<Result<BTreeMap<_, _>, StoreError>>()?;
    Ok(HolidayList::from_days(days))
}

/// A form as a row keeps it: the schema's JSON.
pub(crate) fn form_json(form: &FormSchema) -> Result<String, StoreError> {
    serde_json::to_string(form).map_err(|e| StoreError::Internal(e.to_string()))
}

pub(crate) fn form_from_json(json: &str) -> Result<FormSchema, StoreError> {
    serde_json::from_str(json).map_err(corrupt)
}

/// The reference a resident reads out: the prefix (`YMS-2026`) and the number, six digits at least.
pub(crate) fn application_reference(prefix: &str, id: i64) -> ApplicationReference {
    ApplicationReference(format!("{prefix}-{id:06}"))
}

pub(crate) fn answers_json(answers: &BTreeMap<FieldId, Answer>) -> Result<String, StoreError> {
    serde_json::to_string(answers).map_err(|e| StoreError::Internal(e.to_string()))
}

pub(crate) fn actor_spelling(actor: Actor) -> &'static str {
    match actor {
        Actor::Resident => "resident",
        Actor::Staff => "staff",
    }
}

pub(crate) fn status_from(spelling: &str) -> Result<ApplicationStatus, StoreError> {
    ApplicationStatus::parse(spelling)
        .ok_or_else(|| StoreError::Corrupt(format!("unknown status {spelling:?}")))
}

/// An application's row as a backend read it.
pub(crate) struct ApplicationRow {
    pub reference: String,
    pub procedure: String,
    pub form_version: i64,
    pub answers: String,
    pub status: String,
}

/// One history entry's row: status, time, message.
pub(crate) type EventRow = (String, i64, Option<String>);

impl ApplicationRow {
    /// The application with its history (the events in order).
    pub(crate) fn assemble(self, events: Vec<EventRow>) -> Result<Application, StoreError> {
        let history = events
            .into_iter()
            .map(|(status, at, message)| {
                Ok(StatusChange {
                    status: status_from(&status)?,
                    at: UnixMillis(at),
                    message,
                })
            })
            .collect::<Result<_, StoreError>>()?;
        Ok(Application {
            reference: ApplicationReference(self.reference),
            procedure: ProcedureId::parse(&self.procedure).map_err(corrupt)?,
            form_version: u32::try_from(self.form_version).map_err(corrupt)?,
            status: status_from(&self.status)?,
            history,
            answers: serde_json::from_str(&self.answers).map_err(corrupt)?,
        })
    }
}

/// An account's row `(id, email, identity_level, created_at)` as the wire shows it.
pub(crate) fn account_view(
    (id, email, level, created_at): (String, String, String, i64),
) -> Result<madoguchi_domain::account::AccountView, StoreError> {
    use madoguchi_domain::account::{AccountId, AccountView, EmailAddress, IdentityLevel};
    Ok(AccountView {
        id: AccountId(id),
        email: EmailAddress::parse(&email)
            .ok_or_else(|| StoreError::Corrupt("an account's address".into()))?,
        identity_level: IdentityLevel::parse(&level)
            .ok_or_else(|| StoreError::Corrupt(format!("identity level {level:?}")))?,
        created_at: UnixMillis(created_at),
    })
}

/// A device's row `(id, name, signed_in_at, last_used_at)`; `current` is the route's to set.
pub(crate) fn device_view(
    (id, name, signed_in_at, last_used_at): (String, String, i64, i64),
) -> Result<madoguchi_domain::account::DeviceView, StoreError> {
    use madoguchi_domain::account::{DeviceId, DeviceName, DeviceView};
    Ok(DeviceView {
        id: DeviceId(id),
        name: DeviceName::parse(&name).ok_or_else(|| StoreError::Corrupt("a device's name".into()))?,
        signed_in_at: UnixMillis(signed_in_at),
        last_used_at: UnixMillis(last_used_at),
        current: false,
    })
}

/// An audit row `(at, staff, role, action, resident, subject, device)`.
pub(crate) fn audit_entry(
    (at, staff, role, action, resident, subject, device): (
        i64,
        String,
        String,
        String,
        Option<String>,
        String,
        String,
    ),
) -> Result<madoguchi_domain::account::AuditEntry, StoreError> {
    use madoguchi_domain::account::{AccountId, AuditAction, AuditEntry, Role, Username};
    Ok(AuditEntry {
        at: UnixMillis(at),
        staff: Username::parse(&staff).ok_or_else(|| StoreError::Corrupt(format!("staff {staff:?}")))?,
        role: Role::parse(&role).ok_or_else(|| StoreError::Corrupt(format!("role {role:?}")))?,
        action: AuditAction::parse(&action)
            .ok_or_else(|| StoreError::Corrupt(format!("action {action:?}")))?,
        resident: resident.map(AccountId),
        subject,
        device,
    })
}

/// A booking's or waitlist place's reference: the prefix (`YMS-B`, `YMS-W`) and the number.
pub(crate) fn booking_reference(prefix: &str, id: i64) -> BookingReference {
    BookingReference(format!("{prefix}-{id:06}"))
}

/// The columns a booking's row is read with, in this order, by both backends.
pub(crate) const BOOKING_COLUMNS: &str = "reference, service_id, counter_id, day, starts_at, ends_at, \
     status, booked_by, contact_name, contact_phone, contact_email, change_deadline";

/// A booking's row as a backend read it ([`BOOKING_COLUMNS`]).
pub(crate) struct BookingRow {
    pub reference: String,
    pub service: String,
    pub counter: String,
    pub day: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub status: String,
    pub booked_by: String,
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub change_deadline: i64,
}

impl BookingRow {
    pub(crate) fn assemble(self) -> Result<Booking, StoreError> {
        Ok(Booking {
            reference: BookingReference(self.reference),
            service: self.service,
            counter: self.counter,
            date: self.day,
            starts_at: UtcTime(UnixMillis(self.starts_at)),
            ends_at: UtcTime(UnixMillis(self.ends_at)),
            status: BookingStatus::parse(&self.status)
                .ok_or_else(|| StoreError::Corrupt(format!("unknown booking status {:?}", self.status)))?,
            booked_by: BookedBy::parse(&self.booked_by)
                .ok_or_else(|| StoreError::Corrupt(format!("unknown booker {:?}", self.booked_by)))?,
            contact: BookingContact {
                name: self.name,
                phone: self.phone,
                email: self.email,
            },
            change_deadline: UtcTime(UnixMillis(self.change_deadline)),
        })
    }
}

/// The columns a waitlist place is read with, in this order, by both backends.
pub(crate) const WAITLIST_COLUMNS: &str = "w.reference, w.service_id, w.counter_id, w.starts_at, w.status, \
     w.expires_at, b.reference";

/// A waitlist place's row as a backend read it ([`WAITLIST_COLUMNS`]).
pub(crate) struct WaitlistRow {
    pub reference: String,
    pub service: String,
    pub counter: String,
    pub starts_at: i64,
    pub status: String,
    pub expires_at: Option<i64>,
    pub booking: Option<String>,
}

impl WaitlistRow {
    pub(crate) fn assemble(self) -> Result<WaitlistEntry, StoreError> {
        let status = WaitlistStatus::parse(&self.status)
            .ok_or_else(|| StoreError::Corrupt(format!("unknown waitlist status {:?}", self.status)))?;
        Ok(WaitlistEntry {
            reference: BookingReference(self.reference),
            service: self.service,
            counter: self.counter,
            starts_at: UtcTime(UnixMillis(self.starts_at)),
            status,
            offer_expires_at: self
                .expires_at
                .filter(|_| status == WaitlistStatus::Offered)
                .map(|at| UtcTime(UnixMillis(at))),
            booking: self.booking.map(BookingReference),
        })
    }
}

pub(crate) fn booking_config_json(config: &BookingConfig) -> Result<String, StoreError> {
    serde_json::to_string(config).map_err(|e| StoreError::Internal(e.to_string()))
}

pub(crate) fn booking_config_from_json(json: &str) -> Result<BookingConfig, StoreError> {
    serde_json::from_str(json).map_err(corrupt)
}

/// A wire type's JSON, as a notice's content and its events are kept.
pub(crate) fn json_of(value: &impl serde::Serialize) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Internal(e.to_string()))
}

/// An area from `(code, name JSON)`.
pub(crate) fn area_from_row(
    (code, name): (String, String),
) -> Result<madoguchi_domain::notice::Area, StoreError> {
    use madoguchi_domain::notice::{Area, AreaCode};
    Ok(Area {
        code: AreaCode::parse(&code).map_err(corrupt)?,
        name: serde_json::from_str(&name).map_err(corrupt)?,
    })
}

/// A notice from `(id, revision, updated_at, content JSON)`.
pub(crate) fn notice_from_row(
    (id, revision, updated_at, content): (String, i64, i64, String),
) -> Result<madoguchi_domain::notice::Notice, StoreError> {
    use madoguchi_domain::notice::{Notice, NoticeId};
    Ok(Notice {
        id: NoticeId::parse(&id).map_err(corrupt)?,
        revision: u32::try_from(revision).map_err(corrupt)?,
        updated_at: madoguchi_domain::UnixMillis(updated_at),
        content: serde_json::from_str(&content).map_err(corrupt)?,
    })
}

/// The personal notice a kept personal event carries.
pub(crate) fn personal_from_change(
    json: &str,
) -> Result<madoguchi_domain::notice::PersonalNotice, StoreError> {
    use madoguchi_domain::notice::NoticeChange;
    match serde_json::from_str(json).map_err(corrupt)? {
        NoticeChange::Personal { notice } => Ok(notice),
        other => Err(corrupt(format!(
            "a {} event kept for an account",
            other.event_name()
        ))),
    }
}

/// A row of `passkeys`: id, account, name, credential id, user handle, webauthn-rs' JSON, created,
/// last used.
pub(crate) type PasskeyRow = (String, String, String, String, String, String, i64, Option<i64>);

/// A passkey's row as the store hands it out (both stores read the same columns).
pub(crate) fn passkey_row(
    (id, account, name, credential_id, user_handle, passkey, created_at, last_used_at): PasskeyRow,
) -> Result<super::StoredPasskey, StoreError> {
    use madoguchi_domain::account::{AccountId, DeviceName, PasskeyId, PasskeyView};
    Ok(super::StoredPasskey {
        view: PasskeyView {
            id: PasskeyId(id),
            name: DeviceName::parse(&name).ok_or_else(|| StoreError::Corrupt("a passkey's name".into()))?,
            created_at: UnixMillis(created_at),
            last_used_at: last_used_at.map(UnixMillis),
        },
        account: AccountId(account),
        credential_id,
        user_handle,
        passkey,
    })
}
