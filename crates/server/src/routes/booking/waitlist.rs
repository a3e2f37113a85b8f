//! The waitlist of a full slot: joining it, following one's place, and taking the place offered
//! when one frees up. The store makes the offers, in the order residents joined, in the
//! transaction that frees the place; an offer is held for the city's `waitlistOfferMinutes`
//! (2 hours in the demo) and then passes to the next in line — judged with the server's clock by
//! the next write that touches the slot, and by the sweep the server runs every minute
//! (`startup.rs`). A place joined by a signed-in resident names their account, and the booking
//! it becomes is linked to it too (the reminder the day before reaches them).

use axum::Extension;
use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use madoguchi_domain::booking::{
    BookedBy, BookingReceipt, BookingReference, BookingRequest, WaitlistEntry, WaitlistReceipt,
    WaitlistStatus,
};
use madoguchi_domain::{ApiError, ErrorCode};

use super::setup::{self, Window};
use super::{ADMITTED, identity_of, new_booking, no_store};
use crate::error::ServerError;
use crate::idempotency;
use crate::routes::AppState;
use crate::routes::auth::Resident;
use crate::routes::auth::optional_resident;
use crate::storage::{Accepted, IdempotencyClaim, Joined};

#[utoipa::path(
    post,
    path = "/api/v1/waitlist",
    operation_id = "joinWaitlist",
    tag = "booking",
    request_body(content = BookingRequest, description = "The full slot, as listed, and who waits for it"),
    responses(
        (status = 201, description = "On the waitlist: the place and the access token that proves it is yours. Sent with \
                                      a signed-in resident's access token, the place (and the booking it may become) is \
                                      linked to their account, for the reminder the day before", body = WaitlistReceipt),
        (status = 400, description = "`invalid_request`: the body is not a booking request in JSON", body = ApiError),
        (status = 401, description = "`unauthorized`: a resident's access token (`at-…`) was sent that has lapsed or \
                                      was revoked; nothing was kept (refresh it and send the same request again)", body = ApiError),
        (status = 409, description = "`slot_available`: the slot still has a place; book it instead", body = ApiError),
        (status = 422, description = "`unknown_service`, `not_a_slot`, `closed_day`, `outside_booking_window`, \
                                      `identity_level_too_low`, or `invalid_submission` with the contact's problems", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn join(
    State(state): State<AppState>,
    headers: HeaderMap,
    claim: Option<Extension<IdempotencyClaim>>,
    // A signed-in resident: the place, and the booking it may become, is linked to them.
    resident: Option<Extension<Resident>>,
    body: Bytes,
) -> Result<Response, ServerError> {
    let claim = idempotency::require_claim(claim)?;
    let resident = optional_resident(&headers, resident)?;
    let request: BookingRequest =
        serde_json::from_slice(&body).map_err(|e| ServerError::InvalidRequest(e.to_string()))?;
    let contact = request.contact.parse().map_err(ServerError::InvalidSubmission)?;
    let setup = setup::require(&state).await?;
    let slot = setup.claim(
        &request.service,
        &request.counter,
        request.starts_at,
        claim.at,
        identity_of(resident.as_ref()),
        Window::Judged,
    )?;
    let account = resident.map(|r| r.account);
    let entry = new_booking(&state, &setup, slot, contact, BookedBy::Resident, "W", account)?;
    match state
        .store
        .join_waitlist(entry, claim, idempotency::keep_created())
        .await?
    {
        Joined::Joined(receipt) => {
            tracing::info!(reference = %receipt.entry.reference, "joined a waitlist");
            Ok((StatusCode::CREATED, no_store(), Json(receipt)).into_response())
        }
        Joined::SlotAvailable => Err(ServerError::Booking(ErrorCode::SlotAvailable)),
    }
}

#[utoipa::path(
    get,
    path = "/api/v1/waitlist/{reference}",
    operation_id = "getWaitlistPlace",
    tag = "booking",
    security(("access_token" = [])),
    params(("reference" = String, Path, description = "The reference from the receipt", example = "YMS-W-000007")),
    responses(
        (status = 200, description = "The place: waiting, offered (until `offerExpiresAt`), booked or expired", body = WaitlistEntry),
        (status = 401, description = "`unauthorized`: no access token was sent", body = ApiError),
        (status = 404, description = "`not_found`: no waitlist place with this reference has this access token", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn read(
    State(state): State<AppState>,
    headers: HeaderMap,
    reference: Result<Path<String>, PathRejection>,
) -> Result<Response, ServerError> {
    let mut entry = owned(&state, &headers, reference).await?;
    // An offer past its time is over, whether or not a write has passed it on yet.
    if entry.status == WaitlistStatus::Offered
        && entry.offer_expires_at.is_some_and(|at| state.clock.now() >= at.0)
    {
        entry.status = WaitlistStatus::Expired;
        entry.offer_expires_at = None;
    }
    Ok((no_store(), Json(entry)).into_response())
}

#[utoipa::path(
    post,
    path = "/api/v1/waitlist/{reference}/accept",
    operation_id = "acceptWaitlistOffer",
    tag = "booking",
    security(("access_token" = [])),
    params(("reference" = String, Path, description = "The reference from the receipt", example = "YMS-W-000007")),
    responses(
        (status = 201, description = "Booked: the place offered is yours, with the booking's own access token", body = BookingReceipt),
        (status = 401, description = "`unauthorized`: no access token was sent", body = ApiError),
        (status = 404, description = "`not_found`: no waitlist place with this reference has this access token", body = ApiError),
        (status = 409, description = "`waitlist_no_offer` (still waiting, or finished) or `waitlist_offer_expired` \
                                      (the offer lapsed and went to the next in line)", body = ApiError),
        (status = 422, description = "`not_a_slot`, `closed_day` or `outside_booking_window`: the slot is no longer offered \
                                      (the city changed its setup, or it has begun)", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn accept(
    State(state): State<AppState>,
    headers: HeaderMap,
    claim: Option<Extension<IdempotencyClaim>>,
    reference: Result<Path<String>, PathRejection>,
) -> Result<Response, ServerError> {
    let claim = idempotency::require_claim(claim)?;
    let entry = owned(&state, &headers, reference).await?;
    let setup = setup::require(&state).await?;
    let slot = setup.claim(
        &entry.service,
        &entry.counter,
        entry.starts_at,
        claim.at,
        ADMITTED,
        Window::OfferHeld,
    )?;
    // The contact and the account are the place's own; the store takes them from the entry.
    let booking = new_booking(
        &state,
        &setup,
        slot,
        Default::default(),
        BookedBy::Resident,
        "B",
        None,
    )?;
    match state
        .store
        .accept_offer(entry.reference, booking, claim, idempotency::keep_created())
        .await?
    {
        Accepted::Booked(receipt) => {
            tracing::info!(reference = %receipt.booking.reference, "waitlist offer taken");
            Ok((StatusCode::CREATED, no_store(), Json(receipt)).into_response())
        }
        Accepted::NotFound => Err(ServerError::NotFound),
        Accepted::NoOffer => Err(ServerError::Booking(ErrorCode::WaitlistNoOffer)),
        Accepted::Expired => Err(ServerError::Booking(ErrorCode::WaitlistOfferExpired)),
    }
}

/// The waitlist place `reference` names, if the request carries its access token.
async fn owned(
    state: &AppState,
    headers: &HeaderMap,
    reference: Result<Path<String>, PathRejection>,
) -> Result<WaitlistEntry, ServerError> {
    let presented = crate::routes::bearer_token(headers)?;
    let Path(reference) = reference.map_err(|_| ServerError::NotFound)?;
    let (entry, kept_hash) = state
        .store
        .waitlist_entry(BookingReference(reference))
        .await?
        .ok_or(ServerError::NotFound)?;
    if crate::routes::access::matches(presented, &kept_hash) {
        Ok(entry)
    } else {
        Err(ServerError::NotFound)
    }
}
