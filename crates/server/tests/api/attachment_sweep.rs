//! Files nobody sends are not kept: an upload that no application quotes within a day is deleted
//! by the server's sweep (`sweep.rs`), row and bytes; a file an application quoted stays. The
//! clock is pinned and moved; the test runs the sweep's step itself instead of waiting a minute.

use madoguchi_domain::{AttachmentReceipt, FileKind};
use madoguchi_server::storage;
use serde_json::json;

use crate::applications::{hanako_applies, receipt};
use crate::attachments::{file_of, upload};
use crate::helpers::{Backend, TestApp, on_both_stores, spawn_app};

const HOUR: i64 = 3_600_000;

async fn uploaded(app: &TestApp, name: &str, key: &str) -> AttachmentReceipt {
    let response = upload(app, name, "image/jpeg", key, file_of(FileKind::Jpeg, 40_000)).await;
    assert_eq!(response.status(), 201);
    response.json().await.unwrap()
}

async fn staff_reads(app: &TestApp, id: &str) -> reqwest::StatusCode {
    app.get_as_staff(&format!("/api/v1/admin/attachments/{id}"), &app.clerk().await)
        .await
        .status()
}

async fn sweep(app: &TestApp) {
    let store = storage::open(app.database_location()).await.unwrap();
    madoguchi_server::sweep::purge_unclaimed_attachments(store.as_ref(), app.clock.as_ref())
        .await
        .unwrap();
}

async fn a_file_no_application_quotes_is_deleted_after_a_day_and_a_quoted_one_stays(backend: Backend) {
    // Arrange: two photos of the sofa; Hanako sends the application with one, forgets the other.
    let app = spawn_app(backend).await;
    let forgotten = uploaded(&app, "sofa-side.jpg", "sweep-photo-0001-aaaaaaaa").await;
    let sent = uploaded(&app, "sofa-front.jpg", "sweep-photo-0002-aaaaaaaa").await;
    let mut body = hanako_applies();
    body["answers"]["photos"] = json!([sent.id]);
    receipt(&app, "sweep-apply-0001-aaaaaaaa", &body).await;

    // Act: 23 hours on, the sweep leaves both alone.
    app.clock.advance_millis(23 * HOUR);
    sweep(&app).await;

    // Assert
    assert_eq!(staff_reads(&app, &forgotten.id).await, 200, "within its day");
    assert_eq!(staff_reads(&app, &sent.id).await, 200);

    // Act: 25 hours after the upload, the forgotten photo is past its day.
    app.clock.advance_millis(2 * HOUR);
    sweep(&app).await;

    // Assert: gone, bytes and all; the quoted one is the application's and stays.
    assert_eq!(staff_reads(&app, &forgotten.id).await, 404);
    let store = storage::open(app.database_location()).await.unwrap();
    assert_eq!(
        store.attachment_content(forgotten.id.clone()).await.unwrap(),
        None
    );
    assert_eq!(staff_reads(&app, &sent.id).await, 200);
    assert!(store.attachment_content(sent.id.clone()).await.unwrap().is_some());
}

async fn a_purged_file_quoted_late_is_refused_at_its_field(backend: Backend) {
    // Arrange: a photo uploaded, then the form left for two days.
    let app = spawn_app(backend).await;
    let photo = uploaded(&app, "sofa.jpg", "sweep-photo-0003-aaaaaaaa").await;
    app.clock.advance_millis(48 * HOUR);
    sweep(&app).await;

    // Act: the application quotes it after all.
    let mut body = hanako_applies();
    body["answers"]["photos"] = json!([photo.id]);
    let response = app
        .post_json("/api/v1/applications", Some("sweep-apply-0002-aaaaaaaa"), &body)
        .await;

    // Assert: refused beside the field, so the app asks for the file again.
    assert_eq!(response.status(), 422);
    let error: madoguchi_domain::ApiError = response.json().await.unwrap();
    assert_eq!(error.problems[0].field, "photos");
    assert_eq!(error.problems[0].message_id, "form-error-attachment-unavailable");
}

on_both_stores!(
    a_file_no_application_quotes_is_deleted_after_a_day_and_a_quoted_one_stays,
    a_purged_file_quoted_late_is_refused_at_its_field,
);
