//! Each procedure declares the identity its online form needs (`guide.identity`), and the city
//! enforces it (issue 10): 住民票の写し needs an identity a clerk checked at a counter with the My
//! Number card. Anonymous and a signed-in resident not yet checked are refused 403
//! `identity_level_too_low`, nothing kept; once a clerk has checked the resident, the same request
//! passes the identity gate and is judged on its answers. A resident's lapsed token is 401, not
//! taken as anonymous. A procedure that needs no check still takes anyone.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{Backend, on_both_stores, spawn_app};

/// A submission to 住民票の写し with no answers: past the identity gate it is a 422 for its answers.
fn residence_certificate() -> Value {
    json!({
        "procedure": "residence-certificate",
        "formVersion": 1,
        "answers": {},
        "declared": true
    })
}

async fn code_of(response: reqwest::Response) -> (StatusCode, String) {
    let status = response.status();
    let body: Value = response.json().await.unwrap();
    (status, body["code"].as_str().unwrap_or_default().to_owned())
}

async fn a_procedure_needing_a_checked_identity_takes_only_a_resident_a_clerk_has_checked(backend: Backend) {
    // Arrange
    let app = spawn_app(backend).await;
    let hanako = app.sign_in("hanako@example.jp").await;
    let token = hanako.access.access_token.clone();

    // Act / Assert: anonymous, then signed in but not yet checked.
    let anonymous = app
        .post_json(
            "/api/v1/applications",
            Some("identity-test-key-000000001"),
            &residence_certificate(),
        )
        .await;
    assert_eq!(
        code_of(anonymous).await,
        (StatusCode::FORBIDDEN, "identity_level_too_low".to_owned())
    );
    let unchecked = app
        .post_json_as(
            "/api/v1/applications",
            "identity-test-key-000000002",
            &residence_certificate(),
            &token,
        )
        .await;
    assert_eq!(
        code_of(unchecked).await,
        (StatusCode::FORBIDDEN, "identity_level_too_low".to_owned())
    );

    // A clerk checks Hanako's My Number card at the counter.
    let checked = app
        .post_json_as(
            &format!("/api/v1/admin/residents/{}/identity", hanako.account.id.0),
            "identity-test-key-000000003",
            &json!({"identityLevel": "verified"}),
            &app.clerk().await,
        )
        .await;
    assert!(checked.status().is_success(), "{}", checked.status());

    // Past the gate: the empty answers are what is refused now.
    let verified = app
        .post_json_as(
            "/api/v1/applications",
            "identity-test-key-000000004",
            &residence_certificate(),
            &token,
        )
        .await;
    assert_eq!(
        code_of(verified).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "invalid_submission".to_owned())
    );
}

async fn a_lapsed_resident_token_on_an_application_is_401_not_anonymous(backend: Backend) {
    // Arrange: a token of the right kind that the city does not know (lapsed or revoked).
    let app = spawn_app(backend).await;
    let lapsed = format!("at-{}", "0".repeat(32));

    // Act
    let response = app
        .post_json_as(
            "/api/v1/applications",
            "identity-test-key-000000005",
            &crate::applications::hanako_applies(),
            &lapsed,
        )
        .await;

    // Assert
    assert_eq!(
        code_of(response).await,
        (StatusCode::UNAUTHORIZED, "unauthorized".to_owned())
    );
}

on_both_stores!(
    a_procedure_needing_a_checked_identity_takes_only_a_resident_a_clerk_has_checked,
    a_lapsed_resident_token_on_an_application_is_401_not_anonymous,
);
