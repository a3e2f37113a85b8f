//! The outbox against the real server: queued offline, delivered exactly once when the server is
//! back, a lost answer replayed not doubled, a refusal stopped with its code, order per resource.

mod support;

use madoguchi_domain::{DeliveryState, ErrorCode, IDEMPOTENCY_KEY_HEADER, InquiryForm};
use madoguchi_shell::outbox::sender::Step;
use support::{device, free_port, hanakos_inquiry, server_inquiries, server_on};

#[tokio::test]
async fn an_inquiry_queued_offline_arrives_exactly_once_when_the_server_is_back() {
    // Arrange: the server is down; the resident sends an inquiry anyway.
    let port = free_port();
    let device = device(&format!("http://127.0.0.1:{port}/"));
    let saved = device.data.submit_inquiry(hanakos_inquiry()).await.unwrap();
    assert_eq!(saved.delivery, DeliveryState::Pending { attempts: 0 });

    // Act 1: the sender tries and backs off.
    let step = device.sender.step().await.unwrap();
    let Step::RetryAt(at) = step else {
        panic!("expected a retry, got {step:?}")
    };
    assert_eq!(
        at.0 - support::START,
        500,
        "first wait: half of 1 s with jitter pinned at 0"
    );
    assert!(matches!(device.sender.step().await.unwrap(), Step::NotDue(_)));
    let list = device.data.my_inquiries().await.unwrap();
    assert_eq!(list[0].delivery, DeliveryState::Pending { attempts: 1 });

    // Act 2: the server comes back; time passes.
    let server = server_on(port).await;
    device.clock.advance_millis(500);
    let step = device.sender.step().await.unwrap();

    // Assert
    assert_eq!(step, Step::Delivered);
    assert_eq!(device.sender.step().await.unwrap(), Step::Idle);
    let on_server = server_inquiries(&server).await.inquiries;
    assert_eq!(on_server.len(), 1);
    let list = device.data.my_inquiries().await.unwrap();
    assert_eq!(
        list[0].delivery,
        DeliveryState::Sent {
            reference: on_server[0].reference.0.clone()
        }
    );
    assert_eq!(device.data.pending_count().await.unwrap(), 0);
}

#[tokio::test]
async fn when_the_answer_is_lost_the_retry_is_replayed_and_the_city_has_one_inquiry() {
    // Arrange: the request reached the server but the answer never came back (we send it by hand
    // with the queued key, as the sender would have before the connection dropped).
    let server = server_on(0).await;
    let device = device(&server.url);
    device.data.submit_inquiry(hanakos_inquiry()).await.unwrap();
    let (key, body): (String, String) = device
        .data
        .store()
        .with_conn(|c| {
            Ok(c.query_row("SELECT idempotency_key, body FROM outbox", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?)
        })
        .unwrap();
    let first = reqwest::Client::new()
        .post(format!("{}api/v1/inquiries", server.url))
        .header(IDEMPOTENCY_KEY_HEADER, &key)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(first.status(), 201);

    // Act
    let step = device.sender.step().await.unwrap();

    // Assert
    assert_eq!(step, Step::Delivered);
    let on_server = server_inquiries(&server).await.inquiries;
    assert_eq!(on_server.len(), 1);
    let list = device.data.my_inquiries().await.unwrap();
    assert_eq!(
        list[0].delivery,
        DeliveryState::Sent {
            reference: on_server[0].reference.0.clone()
        }
    );
}

#[tokio::test]
async fn a_refused_inquiry_stops_with_its_error_and_does_not_block_the_next_one() {
    let server = server_on(0).await;
    let device = device(&server.url);
    let refused = InquiryForm {
        department: "space-agency".into(),
        ..hanakos_inquiry()
    };
    device.data.submit_inquiry(refused).await.unwrap();
    device.data.submit_inquiry(hanakos_inquiry()).await.unwrap();

    let first = device.sender.step().await.unwrap();
    let second = device.sender.step().await.unwrap();

    let Step::Refused(error) = first else {
        panic!("expected a refusal, got {first:?}")
    };
    assert_eq!(error.code, ErrorCode::InvalidSubmission);
    assert_eq!(second, Step::Delivered);
    assert_eq!(
        device.sender.step().await.unwrap(),
        Step::Idle,
        "a refused item is not retried"
    );
    let list = device.data.my_inquiries().await.unwrap();
    assert!(matches!(&list[0].delivery, DeliveryState::Sent { .. }));
    assert!(
        matches!(&list[1].delivery, DeliveryState::Failed { error } if error.code == ErrorCode::InvalidSubmission)
    );
    assert_eq!(server_inquiries(&server).await.inquiries.len(), 1);
}

#[tokio::test]
async fn send_now_makes_a_waiting_item_due_at_once() {
    let port = free_port();
    let device = device(&format!("http://127.0.0.1:{port}/"));
    device.data.submit_inquiry(hanakos_inquiry()).await.unwrap();
    assert!(matches!(device.sender.step().await.unwrap(), Step::RetryAt(_)));
    let _server = server_on(port).await;

    device.data.send_now().await.unwrap();

    assert_eq!(device.sender.step().await.unwrap(), Step::Delivered);
}

#[tokio::test]
async fn an_item_older_than_the_citys_key_memory_is_stopped_and_sent_again_only_when_asked() {
    // Arrange: an inquiry queued while the city is unreachable, for almost a day.
    let port = free_port();
    let device = device(&format!("http://127.0.0.1:{port}/"));
    let saved = device.data.submit_inquiry(hanakos_inquiry()).await.unwrap();
    assert!(matches!(device.sender.step().await.unwrap(), Step::RetryAt(_)));

    // Act 1: 23 hours later (the city forgets keys after 24; an hour of margin), the city is back.
    let server = server_on(port).await;
    device.clock.advance_millis(23 * 60 * 60 * 1000);
    let step = device.sender.step().await.unwrap();

    // Assert 1: nothing was sent; the resident sees why, and the item is stopped.
    let Step::Refused(error) = step else {
        panic!("expected the item to stop, got {step:?}")
    };
    assert_eq!(error.code, ErrorCode::SendExpired);
    assert!(server_inquiries(&server).await.inquiries.is_empty());
    let list = device.data.my_inquiries().await.unwrap();
    assert!(
        matches!(&list[0].delivery, DeliveryState::Failed { error } if error.code == ErrorCode::SendExpired)
    );
    assert_eq!(
        device.sender.step().await.unwrap(),
        Step::Idle,
        "stopped, not retried"
    );

    // Act 2: the resident checked and sends it again.
    device
        .data
        .resend("inquiry".into(), saved.local_id)
        .await
        .unwrap();
    assert_eq!(device.sender.step().await.unwrap(), Step::Delivered);

    // Assert 2: the city has it once; a second "send again" finds nothing to send.
    assert_eq!(server_inquiries(&server).await.inquiries.len(), 1);
    assert!(matches!(
        device.data.my_inquiries().await.unwrap()[0].delivery,
        DeliveryState::Sent { .. }
    ));
    assert!(
        device
            .data
            .resend("inquiry".into(), saved.local_id)
            .await
            .is_err()
    );
}
