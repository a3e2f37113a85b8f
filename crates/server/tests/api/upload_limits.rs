//! Many uploads at once cannot exhaust the server (`routes/attachments/gate.rs`): a fixed number
//! are read at a time and the next gets 503 `unavailable` at once, a body that stalls is cut off
//! with 408 `request_timeout`, one resident gets 30 uploads and one client address 120 per 15
//! minutes, and under a flood of 10 MiB files the server's memory stays bounded and the sender's
//! quota holds.

use std::time::{Duration, Instant};

use madoguchi_domain::{ApiError, ErrorCode, FileKind, IDEMPOTENCY_KEY_HEADER};
use madoguchi_server::storage::DatabaseLocation;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

use crate::attachments::{file_of, upload, upload_as};
use crate::helpers::{
    Backend, ServerProcess, TestApp, TestDatabase, new_kiosk, on_both_stores, spawn_app_configured,
};

/// An upload sent by hand over TCP, so a test decides when (and whether) its body ends.
struct HeldUpload {
    stream: TcpStream,
    rest: Vec<u8>,
}

impl HeldUpload {
    /// Sends the request's head (as the resident `token`) and the first `sent` bytes of `file`,
    /// and holds the rest.
    async fn start(address: &str, token: &str, key: &str, file: Vec<u8>, sent: usize) -> Self {
        let host = address.trim_start_matches("http://");
        let mut stream = TcpStream::connect(host).await.unwrap();
        let head = format!(
            "POST /api/v1/attachments?name=photo.jpg HTTP/1.1\r\nHost: {host}\r\n\
             Authorization: Bearer {token}\r\nContent-Type: image/jpeg\r\n\
             {IDEMPOTENCY_KEY_HEADER}: {key}\r\nContent-Length: {}\r\n\r\n",
            file.len()
        );
        stream.write_all(head.as_bytes()).await.unwrap();
        stream.write_all(&file[..sent]).await.unwrap();
        Self {
            stream,
            rest: file[sent..].to_vec(),
        }
    }

    /// Sends the rest of the body; the answer's status.
    async fn finish(mut self) -> u16 {
        let rest = std::mem::take(&mut self.rest);
        self.stream.write_all(&rest).await.unwrap();
        self.answer().await.0
    }

    /// Reads the answer (status and body) without sending more.
    async fn answer(mut self) -> (u16, String) {
        let mut read = Vec::new();
        let mut buffer = [0u8; 4096];
        // The answer is small and the server closes or keeps the connection: read until the head
        // and a JSON body are in.
        loop {
            let n = self.stream.read(&mut buffer).await.unwrap();
            read.extend_from_slice(&buffer[..n]);
            let text = String::from_utf8_lossy(&read);
            if n == 0 || (text.contains("\r\n\r\n") && text.trim_end().ends_with('}')) {
                break;
            }
        }
        let text = String::from_utf8_lossy(&read).into_owned();
        let status = text[9..12].parse().unwrap();
        (status, text)
    }
}

/// How many uploads the server has counted against client addresses (`routes/limits.rs`), read
/// from its database.
async fn uploads_counted(app: &TestApp) -> i64 {
    const SQL: &str =
        "SELECT CAST(coalesce(sum(hits), 0) AS BIGINT) FROM rate_limits WHERE bucket LIKE 'upload-client:%'";
    match app.database_location() {
        DatabaseLocation::Sqlite(path) => {
            let conn = rusqlite::Connection::open(path).unwrap();
            conn.query_row(SQL, [], |r| r.get(0)).unwrap()
        }
        DatabaseLocation::Postgres(url) => {
            let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await.unwrap();
            let connection = tokio::spawn(connection);
            let hits: i64 = client.query_one(SQL, &[]).await.unwrap().get(0);
            drop(client);
            let _ = connection.await;
            hits
        }
    }
}

/// A 50 kB photo uploaded whole with `key`.
async fn send_photo(app: &TestApp, key: &str) -> reqwest::Response {
    upload(app, "photo.jpg", "image/jpeg", key, photo()).await
}

fn photo() -> Vec<u8> {
    file_of(FileKind::Jpeg, 50_000)
}

async fn places_of(app: &TestApp, at_once: usize) -> Vec<HeldUpload> {
    let token = app.resident().await;
    let mut held = Vec::new();
    for n in 0..at_once {
        held.push(
            HeldUpload::start(
                &app.address,
                &token,
                &format!("held-upload-{n:04}-aaaaaaaa"),
                photo(),
                1_000,
            )
            .await,
        );
    }
    held
}

async fn an_upload_beyond_the_places_is_refused_at_once_with_503_and_retry_after(backend: Backend) {
    // Arrange: two places, both taken by uploads whose bodies are still arriving.
    let app = spawn_app_configured(backend, |c| c.uploads_at_once = 2).await;
    let held = places_of(&app, 2).await;

    // Act: once the server has counted both (each takes its place before it is counted), one more.
    let deadline = Instant::now() + Duration::from_secs(20);
    while uploads_counted(&app).await < 2 {
        assert!(
            Instant::now() < deadline,
            "the held uploads never took their places"
        );
        tokio::time::sleep(Duration::from_millis(20)).await; // polling the condition, not waiting it out
    }
    let refused = send_photo(&app, "one-too-many-0001-aaaaaa").await;

    // Assert: refused as passing trouble, with when to come back.
    assert_eq!(refused.status(), 503);
    assert!(refused.headers().contains_key("retry-after"));
    assert_eq!(
        refused.json::<ApiError>().await.unwrap().code,
        ErrorCode::Unavailable
    );
    for upload in held {
        assert_eq!(upload.finish().await, 201, "a held upload completes");
    }
    let after = send_photo(&app, "after-the-flood-0001-aaaa").await;
    assert_eq!(after.status(), 201, "the places are free again");
}

async fn a_body_that_stalls_is_cut_off_with_408_and_the_same_request_runs_later(backend: Backend) {
    // Arrange: bodies must arrive within one second here (120 by default).
    let app = spawn_app_configured(backend, |c| c.body_read_timeout_secs = 1).await;
    let file = photo();

    // Act: the first kilobyte, then nothing.
    let token = app.resident().await;
    let stalled = HeldUpload::start(
        &app.address,
        &token,
        "stalled-upload-0001-aaaa",
        file.clone(),
        1_000,
    )
    .await;
    let (status, text) = tokio::time::timeout(Duration::from_secs(20), stalled.answer())
        .await
        .expect("the server answers a stalled body");

    // Assert: 408 request_timeout; the key was not used up, so the same upload sent whole runs.
    assert_eq!(status, 408, "{text}");
    assert!(text.contains(r#""code":"request_timeout""#), "{text}");
    let again = upload(&app, "photo.jpg", "image/jpeg", "stalled-upload-0001-aaaa", file).await;
    assert_eq!(again.status(), 201);
}

async fn one_resident_gets_thirty_uploads_in_fifteen_minutes(backend: Backend) {
    let app = spawn_app_configured(backend, |_| {}).await;
    for n in 0..30 {
        let response = send_photo(&app, &format!("quota-{n:04}-aaaaaaaaaaaaa")).await;
        assert_eq!(response.status(), 201, "upload {n}");
    }

    let refused = send_photo(&app, "quota-0030-aaaaaaaaaaaaa").await;

    assert_eq!(refused.status(), 429);
    let retry_after: u64 = refused.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=900).contains(&retry_after), "{retry_after}");
    assert_eq!(
        refused.json::<ApiError>().await.unwrap().code,
        ErrorCode::RateLimited
    );
    let someone_else = app.sign_in("neighbour@example.jp").await.access.access_token;
    let theirs = upload_as(
        &app,
        Some(&someone_else),
        "a.jpg",
        "image/jpeg",
        "quota-other-0000-aaaaaaa",
        photo(),
    )
    .await;
    assert_eq!(theirs.status(), 201, "another resident is not held back");
    app.clock.advance_millis(15 * 60 * 1000);
    let next_window = send_photo(&app, "quota-0030-aaaaaaaaaaaaa").await;
    assert_eq!(next_window.status(), 201, "a 429 kept nothing for its key");
}

async fn one_client_address_gets_a_hundred_and_twenty_uploads_in_fifteen_minutes(backend: Backend) {
    // Four residents behind one address (a carrier's NAT, a library) send their thirty each.
    let app = spawn_app_configured(backend, |_| {}).await;
    let small = file_of(FileKind::Jpeg, 1_000);
    for resident in 0..4 {
        let token = app
            .sign_in(&format!("shared{resident}@example.jp"))
            .await
            .access
            .access_token;
        for n in 0..30 {
            let key = format!("shared-{resident}-{n:04}-aaaaaaaaaa");
            let response = upload_as(&app, Some(&token), "a.jpg", "image/jpeg", &key, small.clone()).await;
            assert_eq!(response.status(), 201, "resident {resident}, upload {n}");
        }
    }
    let fifth = app.sign_in("shared4@example.jp").await.access.access_token;

    let refused = upload_as(
        &app,
        Some(&fifth),
        "a.jpg",
        "image/jpeg",
        "shared-4-0000-aaaaaaaaaa",
        small,
    )
    .await;

    assert_eq!(refused.status(), 429);
    assert_eq!(
        refused.json::<ApiError>().await.unwrap().code,
        ErrorCode::RateLimited
    );
}

async fn two_hundred_parallel_ten_mib_uploads_keep_memory_bounded_and_the_quota_holds(backend: Backend) {
    // Arrange: the real server binary, so its memory is its own; a kiosk registered as an admin
    // does, with room for five 10 MiB files a day; one 10 MiB photo shared by every request.
    let database = TestDatabase::new(backend).await;
    let quota: u64 = 50 * 1024 * 1024 + 1024 * 1024;
    let server = ServerProcess::start_with(
        &database.location,
        &[("MADOGUCHI_KIOSK_UPLOAD_BYTES_PER_DAY", &quota.to_string())],
        None,
    );
    let (_, credential) = new_kiosk(&database.location, "中央図書館").await;
    let file = axum::body::Bytes::from(file_of(FileKind::Jpeg, 10 * 1024 * 1024));
    let client = reqwest::Client::new();
    let before = server.peak_memory_bytes();

    // Act
    let uploads = (0..200).map(|n| {
        let request = client
            .post(format!("{}/api/v1/attachments?name=photo.jpg", server.address))
            .bearer_auth(&credential)
            .header("content-type", "image/jpeg")
            .header(IDEMPOTENCY_KEY_HEADER, format!("flood-{n:04}-aaaaaaaaaaaaa"))
            .body(file.clone());
        async move { request.send().await.map(|r| r.status().as_u16()) }
    });
    let answers = futures_util::future::join_all(uploads).await;

    // Assert: every upload is kept or refused as passing (busy: 503; over the tries: 429) or for
    // the quota (413), never a failure; at most five are kept; the peak memory grew by far less
    // than two hundred files.
    let after = server.peak_memory_bytes();
    let count = |s: u16| answers.iter().filter(|a| matches!(a, Ok(x) if *x == s)).count();
    let growth_mib = (after.saturating_sub(before)) / (1024 * 1024);
    println!(
        "200 parallel 10 MiB uploads: {} kept (201), {} busy (503), {} over the tries (429), {} over the quota (413); peak memory {} MiB -> {} MiB (+{growth_mib} MiB)",
        count(201),
        count(503),
        count(429),
        count(413),
        before / (1024 * 1024),
        after / (1024 * 1024),
    );
    for answer in &answers {
        match answer {
            Ok(201 | 413 | 429 | 503) => {}
            other => panic!("an upload got {other:?}"),
        }
    }
    assert!(count(201) >= 1, "some uploads are kept");
    assert!(count(201) <= 5, "the kiosk's quota holds: {} kept", count(201));
    assert!(growth_mib < 400, "peak memory grew by {growth_mib} MiB");
}

on_both_stores!(
    an_upload_beyond_the_places_is_refused_at_once_with_503_and_retry_after,
    a_body_that_stalls_is_cut_off_with_408_and_the_same_request_runs_later,
    one_resident_gets_thirty_uploads_in_fifteen_minutes,
    one_client_address_gets_a_hundred_and_twenty_uploads_in_fifteen_minutes,
    two_hundred_parallel_ten_mib_uploads_keep_memory_bounded_and_the_quota_holds,
);
