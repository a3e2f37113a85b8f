//! Appointment booking at the city's counters (issue 12), the resident's side: the services, the
//! free slots of a range of days, booking one, reading, cancelling and moving a booking. The
//! waitlist is in [`waitlist`], the clerk's day in [`staff`], the calendar file and the check-in
//! code in [`calendar`].
//!
//! The rules (closure days, opening hours, the booking window, the change deadline) are the
//! domain's, judged here with the server's clock; whether a place is left is the store's to judge
//! in the transaction that books (`storage/bookings.rs`). As with applications, a booking belongs
//! to whoever holds the access token its receipt carried: 401 without one, the same 404 for
//! another's token as for no such booking.
//!
//! A resident who books (or joins a waitlist) signed in — their access token in `Authorization`,
//! found by the idempotency layer — has the booking linked to their account in the transaction
//! that books it, and gets a reminder the day before (`sweep.rs`). Reading and changing it still
//! take the receipt's token; without a resident's token the booking is anonymous, as before. A
//! resident's token that has lapsed or was revoked is refused (401, nothing booked, the key free
//! for the retry with a fresh token), not taken as anonymous: the reminder would be lost without
//! anyone knowing. A booking linked to no account with a contact email is reminded by mail, in
//! the request's `locale`.

pub mod calendar;
pub mod setup;
pub mod staff;
pub mod waitlist;

use std::collections::BTreeMap;

use axum::Extension;
use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use madoguchi_domain::LocaleTag;
use madoguchi_domain::account::{self, AccountId, AuditEntry};
use madoguchi_domain::booking::{
    BookableService, BookedBy, Booking, BookingCatalogue, BookingContact, BookingReceipt, BookingReference,
    BookingRequestWithLocale, CounterSummary, IdentityLevel, RescheduleRequest, ServiceId, SlotAvailability,
    SlotList, UtcTime,
};
use madoguchi_domain::{ApiError, CalendarDate, ErrorCode};
use serde::Deserialize;

use self::setup::{Setup, Window};
use super::AppState;
use super::auth::{Resident, optional_resident};
use crate::error::ServerError;
use crate::idempotency;
use crate::storage::{
    Booked, BookingChange, BookingChanged, ChangeRequest, IdempotencyClaim, NewBooking, ResidentPrincipal,
};

/// A change to what was already booked (a move to another time of the same service, a waitlist
/// offer taken): the booking or place was admitted at its service's identity level when it was
/// made, and its own token proves it is the resident's, so no new proof is asked.
pub(crate) const ADMITTED: IdentityLevel = IdentityLevel::MyNumberCard;

#[utoipa::path(
    get,
    path = "/api/v1/booking/services",
    operation_id = "listBookableServices",
    tag = "booking",
    responses(
        (status = 200, description = "The services residents can book, with their counters and the number to call", body = BookingCatalogue),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn services(State(state): State<AppState>) -> Result<Json<BookingCatalogue>, ServerError> {
    let Some(setup) = setup::load(&state).await? else {
        return Ok(Json(BookingCatalogue {
            services: Vec::new(),
            phone: String::new(),
        }));
    };
    let counters: BTreeMap<&str, CounterSummary> = setup
        .config
        .counters
        .iter()
        .map(|c| {
            (
                c.id.as_str(),
                CounterSummary {
                    id: c.id.clone(),
                    name: c.name.clone(),
                    place: c.place.clone(),
                },
            )
        })
        .collect();
    let services = setup
        .config
        .services
        .iter()
        .filter_map(|s| {
            let rules = setup.schedule.service(&ServiceId::parse(&s.id).ok()?)?;
            Some(BookableService {
                id: s.id.clone(),
                name: s.name.clone(),
                duration_minutes: rules.visit.duration_minutes(),
                identity: rules.identity,
                bring: rules.bring.clone(),
                opens_days_ahead: s.window.unwrap_or(setup.config.window).opens_days_ahead,
                closes_hours_before: s.window.unwrap_or(setup.config.window).closes_hours_before,
                change_deadline_minutes: u32::from(
                    s.window.unwrap_or(setup.config.window).change_deadline_hours,
                ) * 60,
                counters: setup
                    .config
                    .counters
                    .iter()
                    .filter(|c| c.services.contains(&s.id))
                    .filter_map(|c| counters.get(c.id.as_str()).cloned())
                    .collect(),
            })
        })
        .collect();
    Ok(Json(BookingCatalogue {
        services,
        phone: setup.config.phone.clone(),
    }))
}

/// `?from=&to=` on the slots route.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SlotQuery {
    /// The first day (in Japan); today when left out. Days before today have no free slot.
    #[param(value_type = Option<String>, format = Date, example = "2026-12-01")]
    from: Option<String>,
    /// The last day (in Japan); the last day booking is open for when left out.
    #[param(value_type = Option<String>, format = Date, example = "2026-12-07")]
    to: Option<String>,
}

#[utoipa::path(
    get,
    path = "/api/v1/booking/services/{id}/slots",
    operation_id = "listBookingSlots",
    tag = "booking",
    params(
        ("id" = String, Path, description = "The service's id", example = "my-number-card"),
        SlotQuery,
    ),
    responses(
        (status = 200, description = "Every slot of the service on the open days of the range that can be booked now, \
                                      earliest first, with the places left (0: full, its waitlist is open). No slot is \
                                      offered on a weekend, a national holiday, 12/29–1/3 or a day the city closed", body = SlotList),
        (status = 400, description = "`invalid_request`: `from` or `to` is not a date YYYY-MM-DD", body = ApiError),
        (status = 404, description = "`not_found`: no such service is offered for booking", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip(state))]
pub async fn slots(
    State(state): State<AppState>,
    headers: HeaderMap,
    id: Result<Path<String>, PathRejection>,
    query: Result<Query<SlotQuery>, QueryRejection>,
) -> Result<Response, ServerError> {
    let Path(id) = id.map_err(|_| ServerError::NotFound)?;
    let Query(query) = query.map_err(|e| ServerError::InvalidRequest(e.body_text()))?;
    let day = |text: Option<String>| {
        text.map(|t| {
            CalendarDate::parse_iso(&t).map_err(|_| ServerError::InvalidRequest(format!("not a date: {t}")))
        })
        .transpose()
    };
    let (from, to) = (day(query.from)?, day(query.to)?);
    let setup = setup::load(&state).await?.ok_or(ServerError::NotFound)?;
    let service_id = ServiceId::parse(&id).map_err(|_| ServerError::NotFound)?;
    let rules = setup.schedule.service(&service_id).ok_or(ServerError::NotFound)?;
    let now = state.clock.now();
    let today = now
        .date_in_japan()
        .ok_or_else(|| ServerError::Internal(format!("no date in Japan at {now:?}")))?;
    // Only the days booking can be open for: from today to the window's far end.
    let opens_days_ahead = setup
        .config
        .services
        .iter()
        .find(|s| s.id == id)
        .map_or(setup.config.window, |s| s.window.unwrap_or(setup.config.window))
        .opens_days_ahead;
    let last = today.add_days(i64::from(opens_days_ahead)).unwrap_or(today);
    let (first, last) = (
        from.map_or(today, |d| d.max(today)),
        to.map_or(last, |d| d.min(last)),
    );
    let mut listed = Vec::new();
    if first <= last {
        let slots = setup
            .schedule
            .slots(&service_id, first..=last)
            .map_err(|e| ServerError::Internal(format!("slots: {e}")))?
            .into_iter()
            .filter(|slot| rules.window.check(slot, now).is_ok())
            .collect::<Vec<_>>();
        if let (Some(earliest), Some(latest)) = (slots.first(), slots.last()) {
            let taken = taken_places(&state, &setup, earliest, latest).await?;
            for slot in &slots {
                let claim = setup.slot_claim(slot);
                let busiest = claim
                    .cells()
                    .iter()
                    .filter_map(|cell| taken.get(&(claim.counter.clone(), *cell)))
                    .max()
                    .copied()
                    .unwrap_or(0);
                listed.push(SlotAvailability {
                    counter: claim.counter.clone(),
                    date: claim.date.clone(),
                    starts_at: UtcTime(slot.starts_at),
                    ends_at: UtcTime(slot.ends_at),
                    capacity: slot.capacity,
                    remaining: u16::try_from((i64::from(slot.capacity) - busiest).max(0)).unwrap_or(0),
                });
            }
        }
    }
    // A month of slots is tens of KB of JSON: compressed for residents on mobile data.
    super::etag::json(
        &headers,
        &SlotList {
            service: id,
            slots: listed,
        },
    )
}

/// The places taken in each used cell between two slots' visits (included).
async fn taken_places(
    state: &AppState,
    setup: &Setup,
    earliest: &madoguchi_domain::booking::Slot,
    latest: &madoguchi_domain::booking::Slot,
) -> Result<BTreeMap<(String, i64), i64>, ServerError> {
    let from = setup.slot_claim(earliest).occupies.0;
    let until = setup.slot_claim(latest).occupies.1;
    Ok(state
        .store
        .occupancy(from, until)
        .await?
        .into_iter()
        .map(|(counter, at, booked)| ((counter, at), booked))
        .collect())
}

#[utoipa::path(
    post,
    path = "/api/v1/bookings",
    operation_id = "book",
    tag = "booking",
    request_body(content = BookingRequestWithLocale, example = json!({
        "service": "my-number-card",
        "counter": "counter-1",
        "startsAt": "2026-12-01T00:05:00Z",
        "contact": {"name": "夢咲 花子", "phone": "0612-34-5678"}
    })),
    responses(
        (status = 201, description = "Booked: the booking and the access token that proves it is yours. Sent with a \
                                      signed-in resident's access token (`Authorization: Bearer`), the booking is also \
                                      linked to their account, which gets a reminder notice the day before; otherwise \
                                      a booking with a contact email is reminded by mail, in `locale`", body = BookingReceipt),
        (status = 400, description = "`invalid_request`: the body is not a booking request in JSON", body = ApiError),
        (status = 401, description = "`unauthorized`: a resident's access token (`at-…`) was sent that has lapsed or \
                                      was revoked; nothing was booked (refresh it and send the same request again)", body = ApiError),
        (status = 409, description = "`slot_full`: no place is left in the slot (its waitlist is open); nothing was kept", body = ApiError),
        (status = 422, description = "`unknown_service`, `not_a_slot` (no such slot at that counter), `closed_day`, \
                                      `outside_booking_window` (past, not open yet, or closed), `identity_level_too_low`, \
                                      or `invalid_submission` with the contact's problems; nothing was kept", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn book(
    State(state): State<AppState>,
    headers: HeaderMap,
    claim: Option<Extension<IdempotencyClaim>>,
    // A signed-in resident (found by the idempotency layer): the booking is linked to them.
    resident: Option<Extension<Resident>>,
    body: Bytes,
) -> Result<Response, ServerError> {
    let claim = idempotency::require_claim(claim)?;
    let resident = optional_resident(&headers, resident)?;
    let request = booking_request(&body)?;
    let booker = Booker {
        booked_by: BookedBy::Resident,
        identity: identity_of(resident.as_ref()),
        account: resident.map(|r| r.account),
        audit: None,
    };
    make_booking(&state, claim, request, booker).await
}

/// What a resident proves, in the booking rules' terms: signed in, the account (raised to the My
/// Number card once a clerk checked it at a counter); anyone else, a name and a way to reach them.
pub(crate) fn identity_of(resident: Option<&ResidentPrincipal>) -> IdentityLevel {
    match resident.map(|r| r.identity_level) {
        None => IdentityLevel::Contact,
        Some(account::IdentityLevel::Unverified) => IdentityLevel::Account,
        Some(account::IdentityLevel::Verified) => IdentityLevel::MyNumberCard,
    }
}

/// The body of a booking request (`locale` optional).
pub(crate) fn booking_request(body: &[u8]) -> Result<BookingRequestWithLocale, ServerError> {
    serde_json::from_slice(body).map_err(|e| ServerError::InvalidRequest(e.to_string()))
}

/// Who books, as what, for whom.
pub(crate) struct Booker {
    /// The resident, or a clerk on their behalf.
    pub booked_by: BookedBy,
    /// The identity the booker has proved.
    pub identity: IdentityLevel,
    /// The account the booking is linked to (reminders as personal notices).
    pub account: Option<AccountId>,
    /// A clerk's audit entry, written in the transaction that books.
    pub audit: Option<AuditEntry>,
}

/// Books the slot a request names for `booker`, linked to its account if it has one.
pub(crate) async fn make_booking(
    state: &AppState,
    claim: IdempotencyClaim,
    BookingRequestWithLocale { request, locale }: BookingRequestWithLocale,
    Booker {
        booked_by,
        identity,
        account,
        audit,
    }: Booker,
) -> Result<Response, ServerError> {
    let contact = request.contact.parse().map_err(ServerError::InvalidSubmission)?;
    let setup = setup::require(state).await?;
    let slot = setup.claim(
        &request.service,
        &request.counter,
        request.starts_at,
        claim.at,
        identity,
        Window::Judged,
    )?;
    let mut booking = new_booking(state, &setup, slot, contact, booked_by, "B", account)?;
    booking.locale = locale.unwrap_or_else(LocaleTag::source);
    booking.audit = audit;
    match state
        .store
        .book(booking, claim, idempotency::keep_created())
        .await?
    {
        Booked::Booked(receipt) => {
            tracing::info!(reference = %receipt.booking.reference, by = booked_by.as_str(), "booked");
            Ok((StatusCode::CREATED, no_store(), Json(receipt)).into_response())
        }
        Booked::Full => Err(ServerError::Booking(ErrorCode::SlotFull)),
    }
}

/// A booking (or waitlist place, `kind` "W") for the store, with a fresh access token, linked to
/// `account` if a signed-in resident makes it.
pub(crate) fn new_booking(
    state: &AppState,
    setup: &Setup,
    slot: crate::storage::SlotClaim,
    contact: BookingContact,
    booked_by: BookedBy,
    kind: &str,
    account: Option<AccountId>,
) -> Result<NewBooking, ServerError> {
    let token = super::access::new_token()?;
    Ok(NewBooking {
        slot,
        contact,
        booked_by,
        reference_prefix: format!("{}-{kind}", state.reference_prefix.as_str()),
        access_token_sha256: super::access::token_hash(&token),
        access_token: token,
        offer_minutes: setup.offer_minutes(),
        account,
        locale: LocaleTag::source(),
        audit: None,
    })
}

/// Personal data: never kept by a shared cache.
fn no_store() -> [(header::HeaderName, &'static str); 1] {
    [(header::CACHE_CONTROL, "no-store")]
}

#[utoipa::path(
    get,
    path = "/api/v1/bookings/{reference}",
    operation_id = "getBooking",
    tag = "booking",
    security(("access_token" = [])),
    params(("reference" = String, Path, description = "The reference from the receipt", example = "YMS-B-000042")),
    responses(
        (status = 200, description = "The booking", body = Booking),
        (status = 401, description = "`unauthorized`: no access token was sent", body = ApiError),
        (status = 404, description = "`not_found`: no booking with this reference has this access token", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn read(
    State(state): State<AppState>,
    headers: HeaderMap,
    reference: Result<Path<String>, PathRejection>,
) -> Result<Response, ServerError> {
    let booking = owned(&state, &headers, reference).await?;
    Ok((no_store(), Json(booking)).into_response())
}

#[utoipa::path(
    post,
    path = "/api/v1/bookings/{reference}/cancel",
    operation_id = "cancelBooking",
    tag = "booking",
    security(("access_token" = [])),
    params(("reference" = String, Path, description = "The reference from the receipt", example = "YMS-B-000042")),
    responses(
        (status = 200, description = "Cancelled; the place goes to the slot's waitlist", body = Booking),
        (status = 401, description = "`unauthorized`: no access token was sent", body = ApiError),
        (status = 404, description = "`not_found`: no booking with this reference has this access token", body = ApiError),
        (status = 409, description = "`cancellation_deadline_passed` (with `phone`: the counter's number to call), or \
                                      `booking_not_active` (cancelled already, or the visit is over)", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn cancel(
    State(state): State<AppState>,
    headers: HeaderMap,
    claim: Option<Extension<IdempotencyClaim>>,
    reference: Result<Path<String>, PathRejection>,
) -> Result<Response, ServerError> {
    let claim = idempotency::require_claim(claim)?;
    let booking = owned(&state, &headers, reference).await?;
    let setup = setup::require(&state).await?;
    change(
        &state,
        &setup,
        booking.reference,
        BookingChange::Cancel,
        BookedBy::Resident,
        claim,
    )
    .await
}

#[utoipa::path(
    post,
    path = "/api/v1/bookings/{reference}/reschedule",
    operation_id = "rescheduleBooking",
    tag = "booking",
    security(("access_token" = [])),
    params(("reference" = String, Path, description = "The reference from the receipt", example = "YMS-B-000042")),
    request_body(content = RescheduleRequest, description = "Another slot of the same service",
        example = json!({"counter": "counter-1", "startsAt": "2026-12-02T00:05:00Z"})),
    responses(
        (status = 200, description = "Moved, in one step: the new slot is yours and the old one is freed", body = Booking),
        (status = 400, description = "`invalid_request`: the body is not a reschedule request in JSON", body = ApiError),
        (status = 401, description = "`unauthorized`: no access token was sent", body = ApiError),
        (status = 404, description = "`not_found`: no booking with this reference has this access token", body = ApiError),
        (status = 409, description = "`slot_full` (the booking stays where it was), `cancellation_deadline_passed` (with \
                                      `phone`), or `booking_not_active`", body = ApiError),
        (status = 422, description = "`not_a_slot`, `closed_day` or `outside_booking_window` for the new slot", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn reschedule(
    State(state): State<AppState>,
    headers: HeaderMap,
    claim: Option<Extension<IdempotencyClaim>>,
    reference: Result<Path<String>, PathRejection>,
    body: Bytes,
) -> Result<Response, ServerError> {
    let claim = idempotency::require_claim(claim)?;
    let booking = owned(&state, &headers, reference).await?;
    let request: RescheduleRequest =
        serde_json::from_slice(&body).map_err(|e| ServerError::InvalidRequest(e.to_string()))?;
    let setup = setup::require(&state).await?;
    let slot = setup.claim(
        &booking.service,
        &request.counter,
        request.starts_at,
        claim.at,
        ADMITTED,
        Window::Judged,
    )?;
    let change_to = BookingChange::Reschedule(slot);
    change(
        &state,
        &setup,
        booking.reference,
        change_to,
        BookedBy::Resident,
        claim,
    )
    .await
}

/// Applies a change and answers with the booking, or says why not.
pub(crate) async fn change(
    state: &AppState,
    setup: &Setup,
    reference: BookingReference,
    change: BookingChange,
    actor: BookedBy,
    claim: IdempotencyClaim,
) -> Result<Response, ServerError> {
    let request = ChangeRequest {
        change,
        actor,
        at: claim.at,
        offer_minutes: setup.offer_minutes(),
    };
    let action = request.change.action();
    match state
        .store
        .change_booking(reference, request, claim, idempotency::keep_json(StatusCode::OK))
        .await?
    {
        BookingChanged::Changed(booking) => {
            tracing::info!(reference = %booking.reference, action, by = actor.as_str(), "booking changed");
            Ok((no_store(), Json(booking)).into_response())
        }
        BookingChanged::NotFound => Err(ServerError::NotFound),
        BookingChanged::NotActive => Err(ServerError::Booking(ErrorCode::BookingNotActive)),
        BookingChanged::Full => Err(ServerError::Booking(ErrorCode::SlotFull)),
        BookingChanged::DeadlinePassed => Err(ServerError::ChangeDeadlinePassed {
            phone: setup.config.phone.clone(),
        }),
    }
}

/// The booking `reference` names, if the request carries its access token.
pub(crate) async fn owned(
    state: &AppState,
    headers: &HeaderMap,
    reference: Result<Path<String>, PathRejection>,
) -> Result<Booking, ServerError> {
    let presented = super::bearer_token(headers)?;
    let Path(reference) = reference.map_err(|_| ServerError::NotFound)?;
    let (booking, kept_hash) = state
        .store
        .booking(BookingReference(reference))
        .await?
        .ok_or(ServerError::NotFound)?;
    if super::access::matches(presented, &kept_hash) {
        Ok(booking)
    } else {
        Err(ServerError::NotFound)
    }
}
