//! The clerk's side of booking under `/api/v1/admin`, behind the one staff guard
//! (`auth::staff_layer`: clerks and admins, each access audited): the day's bookings per counter, as JSON and as CSV; check-in and
//! no-show; and booking on a resident's behalf (recorded as such in the booking and its history).
//!
//! A booking on a resident's behalf whose contact email is an account's address (matched as
//! sign-in keys accounts: lower-cased) is linked to that account, so the resident gets the
//! reminder the day before as a personal notice, and the audit entry names them, so they see it
//! at `GET /api/v1/account/audit`. An address with no account links nothing (the reminder goes by
//! mail, in the `locale` the clerk picked); no account is ever made from a clerk's input.

use axum::Extension;
use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use madoguchi_domain::booking::{BookedBy, Booking, BookingDay, BookingReference, CounterDay, IdentityLevel};
use madoguchi_domain::days::MILLIS_PER_DAY;
use madoguchi_domain::{ApiError, CalendarDate, UnixMillis};
use serde::Deserialize;

use super::setup;
use crate::error::ServerError;
use crate::idempotency;
use crate::routes::AppState;
use crate::routes::auth::Staff;
use crate::storage::{BookingChange, IdempotencyClaim};
use madoguchi_domain::account::{AuditAction, EmailAddress};

/// What a clerk at the counter has seen: the resident's documents.
const STAFF_IDENTITY: IdentityLevel = IdentityLevel::MyNumberCard;

/// `?date=` on the day routes.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DayQuery {
    /// The day in Japan; today when left out.
    #[param(value_type = Option<String>, format = Date, example = "2026-12-01")]
    date: Option<String>,
}

#[utoipa::path(
    get,
    path = "/api/v1/admin/bookings",
    operation_id = "listBookingsOfDayAsStaff",
    tag = "admin",
    security(("staff" = [])),
    params(DayQuery),
    responses(
        (status = 200, description = "The day's bookings at each counter, by start time (cancelled ones too)", body = BookingDay),
        (status = 400, description = "`invalid_request`: `date` is not a date YYYY-MM-DD", body = ApiError),
        (status = 401, description = "`unauthorized`: no valid staff session", body = ApiError),
        (status = 403, description = "`forbidden`: a resident's token, or a staff role that does not handle residents' data", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn day(
    State(state): State<AppState>,
    staff: Staff,
    query: Result<Query<DayQuery>, QueryRejection>,
) -> Result<Response, ServerError> {
    staff.audit(&state, AuditAction::ListBookings, None, "").await?;
    let (date, bookings) = bookings_of(&state, query).await?;
    let mut counters: Vec<CounterDay> = match setup::load(&state).await? {
        Some(setup) => setup
            .config
            .counters
            .iter()
            .map(|c| CounterDay {
                counter: c.id.clone(),
                bookings: Vec::new(),
            })
            .collect(),
        None => Vec::new(),
    };
    for booking in bookings {
        match counters.iter_mut().find(|c| c.counter == booking.counter) {
            Some(day) => day.bookings.push(booking),
            // A counter the city has since removed still shows its bookings.
            None => counters.push(CounterDay {
                counter: booking.counter.clone(),
                bookings: vec![booking],
            }),
        }
    }
    let day = BookingDay {
        date: date.iso(),
        counters,
    };
    Ok(([(header::CACHE_CONTROL, "no-store")], Json(day)).into_response())
}

#[utoipa::path(
    get,
    path = "/api/v1/admin/bookings.csv",
    operation_id = "exportBookingsOfDayAsStaff",
    tag = "admin",
    security(("staff" = [])),
    params(DayQuery),
    responses(
        (status = 200, description = "The day's bookings as CSV (UTF-8 with a byte-order mark, for spreadsheet programs): \
                                      reference, counter, service, date, start and end (Japan time), status, booked by, \
                                      name, phone, email", body = String, content_type = "text/csv; charset=utf-8"),
        (status = 400, description = "`invalid_request`: `date` is not a date YYYY-MM-DD", body = ApiError),
        (status = 401, description = "`unauthorized`: no valid staff session", body = ApiError),
        (status = 403, description = "`forbidden`: a resident's token, or a staff role that does not handle residents' data", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn export(
    State(state): State<AppState>,
    staff: Staff,
    query: Result<Query<DayQuery>, QueryRejection>,
) -> Result<Response, ServerError> {
    staff.audit(&state, AuditAction::ListBookings, None, "").await?;
    let (date, bookings) = bookings_of(&state, query).await?;
    let disposition = format!("attachment; filename=\"bookings-{}.csv\"", date.iso());
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        csv(&bookings),
    )
        .into_response())
}

/// The day a query names (today in Japan without one) and the bookings starting on it.
async fn bookings_of(
    state: &AppState,
    query: Result<Query<DayQuery>, QueryRejection>,
) -> Result<(CalendarDate, Vec<Booking>), ServerError> {
    let Query(query) = query.map_err(|e| ServerError::InvalidRequest(e.body_text()))?;
    let date = match query.date {
        Some(text) => CalendarDate::parse_iso(&text)
            .map_err(|_| ServerError::InvalidRequest(format!("not a date: {text}")))?,
        None => {
            let now = state.clock.now();
            now.date_in_japan()
                .ok_or_else(|| ServerError::Internal(format!("no date in Japan at {now:?}")))?
        }
    };
    let from = date.start_in_japan();
    let bookings = state
        .store
        .bookings_between(from, from.plus_millis(MILLIS_PER_DAY))
        .await?;
    Ok((date, bookings))
}

/// RFC 4180 CSV with a BOM, times in Japan time (`09:05`).
fn csv(bookings: &[Booking]) -> String {
    fn field(text: &str) -> String {
        if text.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text.to_owned()
        }
    }
    fn japan_time(at: UnixMillis) -> String {
        let minutes =
            (at.0 + madoguchi_domain::days::JAPAN_UTC_OFFSET_MILLIS).rem_euclid(MILLIS_PER_DAY) / 60_000;
        format!("{:02}:{:02}", minutes / 60, minutes % 60)
    }
    let mut out = String::from(
        "\u{feff}reference,counter,service,date,starts,ends,status,booked_by,name,phone,email\r\n",
    );
    for b in bookings {
        let row = [
            b.reference.0.clone(),
            b.counter.clone(),
            b.service.clone(),
            b.date.clone(),
            japan_time(b.starts_at.0),
            japan_time(b.ends_at.0),
            serde_json::to_value(b.status)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
            b.booked_by.as_str().to_owned(),
            b.contact.name.clone(),
            b.contact.phone.clone().unwrap_or_default(),
            b.contact.email.clone().unwrap_or_default(),
        ];
        let cells: Vec<String> = row.iter().map(|c| field(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

#[utoipa::path(
    post,
    path = "/api/v1/admin/bookings",
    operation_id = "bookOnBehalfAsStaff",
    tag = "admin",
    security(("staff" = [])),
    request_body(content = madoguchi_domain::booking::BookingRequestWithLocale, description = "The slot, the resident it is \
                 for, and the language of their reminder mail (`locale`, Japanese when left out)"),
    responses(
        (status = 201, description = "Booked on the resident's behalf (`bookedBy: staff`); the access token is for the resident. \
                                      When the contact email is an account's address the booking is linked to that account \
                                      (the day-before reminder as a personal notice, the audit entry visible to the \
                                      resident); otherwise the reminder is mailed to the contact email in `locale`", body = madoguchi_domain::booking::BookingReceipt),
        (status = 400, description = "`invalid_request`: the body is not a booking request in JSON", body = ApiError),
        (status = 401, description = "`unauthorized`: no valid staff session", body = ApiError),
        (status = 403, description = "`forbidden`: a resident's token, or a staff role that does not handle residents' data", body = ApiError),
        (status = 409, description = "`slot_full`: no place is left in the slot; nothing was kept", body = ApiError),
        (status = 422, description = "`unknown_service`, `not_a_slot`, `closed_day`, `outside_booking_window`, or \
                                      `invalid_submission` with the contact's problems", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn book_on_behalf(
    State(state): State<AppState>,
    staff: Staff,
    claim: Option<Extension<IdempotencyClaim>>,
    body: Bytes,
) -> Result<Response, ServerError> {
    let claim = idempotency::require_claim(claim)?;
    let request = super::booking_request(&body)?;
    // The resident's account, if the address the clerk gave is one's; never made from it.
    let account = match request
        .request
        .contact
        .email
        .as_deref()
        .and_then(EmailAddress::parse)
    {
        Some(email) => state.store.account_by_email(email).await?,
        None => None,
    };
    // Written in the transaction that books (its subject the new reference, its resident the
    // account linked), before the answer: a refused booking touched no resident's data.
    let audit = staff.entry(&state, AuditAction::BookOnBehalf, None, "");
    let booker = super::Booker {
        booked_by: BookedBy::Staff,
        identity: STAFF_IDENTITY,
        account,
        audit: Some(audit),
    };
    super::make_booking(&state, claim, request, booker).await
}

#[utoipa::path(
    post,
    path = "/api/v1/admin/bookings/{reference}/check-in",
    operation_id = "checkInBookingAsStaff",
    tag = "admin",
    security(("staff" = [])),
    params(("reference" = String, Path, description = "The booking's reference (the check-in code)", example = "YMS-B-000042")),
    responses(
        (status = 200, description = "Checked in", body = Booking),
        (status = 401, description = "`unauthorized`: no valid staff session", body = ApiError),
        (status = 403, description = "`forbidden`: a resident's token, or a staff role that does not handle residents' data", body = ApiError),
        (status = 404, description = "`not_found`: no such booking", body = ApiError),
        (status = 409, description = "`booking_not_active`: cancelled, or already checked in or marked no-show", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn check_in(
    State(state): State<AppState>,
    staff: Staff,
    claim: Option<Extension<IdempotencyClaim>>,
    reference: Result<Path<String>, PathRejection>,
) -> Result<Response, ServerError> {
    record(state, staff, claim, reference, BookingChange::CheckIn).await
}

#[utoipa::path(
    post,
    path = "/api/v1/admin/bookings/{reference}/no-show",
    operation_id = "markBookingNoShowAsStaff",
    tag = "admin",
    security(("staff" = [])),
    params(("reference" = String, Path, description = "The booking's reference", example = "YMS-B-000042")),
    responses(
        (status = 200, description = "Marked as not come", body = Booking),
        (status = 401, description = "`unauthorized`: no valid staff session", body = ApiError),
        (status = 403, description = "`forbidden`: a resident's token, or a staff role that does not handle residents' data", body = ApiError),
        (status = 404, description = "`not_found`: no such booking", body = ApiError),
        (status = 409, description = "`booking_not_active`: cancelled, or already checked in or marked no-show", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn no_show(
    State(state): State<AppState>,
    staff: Staff,
    claim: Option<Extension<IdempotencyClaim>>,
    reference: Result<Path<String>, PathRejection>,
) -> Result<Response, ServerError> {
    record(state, staff, claim, reference, BookingChange::NoShow).await
}

/// The clerk's record of a visit.
async fn record(
    state: AppState,
    staff: Staff,
    claim: Option<Extension<IdempotencyClaim>>,
    reference: Result<Path<String>, PathRejection>,
    change: BookingChange,
) -> Result<Response, ServerError> {
    let claim = idempotency::require_claim(claim)?;
    let Path(reference) = reference.map_err(|_| ServerError::NotFound)?;
    staff
        .audit(&state, AuditAction::RecordVisit, None, reference.clone())
        .await?;
    let setup = setup::require(&state).await?;
    super::change(
        &state,
        &setup,
        BookingReference(reference),
        change,
        BookedBy::Staff,
        claim,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use madoguchi_domain::booking::{BookingContact, BookingStatus, UtcTime};

    #[test]
    fn the_csv_quotes_what_needs_quoting_and_shows_japan_time() {
        let booking = Booking {
            reference: BookingReference("YMS-B-000001".into()),
            service: "my-number-card".into(),
            counter: "counter-1".into(),
            date: "2026-12-01".into(),
            // 00:05Z is 09:05 in Japan.
            starts_at: UtcTime(UnixMillis(1_796_083_500_000)),
            ends_at: UtcTime(UnixMillis(1_796_084_700_000)),
            status: BookingStatus::CheckedIn,
            booked_by: BookedBy::Staff,
            contact: BookingContact {
                name: "夢咲, \"花子\"".into(),
                phone: None,
                email: None,
            },
            change_deadline: UtcTime(UnixMillis(0)),
        };
        let text = csv(&[booking]);
        let line = text.lines().nth(1).unwrap();
        assert_eq!(
            line,
            "YMS-B-000001,counter-1,my-number-card,2026-12-01,09:05,09:25,checked-in,staff,\"夢咲, \"\"花子\"\"\",,"
        );
        assert!(text.starts_with('\u{feff}'));
    }
}
