use madoguchi_domain::{ApiError, AttachmentReceipt, ErrorCode, FileKind, IDEMPOTENCY_KEY_HEADER};

use crate::helpers::{Backend, TestApp, on_both_stores, spawn_app};

/// The smallest bytes each kind's signature accepts, padded to `len`.
pub fn file_of(kind: FileKind, len: usize) -> Vec<u8> {
    let mut bytes = match kind {
        FileKind::Pdf => b"%PDF-1.7\n".to_vec(),
        FileKind::Jpeg => vec![0xFF, 0xD8, 0xFF, 0xE0],
        FileKind::Png => vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A],
    };
    bytes.resize(len.max(bytes.len()), b'x');
    bytes
}

/// Uploads a file as the test's resident (`TestApp::resident`).
pub async fn upload(app: &TestApp, name: &str, mime: &str, key: &str, body: Vec<u8>) -> reqwest::Response {
    let token = app.resident().await;
    upload_as(app, Some(&token), name, mime, key, body).await
}

/// Uploads a file with `Authorization: Bearer <token>` (none when `token` is `None`).
pub async fn upload_as(
    app: &TestApp,
    token: Option<&str>,
    name: &str,
    mime: &str,
    key: &str,
    body: Vec<u8>,
) -> reqwest::Response {
    let mut request = app
        .client
        .post(format!("{}/api/v1/attachments", app.address))
        .query(&[("name", name)])
        .header("content-type", mime)
        .header(IDEMPOTENCY_KEY_HEADER, key)
        .body(body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await.expect("request reaches the server")
}

async fn a_photo_is_kept_byte_for_byte_and_staff_can_read_it_back(backend: Backend) {
    let app = spawn_app(backend).await;
    let photo = file_of(FileKind::Jpeg, 300_000);

    let response = upload(
        &app,
        "在留カード.jpg",
        "image/jpeg",
        "upload-key-000000000001",
        photo.clone(),
    )
    .await;

    assert_eq!(response.status(), 201);
    let receipt: AttachmentReceipt = response.json().await.unwrap();
    assert_eq!(receipt.name.as_str(), "在留カード.jpg");
    assert_eq!(receipt.kind, FileKind::Jpeg);
    assert_eq!(receipt.size, 300_000);
    assert!(
        receipt.id.starts_with("att-") && receipt.id.len() == 36,
        "{}",
        receipt.id
    );
    let stored = app
        .get_as_staff(
            &format!("/api/v1/admin/attachments/{}", receipt.id),
            &app.clerk().await,
        )
        .await;
    assert_eq!(stored.status(), 200);
    assert_eq!(stored.bytes().await.unwrap().as_ref(), photo.as_slice());
}

async fn a_retried_upload_is_kept_once_and_gets_the_same_receipt(backend: Backend) {
    let app = spawn_app(backend).await;
    let pdf = file_of(FileKind::Pdf, 5_000);
    let first: AttachmentReceipt = upload(
        &app,
        "住民票.pdf",
        "application/pdf",
        "upload-key-000000000002",
        pdf.clone(),
    )
    .await
    .json()
    .await
    .unwrap();
    let again = upload(
        &app,
        "住民票.pdf",
        "application/pdf",
        "upload-key-000000000002",
        pdf,
    )
    .await;
    assert_eq!(again.status(), 201);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    let second: AttachmentReceipt = again.json().await.unwrap();
    assert_eq!(first, second);
}

async fn a_file_over_the_limit_is_refused_as_too_large_but_one_at_the_limit_is_kept(backend: Backend) {
    let app = spawn_app(backend).await;
    let limit = 10 * 1024 * 1024;
    let over = upload(
        &app,
        "scan.pdf",
        "application/pdf",
        "upload-key-000000000003",
        file_of(FileKind::Pdf, limit + 1),
    )
    .await;
    assert_eq!(over.status(), 413);
    let error: ApiError = over.json().await.unwrap();
    assert_eq!(error.code, ErrorCode::AttachmentTooLarge);
    assert_eq!(error.message_id, "attachment-error-too-large");

    let at = upload(
        &app,
        "scan.pdf",
        "application/pdf",
        "upload-key-000000000004",
        file_of(FileKind::Pdf, limit),
    )
    .await;
    assert_eq!(at.status(), 201);
}

async fn a_file_whose_bytes_are_not_what_it_claims_is_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let png_as_pdf = upload(
        &app,
        "photo.pdf",
        "application/pdf",
        "upload-key-000000000005",
        file_of(FileKind::Png, 100),
    )
    .await;
    assert_eq!(png_as_pdf.status(), 415);
    assert_eq!(
        png_as_pdf.json::<ApiError>().await.unwrap().code,
        ErrorCode::AttachmentWrongKind
    );

    let program = upload(
        &app,
        "setup.exe",
        "application/x-msdownload",
        "upload-key-000000000006",
        b"MZ\x90\0".to_vec(),
    )
    .await;
    assert_eq!(program.status(), 415);

    let empty = upload(
        &app,
        "empty.png",
        "image/png",
        "upload-key-000000000007",
        Vec::new(),
    )
    .await;
    assert_eq!(empty.status(), 422);
    assert_eq!(
        empty.json::<ApiError>().await.unwrap().code,
        ErrorCode::InvalidAttachment
    );

    let path = upload(
        &app,
        "../../etc/passwd.png",
        "image/png",
        "upload-key-000000000008",
        file_of(FileKind::Png, 10),
    )
    .await;
    assert_eq!(path.status(), 422);
}

async fn attachments_are_for_staff_eyes_only(backend: Backend) {
    let app = spawn_app(backend).await;
    let receipt: AttachmentReceipt = upload(
        &app,
        "a.png",
        "image/png",
        "upload-key-000000000009",
        file_of(FileKind::Png, 10),
    )
    .await
    .json()
    .await
    .unwrap();
    let path = format!("/api/v1/admin/attachments/{}", receipt.id);
    assert_eq!(app.get(&path).await.status(), 401);
    assert_eq!(
        app.get_as_staff(&path, "wrong-token-wrong-token-wrong")
            .await
            .status(),
        401
    );
    assert_eq!(
        app.get_as_staff("/api/v1/admin/attachments/att-nope", &app.clerk().await)
            .await
            .status(),
        404
    );
}

on_both_stores!(
    a_photo_is_kept_byte_for_byte_and_staff_can_read_it_back,
    a_retried_upload_is_kept_once_and_gets_the_same_receipt,
    a_file_over_the_limit_is_refused_as_too_large_but_one_at_the_limit_is_kept,
    a_file_whose_bytes_are_not_what_it_claims_is_refused,
    attachments_are_for_staff_eyes_only,
);
