//! Notices (issue 13): staff author them by role, the feed shows what is current (publish time,
//! expiry, the latest state of a topic), the Server-Sent Events stream brings each change and
//! resumes from `Last-Event-ID`, personal notices reach only their account, and a notice published
//! through one instance reaches a stream held on another (PostgreSQL).

use std::time::Duration;

use madoguchi_domain::account::Role;
use madoguchi_domain::notice::{NoticeEvent, NoticeFeed, PersonalNoticeList};
use madoguchi_domain::{ApiError, ErrorCode, IDEMPOTENCY_KEY_HEADER, UnixMillis};
use madoguchi_server::clock::Clock as _;
use serde_json::{Value, json};

use crate::helpers::{
    Backend, ServerProcess, TestApp, TestDatabase, new_staff, on_both_stores, spawn_app, staff_sign_in,
};

const HOUR: i64 = 3_600_000;
/// How long a test waits for an event that should come at once.
const PATIENCE: Duration = Duration::from_secs(10);

pub(crate) fn evacuation(now: UnixMillis, topic: &str, title: &str) -> Value {
    json!({
        "title": {"ja": title, "en": "Evacuation order"},
        "body": {"ja": "夢咲小学校へ避難してください。"},
        "category": "disaster",
        "priority": "urgent",
        "rule": {"areas": ["yumesaki-3-chome"]},
        "expiresAt": now.0 + 24 * HOUR,
        "topic": topic,
    })
}

fn checkup(now: UnixMillis) -> Value {
    json!({
        "title": {"ja": "4か月児健康診査のご案内"},
        "body": {"ja": "お子さんが生後4か月になる月に、保健センターで健診を行います。"},
        "category": "childcare",
        "priority": "normal",
        "rule": {"childAgeMonths": {"min": 3, "max": 4}, "topics": ["childcare"]},
        "expiresAt": now.0 + 30 * 24 * HOUR,
        "procedure": "oversized-waste",
    })
}

static KEYS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

pub(crate) fn key() -> String {
    format!(
        "notice-test-key-{:08}",
        KEYS.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
    )
}

/// Publishes as a clerk; the created notice's JSON (the push tests publish this way too).
pub(crate) async fn publish(app: &TestApp, draft: &Value) -> Value {
    let response = app
        .post_json_as("/api/v1/admin/notices", &key(), draft, &app.clerk().await)
        .await;
    assert_eq!(response.status(), 201, "{}", response.text().await.unwrap());
    response.json().await.unwrap()
}

pub(crate) async fn feed(app: &TestApp) -> NoticeFeed {
    let response = app.get("/api/v1/notices").await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

fn titles(feed: &NoticeFeed) -> Vec<String> {
    feed.notices
        .iter()
        .map(|n| {
            n.content
                .title
                .get(&madoguchi_domain::LocaleTag::source())
                .unwrap()
                .to_owned()
        })
        .collect()
}

/// An open event stream, read event by event.
struct Stream {
    response: reqwest::Response,
    buffer: String,
}

impl Stream {
    async fn open(address: &str, path: &str, token: Option<&str>, last_event_id: Option<i64>) -> Stream {
        let mut request = reqwest::Client::new().get(format!("{address}{path}"));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(id) = last_event_id {
            request = request.header("Last-Event-ID", id.to_string());
        }
        let response = request.send().await.expect("the stream opens");
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-type"], "text/event-stream");
        Stream {
            response,
            buffer: String::new(),
        }
    }

    /// The next event (`event:` name and its `NoticeEvent`), skipping keep-alive comments; `None`
    /// if none comes within `wait`.
    async fn next(&mut self, wait: Duration) -> Option<(String, NoticeEvent)> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            while let Some(end) = self.buffer.find("\n\n") {
                let frame: String = self.buffer.drain(..end + 2).collect();
                let mut name = None;
                let mut data = None;
                let mut id = None;
                for line in frame.lines() {
                    if let Some(v) = line.strip_prefix("event: ") {
                        name = Some(v.to_owned());
                    } else if let Some(v) = line.strip_prefix("data: ") {
                        data = Some(v.to_owned());
                    } else if let Some(v) = line.strip_prefix("id: ") {
                        id = Some(v.parse::<i64>().unwrap());
                    }
                }
                if let (Some(name), Some(data)) = (name, data) {
                    let event: NoticeEvent = serde_json::from_str(&data).unwrap();
                    assert_eq!(id, Some(event.id.0), "the SSE id is the event's");
                    return Some((name, event));
                }
            }
            let chunk = tokio::time::timeout_at(deadline, self.response.chunk())
                .await
                .ok()?;
            let chunk = chunk.expect("the stream stays open")?;
            self.buffer.push_str(std::str::from_utf8(&chunk).unwrap());
        }
    }
}

/// The `title.ja` of a published event.
fn published_title(event: &NoticeEvent) -> String {
    match &event.change {
        madoguchi_domain::notice::NoticeChange::Published { notice } => notice
            .content
            .title
            .get(&madoguchi_domain::LocaleTag::source())
            .unwrap()
            .to_owned(),
        other => panic!("not a published notice: {other:?}"),
    }
}

async fn only_clerks_and_admins_author_notices(backend: Backend) {
    // Arrange
    let app = spawn_app(backend).await;
    let draft = evacuation(app.clock.now(), "evacuation-yumesaki-3-chome", "避難指示");
    let resident = app.sign_in("hanako@example.jp").await.access.access_token;
    let volunteer = app.staff_token(Role::Volunteer).await;
    let clerk = app.staff_token(Role::Clerk).await;
    let admin = app.staff_token(Role::Admin).await;

    // Act + Assert
    let anonymous = app.post_json("/api/v1/admin/notices", Some(&key()), &draft).await;
    assert_eq!(anonymous.status(), 401);
    for (who, token, status) in [("resident", &resident, 403), ("volunteer", &volunteer, 403)] {
        let response = app
            .post_json_as("/api/v1/admin/notices", &key(), &draft, token)
            .await;
        assert_eq!(response.status(), status, "{who}");
        assert_eq!(
            response.json::<ApiError>().await.unwrap().code,
            ErrorCode::Forbidden
        );
    }
    let response = app
        .post_json_as(
            "/api/v1/admin/notices/ntc-0/withdraw",
            &key(),
            &json!({}),
            &resident,
        )
        .await;
    assert_eq!(response.status(), 403, "withdrawing is staff's too");
    assert!(feed(&app).await.notices.is_empty(), "nothing was published");
    for (who, token) in [("clerk", &clerk), ("admin", &admin)] {
        let response = app
            .post_json_as("/api/v1/admin/notices", &key(), &draft, token)
            .await;
        assert_eq!(response.status(), 201, "{who}");
    }
    assert_eq!(
        feed(&app).await.notices.len(),
        1,
        "the admin's state replaced the clerk's (one topic)"
    );
}

async fn a_draft_with_problems_is_refused_with_each_problem_at_its_field(backend: Backend) {
    // Arrange
    let app = spawn_app(backend).await;
    let mut draft = evacuation(app.clock.now(), "Evacuation Order", "避難指示");
    draft["title"] = json!({"en": "Evacuation"});
    draft["priority"] = json!("critical");
    draft["rule"]["childAgeMonths"] = json!({"min": 6, "max": 3});
    draft["expiresAt"] = json!(app.clock.now().0 - HOUR);

    // Act
    let response = app
        .post_json_as("/api/v1/admin/notices", &key(), &draft, &app.clerk().await)
        .await;

    // Assert
    assert_eq!(response.status(), 422);
    let error: ApiError = response.json().await.unwrap();
    assert_eq!(error.code, ErrorCode::InvalidSubmission);
    let problems: Vec<(String, String)> = error
        .problems
        .into_iter()
        .map(|p| (p.field, p.message_id))
        .collect();
    let expected = [
        ("title.ja", "form-error-required"),
        ("priority", "form-error-choice"),
        ("rule.childAgeMonths", "notice-error-month-range"),
        ("expiresAt", "notice-error-expiry"),
        ("topic", "notice-error-key"),
    ];
    assert_eq!(problems, expected.map(|(f, m)| (f.to_owned(), m.to_owned())));
    let malformed = app
        .post_json_as(
            "/api/v1/admin/notices",
            &key(),
            &json!({"title": "避難指示"}),
            &app.clerk().await,
        )
        .await;
    assert_eq!(malformed.status(), 400);
    assert!(feed(&app).await.notices.is_empty());
}

async fn the_feed_carries_current_notices_with_their_rules_and_an_etag(backend: Backend) {
    // Arrange
    let app = spawn_app(backend).await;
    let now = app.clock.now();
    let empty = feed(&app).await;
    let mut later = checkup(now);
    later["publishAt"] = json!(now.0 + 2 * HOUR);
    later["title"] = json!({"ja": "来月の献血"});

    // Act
    publish(&app, &checkup(now)).await;
    publish(&app, &evacuation(now, "evacuation-yumesaki-3-chome", "避難指示")).await;
    publish(&app, &later).await;

    // Assert
    let shown = feed(&app).await;
    assert_eq!(
        titles(&shown),
        ["避難指示", "4か月児健康診査のご案内"],
        "urgent first; not the scheduled one"
    );
    assert!(shown.last_event_id > empty.last_event_id);
    let rule = &shown.notices[1].content.rule;
    assert_eq!(
        rule.child_age_months.unwrap().max,
        4,
        "the device matches the rule itself"
    );
    let response = app.get("/api/v1/notices").await;
    let etag = response.headers()["etag"].clone();
    let again = app
        .client
        .get(format!("{}/api/v1/notices", app.address))
        .header("if-none-match", etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    app.clock.advance_millis(2 * HOUR);
    assert_eq!(
        feed(&app).await.notices.len(),
        3,
        "the scheduled one shows from its publish time"
    );
}

async fn a_notice_leaves_the_feed_when_it_expires(backend: Backend) {
    // Arrange
    let app = spawn_app(backend).await;
    let mut draft = checkup(app.clock.now());
    draft["expiresAt"] = json!(app.clock.now().0 + HOUR);
    publish(&app, &draft).await;
    assert_eq!(feed(&app).await.notices.len(), 1);

    // Act
    app.clock.advance_millis(HOUR - 1);
    let before = feed(&app).await;
    app.clock.advance_millis(1);
    let after = feed(&app).await;

    // Assert
    assert_eq!(before.notices.len(), 1, "one millisecond before its expiry");
    assert!(after.notices.is_empty(), "at its expiry");
}

async fn the_latest_state_of_a_topic_replaces_the_earlier_ones(backend: Backend) {
    // Arrange
    let app = spawn_app(backend).await;
    let now = app.clock.now();
    publish(&app, &evacuation(now, "evacuation-yumesaki-3-chome", "避難指示")).await;
    publish(
        &app,
        &evacuation(now, "evacuation-yumesaki-4-chome", "避難指示(4丁目)"),
    )
    .await;
    app.clock.advance_millis(HOUR);

    // Act
    let mut lifted = evacuation(app.clock.now(), "evacuation-yumesaki-3-chome", "避難指示の解除");
    lifted["priority"] = json!("important");
    lifted["expiresAt"] = json!(app.clock.now().0 + 2 * HOUR);
    publish(&app, &lifted).await;

    // Assert
    assert_eq!(titles(&feed(&app).await), ["避難指示(4丁目)", "避難指示の解除"]);
    app.clock.advance_millis(3 * HOUR);
    assert_eq!(
        titles(&feed(&app).await),
        ["避難指示(4丁目)"],
        "the lifted order expired; the order it replaced does not come back"
    );
}

async fn staff_replace_and_withdraw_a_notice(backend: Backend) {
    // Arrange
    let app = spawn_app(backend).await;
    let clerk = app.clerk().await;
    let created = publish(&app, &checkup(app.clock.now())).await;
    let id = created["id"].as_str().unwrap();
    let mut corrected = checkup(app.clock.now());
    corrected["title"] = json!({"ja": "4か月児健康診査(日程変更)"});

    // Act
    let replaced = app
        .client
        .put(format!("{}/api/v1/admin/notices/{id}", app.address))
        .header(IDEMPOTENCY_KEY_HEADER, key())
        .bearer_auth(&clerk)
        .json(&corrected)
        .send()
        .await
        .unwrap();

    // Assert
    assert_eq!(replaced.status(), 200);
    let shown = feed(&app).await;
    assert_eq!(titles(&shown), ["4か月児健康診査(日程変更)"]);
    assert_eq!(shown.notices[0].revision, 2);
    let withdrawn = app
        .post_json_as(
            &format!("/api/v1/admin/notices/{id}/withdraw"),
            &key(),
            &json!({}),
            &clerk,
        )
        .await;
    assert_eq!(withdrawn.status(), 200);
    assert!(feed(&app).await.notices.is_empty());
    let again = app
        .post_json_as(
            &format!("/api/v1/admin/notices/{id}/withdraw"),
            &key(),
            &json!({}),
            &clerk,
        )
        .await;
    assert_eq!(again.status(), 404, "withdrawn already");
    let unknown = app
        .post_json_as(
            "/api/v1/admin/notices/ntc-nothing/withdraw",
            &key(),
            &json!({}),
            &clerk,
        )
        .await;
    assert_eq!(unknown.status(), 404);
}

async fn an_open_stream_receives_a_published_notice_at_once(backend: Backend) {
    // Arrange
    let app = spawn_app(backend).await;
    let mut stream = Stream::open(&app.address, "/api/v1/notices/stream", None, None).await;

    // Act
    publish(
        &app,
        &evacuation(app.clock.now(), "evacuation-yumesaki-3-chome", "避難指示"),
    )
    .await;

    // Assert
    let (name, event) = stream.next(PATIENCE).await.expect("the notice arrives");
    assert_eq!(name, "notice");
    assert_eq!(published_title(&event), "避難指示");
    assert_eq!(event.id, feed(&app).await.last_event_id);
}

async fn a_reconnecting_stream_first_gets_what_it_missed_in_order(backend: Backend) {
    // Arrange
    let app = spawn_app(backend).await;
    let now = app.clock.now();
    publish(&app, &evacuation(now, "evacuation-yumesaki-1-chome", "一")).await;
    let seen = feed(&app).await.last_event_id;
    publish(&app, &evacuation(now, "evacuation-yumesaki-2-chome", "二")).await;
    let created = publish(&app, &evacuation(now, "evacuation-yumesaki-3-chome", "三")).await;
    let id = created["id"].as_str().unwrap().to_owned();
    app.post_json_as(
        &format!("/api/v1/admin/notices/{id}/withdraw"),
        &key(),
        &json!({}),
        &app.clerk().await,
    )
    .await;

    // Act
    let mut stream = Stream::open(&app.address, "/api/v1/notices/stream", None, Some(seen.0)).await;

    // Assert
    let (_, second) = stream.next(PATIENCE).await.unwrap();
    let (_, third) = stream.next(PATIENCE).await.unwrap();
    let (name, withdrawn) = stream.next(PATIENCE).await.unwrap();
    assert_eq!(
        (published_title(&second), published_title(&third)),
        ("二".into(), "三".into())
    );
    assert_eq!(name, "withdrawn");
    assert!(seen < second.id && second.id < third.id && third.id < withdrawn.id);
    // Then live ones, without repeats.
    publish(&app, &evacuation(now, "evacuation-yumesaki-4-chome", "四")).await;
    let (_, fourth) = stream.next(PATIENCE).await.unwrap();
    assert_eq!(published_title(&fourth), "四");
    assert!(fourth.id > withdrawn.id);
}

async fn a_personal_notice_reaches_only_its_account(backend: Backend) {
    // Arrange: Hanako applies signed in; Taro is signed in too.
    let app = spawn_app(backend).await;
    let hanako = app.sign_in("hanako@example.jp").await.access.access_token;
    let taro = app.sign_in("taro@example.jp").await.access.access_token;
    let application = json!({
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
    });
    let submitted = app
        .post_json_as("/api/v1/applications", &key(), &application, &hanako)
        .await;
    assert_eq!(submitted.status(), 201, "{}", submitted.text().await.unwrap());
    let reference = submitted.json::<Value>().await.unwrap()["reference"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut hanakos = Stream::open(
        &app.address,
        "/api/v1/account/notices/stream",
        Some(&hanako),
        None,
    )
    .await;
    let mut taros = Stream::open(&app.address, "/api/v1/account/notices/stream", Some(&taro), None).await;

    // Act
    let changed = app
        .post_json_as(
            &format!("/api/v1/admin/applications/{reference}/status"),
            &key(),
            &json!({"status": "received"}),
            &app.clerk().await,
        )
        .await;
    assert_eq!(changed.status(), 200);

    // Assert
    let (name, event) = hanakos.next(PATIENCE).await.expect("Hanako hears of it");
    assert_eq!(name, "personal");
    let data = serde_json::to_value(&event.change).unwrap();
    assert_eq!(data["notice"]["subject"]["reference"], reference);
    assert_eq!(data["notice"]["subject"]["status"], "received");
    // Taro's stream gets the next public notice first, so nothing personal came before it.
    publish(
        &app,
        &evacuation(app.clock.now(), "evacuation-yumesaki-3-chome", "避難指示"),
    )
    .await;
    let (name, _) = taros.next(PATIENCE).await.unwrap();
    assert_eq!(name, "notice", "Taro never sees Hanako's");
    let list = |token: String| {
        let app = &app;
        async move {
            let response = app.get_as_staff("/api/v1/account/notices", &token).await;
            assert_eq!(response.status(), 200);
            response.json::<PersonalNoticeList>().await.unwrap()
        }
    };
    assert_eq!(list(hanako.clone()).await.notices.len(), 1);
    assert!(list(taro.clone()).await.notices.is_empty());
    // Taro reconnecting from the start of the sequence still gets none of Hanako's.
    let mut from_start = Stream::open(
        &app.address,
        "/api/v1/account/notices/stream",
        Some(&taro),
        Some(0),
    )
    .await;
    let (name, _) = from_start.next(PATIENCE).await.unwrap();
    assert_eq!(name, "notice");
    assert!(from_start.next(Duration::from_millis(300)).await.is_none());
    assert_eq!(app.get("/api/v1/account/notices").await.status(), 401);
    let anonymous = reqwest::get(format!("{}/api/v1/account/notices/stream", app.address))
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 401);
}

/// A restart (a deploy, SIGTERM) does not wait on the open streams: they end, the shutdown
/// finishes, and each client reconnects with its last id.
async fn open_streams_end_when_the_server_shuts_down(backend: Backend) {
    // Arrange: a public stream and a resident's own.
    let mut app = spawn_app(backend).await;
    let token = app.resident().await;
    let mut public = Stream::open(&app.address, "/api/v1/notices/stream", None, None).await;
    let mut own = Stream::open(&app.address, "/api/v1/account/notices/stream", Some(&token), None).await;

    // Act
    let finished = app.shut_down(PATIENCE).await;

    // Assert
    assert!(finished, "the shutdown finished with streams open");
    for stream in [&mut public, &mut own] {
        let rest = tokio::time::timeout(PATIENCE, async {
            let mut rest = Vec::new();
            while let Ok(Some(chunk)) = stream.response.chunk().await {
                rest.extend_from_slice(&chunk);
            }
            rest
        })
        .await
        .expect("the stream ended");
        assert!(
            !String::from_utf8_lossy(&rest).contains("event:"),
            "no event on the way out"
        );
    }
}

on_both_stores!(
    open_streams_end_when_the_server_shuts_down,
    only_clerks_and_admins_author_notices,
    a_draft_with_problems_is_refused_with_each_problem_at_its_field,
    the_feed_carries_current_notices_with_their_rules_and_an_etag,
    a_notice_leaves_the_feed_when_it_expires,
    the_latest_state_of_a_topic_replaces_the_earlier_ones,
    staff_replace_and_withdraw_a_notice,
    an_open_stream_receives_a_published_notice_at_once,
    a_reconnecting_stream_first_gets_what_it_missed_in_order,
    a_personal_notice_reaches_only_its_account,
);

/// The streams' own HTTP/1 path (`serve/event_stream.rs`), as a client on a plain socket sees it:
/// a request line that arrives in two pieces still opens a stream; the response carries the
/// city's security headers like any other; events come as HTTP/1.1 chunks; at shutdown the
/// stream sends its last chunk and the connection closes.
#[tokio::test]
async fn a_stream_over_a_plain_socket_is_http_1_1_with_the_citys_headers() {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    /// Reads until `wanted` has come; false if the connection closes or nothing more comes.
    async fn read_until(socket: &mut tokio::net::TcpStream, received: &mut Vec<u8>, wanted: &str) -> bool {
        tokio::time::timeout(PATIENCE, async {
            while !String::from_utf8_lossy(received).contains(wanted) {
                let mut buffer = [0u8; 4096];
                match socket.read(&mut buffer).await {
                    Ok(0) | Err(_) => return false,
                    Ok(read) => received.extend_from_slice(&buffer[..read]),
                }
            }
            true
        })
        .await
        .unwrap_or(false)
    }
    // Arrange
    let mut app = spawn_app(Backend::Sqlite).await;
    let host = app.address.trim_start_matches("http://").to_owned();
    let mut socket = tokio::net::TcpStream::connect(&host).await.unwrap();
    let mut received = Vec::new();

    // Act: the request line in two writes, apart; then a notice once the stream is open.
    socket.write_all(b"GET /api/v1/no").await.unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let rest = format!("tices/stream HTTP/1.1\r\nHost: {host}\r\n\r\n");
    socket.write_all(rest.as_bytes()).await.unwrap();
    assert!(
        read_until(&mut socket, &mut received, "\r\n\r\n").await,
        "the response head came"
    );
    publish(
        &app,
        &evacuation(app.clock.now(), "evacuation-yumesaki-3-chome", "避難指示"),
    )
    .await;
    assert!(
        read_until(&mut socket, &mut received, "event: notice").await,
        "the notice came"
    );
    assert!(app.shut_down(PATIENCE).await, "the shutdown finished");
    let closed = tokio::time::timeout(PATIENCE, socket.read_to_end(&mut received)).await;

    // Assert
    assert!(matches!(closed, Ok(Ok(_))), "the connection closed at shutdown");
    let text = String::from_utf8(received).unwrap();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
    let fields = head.to_ascii_lowercase();
    for field in [
        "content-type: text/event-stream",
        "transfer-encoding: chunked",
        "connection: close",
        "x-content-type-options: nosniff",
        "cache-control: no-store",
        "\r\ndate: ",
    ] {
        assert!(fields.contains(field), "{field:?} in {head}");
    }
    // The body, taken apart chunk by chunk as a client would, ends with the last (empty) chunk.
    let mut rest = body;
    let mut events = String::new();
    loop {
        let (size, after) = rest.split_once("\r\n").expect("a chunk's size line");
        let size = usize::from_str_radix(size, 16).expect("a hexadecimal size");
        if size == 0 {
            assert_eq!(after, "\r\n", "nothing after the last chunk");
            break;
        }
        events.push_str(&after[..size]);
        rest = after[size..]
            .strip_prefix("\r\n")
            .expect("a chunk ends with CRLF");
    }
    assert!(events.contains("event: notice\n"), "{events}");
    assert!(events.contains("避難指示"), "{events}");
}

/// Two server processes on one PostgreSQL: a notice a clerk publishes through instance A arrives
/// on a stream held on instance B (LISTEN/NOTIFY). PostgreSQL only: SQLite is one process's file.
#[tokio::test]
async fn a_notice_published_on_one_instance_reaches_a_stream_on_another() {
    // Arrange
    let database = TestDatabase::new(Backend::Postgres).await;
    let a = ServerProcess::start(&database.location);
    let b = ServerProcess::start(&database.location);
    let client = reqwest::Client::new();
    let clerk = new_staff(&database.location, Role::Clerk).await;
    let now = madoguchi_server::clock::Clock::now(&madoguchi_server::clock::SystemClock);
    let token = staff_sign_in(&client, &a.address, &clerk, now).await;
    let mut on_b = Stream::open(&b.address, "/api/v1/notices/stream", None, None).await;

    // Act
    let response = client
        .post(format!("{}/api/v1/admin/notices", a.address))
        .header(IDEMPOTENCY_KEY_HEADER, key())
        .bearer_auth(&token)
        .json(&evacuation(now, "evacuation-yumesaki-3-chome", "避難指示"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);

    // Assert
    let (name, event) = on_b.next(PATIENCE).await.expect("B passes A's notice on");
    assert_eq!(name, "notice");
    assert_eq!(published_title(&event), "避難指示");
    let on_b_feed: NoticeFeed = client
        .get(format!("{}/api/v1/notices", b.address))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(on_b_feed.last_event_id, event.id);
}
