//! Appointments on the device against the real server (issue 12), with both clocks at START
//! (2026-11-24 09:00 JST): a booking made offline is queued and sent when the city is back, a
//! cancellation queued behind it goes out with the token the booking's answer brought, a place
//! taken while the booking waited is shown as refused (never as confirmed), and a refused move
//! leaves the booking where it was and still changeable. Waitlist places go through the same
//! outbox: joined offline, offered when a holder cancels, taken (a booking like any other), or
//! refused honestly (the offer lapsed; the slot had room).

mod support;

use madoguchi_domain::booking::{
    BookingReceipt, BookingStatus, RescheduleRequest, SlotAvailability, WaitlistStatus,
};
use madoguchi_domain::{BookingAction, DeliveryState, ErrorCode, LocalBooking, LocalWaitlistPlace};
use madoguchi_shell::error::ShellError;
use madoguchi_shell::local_data::LocalData;
use madoguchi_shell::outbox::sender::{Sender, Step};
use support::{NAME, START, device, fill, free_port, request, server_at, slots_on};

/// Sends until nothing is due; returns each step's outcome.
async fn drain(sender: &Sender) -> Vec<Step> {
    let mut steps = Vec::new();
    loop {
        match sender.step().await.expect("a step") {
            Step::Idle => return steps,
            // Waiting to try again (the city unreachable): what happened so far.
            step @ (Step::NotDue(_) | Step::RetryAt(_)) => {
                steps.push(step);
                return steps;
            }
            step => steps.push(step),
        }
    }
}

async fn only(data: &LocalData) -> LocalBooking {
    let mut mine = data.my_bookings().await.expect("the device's bookings");
    assert_eq!(mine.len(), 1, "{mine:?}");
    mine.remove(0)
}

#[tokio::test]
async fn a_booking_made_offline_is_sent_when_the_city_is_back_and_a_cancellation_queued_behind_it_goes_out_with_its_token()
 {
    // Arrange: the slots are listed while online; then the signal goes.
    let port = free_port();
    let server = server_at(port, START).await;
    let device = device(&server.url);
    let slot = slots_on(&device.data, "2026-12-02").await.remove(0);
    let _ = server.stop.send(());
    drop(server.dir);

    // Act 1: offline, the resident books, and (changing their mind) cancels.
    let queued = device.data.book(request(&slot), None).await.expect("queued");
    assert_eq!(queued.delivery, DeliveryState::Pending { attempts: 0 });
    assert_eq!(
        queued.booking, None,
        "nothing is confirmed before the city answers"
    );
    let offline = device.data.booking_services().await;
    assert!(
        matches!(&offline, Err(e) if e.to_api_error().code == ErrorCode::ServerUnreachable),
        "{offline:?}"
    );
    let cancelling = device
        .data
        .change_booking(queued.local_id, BookingAction::Cancel)
        .await
        .expect("a cancellation queued behind the booking");
    assert_eq!(
        cancelling.change.as_ref().map(|c| &c.action),
        Some(&BookingAction::Cancel)
    );
    let again = device
        .data
        .change_booking(queued.local_id, BookingAction::Cancel)
        .await;
    assert!(
        matches!(again, Err(ShellError::Refused(ErrorCode::RequestInProgress))),
        "{again:?}"
    );

    // Act 2: the city is back; the outbox sends the booking, then the cancellation.
    let server = server_at(port, START).await;
    let steps = drain(&device.sender).await;

    // Assert: booked (a reference), then cancelled with the token the booking brought; the place
    // is free again at the city.
    assert_eq!(steps, [Step::Delivered, Step::Delivered]);
    let mine = only(&device.data).await;
    let DeliveryState::Sent { reference } = &mine.delivery else {
        panic!("not sent: {mine:?}")
    };
    assert!(reference.starts_with("YMS-B-"), "{reference}");
    assert_eq!(
        mine.booking.as_ref().map(|b| b.status),
        Some(BookingStatus::Cancelled)
    );
    assert_eq!(mine.change, None);
    let listed = slots_on(&device.data, "2026-12-02").await;
    assert_eq!(
        listed[0].remaining, slot.remaining,
        "the cancelled place is free again"
    );
    drop(server);
}

#[tokio::test]
async fn a_place_taken_while_the_booking_waited_is_shown_as_refused_and_cannot_be_changed() {
    let port = free_port();
    let server = server_at(port, START).await;
    let device = device(&server.url);
    let slot = slots_on(&device.data, "2026-12-02").await.remove(1);

    // The booking waits (its send not yet tried) while others take every place.
    let queued = device.data.book(request(&slot), None).await.expect("queued");
    fill(&server.url, &slot).await;
    let steps = drain(&device.sender).await;

    assert_eq!(steps.len(), 1);
    assert!(
        matches!(&steps[0], Step::Refused(e) if e.code == ErrorCode::SlotFull),
        "{steps:?}"
    );
    let mine = only(&device.data).await;
    assert!(
        matches!(&mine.delivery, DeliveryState::Failed { error } if error.code == ErrorCode::SlotFull),
        "{mine:?}"
    );
    assert_eq!(mine.booking, None, "never shown as confirmed");
    let change = device
        .data
        .change_booking(queued.local_id, BookingAction::Cancel)
        .await;
    assert!(
        matches!(change, Err(ShellError::Refused(ErrorCode::BookingNotActive))),
        "{change:?}"
    );
}

#[tokio::test]
async fn a_refused_move_leaves_the_booking_where_it_was_and_it_can_still_be_cancelled() {
    let port = free_port();
    let server = server_at(port, START).await;
    let device = device(&server.url);
    let slots = slots_on(&device.data, "2026-12-03").await;
    let (first, wanted) = (slots[0].clone(), slots[2].clone());
    device.data.book(request(&first), None).await.expect("queued");
    assert_eq!(drain(&device.sender).await, [Step::Delivered]);
    let booked = only(&device.data).await;

    // The slot the resident wants to move to fills before the move is sent.
    fill(&server.url, &wanted).await;
    let to = RescheduleRequest {
        counter: wanted.counter.clone(),
        starts_at: wanted.starts_at,
    };
    device
        .data
        .change_booking(booked.local_id, BookingAction::Reschedule(to.clone()))
        .await
        .expect("a move queued");
    let steps = drain(&device.sender).await;
    assert!(
        matches!(&steps[..], [Step::Refused(e)] if e.code == ErrorCode::SlotFull),
        "{steps:?}"
    );

    // The booking stands at its first slot, the refusal is kept on the move, and nothing blocks it.
    let mine = only(&device.data).await;
    let kept = mine.booking.as_ref().expect("the city's booking");
    assert_eq!(
        (kept.starts_at, kept.status),
        (first.starts_at, BookingStatus::Confirmed)
    );
    let change = mine.change.as_ref().expect("the refused move");
    assert_eq!(change.action, BookingAction::Reschedule(to));
    assert_eq!(change.refused.as_ref().map(|e| e.code), Some(ErrorCode::SlotFull));

    // Nothing holds up the booking's queue: a cancellation goes straight out.
    device
        .data
        .change_booking(booked.local_id, BookingAction::Cancel)
        .await
        .expect("cancelled after a refused move");
    assert_eq!(drain(&device.sender).await, [Step::Delivered]);
    let mine = only(&device.data).await;
    assert_eq!(mine.booking.map(|b| b.status), Some(BookingStatus::Cancelled));
    assert_eq!(mine.change, None);
}

/// Takes every place of `slot` as other residents (straight to the server); returns each booking's
/// reference and access token, to cancel one later.
async fn take_every_place(url: &str, slot: &SlotAvailability) -> Vec<(String, String)> {
    let mut taken = Vec::new();
    for n in 0..slot.remaining {
        let response = reqwest::Client::new()
            .post(format!("{url}api/v1/bookings"))
            .header(
                madoguchi_domain::IDEMPOTENCY_KEY_HEADER,
                format!("other-holder-{n:04}-aaaaaaaa"),
            )
            .json(&request(slot))
            .send()
            .await
            .expect("the server answers");
        assert_eq!(response.status(), 201);
        let receipt: BookingReceipt = response.json().await.expect("a receipt");
        taken.push((receipt.booking.reference.0, receipt.access_token));
    }
    taken
}

/// Another resident cancels their booking at the city, freeing its place.
async fn cancel_at_city(url: &str, (reference, token): &(String, String)) {
    let response = reqwest::Client::new()
        .post(format!("{url}api/v1/bookings/{reference}/cancel"))
        .header(
            madoguchi_domain::IDEMPOTENCY_KEY_HEADER,
            format!("holder-cancels-{reference}-aaaa"),
        )
        .bearer_auth(token)
        .json(&serde_json::json!({}))
        .send()
        .await
        .expect("the server answers");
    assert_eq!(response.status(), 200);
}

async fn only_place(data: &LocalData) -> LocalWaitlistPlace {
    let mut mine = data.my_waitlist().await.expect("the device's waitlist places");
    assert_eq!(mine.len(), 1, "{mine:?}");
    mine.remove(0)
}

#[tokio::test]
async fn a_waitlist_place_joined_offline_is_offered_a_freed_place_and_taking_it_makes_a_booking() {
    // Arrange: the slots are listed while online; then the signal goes.
    let port = free_port();
    let server = server_at(port, START).await;
    let device = device(&server.url);
    let slot = slots_on(&device.data, "2026-12-04").await.remove(0);
    let _ = server.stop.send(());
    drop(server.dir);

    // Act 1: offline, the resident joins the slot's waitlist: saved and queued, nothing more.
    let queued = device.data.join_waitlist(request(&slot)).await.expect("queued");
    assert_eq!(queued.delivery, DeliveryState::Pending { attempts: 0 });
    assert_eq!(queued.entry, None, "nobody is in line before the city answers");
    let early = device.data.accept_offer(queued.local_id).await;
    assert!(
        matches!(early, Err(ShellError::Refused(ErrorCode::WaitlistNoOffer))),
        "nothing is offered yet: {early:?}"
    );

    // Act 2: the city is back and others have taken every place; the outbox sends the joining.
    let server = server_at(port, START).await;
    let holders = take_every_place(&server.url, &slot).await;
    assert_eq!(drain(&device.sender).await, [Step::Delivered]);
    let waiting = only_place(&device.data).await;
    let DeliveryState::Sent { reference } = &waiting.delivery else {
        panic!("not in line: {waiting:?}")
    };
    assert!(reference.starts_with("YMS-W-"), "{reference}");
    assert_eq!(
        waiting.entry.as_ref().map(|e| e.status),
        Some(WaitlistStatus::Waiting)
    );

    // Act 3: a holder cancels; the city offers the place, which the device reads when it looks.
    cancel_at_city(&server.url, &holders[0]).await;
    let offered = only_place(&device.data).await;
    let entry = offered.entry.as_ref().expect("the city's word");
    assert_eq!(entry.status, WaitlistStatus::Offered);
    assert_eq!(
        entry.offer_expires_at.map(|at| at.0.0),
        Some(START + 120 * 60_000),
        "held for the city's 2 hours"
    );
    let taking = device
        .data
        .accept_offer(offered.local_id)
        .await
        .expect("taking it queued");
    assert_eq!(
        taking.accept,
        Some(madoguchi_domain::WaitlistAccept { refused: None })
    );
    let twice = device.data.accept_offer(offered.local_id).await;
    assert!(
        matches!(twice, Err(ShellError::Refused(ErrorCode::RequestInProgress))),
        "{twice:?}"
    );
    assert_eq!(drain(&device.sender).await, [Step::Delivered]);

    // Assert: a booking like any other, confirmed at the city, and the place says so.
    let booking = only(&device.data).await;
    let made = booking.booking.as_ref().expect("the city's booking");
    assert_eq!(
        (made.starts_at, made.status, made.contact.name.as_str()),
        (slot.starts_at, BookingStatus::Confirmed, NAME)
    );
    let place = only_place(&device.data).await;
    assert_eq!(place.booking, Some(booking.local_id));
    assert_eq!(place.accept, None);
    assert_eq!(
        place.entry.as_ref().map(|e| e.status),
        Some(WaitlistStatus::Booked)
    );
    device
        .data
        .change_booking(booking.local_id, BookingAction::Cancel)
        .await
        .expect("the booking can be cancelled like any other");
    assert_eq!(drain(&device.sender).await, [Step::Delivered]);
}

#[tokio::test]
async fn an_offer_taken_too_late_is_refused_and_kept_on_the_place_and_joining_a_slot_with_room_is_refused() {
    let port = free_port();
    let server = server_at(port, START).await;
    let device = device(&server.url);
    let slots = slots_on(&device.data, "2026-12-07").await;
    let (full, open) = (slots[0].clone(), slots[1].clone());
    let holders = take_every_place(&server.url, &full).await;
    device.data.join_waitlist(request(&full)).await.expect("queued");
    assert_eq!(drain(&device.sender).await, [Step::Delivered]);
    cancel_at_city(&server.url, &holders[0]).await;
    let offered = only_place(&device.data).await;
    assert_eq!(
        offered.entry.as_ref().map(|e| e.status),
        Some(WaitlistStatus::Offered)
    );

    // The resident asks to take it, but it is sent only once the offer's 2 hours have passed.
    device.data.accept_offer(offered.local_id).await.expect("queued");
    server.advance_millis(121 * 60_000);
    let steps = drain(&device.sender).await;
    assert!(
        matches!(&steps[..], [Step::Refused(e)] if e.code == ErrorCode::WaitlistOfferExpired),
        "{steps:?}"
    );
    let place = only_place(&device.data).await;
    assert_eq!(
        place.accept.and_then(|a| a.refused).map(|e| e.code),
        Some(ErrorCode::WaitlistOfferExpired)
    );
    assert_eq!(
        place.entry.map(|e| e.status),
        Some(WaitlistStatus::Expired),
        "read again: passed on"
    );
    assert_eq!(place.booking, None, "nothing booked");
    assert!(device.data.my_bookings().await.expect("bookings").is_empty());

    // Joining a slot that still has room is refused as such: book it instead.
    let refused = device.data.join_waitlist(request(&open)).await.expect("queued");
    let steps = drain(&device.sender).await;
    assert!(
        matches!(&steps[..], [Step::Refused(e)] if e.code == ErrorCode::SlotAvailable),
        "{steps:?}"
    );
    let mine = device.data.my_waitlist().await.expect("places");
    let again = mine
        .iter()
        .find(|p| p.local_id == refused.local_id)
        .expect("kept");
    assert!(
        matches!(&again.delivery, DeliveryState::Failed { error } if error.code == ErrorCode::SlotAvailable),
        "{again:?}"
    );
    assert_eq!(again.entry, None, "never shown as in line");
}
