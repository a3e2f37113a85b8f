//! Who may send files (`routes/attachments/gate.rs`): a signed-in resident or a registered kiosk,
//! each within their bytes for the day; nobody else. A refused upload keeps nothing, not even its
//! idempotency key, so the same request sent once signed in runs.

use madoguchi_domain::account::Role;
use madoguchi_domain::{ApiError, AttachmentReceipt, ErrorCode, FileKind};
use madoguchi_server::clock::Clock as _;

use crate::account_data::delete_account;
use crate::attachments::{file_of, upload_as};
use crate::helpers::{Backend, TestApp, new_kiosk, on_both_stores, spawn_app, spawn_app_configured};

async fn photo_as(app: &TestApp, token: Option<&str>, key: &str, len: usize) -> reqwest::Response {
    upload_as(
        app,
        token,
        "photo.jpg",
        "image/jpeg",
        key,
        file_of(FileKind::Jpeg, len),
    )
    .await
}

async fn code_of(response: reqwest::Response) -> (u16, ErrorCode) {
    let status = response.status().as_u16();
    (
        status,
        response.json::<ApiError>().await.expect("an ApiError").code,
    )
}

async fn nobody_signed_in_gets_401_staff_403_and_nothing_is_kept(backend: Backend) {
    let app = spawn_app(backend).await;
    let lapsed = app.sign_in("lapsed@example.jp").await.access.access_token;
    app.clock.advance_millis(16 * 60 * 1000);
    let clerk = app.clerk().await;

    let anonymous = photo_as(&app, None, "sender-anon-0001-aaaaaaa", 1_000).await;
    let expired = photo_as(&app, Some(&lapsed), "sender-lapsed-0001-aaaaa", 1_000).await;
    let unknown_kiosk = format!("kc-{}", "0".repeat(64));
    let forged = photo_as(&app, Some(&unknown_kiosk), "sender-forged-0001-aaaaa", 1_000).await;
    let staff = photo_as(&app, Some(&clerk), "sender-staff-0001-aaaaaa", 1_000).await;

    assert_eq!(code_of(anonymous).await, (401, ErrorCode::Unauthorized));
    assert_eq!(code_of(expired).await, (401, ErrorCode::Unauthorized));
    assert_eq!(code_of(forged).await, (401, ErrorCode::Unauthorized));
    assert_eq!(code_of(staff).await, (403, ErrorCode::Forbidden));
    // The refused request's key was not used up: the resident signs in and sends it again.
    let signed_in = app.sign_in("hanako@example.jp").await.access.access_token;
    let again = photo_as(&app, Some(&signed_in), "sender-anon-0001-aaaaaaa", 1_000).await;
    assert_eq!(again.status(), 201);
}

async fn a_registered_kiosk_sends_files_until_it_is_revoked(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, credential) = new_kiosk(app.database_location(), "中央図書館 2階").await;

    let sent = photo_as(&app, Some(&credential), "kiosk-photo-0001-aaaaaaa", 20_000).await;
    assert_eq!(sent.status(), 201);
    let receipt: AttachmentReceipt = sent.json().await.unwrap();
    let stored = app
        .get_as_staff(
            &format!("/api/v1/admin/attachments/{}", receipt.id),
            &app.clerk().await,
        )
        .await;
    assert_eq!(stored.status(), 200, "kept like a resident's file");

    let store = madoguchi_server::storage::open(app.database_location())
        .await
        .unwrap();
    madoguchi_server::kiosk_cli::revoke(store.as_ref(), &id, app.clock.now())
        .await
        .expect("the kiosk is revoked");
    let after = photo_as(&app, Some(&credential), "kiosk-photo-0002-aaaaaaa", 20_000).await;
    assert_eq!(code_of(after).await, (401, ErrorCode::Unauthorized));
}

async fn a_residents_files_for_the_day_are_capped_and_nobody_else_is_held_back(backend: Backend) {
    // Arrange: room for two 400 kB photos a day.
    let app = spawn_app_configured(backend, |c| c.resident_upload_bytes_per_day = 1_000_000).await;
    let a = app.sign_in("a@example.jp").await.access.access_token;
    let b = app.sign_in("b@example.jp").await.access.access_token;
    for n in 0..2 {
        let kept = photo_as(&app, Some(&a), &format!("quota-a-{n:04}-aaaaaaaaaa"), 400_000).await;
        assert_eq!(kept.status(), 201, "photo {n}");
    }

    // Act
    let third = photo_as(&app, Some(&a), "quota-a-0002-aaaaaaaaaa", 400_000).await;
    let small = photo_as(&app, Some(&a), "quota-a-0003-aaaaaaaaaa", 150_000).await;
    let others = photo_as(&app, Some(&b), "quota-b-0000-aaaaaaaaaa", 400_000).await;

    // Assert: over the quota nothing is kept; a file that still fits is; B is not A.
    assert_eq!(code_of(third).await, (413, ErrorCode::AttachmentQuotaExceeded));
    assert_eq!(small.status(), 201, "a smaller file still fits the day");
    assert_eq!(others.status(), 201);
    // A day after the first files, they no longer count.
    app.clock.advance_millis(24 * 60 * 60 * 1000 + 1);
    let a_again = app.sign_in("a@example.jp").await.access.access_token;
    let next_day = photo_as(&app, Some(&a_again), "quota-a-0004-aaaaaaaaaa", 400_000).await;
    assert_eq!(next_day.status(), 201);
}

async fn one_residents_parallel_uploads_never_pass_the_quota(backend: Backend) {
    // Arrange: 24 read at once, room for five 100 kB files.
    let app = spawn_app_configured(backend, |c| {
        c.uploads_at_once = 24;
        c.resident_upload_bytes_per_day = 500_000;
    })
    .await;
    let token = app.sign_in("racer@example.jp").await.access.access_token;

    // Act: 24 at once.
    let uploads = (0..24).map(|n| {
        let token = token.clone();
        let app = &app;
        async move {
            photo_as(app, Some(&token), &format!("race-{n:04}-aaaaaaaaaaaaa"), 100_000)
                .await
                .status()
                .as_u16()
        }
    });
    let statuses = futures_util::future::join_all(uploads).await;

    // Assert: exactly five kept, every other refused for the quota.
    let kept = statuses.iter().filter(|s| **s == 201).count();
    let over = statuses.iter().filter(|s| **s == 413).count();
    assert_eq!((kept, over), (5, 19), "{statuses:?}");
}

async fn deleting_an_account_deletes_the_files_no_application_quotes(backend: Backend) {
    let app = spawn_app(backend).await;
    let signed_in = app.sign_in("leaving@example.jp").await;
    let token = signed_in.access.access_token;
    let receipt: AttachmentReceipt = photo_as(&app, Some(&token), "leaving-photo-0001-aaaaa", 10_000)
        .await
        .json()
        .await
        .unwrap();
    let path = format!("/api/v1/admin/attachments/{}", receipt.id);
    let clerk = app.staff_token(Role::Clerk).await;
    assert_eq!(app.get_as_staff(&path, &clerk).await.status(), 200);

    let deleted = delete_account(&app, &token, "leaving-delete-0001-aaaa").await;

    assert_eq!(deleted.status(), 204);
    assert_eq!(app.get_as_staff(&path, &clerk).await.status(), 404);
}

on_both_stores!(
    nobody_signed_in_gets_401_staff_403_and_nothing_is_kept,
    a_registered_kiosk_sends_files_until_it_is_revoked,
    a_residents_files_for_the_day_are_capped_and_nobody_else_is_held_back,
    one_residents_parallel_uploads_never_pass_the_quota,
    deleting_an_account_deletes_the_files_no_application_quotes,
);
