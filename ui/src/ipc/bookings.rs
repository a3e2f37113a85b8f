//! Counter appointments through the one typed door: the bookable services, a service's slots with
//! the places left, booking, cancelling or moving a booking, and the resident's bookings.
//!
//! App mode calls the shell's commands: services and slots are asked live (places change by the
//! minute, nothing is cached); a booking and each change of it is saved on the device with its
//! outbox item and sent when the city can be reached, so it comes back `Pending` and later `Sent`
//! (confirmed, with the reference) or `Failed` (`slot_full`: the place was taken meanwhile).
//!
//! Web mode talks to the city's server directly and keeps **nothing in browser storage**: each
//! booking's reference and access token live in this page's memory only, and are gone when the tab
//! is closed or reloaded (the pages say so). A booking, a cancellation or a move is POSTed with an
//! idempotency key the caller keeps until it succeeds, so a retry after a lost answer is replayed
//! by the server, never doubled. The city's refusal of a change is kept on the booking as the
//! shell keeps it (`LocalBooking::change`), so both modes show it the same way.
//!
//! A full slot's waitlist goes the same two ways: joining and taking the offered place are the
//! shell's outbox items in app mode, POSTs with a kept idempotency key in web mode (the place's
//! reference and token in page memory only). Each place still in line is read again from the city
//! when the resident looks (`my_waitlist`): the city makes the offers. A taken offer is a booking
//! like any other from then on (`my_bookings` lists it).

use std::cell::{Cell, RefCell};

use madoguchi_domain::booking::{
    Booking, BookingCatalogue, BookingReceipt, BookingRequest, BookingRequestWithLocale, SlotList,
    WaitlistEntry, WaitlistReceipt, WaitlistStatus,
};
use madoguchi_domain::{
    ApiError, BookingAction, BookingChange, DeliveryState, ErrorCode, IdempotencyKey, LocalBooking,
    LocalWaitlistPlace, LocaleTag, WaitlistAccept,
};
use serde::Serialize;

use super::{call_shell, http_get, http_get_with_token, http_post_as, now, tauri_invoke_fn};

/// A booking made from this page (web mode), with the access token that proves it is the
/// resident's.
struct Kept {
    booking: LocalBooking,
    token: String,
}

/// A waitlist place joined from this page (web mode), with the access token that proves it is the
/// resident's.
struct KeptPlace {
    place: LocalWaitlistPlace,
    token: String,
}

thread_local! {
    /// Newest first.
    static KEPT: RefCell<Vec<Kept>> = const { RefCell::new(Vec::new()) };
    /// Newest first.
    static PLACES: RefCell<Vec<KeptPlace>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<i64> = const { Cell::new(1) };
}

fn next_id() -> i64 {
    NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    })
}

/// What the city takes appointments for, and the counter's phone number.
pub async fn booking_services() -> Result<BookingCatalogue, ApiError> {
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "booking_services", &()).await,
        None => http_get("/api/v1/booking/services").await,
    }
}

/// The service's slots inside its booking window (from today when `from` is none, to the last day
/// booking is open for when `to` is none; days `YYYY-MM-DD` in Japan), with the places left.
pub async fn booking_slots(
    service: &str,
    from: Option<&str>,
    to: Option<&str>,
) -> Result<SlotList, ApiError> {
    #[derive(Serialize)]
    struct Args<'a> {
        service: &'a str,
        from: Option<&'a str>,
        to: Option<&'a str>,
    }
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "booking_slots", &Args { service, from, to }).await,
        None => http_get(&slots_path(service, from, to)).await,
    }
}

/// `GET /api/v1/booking/services/{id}/slots` with the days asked for.
fn slots_path(service: &str, from: Option<&str>, to: Option<&str>) -> String {
    let query: Vec<String> = [("from", from), ("to", to)]
        .into_iter()
        .filter_map(|(name, day)| day.map(|d| format!("{name}={d}")))
        .collect();
    let path = format!("/api/v1/booking/services/{service}/slots");
    if query.is_empty() {
        path
    } else {
        format!("{path}?{}", query.join("&"))
    }
}

/// Books a slot. App mode: the contact checked by the shell, saved and queued (comes back
/// `Pending`; `my_bookings` later says `Sent` or `Failed`). Web mode: POSTed now with `web_key`
/// (comes back `Sent`, or an error such as `slot_full`; a retry after a lost answer reuses the key).
pub async fn book(request: &BookingRequest, web_key: &IdempotencyKey) -> Result<LocalBooking, ApiError> {
    #[derive(Serialize)]
    struct Args<'a> {
        request: &'a BookingRequest,
        locale: &'a LocaleTag,
    }
    // The reader's language, for the city's reminder mail to a resident with no account.
    let locale = crate::i18n::current();
    match tauri_invoke_fn() {
        Some(invoke) => {
            call_shell(
                &invoke,
                "book",
                &Args {
                    request,
                    locale: &locale,
                },
            )
            .await
        }
        None => {
            // Signed in on this page: the booking is linked to the account (the reminder the day before).
            let resident = super::account::resident_token().await;
            let sent = BookingRequestWithLocale {
                request: request.clone(),
                locale: Some(locale),
            };
            let receipt: BookingReceipt =
                http_post_as("/api/v1/bookings", &sent, web_key, resident.as_deref()).await?;
            Ok(remember(request.clone(), receipt, now()))
        }
    }
}

/// Web mode: keeps a booking the city confirmed, with its token, for the life of the page.
fn remember(
    request: BookingRequest,
    receipt: BookingReceipt,
    at: madoguchi_domain::UnixMillis,
) -> LocalBooking {
    let booking = LocalBooking {
        local_id: next_id(),
        request,
        created_at: at,
        delivery: DeliveryState::Sent {
            reference: receipt.booking.reference.0.clone(),
        },
        booking: Some(receipt.booking),
        change: None,
    };
    KEPT.with(|k| {
        k.borrow_mut().insert(
            0,
            Kept {
                booking: booking.clone(),
                token: receipt.access_token,
            },
        );
    });
    booking
}

/// Cancels or moves booking `local_id`. App mode: queued behind the booking (comes back with the
/// change waiting; `my_bookings` later shows its outcome). Web mode: POSTed now with `web_key`;
/// comes back with the booking as the city now has it, or with the city's refusal kept as the
/// change's (`cancellation_deadline_passed` with the counter's phone, `slot_full`: the booking
/// stays as it was). An error means nothing was decided (offline, the server busy): try again with
/// the same key.
pub async fn change_booking(
    local_id: i64,
    action: &BookingAction,
    web_key: &IdempotencyKey,
) -> Result<LocalBooking, ApiError> {
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Args<'a> {
        local_id: i64,
        action: &'a BookingAction,
    }
    if let Some(invoke) = tauri_invoke_fn() {
        return call_shell(&invoke, "change_booking", &Args { local_id, action }).await;
    }
    let (reference, token) = KEPT
        .with(|k| {
            k.borrow().iter().find_map(|kept| match &kept.booking.delivery {
                DeliveryState::Sent { reference } if kept.booking.local_id == local_id => {
                    Some((reference.clone(), kept.token.clone()))
                }
                _ => None,
            })
        })
        .ok_or_else(|| ApiError::from(ErrorCode::NotFound))?;
    let answer: Result<Booking, ApiError> = match action {
        BookingAction::Cancel => {
            let path = format!("/api/v1/bookings/{reference}/cancel");
            // The route reads no body; `{}` is what the shell's outbox sends too.
            #[derive(Serialize)]
            struct Nothing {}
            http_post_as(&path, &Nothing {}, web_key, Some(&token)).await
        }
        BookingAction::Reschedule(to) => {
            let path = format!("/api/v1/bookings/{reference}/reschedule");
            http_post_as(&path, to, web_key, Some(&token)).await
        }
    };
    let outcome = match answer {
        Ok(booking) => Outcome::Changed(booking),
        Err(error) if decided(&error) => Outcome::Refused(BookingChange {
            action: action.clone(),
            refused: Some(error),
        }),
        Err(error) => return Err(error),
    };
    update_kept(local_id, outcome).ok_or_else(|| ErrorCode::NotFound.into())
}

/// Whether the city's answer settles the change (a refusal that would be the same if sent again),
/// rather than "try again".
fn decided(error: &ApiError) -> bool {
    !error.code.is_transient()
}

/// What the city said to a change.
enum Outcome {
    Changed(Booking),
    Refused(BookingChange),
}

/// Web mode: records the city's answer on the kept booking and returns it.
fn update_kept(local_id: i64, outcome: Outcome) -> Option<LocalBooking> {
    KEPT.with(|k| {
        let mut k = k.borrow_mut();
        let kept = k.iter_mut().find(|kept| kept.booking.local_id == local_id)?;
        match outcome {
            Outcome::Changed(booking) => {
                kept.booking.booking = Some(booking);
                kept.booking.change = None;
            }
            Outcome::Refused(change) => kept.booking.change = Some(change),
        }
        Some(kept.booking.clone())
    })
}

/// The resident's bookings, newest first: made on this device (app mode) or from this page (web
/// mode, each read again from the city with its token, so a check-in or a clerk's change shows;
/// the copy in memory when the city cannot be reached).
pub async fn my_bookings() -> Result<Vec<LocalBooking>, ApiError> {
    if let Some(invoke) = tauri_invoke_fn() {
        return call_shell(&invoke, "my_bookings", &()).await;
    }
    let asks: Vec<(i64, String, String)> = KEPT.with(|k| {
        k.borrow()
            .iter()
            .filter_map(|kept| match &kept.booking.delivery {
                DeliveryState::Sent { reference } => {
                    Some((kept.booking.local_id, reference.clone(), kept.token.clone()))
                }
                _ => None,
            })
            .collect()
    });
    for (local_id, reference, token) in asks {
        if let Ok(now) =
            http_get_with_token::<Booking>(&format!("/api/v1/bookings/{reference}"), &token).await
        {
            KEPT.with(|k| {
                if let Some(kept) = k
                    .borrow_mut()
                    .iter_mut()
                    .find(|kept| kept.booking.local_id == local_id)
                {
                    kept.booking.booking = Some(now);
                }
            });
        }
    }
    Ok(KEPT.with(|k| k.borrow().iter().map(|kept| kept.booking.clone()).collect()))
}

/// Joins a full slot's waitlist. App mode: the contact checked by the shell, saved and queued
/// (comes back `Pending`; `my_waitlist` later says `Sent` or `Failed`). Web mode: POSTed now with
/// `web_key` (comes back `Sent` and waiting, or an error such as `slot_available`).
pub async fn join_waitlist(
    request: &BookingRequest,
    web_key: &IdempotencyKey,
) -> Result<LocalWaitlistPlace, ApiError> {
    #[derive(Serialize)]
    struct Args<'a> {
        request: &'a BookingRequest,
    }
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "join_waitlist", &Args { request }).await,
        None => {
            let resident = super::account::resident_token().await;
            let receipt: WaitlistReceipt =
                http_post_as("/api/v1/waitlist", request, web_key, resident.as_deref()).await?;
            Ok(remember_place(request.clone(), receipt, now()))
        }
    }
}

/// Web mode: keeps a place the city put in line, with its token, for the life of the page.
fn remember_place(
    request: BookingRequest,
    receipt: WaitlistReceipt,
    at: madoguchi_domain::UnixMillis,
) -> LocalWaitlistPlace {
    let place = LocalWaitlistPlace {
        local_id: next_id(),
        request,
        created_at: at,
        delivery: DeliveryState::Sent {
            reference: receipt.entry.reference.0.clone(),
        },
        entry: Some(receipt.entry),
        accept: None,
        booking: None,
    };
    PLACES.with(|p| {
        p.borrow_mut().insert(
            0,
            KeptPlace {
                place: place.clone(),
                token: receipt.access_token,
            },
        );
    });
    place
}

/// Takes the place offered to waitlist place `local_id`. App mode: queued (comes back with the
/// acceptance waiting; `my_waitlist` and `my_bookings` later show the booking). Web mode: POSTed
/// now with `web_key`; comes back with the booking it became (`booking`, listed by `my_bookings`)
/// or with the city's refusal kept as the acceptance's (`waitlist_offer_expired`). An error means
/// nothing was decided: try again with the same key.
pub async fn accept_offer(local_id: i64, web_key: &IdempotencyKey) -> Result<LocalWaitlistPlace, ApiError> {
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Args {
        local_id: i64,
    }
    if let Some(invoke) = tauri_invoke_fn() {
        return call_shell(&invoke, "accept_offer", &Args { local_id }).await;
    }
    let (reference, token, request) = PLACES
        .with(|p| {
            p.borrow().iter().find_map(|kept| match &kept.place.delivery {
                DeliveryState::Sent { reference } if kept.place.local_id == local_id => {
                    Some((reference.clone(), kept.token.clone(), kept.place.request.clone()))
                }
                _ => None,
            })
        })
        .ok_or_else(|| ApiError::from(ErrorCode::NotFound))?;
    #[derive(Serialize)]
    struct Nothing {}
    let path = format!("/api/v1/waitlist/{reference}/accept");
    let answer: Result<BookingReceipt, ApiError> =
        http_post_as(&path, &Nothing {}, web_key, Some(&token)).await;
    let outcome = match answer {
        Ok(receipt) => {
            let booked = receipt.booking.reference.clone();
            let booking = remember(request, receipt, now());
            PlaceOutcome::Booked(booking.local_id, booked)
        }
        Err(error) if decided(&error) => PlaceOutcome::Refused(error),
        Err(error) => return Err(error),
    };
    update_place(local_id, outcome).ok_or_else(|| ErrorCode::NotFound.into())
}

/// What the city said about a waitlist place.
enum PlaceOutcome {
    /// Its latest state, read again.
    Read(WaitlistEntry),
    /// The offer was taken: the booking kept on this page (`local_id`) and its reference.
    Booked(i64, madoguchi_domain::booking::BookingReference),
    /// Taking the offer was refused.
    Refused(ApiError),
}

/// Web mode: records the city's answer on the kept place and returns it.
fn update_place(local_id: i64, outcome: PlaceOutcome) -> Option<LocalWaitlistPlace> {
    PLACES.with(|p| {
        let mut p = p.borrow_mut();
        let kept = p.iter_mut().find(|kept| kept.place.local_id == local_id)?;
        let place = &mut kept.place;
        match outcome {
            PlaceOutcome::Read(entry) => place.entry = Some(entry),
            PlaceOutcome::Booked(booking, reference) => {
                place.booking = Some(booking);
                place.accept = None;
                if let Some(entry) = place.entry.as_mut() {
                    entry.status = WaitlistStatus::Booked;
                    entry.offer_expires_at = None;
                    entry.booking = Some(reference);
                }
            }
            PlaceOutcome::Refused(error) => {
                place.accept = Some(WaitlistAccept { refused: Some(error) });
            }
        }
        Some(place.clone())
    })
}

/// The resident's waitlist places, newest first: joined on this device (app mode) or from this
/// page (web mode); each still in line read again from the city first, since the city makes the
/// offers (the last word kept when it cannot be reached).
pub async fn my_waitlist() -> Result<Vec<LocalWaitlistPlace>, ApiError> {
    if let Some(invoke) = tauri_invoke_fn() {
        return call_shell(&invoke, "my_waitlist", &()).await;
    }
    let asks: Vec<(i64, String, String)> = PLACES.with(|p| {
        p.borrow()
            .iter()
            .filter(|kept| {
                kept.place.booking.is_none()
                    && kept.place.entry.as_ref().is_some_and(|e| {
                        matches!(e.status, WaitlistStatus::Waiting | WaitlistStatus::Offered)
                    })
            })
            .filter_map(|kept| match &kept.place.delivery {
                DeliveryState::Sent { reference } => {
                    Some((kept.place.local_id, reference.clone(), kept.token.clone()))
                }
                _ => None,
            })
            .collect()
    });
    for (local_id, reference, token) in asks {
        if let Ok(entry) =
            http_get_with_token::<WaitlistEntry>(&format!("/api/v1/waitlist/{reference}"), &token).await
        {
            update_place(local_id, PlaceOutcome::Read(entry));
        }
    }
    Ok(PLACES.with(|p| p.borrow().iter().map(|kept| kept.place.clone()).collect()))
}

#[cfg(test)]
mod tests {
    use madoguchi_domain::booking::{
        BookedBy, Booking, BookingContact, BookingReceipt, BookingReference, BookingRequest, BookingStatus,
        RescheduleRequest, UtcTime,
    };
    use madoguchi_domain::{ApiError, BookingAction, ErrorCode, UnixMillis};

    use super::{Outcome, decided, remember, slots_path, update_kept};

    fn request(at: i64) -> BookingRequest {
        BookingRequest {
            service: "my-number-card".into(),
            counter: "counter-1".into(),
            starts_at: UtcTime(UnixMillis(at)),
            contact: BookingContact {
                name: "夢咲 花子".into(),
                ..BookingContact::default()
            },
        }
    }

    fn booking(reference: &str, at: i64, status: BookingStatus) -> Booking {
        Booking {
            reference: BookingReference(reference.into()),
            service: "my-number-card".into(),
            counter: "counter-1".into(),
            date: "2027-01-05".into(),
            starts_at: UtcTime(UnixMillis(at)),
            ends_at: UtcTime(UnixMillis(at + 20 * 60_000)),
            status,
            booked_by: BookedBy::Resident,
            contact: request(at).contact,
            change_deadline: UtcTime(UnixMillis(at - 86_400_000)),
        }
    }

    #[test]
    fn the_slots_path_names_only_the_days_asked_for() {
        assert_eq!(
            slots_path("my-number-card", None, None),
            "/api/v1/booking/services/my-number-card/slots"
        );
        assert_eq!(
            slots_path("my-number-card", Some("2027-01-05"), None),
            "/api/v1/booking/services/my-number-card/slots?from=2027-01-05"
        );
        assert_eq!(
            slots_path("my-number-card", Some("2027-01-05"), Some("2027-01-05")),
            "/api/v1/booking/services/my-number-card/slots?from=2027-01-05&to=2027-01-05"
        );
    }

    #[test]
    fn a_web_booking_keeps_the_citys_answer_and_a_refused_change_leaves_it_as_it_was() {
        let made = remember(
            request(1_000),
            BookingReceipt {
                booking: booking("YMS-B-000001", 1_000, BookingStatus::Confirmed),
                access_token: "token".into(),
            },
            UnixMillis(1),
        );
        let moved = update_kept(
            made.local_id,
            Outcome::Changed(booking("YMS-B-000001", 2_000, BookingStatus::Confirmed)),
        )
        .unwrap();
        assert_eq!(moved.booking.as_ref().map(|b| b.starts_at.0.0), Some(2_000));
        let full = ApiError::from(ErrorCode::SlotFull);
        let refused = update_kept(
            made.local_id,
            Outcome::Refused(madoguchi_domain::BookingChange {
                action: BookingAction::Reschedule(RescheduleRequest {
                    counter: "counter-2".into(),
                    starts_at: UtcTime(UnixMillis(3_000)),
                }),
                refused: Some(full),
            }),
        )
        .unwrap();
        assert_eq!(
            refused.booking.as_ref().map(|b| b.starts_at.0.0),
            Some(2_000),
            "the booking stays where it was"
        );
        assert_eq!(
            refused.change.and_then(|c| c.refused).map(|e| e.code),
            Some(ErrorCode::SlotFull)
        );
        assert_eq!(
            update_kept(9_999, Outcome::Changed(booking("x", 0, BookingStatus::Cancelled))),
            None
        );
    }

    #[test]
    fn only_an_answer_that_would_be_the_same_again_settles_a_change() {
        assert!(decided(&ErrorCode::SlotFull.into()));
        assert!(decided(&ErrorCode::CancellationDeadlinePassed.into()));
        assert!(!decided(&ErrorCode::ServerUnreachable.into()));
        assert!(!decided(&ErrorCode::Unavailable.into()));
    }
}
