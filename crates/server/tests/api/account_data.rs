//! A resident's own data: downloaded as one JSON document, and deleted with the account. What the
//! deletion keeps (the audit entries about the account, the applications with the city) and why
//! is in `docs/accounts.md`.

use std::time::{Duration, Instant};

use madoguchi_domain::account::{AccountExport, SignedIn};
use madoguchi_domain::application::ApplicationReceipt;
use madoguchi_domain::{ApiError, ErrorCode, IDEMPOTENCY_KEY_HEADER};
use madoguchi_server::clock::Clock as _;
use madoguchi_server::storage;
use serde_json::json;

use crate::applications::hanako_applies;
use crate::helpers::{Backend, TestApp, on_both_stores, spawn_app};

const HANAKO: &str = "hanako@example.jp";

/// Hanako on two devices (the second signed out), an application sent while signed in and moved
/// by a clerk (a personal notice), and her identity checked at the counter (an audit entry).
async fn hanako_with_history(app: &TestApp) -> (SignedIn, ApplicationReceipt) {
    let phone = app.sign_in(HANAKO).await;
    let old_tablet = app.sign_in(HANAKO).await;
    let out = app
        .post_json_as(
            "/api/v1/account/sign-out",
            "tablet-out-0001-aaaaaaaaa",
            &json!({}),
            &old_tablet.access.access_token,
        )
        .await;
    assert_eq!(out.status(), 204);
    let applied = app
        .post_json_as(
            "/api/v1/applications",
            "signed-in-apply-0001-aaaa",
            &hanako_applies(),
            &phone.access.access_token,
        )
        .await;
    assert_eq!(applied.status(), 201);
    let receipt: ApplicationReceipt = applied.json().await.unwrap();
    let clerk = app.clerk().await;
    let received = app
        .post_json_as(
            &format!("/api/v1/admin/applications/{}/status", receipt.reference.0),
            "received-0001-aaaaaaaaaaaa",
            &json!({ "status": "received" }),
            &clerk,
        )
        .await;
    assert_eq!(received.status(), 200);
    let verified = app
        .post_json_as(
            &format!("/api/v1/admin/residents/{}/identity", phone.account.id.0),
            "verify-0001-aaaaaaaaaaaaaa",
            &json!({ "identityLevel": "verified" }),
            &clerk,
        )
        .await;
    assert_eq!(verified.status(), 204);
    (phone, receipt)
}

async fn a_resident_downloads_everything_the_city_keeps_about_them_and_no_secret(backend: Backend) {
    // Arrange
    let app = spawn_app(backend).await;
    let (phone, receipt) = hanako_with_history(&app).await;

    // Act
    let response = app
        .get_as_staff("/api/v1/account/export", &phone.access.access_token)
        .await;

    // Assert: a download, never cached on the way.
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let text = response.text().await.unwrap();
    for secret in [&phone.device_credential, &phone.access.access_token] {
        assert!(!text.contains(secret.as_str()), "a secret is in the export");
    }
    let export: AccountExport = serde_json::from_str(&text).unwrap();
    assert_eq!(export.account.email.as_str(), HANAKO);
    assert_eq!(export.account.identity_level.as_str(), "verified");
    assert_eq!(export.devices.len(), 2, "the signed-out tablet too");
    assert_eq!(
        export
            .devices
            .iter()
            .filter(|d| d.signed_out_at.is_some())
            .count(),
        1
    );
    let actions: Vec<&str> = export.audit.iter().map(|e| e.action.message_id()).collect();
    assert!(actions.contains(&"audit-action-verify-identity"), "{actions:?}");
    assert_eq!(export.notices.len(), 1, "the application's move to received");
    assert_eq!(export.applications, [receipt.reference]);
}

/// `DELETE /api/v1/account` as the holder of `token`.
pub async fn delete_account(app: &TestApp, token: &str, key: &str) -> reqwest::Response {
    app.client
        .delete(format!("{}/api/v1/account", app.address))
        .bearer_auth(token)
        .header(IDEMPOTENCY_KEY_HEADER, key)
        .send()
        .await
        .unwrap()
}

/// The newest code mailed to `to` once `count` mails have reached it.
async fn mailed_code(app: &TestApp, to: &str, count: usize) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let mails: Vec<_> = app
            .mail
            .messages()
            .into_iter()
            .filter(|m| m.to.iter().any(|r| r.as_str() == to))
            .collect();
        if mails.len() >= count {
            return crate::smtp::six_digits(&mails[count - 1].data).unwrap();
        }
        assert!(Instant::now() < deadline, "mail {count} never reached {to}");
        tokio::time::sleep(Duration::from_millis(20)).await; // polling the condition
    }
}

async fn deleting_the_account_signs_out_everywhere_and_leaves_only_the_audit_trail(backend: Backend) {
    // Arrange: Hanako's history, a sign-in code in her mailbox not yet used, a second device.
    let app = spawn_app(backend).await;
    let (phone, receipt) = hanako_with_history(&app).await;
    let laptop = app.sign_in(HANAKO).await;
    let mails = app.mail.messages().len();
    let asked = app
        .client
        .post(format!("{}/api/v1/auth/code", app.address))
        .json(&json!({ "email": HANAKO, "locale": "ja" }))
        .send()
        .await
        .unwrap();
    assert_eq!(asked.status(), 202);
    let unused_code = mailed_code(&app, HANAKO, mails + 1).await;

    // Act
    let deleted = delete_account(&app, &phone.access.access_token, "delete-account-0001-aaaa").await;

    // Assert: gone, on every device, and the code mailed before no longer signs in.
    assert_eq!(deleted.status(), 204);
    for token in [&phone.access.access_token, &laptop.access.access_token] {
        let me = app.get_as_staff("/api/v1/account", token).await;
        assert_eq!(me.status(), 401);
    }
    let refresh = app
        .client
        .post(format!("{}/api/v1/auth/refresh", app.address))
        .json(&json!({ "deviceCredential": laptop.device_credential }))
        .send()
        .await
        .unwrap();
    assert_eq!(refresh.status(), 401);
    let late = app
        .client
        .post(format!("{}/api/v1/auth/sign-in", app.address))
        .json(&json!({ "email": HANAKO, "code": unused_code, "deviceName": "花子のスマホ" }))
        .send()
        .await
        .unwrap();
    assert_eq!(late.status(), 422);
    assert_eq!(
        late.json::<ApiError>().await.unwrap().code,
        ErrorCode::SignInCodeInvalid
    );
    // The application stays with the city, read with its own receipt's token.
    let application = app
        .get_as_staff(
            &format!("/api/v1/applications/{}", receipt.reference.0),
            &receipt.access_token,
        )
        .await;
    assert_eq!(application.status(), 200);
    // Below HTTP: no account, no device; the audit entries about the old id are kept.
    let store = storage::open(app.database_location()).await.unwrap();
    let old = phone.account.id.clone();
    assert_eq!(store.account(old.clone()).await.unwrap(), None);
    assert!(store.devices(old.clone()).await.unwrap().is_empty());
    assert!(
        store
            .export_account(old.clone(), app.clock.now())
            .await
            .unwrap()
            .is_none()
    );
    assert!(!store.audit_about(old.clone()).await.unwrap().is_empty());
    // A retry of the deletion finds no one (its token went with the account).
    let again = delete_account(&app, &phone.access.access_token, "delete-account-0001-aaaa").await;
    assert_eq!(again.status(), 401);
    // Signing up again starts afresh: a new account, unverified.
    let fresh = app.sign_in(HANAKO).await;
    assert_ne!(fresh.account.id, old);
    assert_eq!(fresh.account.identity_level.as_str(), "unverified");
}

on_both_stores!(
    a_resident_downloads_everything_the_city_keeps_about_them_and_no_secret,
    deleting_the_account_signs_out_everywhere_and_leaves_only_the_audit_trail,
);
