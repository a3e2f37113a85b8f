//! Appointments on the device against the real server (issue 12), with both clocks at START
//! (2026-11-24 09:00 JST): a booking made offline is queued and sent when the city is back, a
//! cancellation queued behind it goes out with the token the booking's answer brought, a place
//! taken while the booking waited is shown as refused (never as confirmed), and a refused move
//! leaves the booking where it was and still changeable.

mod support;

use madoguchi_domain::booking::{
    BookingContact, BookingRequest, BookingStatus, RescheduleRequest, SlotAvailability,
};
use madoguchi_domain::{BookingAction, DeliveryState, ErrorCode, LocalBooking};
use madoguchi_shell::error::ShellError;
use madoguchi_shell::local_data::LocalData;
use madoguchi_shell::outbox::sender::{Sender, Step};
use support::{NAME, PHONE, START, device, free_port, server_at};

const CARD: &str = "my-number-card";

fn request(slot: &SlotAvailability) -> BookingRequest {
    BookingRequest {
        service: CARD.into(),
        counter: slot.counter.clone(),
        starts_at: slot.starts_at,
        contact: BookingContact {
            name: NAME.into(),
            phone: Some(PHONE.into()),
            email: None,
        },
    }
}

/// The card service's slots at counter 1 on `date`, as the device lists them.
async fn slots_on(data: &LocalData, date: &str) -> Vec<SlotAvailability> {
    let day = madoguchi_domain::CalendarDate::parse_iso(date).expect("a date");
    let service = madoguchi_domain::booking::ServiceId::parse(CARD).expect("an id");
    data.booking_slots(service, Some(day), Some(day))
        .await
        .expect("the city lists its slots")
        .slots
        .into_iter()
        .filter(|s| s.counter == "counter-1")
        .collect()
}

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

/// Fills every place of `slot` from another resident's phone (straight to the server).
async fn fill(url: &str, slot: &SlotAvailability) {
    for n in 0..slot.remaining {
        let response = reqwest::Client::new()
            .post(format!("{url}api/v1/bookings"))
            .header(
                madoguchi_domain::IDEMPOTENCY_KEY_HEADER,
                format!("other-resident-{n:04}-aaaa"),
            )
            .json(&request(slot))
            .send()
            .await
            .expect("the server answers");
        assert_eq!(response.status(), 201);
    }
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
    let queued = device.data.book(request(&slot)).await.expect("queued");
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
    let queued = device.data.book(request(&slot)).await.expect("queued");
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
    device.data.book(request(&first)).await.expect("queued");
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
