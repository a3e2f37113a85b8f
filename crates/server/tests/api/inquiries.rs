use madoguchi_domain::{ApiError, ErrorCode, InquiryList, InquiryReceipt};
use serde_json::json;

use crate::helpers::{Backend, START, on_both_stores, spawn_app};

pub fn hanako_asks() -> serde_json::Value {
    json!({
        "department": "citizen-affairs",
        "subject": "住民票の写しについて",
        "message": "土曜日に住民票の写しを受け取ることはできますか。",
        "contactName": "夢咲 花子",
        "contactEmail": "hanako@example.jp",
        "contactPhone": "0612-34-5678"
    })
}

async fn an_inquiry_is_received_with_a_reference_and_staff_can_read_it(backend: Backend) {
    // Arrange
    let app = spawn_app(backend).await;

    // Act
    let response = app
        .post_json(
            "/api/v1/inquiries",
            Some("hanako-0001-aaaaaaaaaaaa"),
            &hanako_asks(),
        )
        .await;

    // Assert
    assert_eq!(response.status(), 201);
    let receipt: InquiryReceipt = response.json().await.unwrap();
    assert_eq!(receipt.reference.0, "Q-000001");
    assert_eq!(receipt.received_at, START);
    let list: InquiryList = app
        .get_as_staff("/api/v1/admin/inquiries", &app.clerk().await)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list.inquiries.len(), 1);
    let stored = &list.inquiries[0];
    assert_eq!(stored.reference, receipt.reference);
    assert_eq!(stored.department.as_str(), "citizen-affairs");
    assert_eq!(stored.subject, "住民票の写しについて");
    assert_eq!(stored.contact.phone.as_deref(), Some("0612-34-5678"));
}

async fn an_inquiry_without_a_subject_or_to_an_unknown_department_is_refused_with_422(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut no_subject = hanako_asks();
    no_subject["subject"] = json!("   ");
    let mut unknown_department = hanako_asks();
    unknown_department["department"] = json!("space-agency");

    for (key, body, field, message_id) in [
        (
            "invalid-0001-aaaaaaaaaaaa",
            no_subject,
            "subject",
            "inquiry-error-subject-missing",
        ),
        (
            "invalid-0002-aaaaaaaaaaaa",
            unknown_department,
            "department",
            "inquiry-error-department",
        ),
    ] {
        let response = app.post_json("/api/v1/inquiries", Some(key), &body).await;
        assert_eq!(response.status(), 422);
        let error: ApiError = response.json().await.unwrap();
        assert_eq!(error.code, ErrorCode::InvalidSubmission);
        assert_eq!(error.message_id, "error-invalid-submission");
        // The problem names the field, so the app can show it beside that field.
        let problems: Vec<_> = error
            .problems
            .iter()
            .map(|p| (p.field.as_str(), p.message_id.as_str()))
            .collect();
        assert_eq!(problems, [(field, message_id)]);
    }
    let list: InquiryList = app
        .get_as_staff("/api/v1/admin/inquiries", &app.clerk().await)
        .await
        .json()
        .await
        .unwrap();
    assert!(list.inquiries.is_empty());
}

async fn a_body_that_is_not_json_is_a_400_with_a_message_id(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app
        .client
        .post(format!("{}/api/v1/inquiries", app.address))
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
}

on_both_stores!(
    an_inquiry_is_received_with_a_reference_and_staff_can_read_it,
    an_inquiry_without_a_subject_or_to_an_unknown_department_is_refused_with_422,
    a_body_that_is_not_json_is_a_400_with_a_message_id,
);
