//! Online applications on the device against the real server: the form kept for offline use,
//! drafts that survive a restart and are not readable on disk, the one validator refusing before
//! anything is queued, delivery through the outbox, and a refusal kept with its field problems.

mod support;

use madoguchi_domain::application::ApplicationSubmission;
use madoguchi_domain::form::Answers;
use madoguchi_domain::{DeliveryState, DraftInput, ProcedureId};
use madoguchi_shell::error::ShellError;
use madoguchi_shell::outbox::sender::Step;
use support::{START, data_in, device, free_port, post, restarted_offline, server_at};

fn waste() -> ProcedureId {
    ProcedureId::parse("oversized-waste").expect("a procedure id")
}

/// Hanako's answers to 粗大ごみ; START is 2026-11-24, so 2026-12-10 is 16 days ahead.
fn answers() -> Answers {
    serde_json::from_value(serde_json::json!({
        "name": {"family": "夢咲", "given": "花子", "familyKana": "ユメサキ", "givenKana": "ハナコ"},
        "address": {"postalCode": "999-0001", "address": "夢咲市本町一丁目2番3号"},
        "phone": "0612-34-5678",
        "kinds": ["sofa"],
        "count": "1",
        "collection-day": "2026-12-10"
    }))
    .expect("answers")
}

fn submission(answers: Answers) -> ApplicationSubmission {
    ApplicationSubmission {
        procedure: waste(),
        form_version: 1,
        answers,
        declared: true,
    }
}

#[tokio::test]
async fn a_draft_filled_offline_survives_a_restart_and_is_delivered_once_the_city_is_back() {
    // Arrange: the form is fetched once while online, then the server goes away.
    let port = free_port();
    let server = server_at(port, START).await;
    let device = device(&server.url);
    let form = device.data.procedure_form(waste(), None).await.unwrap();
    assert_eq!(form.version, 1);
    let _ = server.stop.send(());
    drop(server.dir);

    // Act 1: half the form is filled offline and saved; the app is closed and opened again.
    let mut half = answers();
    half.retain(|id, _| ["name", "address"].contains(&id.as_str()));
    let draft = device
        .data
        .save_draft(DraftInput {
            local_id: None,
            procedure: waste(),
            form_version: 1,
            answers: half.clone(),
            step: 1,
        })
        .await
        .unwrap();
    let reopened = data_in(
        device.dir.path(),
        &format!("http://127.0.0.1:{port}/"),
        device.clock.clone(),
    );
    let drafts = reopened.my_drafts().await.unwrap();

    // Assert 1: the draft is there, on the step it was left at, and its answers are not on disk
    // in plaintext.
    assert_eq!(drafts.len(), 1);
    assert_eq!(
        (drafts[0].local_id, drafts[0].step, &drafts[0].answers),
        (draft.local_id, 1, &half)
    );
    for file in std::fs::read_dir(device.dir.path()).unwrap() {
        let bytes = std::fs::read(file.unwrap().path()).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains("夢咲市本町") && !text.contains("ユメサキ"),
            "answers in plaintext on disk"
        );
    }

    // Act 2: still offline, the resident submits; the form version kept on the device judges it.
    let mut incomplete = answers();
    incomplete.remove("phone");
    let refused = reopened
        .submit_application(submission(incomplete), Some(draft.local_id))
        .await;
    let Err(ShellError::InvalidSubmission(problems)) = refused else {
        panic!("expected the validator's refusal, got {refused:?}")
    };
    assert_eq!(problems[0].field, "phone");
    assert!(
        reopened.my_applications().await.unwrap().is_empty(),
        "nothing queued"
    );

    let queued = reopened
        .submit_application(submission(answers()), Some(draft.local_id))
        .await
        .unwrap();
    assert_eq!(queued.delivery, DeliveryState::Pending { attempts: 0 });
    assert!(
        reopened.my_drafts().await.unwrap().is_empty(),
        "the draft went with the submission"
    );

    // Act 3: the city is back; the outbox delivers.
    let server = server_at(port, START).await;
    let sender = reopened.sender(Default::default(), Box::new(|| 0.0));
    assert_eq!(sender.step().await.unwrap(), Step::Delivered);

    // Assert 3: the device holds the city's reference, and the city has exactly one application.
    let mine = reopened.my_applications().await.unwrap();
    assert_eq!(
        mine[0].delivery,
        DeliveryState::Sent {
            reference: "YMS-2026-000001".into()
        }
    );
    let list: madoguchi_domain::application::ApplicationList = reqwest::Client::new()
        .get(format!("{}api/v1/admin/applications", server.url))
        .bearer_auth(server.staff_token().await)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list.applications.len(), 1);
}

#[tokio::test]
async fn a_refusal_only_the_city_can_make_is_kept_with_the_field_it_concerns() {
    // A photo id of the right shape that the city never received: the device cannot know.
    let server = server_at(0, START).await;
    let device = device(&server.url);
    let mut with_photo = answers();
    with_photo.insert(
        "photos".into(),
        serde_json::from_value(serde_json::json!([format!("att-{}", "0".repeat(32))])).unwrap(),
    );

    device
        .data
        .submit_application(submission(with_photo), None)
        .await
        .unwrap();
    assert!(matches!(device.sender.step().await.unwrap(), Step::Refused(_)));

    let mine = device.data.my_applications().await.unwrap();
    let DeliveryState::Failed { error } = &mine[0].delivery else {
        panic!("expected a refusal, got {:?}", mine[0].delivery)
    };
    assert_eq!(error.code, madoguchi_domain::ErrorCode::InvalidSubmission);
    assert_eq!(error.problems[0].field, "photos");
    assert_eq!(error.problems[0].message_id, "form-error-attachment-unavailable");
}

/// "My applications" in the app shows the city's status and each change: asked with the access
/// token of the receipt, kept as last seen, and shown from the device when the city cannot be
/// reached. A reference this device did not send is `NotFound`, and the city is not asked.
#[tokio::test]
async fn a_sent_applications_history_comes_from_the_city_and_stays_readable_offline() {
    use madoguchi_domain::application::ApplicationStatus;
    // Arrange: an application delivered, then received by a clerk with a message.
    let port = free_port();
    let server = server_at(port, START).await;
    let device = device(&server.url);
    device
        .data
        .submit_application(submission(answers()), None)
        .await
        .unwrap();
    let sender = device.data.sender(Default::default(), Box::new(|| 0.0));
    assert_eq!(sender.step().await.unwrap(), Step::Delivered);
    let DeliveryState::Sent { reference } = device.data.my_applications().await.unwrap()[0].delivery.clone()
    else {
        panic!("not delivered")
    };
    let clerk = server.staff_token().await;
    let changed = post(
        &server.url,
        &format!("api/v1/admin/applications/{reference}/status"),
        &serde_json::json!({"status": "received", "message": "12月10日に伺います。"}),
        Some(&clerk),
    )
    .await;
    assert_eq!(changed.status(), 200);

    // Act 1: online.
    let online = device.data.application_status(reference.clone()).await.unwrap();

    // Assert 1: the status and both changes, the clerk's message with the second.
    assert_eq!(online.status, ApplicationStatus::Received);
    let steps: Vec<_> = online
        .history
        .iter()
        .map(|c| (c.status, c.message.as_deref()))
        .collect();
    assert_eq!(
        steps,
        [
            (ApplicationStatus::Submitted, None),
            (ApplicationStatus::Received, Some("12月10日に伺います。"))
        ]
    );

    // Act 2: the city is gone; the app is opened again.
    let reopened = restarted_offline(server, &device);
    let offline = reopened.application_status(reference.clone()).await.unwrap();
    let unknown = reopened.application_status("YMS-2026-999999".into()).await;

    // Assert 2: the history as last seen, and not in plaintext on disk.
    assert_eq!(offline, online);
    assert!(matches!(unknown, Err(ShellError::NotFound)), "{unknown:?}");
    for file in std::fs::read_dir(device.dir.path()).unwrap() {
        let bytes = std::fs::read(file.unwrap().path()).unwrap();
        assert!(
            !String::from_utf8_lossy(&bytes).contains("伺います"),
            "the city's message in plaintext on disk"
        );
    }
}
