//! The reminder the day before a booking (issue 12), through the resident's personal notices: a
//! booking made signed in is linked to the account (a moved one stays linked; a waitlist place
//! passes its account on to the booking it becomes), and from 09:00 in Japan on the day before
//! the visit the server's sweep writes one `BookingReminder` to that account, once, however many
//! sweeps run on however many instances. Cancelled, anonymous and later bookings get none.
//!
//! The clock is pinned at 2026-11-24 09:00 JST (a Tuesday) and moved; the tests run the sweep's
//! step themselves, through stores of their own (as another instance on the same database would),
//! instead of waiting for the server's minute. The server's own sweep may run meanwhile too: the
//! tests look at what the resident sees, which must be the same either way.

use madoguchi_domain::account::{AccountExport, SignedIn};
use madoguchi_domain::booking::{BookingReceipt, SlotAvailability, UtcTime, WaitlistReceipt};
use madoguchi_domain::days::{MILLIS_PER_HOUR, MILLIS_PER_MINUTE};
use madoguchi_domain::notice::{PersonalNotice, PersonalNoticeList, PersonalSubject};
use madoguchi_server::clock::Clock as _;
use madoguchi_server::storage;
use serde_json::{Value, json};

use crate::bookings::{CARD, booked, card_slot, request};
use crate::helpers::{Backend, TestApp, on_both_stores, spawn_app};

const HANAKO: &str = "hanako@example.jp";
const TARO: &str = "taro@example.jp";

/// One run of the sweep's reminder step, through a store of its own; how many it wrote.
async fn sweep(app: &TestApp) -> usize {
    let store = storage::open(app.database_location()).await.unwrap();
    madoguchi_server::sweep::remind_bookings(store.as_ref(), app.clock.as_ref())
        .await
        .unwrap()
}

/// A fresh access token for a signed-in device (after the clock moved past the old one's 15
/// minutes), as the app gets one.
pub async fn fresh_token(app: &TestApp, device: &SignedIn) -> String {
    let response = app
        .client
        .post(format!("{}/api/v1/auth/refresh", app.address))
        .json(&json!({ "deviceCredential": device.device_credential }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    response.json::<Value>().await.unwrap()["accessToken"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// The resident's personal notices, newest first.
async fn notices(app: &TestApp, device: &SignedIn) -> Vec<PersonalNotice> {
    let token = fresh_token(app, device).await;
    let response = app.get_as_staff("/api/v1/account/notices", &token).await;
    assert_eq!(response.status(), 200);
    response.json::<PersonalNoticeList>().await.unwrap().notices
}

/// The reminders among them: (reference, start), newest first.
async fn reminders(app: &TestApp, device: &SignedIn) -> Vec<(String, UtcTime)> {
    notices(app, device)
        .await
        .into_iter()
        .filter_map(|n| match n.subject {
            PersonalSubject::BookingReminder {
                reference, starts_at, ..
            } => Some((reference.0, starts_at)),
            PersonalSubject::ApplicationStatus { .. } => None,
        })
        .collect()
}

/// Books `slot` as the signed-in resident `device`.
async fn booked_signed_in(
    app: &TestApp,
    key: &str,
    slot: &SlotAvailability,
    device: &SignedIn,
) -> BookingReceipt {
    let token = fresh_token(app, device).await;
    let response = app
        .post_json_as("/api/v1/bookings", key, &request(slot, "夢咲 花子"), &token)
        .await;
    assert_eq!(response.status(), 201, "{}", response.text().await.unwrap());
    response.json().await.unwrap()
}

/// Moves a booking to `slot` with its receipt's token.
async fn moved(app: &TestApp, key: &str, receipt: &BookingReceipt, slot: &SlotAvailability) {
    let path = format!("/api/v1/bookings/{}/reschedule", receipt.booking.reference);
    let body = json!({"counter": slot.counter, "startsAt": slot.starts_at});
    let response = app.post_json_as(&path, key, &body, &receipt.access_token).await;
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
}

async fn a_booking_made_signed_in_is_reminded_once_the_day_before_and_only_to_its_resident(backend: Backend) {
    // Arrange: Hanako books two of tomorrow's slots signed in; someone books the one between
    // without signing in; Taro is signed in but books nothing.
    let app = spawn_app(backend).await;
    let hanako = app.sign_in(HANAKO).await;
    let taro = app.sign_in(TARO).await;
    let first = card_slot(&app, "2026-11-25", 0).await;
    let anonymous = card_slot(&app, "2026-11-25", 1).await;
    let second = card_slot(&app, "2026-11-25", 2).await;
    let receipt = booked_signed_in(&app, "remind-book-0001-aaaaaaaa", &first, &hanako).await;
    let other = booked_signed_in(&app, "remind-book-0009-aaaaaaaa", &second, &hanako).await;
    booked(&app, "remind-book-0002-aaaaaaaa", &anonymous, "夢咲 一郎").await;

    // Act: it is 09:00 the day before; four sweeps run at once through two stores (as two
    // instances on one database would).
    let (a, b) = (
        storage::open(app.database_location()).await.unwrap(),
        storage::open(app.database_location()).await.unwrap(),
    );
    let clock = app.clock.as_ref();
    let at_once = tokio::join!(
        madoguchi_server::sweep::remind_bookings(a.as_ref(), clock),
        madoguchi_server::sweep::remind_bookings(b.as_ref(), clock),
        madoguchi_server::sweep::remind_bookings(a.as_ref(), clock),
        madoguchi_server::sweep::remind_bookings(b.as_ref(), clock),
    );

    // Assert: none failed (the anonymous booking neither); Hanako has exactly one reminder per
    // booking, naming its service, counter and start, written at the sweep's time; Taro has none.
    let written: usize = [at_once.0, at_once.1, at_once.2, at_once.3]
        .map(Result::unwrap)
        .iter()
        .sum();
    assert!(written <= 2, "{written} reminders for two bookings");
    let hers = notices(&app, &hanako).await;
    assert_eq!(hers.len(), 2, "{hers:?}");
    assert!(hers.iter().all(|n| n.at == app.clock.now()));
    let reminder = |booking: &BookingReceipt, slot: &SlotAvailability| PersonalSubject::BookingReminder {
        reference: booking.booking.reference.clone(),
        service: CARD.into(),
        counter: "counter-1".into(),
        starts_at: slot.starts_at,
    };
    assert!(
        hers.iter().any(|n| n.subject == reminder(&receipt, &first)),
        "{hers:?}"
    );
    assert!(
        hers.iter().any(|n| n.subject == reminder(&other, &second)),
        "{hers:?}"
    );
    assert!(notices(&app, &taro).await.is_empty());

    // Act: an hour later, the sweep again.
    app.clock.advance_millis(MILLIS_PER_HOUR);
    assert_eq!(sweep(&app).await, 0);

    // Assert: still the two reminders, and none for Taro.
    assert_eq!(reminders(&app, &hanako).await.len(), 2);
    assert!(notices(&app, &taro).await.is_empty());
}

async fn reminders_wait_for_nine_on_the_day_before_and_a_cancelled_booking_gets_none(backend: Backend) {
    // Arrange: Hanako books Thursday (two days ahead) and Wednesday (tomorrow), then cancels
    // Wednesday's.
    let app = spawn_app(backend).await;
    let hanako = app.sign_in(HANAKO).await;
    let thursday = card_slot(&app, "2026-11-26", 0).await;
    let later = booked_signed_in(&app, "remind-book-0003-aaaaaaaa", &thursday, &hanako).await;
    let wednesday = card_slot(&app, "2026-11-25", 0).await;
    let cancelled = booked_signed_in(&app, "remind-book-0004-aaaaaaaa", &wednesday, &hanako).await;
    let cancel = app
        .post_json_as(
            &format!("/api/v1/bookings/{}/cancel", cancelled.booking.reference),
            "remind-cancel-0001-aaaaaa",
            &json!({}),
            &cancelled.access_token,
        )
        .await;
    assert_eq!(cancel.status(), 200);

    // Act 1: the sweep at 09:00 on Tuesday.
    sweep(&app).await;

    // Assert 1: nothing: Wednesday's is cancelled, Thursday's is two days away.
    assert!(reminders(&app, &hanako).await.is_empty());

    // Act 2: Wednesday 08:59, the day before Thursday's visit, but not yet 09:00.
    app.clock.advance_millis(24 * MILLIS_PER_HOUR - MILLIS_PER_MINUTE);
    sweep(&app).await;

    // Assert 2: still nothing.
    assert!(reminders(&app, &hanako).await.is_empty());

    // Act 3: 09:00.
    app.clock.advance_millis(MILLIS_PER_MINUTE);
    sweep(&app).await;

    // Assert 3: Thursday's reminder, and only that.
    assert_eq!(
        reminders(&app, &hanako).await,
        [(later.booking.reference.0.clone(), thursday.starts_at)]
    );
}

async fn a_moved_booking_stays_linked_and_is_reminded_of_its_new_time(backend: Backend) {
    // Arrange: Hanako books Friday signed in, then moves it to tomorrow with its receipt's token.
    let app = spawn_app(backend).await;
    let hanako = app.sign_in(HANAKO).await;
    let friday = card_slot(&app, "2026-11-27", 0).await;
    let receipt = booked_signed_in(&app, "remind-book-0005-aaaaaaaa", &friday, &hanako).await;
    let tomorrow = card_slot(&app, "2026-11-25", 0).await;
    moved(&app, "remind-move-0001-aaaaaaaa", &receipt, &tomorrow).await;

    // Act 1
    sweep(&app).await;

    // Assert 1: the reminder names the booking at its new time.
    let reference = receipt.booking.reference.0.clone();
    assert_eq!(
        reminders(&app, &hanako).await,
        [(reference.clone(), tomorrow.starts_at)]
    );

    // Act 2: reminded, she moves it again, to later the same day.
    let later = card_slot(&app, "2026-11-25", 3).await;
    moved(&app, "remind-move-0002-aaaaaaaa", &receipt, &later).await;
    sweep(&app).await;

    // Assert 2: a new reminder for the new time (the first one named a time no longer hers).
    assert_eq!(
        reminders(&app, &hanako).await,
        [
            (reference.clone(), later.starts_at),
            (reference, tomorrow.starts_at)
        ]
    );
}

async fn a_waitlist_place_joined_signed_in_passes_its_reminder_to_the_booking_it_becomes(backend: Backend) {
    // Arrange: tomorrow's third slot is full; Hanako joins its waitlist signed in; a place frees up.
    let app = spawn_app(backend).await;
    let hanako = app.sign_in(HANAKO).await;
    let slot = card_slot(&app, "2026-11-25", 2).await;
    let mut holders = Vec::new();
    for n in 0..3 {
        holders.push(booked(&app, &format!("remind-hold-{n}-aaaaaaaaaa"), &slot, "いる人").await);
    }
    let token = fresh_token(&app, &hanako).await;
    let joined = app
        .post_json_as(
            "/api/v1/waitlist",
            "remind-join-0001-aaaaaaaa",
            &request(&slot, "夢咲 花子"),
            &token,
        )
        .await;
    assert_eq!(joined.status(), 201, "{}", joined.text().await.unwrap());
    let place: WaitlistReceipt = joined.json().await.unwrap();
    let cancel = app
        .post_json_as(
            &format!("/api/v1/bookings/{}/cancel", holders[0].booking.reference),
            "remind-cancel-0002-aaaaaa",
            &json!({}),
            &holders[0].access_token,
        )
        .await;
    assert_eq!(cancel.status(), 200);

    // Act: she takes the place offered (with the place's token, as the app does), then the sweep.
    let accepted = app
        .post_json_as(
            &format!("/api/v1/waitlist/{}/accept", place.entry.reference),
            "remind-accept-0001-aaaaaa",
            &json!({}),
            &place.access_token,
        )
        .await;
    assert_eq!(accepted.status(), 201, "{}", accepted.text().await.unwrap());
    let receipt: BookingReceipt = accepted.json().await.unwrap();
    sweep(&app).await;

    // Assert: the booking the place became is hers to be reminded of; the holders were anonymous.
    assert_eq!(
        reminders(&app, &hanako).await,
        [(receipt.booking.reference.0, slot.starts_at)]
    );
}

async fn only_a_valid_resident_token_links_a_booking_and_it_opens_no_booking(backend: Backend) {
    // Arrange: Hanako signed in, and a token of hers that lapsed (15 minutes).
    let app = spawn_app(backend).await;
    let hanako = app.sign_in(HANAKO).await;
    let lapsed = hanako.access.access_token.clone();
    app.clock.advance_millis(16 * MILLIS_PER_MINUTE);
    let slot = card_slot(&app, "2026-11-25", 0).await;

    // Act: a booking sent with the lapsed token, and one with a fresh token.
    let with_lapsed = app
        .post_json_as(
            "/api/v1/bookings",
            "remind-book-0006-aaaaaaaa",
            &request(&slot, "夢咲 花子"),
            &lapsed,
        )
        .await;
    let linked = booked_signed_in(&app, "remind-book-0007-aaaaaaaa", &slot, &hanako).await;
    sweep(&app).await;

    // Assert: the lapsed token is refused, not taken as anonymous (the reminder would be lost
    // unseen; `booking_on_behalf.rs` tries the retry); only the other booking is reminded.
    assert_eq!(with_lapsed.status(), 401);
    assert_eq!(
        reminders(&app, &hanako).await,
        [(linked.booking.reference.0.clone(), slot.starts_at)]
    );
    // Being linked opens nothing: a booking is read and changed with its receipt's token only.
    let path = format!("/api/v1/bookings/{}", linked.booking.reference);
    let token = fresh_token(&app, &hanako).await;
    assert_eq!(app.get_as_staff(&path, &token).await.status(), 404);
    assert_eq!(app.get_as_staff(&path, &linked.access_token).await.status(), 200);
}

async fn a_deleted_account_loses_the_link_but_the_booking_stays_and_no_reminder_follows(backend: Backend) {
    // Arrange: Hanako books Thursday signed in; her export lists it.
    let app = spawn_app(backend).await;
    let hanako = app.sign_in(HANAKO).await;
    let slot = card_slot(&app, "2026-11-26", 0).await;
    let receipt = booked_signed_in(&app, "remind-book-0008-aaaaaaaa", &slot, &hanako).await;
    let export: AccountExport = app
        .get_as_staff("/api/v1/account/export", &hanako.access.access_token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(export.bookings, std::slice::from_ref(&receipt.booking.reference));
    assert!(export.waitlist.is_empty());

    // Act: she deletes her account; on Wednesday at 09:00 the sweep runs.
    let deleted = app
        .client
        .delete(format!("{}/api/v1/account", app.address))
        .bearer_auth(&hanako.access.access_token)
        .header(
            madoguchi_domain::IDEMPOTENCY_KEY_HEADER,
            "remind-delete-0001-aaaaaa",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 204);
    app.clock.advance_millis(24 * MILLIS_PER_HOUR);

    // Assert: nobody to remind, and nothing fails; the booking is the city's still, read with its
    // receipt's token.
    assert_eq!(sweep(&app).await, 0);
    let path = format!("/api/v1/bookings/{}", receipt.booking.reference);
    assert_eq!(app.get_as_staff(&path, &receipt.access_token).await.status(), 200);
}

on_both_stores!(
    a_booking_made_signed_in_is_reminded_once_the_day_before_and_only_to_its_resident,
    reminders_wait_for_nine_on_the_day_before_and_a_cancelled_booking_gets_none,
    a_moved_booking_stays_linked_and_is_reminded_of_its_new_time,
    a_waitlist_place_joined_signed_in_passes_its_reminder_to_the_booking_it_becomes,
    only_a_valid_resident_token_links_a_booking_and_it_opens_no_booking,
    a_deleted_account_loses_the_link_but_the_booking_stays_and_no_reminder_follows,
);
