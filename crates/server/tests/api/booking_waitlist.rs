//! The waitlist of a full slot through the API: a freed place is offered to the first in line and
//! held for two hours; a lapsed offer passes to the next, by the server's sweep or by the next
//! write that touches the slot; accepting an open offer books it.

use madoguchi_domain::ErrorCode;
use madoguchi_domain::booking::{
    BookingReceipt, BookingStatus, SlotAvailability, WaitlistEntry, WaitlistReceipt, WaitlistStatus,
};
use madoguchi_domain::days::MILLIS_PER_HOUR;
use madoguchi_server::clock::Clock as _;
use serde_json::json;

use crate::bookings::{book, booked, card_slot, code, now_listed, request};
use crate::helpers::{Backend, TestApp, on_both_stores, spawn_app};

async fn join(app: &TestApp, key: &str, slot: &SlotAvailability, name: &str) -> reqwest::Response {
    app.post_json("/api/v1/waitlist", Some(key), &request(slot, name))
        .await
}

async fn joined(app: &TestApp, key: &str, slot: &SlotAvailability, name: &str) -> WaitlistReceipt {
    let response = join(app, key, slot, name).await;
    assert_eq!(response.status(), 201, "{}", response.text().await.unwrap());
    response.json().await.unwrap()
}

async fn place(app: &TestApp, receipt: &WaitlistReceipt) -> WaitlistEntry {
    let path = format!("/api/v1/waitlist/{}", receipt.entry.reference);
    let response = app.get_as_staff(&path, &receipt.access_token).await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

async fn accept(app: &TestApp, key: &str, receipt: &WaitlistReceipt) -> reqwest::Response {
    let path = format!("/api/v1/waitlist/{}/accept", receipt.entry.reference);
    app.post_json_as(&path, key, &json!({}), &receipt.access_token)
        .await
}

async fn a_freed_place_goes_to_the_first_in_line_for_two_hours_then_to_the_next(backend: Backend) {
    // Arrange: a full slot, and three residents waiting for it.
    let app = spawn_app(backend).await;
    let slot = card_slot(&app, "2026-12-08", 2).await;
    let mut holders: Vec<BookingReceipt> = Vec::new();
    for n in 0..3 {
        holders.push(booked(&app, &format!("wl-hold-{n}-aaaaaaaaaaaa"), &slot, "いる人").await);
    }
    let first = joined(&app, "wl-join-1-aaaaaaaaaaaa", &slot, "一番目").await;
    let second = joined(&app, "wl-join-2-aaaaaaaaaaaa", &slot, "二番目").await;
    let third = joined(&app, "wl-join-3-aaaaaaaaaaaa", &slot, "三番目").await;
    assert_eq!(first.entry.status, WaitlistStatus::Waiting);
    assert_eq!(first.entry.reference.0, "YMS-W-000001");
    let waiting = accept(&app, "wl-accept-0-aaaaaaaaaaa", &first).await;
    assert_eq!(waiting.status(), 409);
    assert_eq!(code(waiting).await, ErrorCode::WaitlistNoOffer);

    // Act 1: a holder cancels.
    let cancel = format!("/api/v1/bookings/{}/cancel", holders[0].booking.reference);
    let response = app
        .post_json_as(
            &cancel,
            "wl-cancel-0-aaaaaaaaaaa",
            &json!({}),
            &holders[0].access_token,
        )
        .await;
    assert_eq!(response.status(), 200);

    // Assert 1: the first in line is offered the place for two hours, and it is held for them.
    let offered = place(&app, &first).await;
    assert_eq!(offered.status, WaitlistStatus::Offered);
    let two_hours = app.clock.now().plus_millis(2 * MILLIS_PER_HOUR);
    assert_eq!(offered.offer_expires_at.map(|t| t.0), Some(two_hours));
    assert_eq!(place(&app, &second).await.status, WaitlistStatus::Waiting);
    assert_eq!(now_listed(&app, &slot).await.remaining, 0);
    let direct = book(&app, "wl-direct-aaaaaaaaaaaa", &request(&slot, "横入り")).await;
    assert_eq!(code(direct).await, ErrorCode::SlotFull);

    // Act 2: two hours pass; the server's sweep runs.
    app.clock.advance_millis(2 * MILLIS_PER_HOUR);
    let store = madoguchi_server::storage::open(app.database_location())
        .await
        .unwrap();
    let offer = std::num::NonZeroU32::new(120).unwrap();
    let expired = store.sweep_waitlist(app.clock.now(), offer).await.unwrap();

    // Assert 2: the first offer lapsed and the second in line has it now.
    assert_eq!(expired, 1);
    assert_eq!(place(&app, &first).await.status, WaitlistStatus::Expired);
    assert_eq!(place(&app, &second).await.status, WaitlistStatus::Offered);
    let late = accept(&app, "wl-accept-1-aaaaaaaaaaa", &first).await;
    assert_eq!(code(late).await, ErrorCode::WaitlistNoOffer);

    // Act 3: two more hours pass with no sweep; the second accepts too late.
    app.clock.advance_millis(2 * MILLIS_PER_HOUR);
    let too_late = accept(&app, "wl-accept-2-aaaaaaaaaaa", &second).await;

    // Assert 3: refused, and that very request passed the place on to the third.
    assert_eq!(too_late.status(), 409);
    assert_eq!(code(too_late).await, ErrorCode::WaitlistOfferExpired);
    assert_eq!(place(&app, &second).await.status, WaitlistStatus::Expired);
    assert_eq!(place(&app, &third).await.status, WaitlistStatus::Offered);

    // Act 4: the third accepts in time.
    let response = accept(&app, "wl-accept-3-aaaaaaaaaaa", &third).await;

    // Assert 4: booked, with the place's contact; the slot is full with three bookings.
    assert_eq!(response.status(), 201, "{}", response.text().await.unwrap());
    let receipt: BookingReceipt = response.json().await.unwrap();
    assert_eq!(receipt.booking.status, BookingStatus::Confirmed);
    assert_eq!(receipt.booking.contact.name, "三番目");
    assert_eq!(receipt.booking.starts_at, slot.starts_at);
    let entry = place(&app, &third).await;
    assert_eq!(entry.status, WaitlistStatus::Booked);
    assert_eq!(entry.booking, Some(receipt.booking.reference.clone()));
    assert_eq!(now_listed(&app, &slot).await.remaining, 0);
    let path = format!("/api/v1/bookings/{}", receipt.booking.reference);
    assert_eq!(app.get_as_staff(&path, &receipt.access_token).await.status(), 200);
}

async fn a_slot_with_a_place_has_no_waitlist_and_a_place_reads_only_with_its_token(backend: Backend) {
    let app = spawn_app(backend).await;
    let slot = card_slot(&app, "2026-12-09", 0).await;

    let response = join(&app, "wl-free-0001-aaaaaaaaa", &slot, "夢咲 花子").await;

    assert_eq!(response.status(), 409);
    assert_eq!(code(response).await, ErrorCode::SlotAvailable);
    for n in 0..3 {
        booked(&app, &format!("wl-full-{n}-aaaaaaaaaaaa"), &slot, "いる人").await;
    }
    let receipt = joined(&app, "wl-free-0002-aaaaaaaaa", &slot, "夢咲 花子").await;
    let path = format!("/api/v1/waitlist/{}", receipt.entry.reference);
    assert_eq!(app.get(&path).await.status(), 401);
    let other = "0123456789abcdef0123456789abcdef";
    assert_eq!(app.get_as_staff(&path, other).await.status(), 404);
    let accept_path = format!("{path}/accept");
    let response = app
        .post_json_as(&accept_path, "wl-free-0003-aaaaaaaaa", &json!({}), other)
        .await;
    assert_eq!(response.status(), 404);
    let closed = {
        let mut body = request(&slot, "夢咲 花子");
        body["startsAt"] = json!("2026-12-12T00:05:00Z");
        app.post_json("/api/v1/waitlist", Some("wl-free-0004-aaaaaaaaa"), &body)
            .await
    };
    assert_eq!(closed.status(), 422);
    assert_eq!(code(closed).await, ErrorCode::ClosedDay);
}

on_both_stores!(
    a_freed_place_goes_to_the_first_in_line_for_two_hours_then_to_the_next,
    a_slot_with_a_place_has_no_waitlist_and_a_place_reads_only_with_its_token,
);
