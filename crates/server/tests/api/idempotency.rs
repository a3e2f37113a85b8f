//! The shared idempotency layer, seen from outside: replay, refusal of a reused key, retention.
//! Hanako's question to the city (`helpers::hanako_asks`) stands for every mutation: it is the
//! simplest one.

use madoguchi_domain::application::ApplicationReceipt;
use madoguchi_domain::{ApiError, ErrorCode};
use serde_json::json;

use crate::attachments::upload;
use crate::helpers::{
    APPLICATIONS_PATH, Backend, TestApp, hanako_asks, on_both_stores, spawn_app, staff_list,
};

const HOUR: i64 = 60 * 60 * 1000;

/// How many questions (applications) the city holds, as a clerk lists them.
async fn question_count(app: &TestApp) -> usize {
    staff_list(app).await.len()
}

async fn a_retry_with_the_same_key_replays_the_first_answer_and_stores_nothing_new(backend: Backend) {
    // Arrange
    let app = spawn_app(backend).await;
    let key = "retry-0001-aaaaaaaaaaaaaa";
    let first = app.post_json(APPLICATIONS_PATH, Some(key), &hanako_asks()).await;
    let first_receipt: ApplicationReceipt = first.json().await.unwrap();

    // Act: the answer was lost on the way; the device sends the same request again a bit later.
    app.clock.advance_millis(HOUR);
    let again = app.post_json(APPLICATIONS_PATH, Some(key), &hanako_asks()).await;

    // Assert
    assert_eq!(again.status(), 201);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_eq!(again.json::<ApplicationReceipt>().await.unwrap(), first_receipt);
    assert_eq!(question_count(&app).await, 1);
}

async fn the_same_key_with_a_different_question_is_refused_and_not_stored(backend: Backend) {
    let app = spawn_app(backend).await;
    let key = "reuse-0001-aaaaaaaaaaaaaa";
    assert_eq!(
        app.post_json(APPLICATIONS_PATH, Some(key), &hanako_asks())
            .await
            .status(),
        201
    );
    let mut other = hanako_asks();
    other["answers"]["subject"] = json!("別の質問");

    let response = app.post_json(APPLICATIONS_PATH, Some(key), &other).await;

    assert_eq!(response.status(), 422);
    assert_eq!(
        response.json::<ApiError>().await.unwrap().code,
        ErrorCode::IdempotencyKeyReused
    );
    assert_eq!(question_count(&app).await, 1);
}

async fn a_mutation_without_an_idempotency_key_is_refused_before_it_runs(backend: Backend) {
    let app = spawn_app(backend).await;
    // (A malformed key is refused the same way, as `idempotency_key_invalid`: contract.rs.)
    for (key, code) in [
        (None, ErrorCode::IdempotencyKeyMissing),
        (Some("short"), ErrorCode::IdempotencyKeyInvalid),
    ] {
        let response = app.post_json(APPLICATIONS_PATH, key, &hanako_asks()).await;
        assert_eq!(response.status(), 400);
        assert_eq!(response.json::<ApiError>().await.unwrap().code, code);
    }
    assert_eq!(question_count(&app).await, 0);
}

async fn a_key_is_replayed_for_at_least_24_hours_and_forgotten_after(backend: Backend) {
    let app = spawn_app(backend).await;
    let key = "retain-0001-aaaaaaaaaaaaa";
    assert_eq!(
        app.post_json(APPLICATIONS_PATH, Some(key), &hanako_asks())
            .await
            .status(),
        201
    );

    // Just under a day later: still a replay.
    app.clock.advance_millis(24 * HOUR - 1);
    let replay = app.post_json(APPLICATIONS_PATH, Some(key), &hanako_asks()).await;
    assert_eq!(
        replay
            .headers()
            .get("idempotent-replayed")
            .map(|v| v.to_str().unwrap()),
        Some("true")
    );
    assert_eq!(question_count(&app).await, 1);

    // Past the retention the key is forgotten and the request is new.
    app.clock.advance_millis(2);
    let fresh = app.post_json(APPLICATIONS_PATH, Some(key), &hanako_asks()).await;
    assert_eq!(fresh.status(), 201);
    assert!(fresh.headers().get("idempotent-replayed").is_none());
    assert_eq!(question_count(&app).await, 2);
}

async fn a_refused_question_is_replayed_as_refused_not_run_again(backend: Backend) {
    let app = spawn_app(backend).await;
    let key = "refused-0001-aaaaaaaaaaa";
    let mut bad = hanako_asks();
    bad["answers"]["message"] = json!("");
    assert_eq!(
        app.post_json(APPLICATIONS_PATH, Some(key), &bad).await.status(),
        422
    );

    let again = app.post_json(APPLICATIONS_PATH, Some(key), &bad).await;

    assert_eq!(again.status(), 422);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_eq!(
        again.json::<ApiError>().await.unwrap().code,
        ErrorCode::InvalidSubmission
    );
}

async fn fifty_concurrent_copies_of_one_request_store_one_question(backend: Backend) {
    let app = spawn_app(backend).await;
    let url = format!("{}{APPLICATIONS_PATH}", app.address);
    let sends: Vec<_> = (0..50)
        .map(|_| {
            let request = app
                .client
                .post(&url)
                .header("Idempotency-Key", "race-0001-aaaaaaaaaaaaaaa")
                .json(&hanako_asks());
            tokio::spawn(async move { request.send().await.map(|r| r.status().as_u16()) })
        })
        .collect();

    let mut statuses = Vec::new();
    for send in sends {
        statuses.push(send.await.unwrap().unwrap());
    }

    // Each copy either got the receipt (first or replay) or was told to retry (still running).
    assert!(statuses.iter().all(|s| *s == 201 || *s == 409), "{statuses:?}");
    assert!(statuses.contains(&201));
    assert_eq!(question_count(&app).await, 1);
}

async fn a_form_body_larger_than_any_form_is_refused_while_a_file_of_that_size_is_accepted(backend: Backend) {
    // Arrange: 300 KiB is more than any form (a question is a few KB) but a small file.
    let app = spawn_app(backend).await;
    let mut huge = hanako_asks();
    huge["answers"]["message"] = json!("あ".repeat(100 * 1024));
    let mut pdf = b"%PDF-1.7\n".to_vec();
    pdf.resize(300 * 1024, b' ');

    // Act
    let form = app
        .post_json(APPLICATIONS_PATH, Some("huge-form-0001-aaaaaaaaa"), &huge)
        .await;
    let file = upload(
        &app,
        "scan.pdf",
        "application/pdf",
        "huge-file-0001-aaaaaaaaa",
        pdf,
    )
    .await;

    // Assert: each route group reads bodies with its own limit.
    assert_eq!(form.status(), 413);
    assert_eq!(
        form.json::<ApiError>().await.unwrap().code,
        ErrorCode::InvalidRequest
    );
    assert_eq!(question_count(&app).await, 0);
    assert_eq!(file.status(), 201);
}

async fn another_client_sending_my_key_first_neither_blocks_nor_replays_my_request(backend: Backend) {
    let app = spawn_app(backend).await;
    let a = app.sign_in("a@example.jp").await.access.access_token;
    let b = app.sign_in("b@example.jp").await.access.access_token;
    let key = "learned-key-0001-aaaaaaaaaaaaaaa";
    let mut theirs = hanako_asks();
    theirs["answers"]["subject"] = json!("別の内容");

    // B learned A's key and sends it first, with another body.
    let b_first = app.post_json_as(APPLICATIONS_PATH, key, &theirs, &b).await;
    assert_eq!(b_first.status(), 201);
    // A's own request with the key still runs, and its retry gets A's answer, not B's.
    let a_request = app.post_json_as(APPLICATIONS_PATH, key, &hanako_asks(), &a).await;
    assert_eq!(a_request.status(), 201);
    let a_receipt: ApplicationReceipt = a_request.json().await.unwrap();
    let a_retry = app.post_json_as(APPLICATIONS_PATH, key, &hanako_asks(), &a).await;
    assert_eq!(a_retry.headers()["idempotent-replayed"], "true");
    assert_eq!(a_retry.json::<ApplicationReceipt>().await.unwrap(), a_receipt);
    assert_eq!(question_count(&app).await, 2);
}

async fn a_request_refused_for_an_expired_token_runs_when_sent_again_with_a_fresh_one(backend: Backend) {
    let app = spawn_app(backend).await;
    let signed_in = app.sign_in("hanako@example.jp").await;
    app.clock.advance_millis(16 * 60 * 1000);
    let key = "outbox-item-0001-aaaaaaaaaaaaaaa";
    let refused = app
        .post_json_as(
            "/api/v1/account/sign-out",
            key,
            &json!({}),
            &signed_in.access.access_token,
        )
        .await;
    assert_eq!(refused.status(), 401);
    // The outbox refreshes its token and sends the same item with the same key.
    let grant: madoguchi_domain::account::AccessGrant = app
        .client
        .post(format!("{}/api/v1/auth/refresh", app.address))
        .json(&json!({ "deviceCredential": signed_in.device_credential }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let sent = app
        .post_json_as("/api/v1/account/sign-out", key, &json!({}), &grant.access_token)
        .await;
    assert_eq!(sent.status(), 204, "not the first 401 replayed");
    assert!(sent.headers().get("idempotent-replayed").is_none());
}

on_both_stores!(
    another_client_sending_my_key_first_neither_blocks_nor_replays_my_request,
    a_request_refused_for_an_expired_token_runs_when_sent_again_with_a_fresh_one,
    a_retry_with_the_same_key_replays_the_first_answer_and_stores_nothing_new,
    the_same_key_with_a_different_question_is_refused_and_not_stored,
    a_mutation_without_an_idempotency_key_is_refused_before_it_runs,
    a_key_is_replayed_for_at_least_24_hours_and_forgotten_after,
    a_refused_question_is_replayed_as_refused_not_run_again,
    fifty_concurrent_copies_of_one_request_store_one_question,
    a_form_body_larger_than_any_form_is_refused_while_a_file_of_that_size_is_accepted,
);
