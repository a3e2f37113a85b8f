//! The outbox against the real server, with the resident's question to the city (お問い合わせ, an
//! application of the `inquiry` form): queued offline, delivered exactly once when the server is
//! back, a lost answer replayed not doubled, a refusal stopped with its code, an item older than the
//! city's key memory stopped until the resident sends it again.

mod support;

use madoguchi_domain::{DeliveryState, ErrorCode, IDEMPOTENCY_KEY_HEADER};
use madoguchi_shell::outbox::sender::Step;
use support::{
    device, free_port, hanakos_question, keep_form, keep_inquiry_form, queue_question, server_applications,
    server_on,
};

#[tokio::test]
async fn a_question_queued_offline_arrives_exactly_once_when_the_server_is_back() {
    // Arrange: the server is down; the resident sends a question anyway (its form kept earlier).
    let port = free_port();
    let device = device(&format!("http://127.0.0.1:{port}/"));
    let saved = queue_question(&device.data).await;
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
    let list = device.data.my_applications().await.unwrap();
    assert_eq!(list[0].delivery, DeliveryState::Pending { attempts: 1 });

    // Act 2: the server comes back; time passes.
    let server = server_on(port).await;
    device.clock.advance_millis(500);
    let step = device.sender.step().await.unwrap();

    // Assert
    assert_eq!(step, Step::Delivered);
    assert_eq!(device.sender.step().await.unwrap(), Step::Idle);
    let on_server = server_applications(&server).await;
    assert_eq!(on_server.len(), 1);
    assert_eq!(on_server[0].answers, hanakos_question().answers);
    let list = device.data.my_applications().await.unwrap();
    assert_eq!(
        list[0].delivery,
        DeliveryState::Sent {
            reference: on_server[0].reference.0.clone()
        }
    );
    assert_eq!(device.data.pending_count().await.unwrap(), 0);
}

#[tokio::test]
async fn when_the_answer_is_lost_the_retry_is_replayed_and_the_city_has_one_question() {
    // Arrange: the request reached the server but the answer never came back (we send it by hand
    // with the queued key, as the sender would have before the connection dropped).
    let server = server_on(0).await;
    let device = device(&server.url);
    queue_question(&device.data).await;
    let (key, path, body): (String, String, String) = device
        .data
        .store()
        .with_conn(|c| {
            Ok(
                c.query_row("SELECT idempotency_key, path, body FROM outbox", [], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })?,
            )
        })
        .unwrap();
    let first = reqwest::Client::new()
        .post(format!("{}{path}", server.url))
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
    let on_server = server_applications(&server).await;
    assert_eq!(on_server.len(), 1);
    let list = device.data.my_applications().await.unwrap();
    assert_eq!(
        list[0].delivery,
        DeliveryState::Sent {
            reference: on_server[0].reference.0.clone()
        }
    );
}

#[tokio::test]
async fn a_refused_item_stops_with_its_error_and_does_not_block_the_next_one() {
    // Arrange: a form version the device kept that the city no longer has (it was withdrawn), and
    // the current one; a question filled in each.
    let server = server_on(0).await;
    let device = device(&server.url);
    keep_inquiry_form(&device.data);
    let mut withdrawn = madoguchi_server::demo::forms()
        .into_iter()
        .find(|f| f.procedure.as_str() == "inquiry")
        .unwrap();
    withdrawn.version = 99;
    keep_form(&device.data, &withdrawn);
    let refused = madoguchi_domain::application::ApplicationSubmission {
        form_version: 99,
        ..hanakos_question()
    };
    device.data.submit_application(refused, None).await.unwrap();
    device
        .data
        .submit_application(hanakos_question(), None)
        .await
        .unwrap();

    // Act
    let first = device.sender.step().await.unwrap();
    let second = device.sender.step().await.unwrap();

    // Assert
    let Step::Refused(error) = first else {
        panic!("expected a refusal, got {first:?}")
    };
    assert_eq!(error.code, ErrorCode::NotFound);
    assert_eq!(second, Step::Delivered);
    assert_eq!(
        device.sender.step().await.unwrap(),
        Step::Idle,
        "a refused item is not retried"
    );
    let list = device.data.my_applications().await.unwrap();
    assert!(matches!(&list[0].delivery, DeliveryState::Sent { .. }));
    assert!(
        matches!(&list[1].delivery, DeliveryState::Failed { error } if error.code == ErrorCode::NotFound)
    );
    assert_eq!(server_applications(&server).await.len(), 1);
}

#[tokio::test]
async fn send_now_makes_a_waiting_item_due_at_once() {
    let port = free_port();
    let device = device(&format!("http://127.0.0.1:{port}/"));
    queue_question(&device.data).await;
    assert!(matches!(device.sender.step().await.unwrap(), Step::RetryAt(_)));
    let _server = server_on(port).await;

    device.data.send_now().await.unwrap();

    assert_eq!(device.sender.step().await.unwrap(), Step::Delivered);
}

#[tokio::test]
async fn an_item_older_than_the_citys_key_memory_is_stopped_and_sent_again_only_when_asked() {
    // Arrange: a question queued while the city is unreachable, for almost a day.
    let port = free_port();
    let device = device(&format!("http://127.0.0.1:{port}/"));
    let saved = queue_question(&device.data).await;
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
    assert!(server_applications(&server).await.is_empty());
    let list = device.data.my_applications().await.unwrap();
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
        .resend("application".into(), saved.local_id)
        .await
        .unwrap();
    assert_eq!(device.sender.step().await.unwrap(), Step::Delivered);

    // Assert 2: the city has it once; a second "send again" finds nothing to send.
    assert_eq!(server_applications(&server).await.len(), 1);
    assert!(matches!(
        device.data.my_applications().await.unwrap()[0].delivery,
        DeliveryState::Sent { .. }
    ));
    assert!(
        device
            .data
            .resend("application".into(), saved.local_id)
            .await
            .is_err()
    );
}
