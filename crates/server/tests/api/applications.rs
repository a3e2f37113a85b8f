//! Online applications through the API, on the demo city's 粗大ごみ form: the form served, one
//! validator on arrival (field problems in the 422), idempotent submission, attachments claimed
//! once, the resident's access to their own application only, and the status rules.

use madoguchi_domain::application::{Application, ApplicationReceipt, ApplicationStatus};
use madoguchi_domain::form::FormSchema;
use madoguchi_domain::{ApiError, AttachmentReceipt, ErrorCode, FileKind};
use serde_json::{Value, json};

use crate::attachments::{file_of, upload};
use crate::helpers::{
    APPLICATIONS_PATH, Backend, START, TestApp, hanako_asks, on_both_stores, spawn_app, staff_list,
};

/// Hanako puts out a sofa; START is 2026-11-24, so 2026-12-10 is within 7–60 days.
pub fn hanako_applies() -> Value {
    json!({
        "procedure": "oversized-waste",
        "formVersion": 1,
        "answers": {
            "name": {"family": "夢咲", "given": "花子", "familyKana": "ゆめさき", "givenKana": "はなこ"},
            "address": {"postalCode": "〒999-0001", "address": "夢咲市本町一丁目2番3号"},
            "phone": "0612-34-5678",
            "kinds": ["sofa"],
            "count": "1",
            "collection-day": "2026-12-10"
        },
        "declared": true
    })
}

async fn submit(app: &TestApp, key: &str, body: &Value) -> reqwest::Response {
    app.post_json(APPLICATIONS_PATH, Some(key), body).await
}

pub async fn receipt(app: &TestApp, key: &str, body: &Value) -> ApplicationReceipt {
    let response = submit(app, key, body).await;
    assert_eq!(response.status(), 201, "{}", response.text().await.unwrap());
    response.json().await.unwrap()
}

async fn read_as(app: &TestApp, reference: &str, token: &str) -> reqwest::Response {
    app.get_as_staff(&format!("/api/v1/applications/{reference}"), token)
        .await
}

async fn set_status(
    app: &TestApp,
    reference: &str,
    key: &str,
    status: &str,
    message: Option<&str>,
) -> reqwest::Response {
    let mut body = json!({ "status": status });
    if let Some(message) = message {
        body["message"] = json!(message);
    }
    app.post_json_as(
        &format!("/api/v1/admin/applications/{reference}/status"),
        key,
        &body,
        &app.clerk().await,
    )
    .await
}

async fn the_form_is_served_by_procedure_and_version(backend: Backend) {
    let app = spawn_app(backend).await;

    let form: FormSchema = app
        .get("/api/v1/procedures/oversized-waste/form")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(form.version, 1);
    assert_eq!(form.steps[0].fields[0].id.as_str(), "name");

    let same = app.get("/api/v1/procedures/oversized-waste/form?version=1").await;
    assert_eq!(same.status(), 200);
    // A browser that accepts brotli gets the schema (its texts in every language) compressed.
    let compressed = app
        .client
        .get(format!("{}/api/v1/procedures/oversized-waste/form", app.address))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(compressed.headers()["content-encoding"], "br");
    let mut unpacked = Vec::new();
    let body = compressed.bytes().await.unwrap();
    std::io::Read::read_to_end(&mut brotli::Decompressor::new(&body[..], 4096), &mut unpacked).unwrap();
    assert_eq!(serde_json::from_slice::<FormSchema>(&unpacked).unwrap(), form);
    for missing in [
        "/api/v1/procedures/oversized-waste/form?version=2",
        "/api/v1/procedures/space-travel/form",
        "/api/v1/procedures/NOT%20AN%20ID/form",
    ] {
        let response = app.get(missing).await;
        assert_eq!(response.status(), 404, "{missing}");
        assert_eq!(
            response.json::<ApiError>().await.unwrap().code,
            ErrorCode::NotFound
        );
    }
}

async fn an_application_is_received_and_only_its_token_reads_it_back(backend: Backend) {
    let app = spawn_app(backend).await;

    let receipt = receipt(&app, "waste-0001-aaaaaaaaaaaa", &hanako_applies()).await;
    assert_eq!(receipt.reference.0, "YMS-2026-000001");
    assert_eq!(receipt.access_token.len(), 32, "128 bits in hex");

    let response = read_as(&app, "YMS-2026-000001", &receipt.access_token).await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["cache-control"],
        "no-store",
        "personal data is never cached"
    );
    let application: Application = response.json().await.unwrap();
    assert_eq!(application.status, ApplicationStatus::Submitted);
    assert_eq!(application.history.len(), 1);
    let answers = serde_json::to_value(&application.answers).unwrap();
    assert_eq!(
        answers["name"]["familyKana"], "ユメサキ",
        "kept as the validator normalised it"
    );
    assert_eq!(answers["address"]["postalCode"], "9990001");

    // Without the token: 401. With another token, or for a reference that does not exist: the
    // same 404, so a guessed reference reveals nothing.
    let anonymous = app.get("/api/v1/applications/YMS-2026-000001").await;
    assert_eq!(anonymous.status(), 401);
    assert_eq!(
        read_as(&app, "YMS-2026-000001", "0123456789abcdef0123456789abcdef")
            .await
            .status(),
        404
    );
    assert_eq!(
        read_as(&app, "YMS-2026-000002", &receipt.access_token)
            .await
            .status(),
        404
    );
}

async fn a_retried_submission_is_one_application_and_a_reused_key_is_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let first = receipt(&app, "waste-0002-aaaaaaaaaaaa", &hanako_applies()).await;
    let again = receipt(&app, "waste-0002-aaaaaaaaaaaa", &hanako_applies()).await;
    assert_eq!(again, first, "the same receipt, token included");

    let mut other = hanako_applies();
    other["answers"]["count"] = json!("2");
    let reused = submit(&app, "waste-0002-aaaaaaaaaaaa", &other).await;
    assert_eq!(reused.status(), 422);
    assert_eq!(
        reused.json::<ApiError>().await.unwrap().code,
        ErrorCode::IdempotencyKeyReused
    );

    let list = staff_list(&app).await;
    assert_eq!(list.len(), 1);
}

async fn answers_that_break_the_rules_come_back_beside_their_fields_and_nothing_is_kept(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut body = hanako_applies();
    body["answers"]["phone"] = json!("");
    body["answers"]["count"] = json!("11");
    body["answers"]["collection-day"] = json!("2026-11-25");
    body["answers"]["name"]["familyKana"] = json!("Yumesaki");
    body["declared"] = json!(false);

    let response = submit(&app, "waste-0003-aaaaaaaaaaaa", &body).await;

    assert_eq!(response.status(), 422);
    let error: ApiError = response.json().await.unwrap();
    assert_eq!(error.code, ErrorCode::InvalidSubmission);
    let found: Vec<(&str, &str)> = error
        .problems
        .iter()
        .map(|p| (p.field.as_str(), p.message_id.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("name.family-kana", "name-error-kana-not-katakana"),
            ("phone", "form-error-required"),
            ("count", "form-error-number-too-large"),
            ("collection-day", "form-error-date-too-early"),
            ("declaration", "form-error-declaration"),
        ]
    );
    // The earliest day allowed, for the message: 7 days after 2026-11-24 in Japan.
    assert_eq!(
        error.problems[3].args["date"],
        madoguchi_domain::form::MessageArg::Text("2026-12-01".into())
    );
    let list = staff_list(&app).await;
    assert!(list.is_empty());
}

/// お問い合わせ is the city's `inquiry` form: anyone may ask (no sign-in), the contact is asked for
/// only in the way the resident chose to be answered, and a contact for another way is not kept.
async fn a_question_to_the_city_needs_no_account_and_asks_only_the_contact_chosen(backend: Backend) {
    let app = spawn_app(backend).await;
    let question = |reply_by: &str, contact: Value| {
        let mut answers = json!({
            "department": "environment",
            "subject": "粗大ごみの出し方",
            "message": "ソファを捨てたいのですが、どうすればよいですか。",
            "reply-by": reply_by,
        });
        answers
            .as_object_mut()
            .unwrap()
            .extend(contact.as_object().unwrap().clone());
        json!({ "procedure": "inquiry", "formVersion": 1, "answers": answers, "declared": false })
    };

    // Email chosen but not given: refused at that field, nothing else.
    let response = submit(&app, "question-0001-aaaaaaaaaa", &question("email", json!({}))).await;
    assert_eq!(response.status(), 422);
    let error: ApiError = response.json().await.unwrap();
    let found: Vec<(&str, &str)> = error
        .problems
        .iter()
        .map(|p| (p.field.as_str(), p.message_id.as_str()))
        .collect();
    assert_eq!(found, [("contact-email", "form-error-required")]);

    // By phone, with an email address typed before changing one's mind: the phone is kept, the
    // address is not.
    let sent = receipt(
        &app,
        "question-0002-aaaaaaaaaa",
        &question(
            "phone",
            json!({ "contact-phone": "0612-34-5678", "contact-email": "hanako@example.jp" }),
        ),
    )
    .await;
    let list = staff_list(&app).await;
    let [kept] = list.as_slice() else {
        panic!("one application: {list:?}")
    };
    assert_eq!(kept.reference, sent.reference);
    assert_eq!(kept.procedure.as_str(), "inquiry");
    assert!(kept.answers.contains_key("contact-phone"));
    assert!(!kept.answers.contains_key("contact-email"));
}

/// A question reaches the clerk as it was asked, under the reference the resident was given; one
/// without a subject, or to a division the city does not have, is refused at that field (so the
/// app shows the message beside it) and kept nowhere.
async fn a_question_reaches_the_clerk_as_asked_and_one_without_a_subject_or_division_is_refused(
    backend: Backend,
) {
    // Arrange
    let app = spawn_app(backend).await;
    let mut no_subject = hanako_asks();
    no_subject["answers"]["subject"] = json!("   ");
    let mut unknown_division = hanako_asks();
    unknown_division["answers"]["department"] = json!("space-agency");

    // Act
    let refusals = [
        (
            submit(&app, "invalid-0001-aaaaaaaaaaaa", &no_subject).await,
            "subject",
            "form-error-required",
        ),
        (
            submit(&app, "invalid-0002-aaaaaaaaaaaa", &unknown_division).await,
            "department",
            "form-error-choice",
        ),
    ];
    let sent = receipt(&app, "hanako-0001-aaaaaaaaaaaa", &hanako_asks()).await;

    // Assert
    for (response, field, message_id) in refusals {
        assert_eq!(response.status(), 422);
        let error: ApiError = response.json().await.unwrap();
        assert_eq!(error.code, ErrorCode::InvalidSubmission);
        assert_eq!(error.message_id, "error-invalid-submission");
        let problems: Vec<_> = error
            .problems
            .iter()
            .map(|p| (p.field.as_str(), p.message_id.as_str()))
            .collect();
        assert_eq!(problems, [(field, message_id)]);
    }
    assert_eq!(sent.received_at, START);
    let list = staff_list(&app).await;
    let [kept] = list.as_slice() else {
        panic!("only the question that was received: {list:?}")
    };
    assert_eq!(kept.reference, sent.reference);
    assert_eq!(kept.history[0].at, START);
    let asked: madoguchi_domain::form::Answers =
        serde_json::from_value(hanako_asks()["answers"].clone()).unwrap();
    assert_eq!(kept.answers, asked);
}

/// A body that is not JSON is refused before any form is read: 400 `invalid_request`.
async fn a_body_that_is_not_json_is_a_400_invalid_request(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app
        .client
        .post(format!("{}{APPLICATIONS_PATH}", app.address))
        .header("Idempotency-Key", "garbage-0001-aaaaaaaaaaaa")
        .body("subject=hello")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(
        response.json::<ApiError>().await.unwrap().code,
        ErrorCode::InvalidRequest
    );
    assert!(staff_list(&app).await.is_empty());
}

async fn an_attachment_belongs_to_the_first_application_that_quotes_it(backend: Backend) {
    let app = spawn_app(backend).await;
    let photo: AttachmentReceipt = upload(
        &app,
        "sofa.jpg",
        "image/jpeg",
        "photo-0001-aaaaaaaaaaaa",
        file_of(FileKind::Jpeg, 2_000),
    )
    .await
    .json()
    .await
    .unwrap();
    let mut body = hanako_applies();
    body["answers"]["photos"] = json!([photo.id]);
    receipt(&app, "waste-0004-aaaaaaaaaaaa", &body).await;

    // A second application quoting the same file, or a file that does not exist, is refused at
    // the field that quotes it.
    let mut neighbour = body.clone();
    neighbour["answers"]["phone"] = json!("0612-99-0000");
    let ghost = format!("att-{}", "0".repeat(32));
    for (key, quoted) in [
        ("waste-0005-aaaaaaaaaaaa", photo.id.clone()),
        ("waste-0006-aaaaaaaaaaaa", ghost),
    ] {
        neighbour["answers"]["photos"] = json!([quoted]);
        let response = submit(&app, key, &neighbour).await;
        assert_eq!(response.status(), 422);
        let error: ApiError = response.json().await.unwrap();
        assert_eq!(error.problems[0].field, "photos");
        assert_eq!(error.problems[0].message_id, "form-error-attachment-unavailable");
    }
    let list = staff_list(&app).await;
    assert_eq!(list.len(), 1, "the refused ones kept nothing");
}

async fn staff_move_an_application_along_its_statuses_and_illegal_moves_change_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let receipt = receipt(&app, "waste-0007-aaaaaaaaaaaa", &hanako_applies()).await;
    let reference = receipt.reference.0.as_str();

    let skip = set_status(&app, reference, "status-0001-aaaaaaaaaaaa", "completed", None).await;
    assert_eq!(skip.status(), 409);
    assert_eq!(
        skip.json::<ApiError>().await.unwrap().code,
        ErrorCode::StatusChangeNotAllowed
    );

    for (key, status) in [
        ("status-0002-aaaaaaaaaaaa", "received"),
        ("status-0003-aaaaaaaaaaaa", "in-review"),
    ] {
        assert_eq!(set_status(&app, reference, key, status, None).await.status(), 200);
    }
    app.clock.advance_millis(3_600_000);
    let asked = set_status(
        &app,
        reference,
        "status-0004-aaaaaaaaaaaa",
        "needs-information",
        Some("ソファの大きさを教えてください。"),
    )
    .await;
    assert_eq!(asked.status(), 200);

    // Review has started: the resident can no longer withdraw.
    let withdraw = app
        .post_json_as(
            &format!("/api/v1/applications/{reference}/withdraw"),
            "withdraw-0001-aaaaaaaaaaaa",
            &json!({}),
            &receipt.access_token,
        )
        .await;
    assert_eq!(withdraw.status(), 409);

    let application: Application = read_as(&app, reference, &receipt.access_token)
        .await
        .json()
        .await
        .unwrap();
    let statuses: Vec<_> = application.history.iter().map(|c| c.status).collect();
    assert_eq!(
        statuses,
        [
            ApplicationStatus::Submitted,
            ApplicationStatus::Received,
            ApplicationStatus::InReview,
            ApplicationStatus::NeedsInformation
        ]
    );
    assert_eq!(
        application.history[3].message.as_deref(),
        Some("ソファの大きさを教えてください。")
    );
    assert_eq!(
        application.history[3].at.0 - application.history[2].at.0,
        3_600_000,
        "each change has its time"
    );

    let without_token = app
        .post_json(
            &format!("/api/v1/admin/applications/{reference}/status"),
            Some("status-0005-aaaaaaaaaaaa"),
            &json!({"status": "rejected"}),
        )
        .await;
    assert_eq!(without_token.status(), 401);
}

async fn a_resident_may_withdraw_before_review(backend: Backend) {
    let app = spawn_app(backend).await;
    let receipt = receipt(&app, "waste-0008-aaaaaaaaaaaa", &hanako_applies()).await;
    let reference = receipt.reference.0.as_str();
    assert_eq!(
        set_status(&app, reference, "status-0006-aaaaaaaaaaaa", "received", None)
            .await
            .status(),
        200
    );

    let path = format!("/api/v1/applications/{reference}/withdraw");
    let stranger = app
        .post_json_as(
            &path,
            "withdraw-0002-aaaaaaaaaaaa",
            &json!({}),
            "0123456789abcdef0123456789abcdef",
        )
        .await;
    assert_eq!(stranger.status(), 404, "another's token cannot withdraw it");
    let response = app
        .post_json_as(
            &path,
            "withdraw-0003-aaaaaaaaaaaa",
            &json!({}),
            &receipt.access_token,
        )
        .await;
    assert_eq!(response.status(), 200);
    let application: Application = response.json().await.unwrap();
    assert_eq!(application.status, ApplicationStatus::Withdrawn);

    // Final: staff cannot move it on.
    assert_eq!(
        set_status(&app, reference, "status-0007-aaaaaaaaaaaa", "in-review", None)
            .await
            .status(),
        409
    );
}

on_both_stores!(
    the_form_is_served_by_procedure_and_version,
    an_application_is_received_and_only_its_token_reads_it_back,
    a_retried_submission_is_one_application_and_a_reused_key_is_refused,
    answers_that_break_the_rules_come_back_beside_their_fields_and_nothing_is_kept,
    a_question_to_the_city_needs_no_account_and_asks_only_the_contact_chosen,
    a_question_reaches_the_clerk_as_asked_and_one_without_a_subject_or_division_is_refused,
    a_body_that_is_not_json_is_a_400_invalid_request,
    an_attachment_belongs_to_the_first_application_that_quotes_it,
    staff_move_an_application_along_its_statuses_and_illegal_moves_change_nothing,
    a_resident_may_withdraw_before_review,
    a_city_imports_a_new_form_version_and_a_broken_file_changes_nothing,
    of_twenty_clerks_moving_one_application_at_once_exactly_one_succeeds,
    of_ten_applications_quoting_one_file_at_once_exactly_one_gets_it,
    a_resident_answers_a_request_for_more_information_with_corrected_answers,
);

/// `madoguchi-server import-form` on `database`, as a city runs it.
fn import_form(database: &str, dir: &std::path::Path, files: &[&std::path::Path]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_madoguchi-server"))
        .arg("import-form")
        .args(files)
        .env("MADOGUCHI_DATABASE", database)
        .env("MADOGUCHI_CONFIG", dir.join("none.toml"))
        .output()
        .expect("the server binary runs")
}

async fn a_city_imports_a_new_form_version_and_a_broken_file_changes_nothing(backend: Backend) {
    // Arrange: the demo city (with 粗大ごみ version 1) on a database the CLI can reach.
    let database = crate::helpers::TestDatabase::new(backend).await;
    let dir = database.dir().to_owned();
    let location = database.location.raw().to_owned();
    let app = crate::helpers::spawn_app_with_database(&database).await;
    let demo = include_str!("../../demo/forms/oversized-waste.toml");
    let v2 = dir.join("waste-v2.toml");
    std::fs::write(
        &v2,
        demo.replace("version = 1", "version = 2")
            .replace("max = 10", "max = 5"),
    )
    .unwrap();
    let broken = dir.join("broken.toml");
    std::fs::write(
        &broken,
        demo.replace("version = 1", "version = 3")
            .replace("min = 1\nmax = 10", "min = 9\nmax = 2"),
    )
    .unwrap();

    // Act 1: a good file and a broken one together: nothing is imported, and the error says where.
    let both = import_form(&location, &dir, &[&v2, &broken]);
    assert!(!both.status.success());
    let stderr = String::from_utf8_lossy(&both.stderr);
    assert!(
        stderr.contains("broken.toml:") && stderr.contains("(count): min is larger than max"),
        "{stderr}"
    );
    assert!(stderr.contains("nothing was imported"), "{stderr}");
    let newest: FormSchema = app
        .get("/api/v1/procedures/oversized-waste/form")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(newest.version, 1);

    // Act 2: the good file alone becomes the newest version; version 1 is still served by number,
    // so a draft started on it is judged by its own rules.
    let good = import_form(&location, &dir, &[&v2]);
    assert!(good.status.success(), "{}", String::from_utf8_lossy(&good.stderr));
    assert!(String::from_utf8_lossy(&good.stdout).contains("imported oversized-waste version 2"));
    let newest: FormSchema = app
        .get("/api/v1/procedures/oversized-waste/form")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(newest.version, 2);
    let first: FormSchema = app
        .get("/api/v1/procedures/oversized-waste/form?version=1")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(first.version, 1);
    let mut seven = hanako_applies();
    seven["answers"]["count"] = json!("7");
    receipt(&app, "waste-0009-aaaaaaaaaaaa", &seven).await;
    seven["formVersion"] = json!(2);
    let refused = submit(&app, "waste-0010-aaaaaaaaaaaa", &seven).await;
    assert_eq!(refused.status(), 422, "version 2 allows 5 at most");

    // Act 3: importing version 2 again is refused: versions only grow.
    let again = import_form(&location, &dir, &[&v2]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("is not newer than the kept version 2"));
}

async fn of_twenty_clerks_moving_one_application_at_once_exactly_one_succeeds(backend: Backend) {
    // Arrange: an application just received; twenty clerks open it and press "start review".
    let app = spawn_app(backend).await;
    let receipt = receipt(&app, "waste-0011-aaaaaaaaaaaa", &hanako_applies()).await;
    let reference = receipt.reference.0.clone();
    assert_eq!(
        set_status(&app, &reference, "race-0000-aaaaaaaaaaaa", "received", None)
            .await
            .status(),
        200
    );

    // Act: all at once, each with its own key.
    let app = std::sync::Arc::new(app);
    let clerks: Vec<_> = (1..=20)
        .map(|n| {
            let (app, reference) = (std::sync::Arc::clone(&app), reference.clone());
            tokio::spawn(async move {
                set_status(
                    &app,
                    &reference,
                    &format!("race-{n:04}-aaaaaaaaaaaa"),
                    "in-review",
                    None,
                )
                .await
                .status()
                .as_u16()
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for clerk in clerks {
        statuses.push(clerk.await.unwrap());
    }

    // Assert: one move, nineteen refusals, and the history has the move once.
    statuses.sort_unstable();
    assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 1, "{statuses:?}");
    assert!(statuses.iter().all(|s| *s == 200 || *s == 409), "{statuses:?}");
    let application: Application = read_as(&app, &reference, &receipt.access_token)
        .await
        .json()
        .await
        .unwrap();
    let reviews = application
        .history
        .iter()
        .filter(|c| c.status == ApplicationStatus::InReview)
        .count();
    assert_eq!(reviews, 1);
}

async fn of_ten_applications_quoting_one_file_at_once_exactly_one_gets_it(backend: Backend) {
    let app = std::sync::Arc::new(spawn_app(backend).await);
    let photo: AttachmentReceipt = upload(
        &app,
        "sofa.jpg",
        "image/jpeg",
        "photo-0002-aaaaaaaaaaaa",
        file_of(FileKind::Jpeg, 2_000),
    )
    .await
    .json()
    .await
    .unwrap();

    let applicants: Vec<_> = (1..=10)
        .map(|n| {
            let app = std::sync::Arc::clone(&app);
            let mut body = hanako_applies();
            body["answers"]["photos"] = json!([photo.id]);
            body["answers"]["phone"] = json!(format!("0612-34-{n:04}"));
            tokio::spawn(async move {
                submit(&app, &format!("claim-{n:04}-aaaaaaaaaaaa"), &body)
                    .await
                    .status()
                    .as_u16()
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for applicant in applicants {
        statuses.push(applicant.await.unwrap());
    }

    assert_eq!(statuses.iter().filter(|s| **s == 201).count(), 1, "{statuses:?}");
    assert!(statuses.iter().all(|s| *s == 201 || *s == 422), "{statuses:?}");
    let list = staff_list(&app).await;
    assert_eq!(list.len(), 1);
}

async fn a_resident_answers_a_request_for_more_information_with_corrected_answers(backend: Backend) {
    // Arrange: received, reviewed, and the city asks for the size of the sofa.
    let app = spawn_app(backend).await;
    let receipt = receipt(&app, "waste-0012-aaaaaaaaaaaa", &hanako_applies()).await;
    let reference = receipt.reference.0.as_str();
    let path = format!("/api/v1/applications/{reference}/resubmit");
    let mut corrected = json!({ "answers": hanako_applies()["answers"].clone(), "declared": true });
    corrected["answers"]["note"] = json!("ソファは幅180cmです。");

    // Before the city asks, there is nothing to answer.
    let early = app
        .post_json_as(
            &path,
            "resubmit-0001-aaaaaaaaaaaa",
            &corrected,
            &receipt.access_token,
        )
        .await;
    assert_eq!(early.status(), 409);
    for (key, status) in [
        ("status-0101-aaaaaaaaaaaa", "received"),
        ("status-0102-aaaaaaaaaaaa", "in-review"),
        ("status-0103-aaaaaaaaaaaa", "needs-information"),
    ] {
        assert_eq!(set_status(&app, reference, key, status, None).await.status(), 200);
    }

    // Answers that break the rules are refused at their field, and nothing changes.
    let mut broken = corrected.clone();
    broken["answers"]["count"] = json!("0");
    let refused = app
        .post_json_as(
            &path,
            "resubmit-0002-aaaaaaaaaaaa",
            &broken,
            &receipt.access_token,
        )
        .await;
    assert_eq!(refused.status(), 422);
    assert_eq!(
        refused.json::<ApiError>().await.unwrap().problems[0].field,
        "count"
    );
    let stranger = app
        .post_json_as(
            &path,
            "resubmit-0003-aaaaaaaaaaaa",
            &corrected,
            "0123456789abcdef0123456789abcdef",
        )
        .await;
    assert_eq!(stranger.status(), 404);

    // Act: the corrected answers.
    let response = app
        .post_json_as(
            &path,
            "resubmit-0004-aaaaaaaaaaaa",
            &corrected,
            &receipt.access_token,
        )
        .await;

    // Assert: resubmitted with the new answer kept, and staff can take it up again.
    assert_eq!(response.status(), 200);
    let application: Application = response.json().await.unwrap();
    assert_eq!(application.status, ApplicationStatus::Resubmitted);
    assert_eq!(
        serde_json::to_value(&application.answers).unwrap()["note"],
        "ソファは幅180cmです。"
    );
    assert_eq!(application.history.len(), 5);
    assert_eq!(
        set_status(&app, reference, "status-0104-aaaaaaaaaaaa", "in-review", None)
            .await
            .status(),
        200
    );
}
