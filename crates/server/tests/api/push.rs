//! Web Push (issue 13): the city's VAPID key, subscribing and ending a subscription by its secret,
//! and urgent notices pushed to a push service that is not ours: `tests/push/push_service.py`
//! checks each push's VAPID token with `py_vapid` and decrypts it with `http_ece`, in a real
//! process on this machine. Only urgent notices are pushed, once each, even with two instances on
//! one PostgreSQL.

use crate::notices::publish;
use std::io::{BufRead as _, BufReader, Write as _};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use madoguchi_domain::account::Role;
use madoguchi_domain::notice::push::{PushKey, base64url_decode};
use madoguchi_domain::{ApiError, ErrorCode, IDEMPOTENCY_KEY_HEADER, UnixMillis};
use madoguchi_server::clock::Clock as _;
use serde_json::{Value, json};

use crate::helpers::{
    Backend, ServerProcess, TestApp, TestDatabase, new_staff, on_both_stores, spawn_app,
    spawn_app_configured, spawn_app_with_database, staff_sign_in,
};
use crate::notices::{evacuation, key};

const SUBSCRIPTIONS: &str = "/api/v1/push/subscriptions";
const HOUR: i64 = 3_600_000;
/// How long a test waits for a push that should come at once.
const PATIENCE: Duration = Duration::from_secs(15);

/// The independent push service (see the module docs), stopped when dropped.
struct PushService {
    child: Child,
    /// Its subscription's JSON (endpoint and keys), as a browser would send it.
    subscription: Value,
    origin: String,
    received: tokio::sync::mpsc::UnboundedReceiver<Value>,
}

impl PushService {
    /// The interpreter: `MADOGUCHI_PUSH_PYTHON` (set by `cargo xtask test`), else the venv
    /// `cargo xtask setup` makes under the build cache. Never skipped: without it the test fails
    /// and says how to get it.
    fn python() -> std::path::PathBuf {
        if let Some(python) = std::env::var_os("MADOGUCHI_PUSH_PYTHON") {
            return python.into();
        }
        let cache = std::env::var_os("MADOGUCHI_CACHE_DIR").map_or_else(
            || {
                std::path::PathBuf::from(std::env::var_os("HOME").unwrap_or_else(|| "/tmp".into()))
                    .join(".cache/madoguchi")
            },
            std::path::PathBuf::from,
        );
        let python = cache.join("push-interop/bin/python3");
        assert!(
            python.exists(),
            "no Python with http_ece and py_vapid at {}: run `cargo xtask setup` (or set MADOGUCHI_PUSH_PYTHON)",
            python.display()
        );
        python
    }

    fn start() -> Self {
        let script =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/push/push_service.py");
        let mut child = Command::new(Self::python())
            .arg(script)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the push service starts");
        let stdout = child.stdout.take().expect("piped stdout");
        let (first, first_line) = std::sync::mpsc::channel();
        let (sent, received) = tokio::sync::mpsc::unbounded_channel();
        std::thread::spawn(move || {
            let mut lines = BufReader::new(stdout).lines().map_while(Result::ok);
            if let Some(line) = lines.next() {
                let _ = first.send(line);
            }
            for line in lines {
                let _ = sent.send(serde_json::from_str::<Value>(&line).expect("a JSON line"));
            }
        });
        let line = first_line
            .recv_timeout(Duration::from_secs(30))
            .expect("the push service prints its subscription");
        let mut subscription: Value = serde_json::from_str(&line).unwrap();
        let origin = subscription["origin"].as_str().unwrap().to_owned();
        subscription.as_object_mut().unwrap().remove("origin");
        Self {
            child,
            subscription,
            origin,
            received,
        }
    }

    /// The same browser keys at another endpoint of the service (`/gone/…` answers 410).
    fn subscription_at(&self, path: &str) -> Value {
        let mut subscription = self.subscription.clone();
        subscription["endpoint"] = json!(format!("{}{path}", self.origin));
        subscription
    }

    /// The next push received, or `None` if none comes within `wait`.
    async fn next(&mut self, wait: Duration) -> Option<Value> {
        tokio::time::timeout(wait, self.received.recv())
            .await
            .ok()
            .flatten()
    }

    async fn expect_push(&mut self) -> Value {
        self.next(PATIENCE).await.expect("a push arrives")
    }
}

impl Drop for PushService {
    fn drop(&mut self) {
        if let Some(mut stdin) = self.child.stdin.take() {
            let _ = stdin.flush();
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A test server that takes the local push service's plain-http endpoint, its clock moved to the
/// wall clock's now (and pinned there): the push service checks the VAPID token's expiry by its
/// own clock, as every push service does.
async fn spawn_pushing_app(backend: Backend) -> TestApp {
    let app = spawn_app_configured(backend, |c| c.push_allow_loopback_http = true).await;
    let wall = madoguchi_server::clock::SystemClock.now();
    app.clock.advance_millis(wall.0 - app.clock.now().0);
    app
}

async fn subscribe(app: &TestApp, subscription: &Value) -> reqwest::Response {
    app.post_json(SUBSCRIPTIONS, Some(&key()), subscription).await
}

async fn unsubscribe(app: &TestApp, endpoint: &Value, auth: &str) -> reqwest::Response {
    app.client
        .delete(format!("{}{SUBSCRIPTIONS}", app.address))
        .header(IDEMPOTENCY_KEY_HEADER, key())
        .json(&json!({ "endpoint": endpoint, "auth": auth }))
        .send()
        .await
        .unwrap()
}

fn urgent(now: UnixMillis, topic: &str, title: &str) -> Value {
    evacuation(now, topic, title)
}

fn normal(now: UnixMillis) -> Value {
    json!({
        "title": {"ja": "粗大ごみの収集日が変わります"},
        "body": {"ja": "12月から第2・第4水曜日になります。"},
        "category": "general",
        "priority": "normal",
        "rule": {},
        "expiresAt": now.0 + 7 * 24 * HOUR,
    })
}

async fn public_key(address: &str) -> String {
    let response = reqwest::get(format!("{address}/api/v1/push/key")).await.unwrap();
    assert_eq!(response.status(), 200);
    response.json::<PushKey>().await.unwrap().public_key
}

/// How many subscriptions the store keeps (read beside the running server, as staff tools do).
async fn kept_subscriptions(app: &TestApp) -> Vec<String> {
    let store = madoguchi_server::storage::open(app.database_location())
        .await
        .unwrap();
    store
        .push_subscriptions_after(0, 100)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.subscription.endpoint.as_str().to_owned())
        .collect()
}

async fn the_key_is_public_a_point_on_p256_and_kept_across_restarts(backend: Backend) {
    // Arrange
    let database = TestDatabase::new(backend).await;
    let mut first = spawn_app_with_database(&database).await;

    // Act: read by anyone, twice, then again after a restart on the same database.
    let key = public_key(&first.address).await;
    let again = public_key(&first.address).await;
    assert!(first.shut_down(PATIENCE).await);
    let restarted = spawn_app_with_database(&database).await;
    let after_restart = public_key(&restarted.address).await;

    // Assert
    assert_eq!(key, again);
    assert_eq!(
        key, after_restart,
        "browsers subscribed with it: it must not change"
    );
    let point = base64url_decode(&key).unwrap();
    assert_eq!(point.len(), 65);
    assert!(madoguchi_server::push::ece::public_key(&point).is_some());
}

async fn anyone_may_subscribe_and_subscribing_again_renews(backend: Backend) {
    // Arrange: no token at all (the city does not learn whose browser it is).
    let app = spawn_pushing_app(backend).await;
    let service = PushService::start();

    // Act
    let first = subscribe(&app, &service.subscription).await;
    let second = subscribe(&app, &service.subscription).await;

    // Assert
    assert_eq!(first.status(), 201, "{}", first.text().await.unwrap());
    assert_eq!(second.status(), 200);
    assert_eq!(kept_subscriptions(&app).await.len(), 1);
}

async fn a_bad_subscription_is_refused_at_each_field(backend: Backend) {
    // Arrange
    let app = spawn_pushing_app(backend).await;
    let strict = spawn_app(backend).await;
    let service = PushService::start();
    let fields = |error: &ApiError| error.problems.iter().map(|p| p.field.clone()).collect::<Vec<_>>();

    // Act + Assert: every part wrong at once.
    let response = subscribe(
        &app,
        &json!({"endpoint": "ftp://push.example.net/x", "keys": {"p256dh": "AAAA", "auth": "short"}}),
    )
    .await;
    assert_eq!(response.status(), 422);
    let error: ApiError = response.json().await.unwrap();
    assert_eq!(error.code, ErrorCode::InvalidSubmission);
    assert_eq!(fields(&error), ["endpoint", "keys.p256dh", "keys.auth"]);
    assert!(
        error
            .problems
            .iter()
            .all(|p| p.message_id == "push-error-subscription")
    );

    // A 65-byte point that is not on P-256.
    let mut off_curve = service.subscription.clone();
    let mut point = base64url_decode(off_curve["keys"]["p256dh"].as_str().unwrap()).unwrap();
    point[64] ^= 1;
    off_curve["keys"]["p256dh"] = json!(madoguchi_domain::notice::push::base64url_encode(&point));
    let response = subscribe(&app, &off_curve).await;
    assert_eq!(response.status(), 422);
    assert_eq!(fields(&response.json().await.unwrap()), ["keys.p256dh"]);

    // Plain http elsewhere than this machine, even where loopback http is allowed.
    let response = subscribe(
        &app,
        &json!({"endpoint": "http://push.example.net/x", "keys": service.subscription["keys"]}),
    )
    .await;
    assert_eq!(response.status(), 422);
    assert_eq!(fields(&response.json().await.unwrap()), ["endpoint"]);

    // An https host that is not one of the city's push services (by default the browsers'): the
    // city would POST to it at every urgent notice. A browser's own service is taken.
    for endpoint in [
        "https://intranet.city.example/admin",
        "https://127.0.0.1:8443/x",
        "https://notfcm.googleapis.com/x",
    ] {
        let response = subscribe(
            &app,
            &json!({"endpoint": endpoint, "keys": service.subscription["keys"]}),
        )
        .await;
        assert_eq!(response.status(), 422, "{endpoint}");
        assert_eq!(
            fields(&response.json().await.unwrap()),
            ["endpoint"],
            "{endpoint}"
        );
    }
    let response = subscribe(
        &app,
        &json!({"endpoint": "https://fcm.googleapis.com/fcm/send/e2e-listed", "keys": service.subscription["keys"]}),
    )
    .await;
    assert_eq!(response.status(), 201);

    // Loopback http itself only when the city allows it (off by default).
    let response = subscribe(&strict, &service.subscription).await;
    assert_eq!(response.status(), 422);
    assert_eq!(fields(&response.json().await.unwrap()), ["endpoint"]);

    // Not a subscription at all: 400, never 500.
    let response = app
        .post_json(SUBSCRIPTIONS, Some(&key()), &json!({"endpoint": 7}))
        .await;
    assert_eq!(response.status(), 400);
    assert_eq!(
        kept_subscriptions(&app).await,
        ["https://fcm.googleapis.com/fcm/send/e2e-listed"],
        "only the browser's service's subscription is kept"
    );
}

async fn an_urgent_notice_is_pushed_once_as_the_rfcs_say_and_nothing_else_is(backend: Backend) {
    // Arrange
    let app = spawn_pushing_app(backend).await;
    let mut service = PushService::start();
    assert_eq!(subscribe(&app, &service.subscription).await.status(), 201);
    let now = app.clock.now();
    let city_key = public_key(&app.address).await;

    // Act: an urgent notice, a normal one, then a later state of the urgent one's topic.
    let evacuation = publish(
        &app,
        &urgent(now, "evacuation-yumesaki-3-chome", "避難指示(夢咲3丁目)"),
    )
    .await;
    let first = service.expect_push().await;
    publish(&app, &normal(now)).await;
    let lifted = publish(
        &app,
        &urgent(now, "evacuation-yumesaki-3-chome", "避難指示を解除"),
    )
    .await;
    let second = service.expect_push().await;

    // Assert: what the push service saw, read by its own libraries.
    assert_eq!(first["status"], 201);
    assert_eq!(first["contentEncoding"], "aes128gcm");
    assert_eq!(first["contentType"], "application/octet-stream");
    assert_eq!(first["urgency"], "high");
    assert_eq!(first["ttl"], "86400", "the notice expires in 24 hours");
    let vapid = &first["vapid"];
    assert_eq!(vapid["valid"], true, "{vapid}");
    assert_eq!(vapid["key"], city_key.as_str());
    assert_eq!(vapid["claims"]["aud"], service.origin.as_str());
    let payload = &first["payload"];
    assert_eq!(payload["notice"]["id"], evacuation["id"], "{first}");
    assert_eq!(payload["notice"]["title"], evacuation["title"], "{evacuation}");
    assert_eq!(payload["notice"]["priority"], "urgent");
    assert_eq!(payload["notice"]["revision"], 1);
    assert!(payload["eventId"].as_i64().unwrap() > 0);
    let topic = first["topic"].as_str().unwrap();
    assert_eq!(topic.len(), 32);
    assert!(
        topic
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    );

    // The normal notice came between the two and was not pushed: the next push is the lift.
    assert_eq!(second["payload"]["notice"]["id"], lifted["id"], "{second}");
    assert_eq!(
        second["topic"], first["topic"],
        "the same topic replaces the waiting one"
    );
    assert_eq!(
        service.next(Duration::from_millis(500)).await,
        None,
        "one push per urgent notice"
    );
}

async fn a_subscription_its_push_service_says_is_gone_is_forgotten(backend: Backend) {
    // Arrange: one live subscription and one whose endpoint answers 410 Gone.
    let app = spawn_pushing_app(backend).await;
    let mut service = PushService::start();
    let gone = service.subscription_at("/gone/1");
    assert_eq!(subscribe(&app, &service.subscription).await.status(), 201);
    assert_eq!(subscribe(&app, &gone).await.status(), 201);
    let now = app.clock.now();

    // Act: two pushes of the first notice (one refused as gone), then a second notice.
    publish(&app, &urgent(now, "flood-yumesaki", "洪水警報")).await;
    let mut paths = [
        service.expect_push().await["path"].as_str().unwrap().to_owned(),
        service.expect_push().await["path"].as_str().unwrap().to_owned(),
    ];
    paths.sort();
    publish(&app, &urgent(now, "flood-yumesaki", "洪水警報(続報)")).await;
    let next = service.expect_push().await;

    // Assert: the gone one is no longer kept, and the second notice reached only the live one.
    assert_eq!(paths[0], "/gone/1");
    assert!(paths[1].starts_with("/push/"));
    assert!(next["path"].as_str().unwrap().starts_with("/push/"), "{next}");
    assert_eq!(
        kept_subscriptions(&app).await,
        [service.subscription["endpoint"].as_str().unwrap()]
    );
    assert_eq!(service.next(Duration::from_millis(500)).await, None);
}

async fn ending_a_subscription_needs_its_secret(backend: Backend) {
    // Arrange
    let app = spawn_pushing_app(backend).await;
    let mut service = PushService::start();
    assert_eq!(subscribe(&app, &service.subscription).await.status(), 201);
    let endpoint = &service.subscription["endpoint"].clone();
    let auth = service.subscription["keys"]["auth"].as_str().unwrap().to_owned();
    let now = app.clock.now();

    // Act + Assert: another's secret (or none that could be one) ends nothing.
    for wrong in ["AAAAAAAAAAAAAAAAAAAAAA", "not-a-secret"] {
        let response = unsubscribe(&app, endpoint, wrong).await;
        assert_eq!(response.status(), 404);
        assert_eq!(
            response.json::<ApiError>().await.unwrap().code,
            ErrorCode::NotFound
        );
    }
    publish(&app, &urgent(now, "storm", "暴風警報")).await;
    assert_eq!(service.expect_push().await["status"], 201, "still subscribed");

    // Its own secret ends it; a second time there is nothing to end.
    assert_eq!(unsubscribe(&app, endpoint, &auth).await.status(), 204);
    assert!(kept_subscriptions(&app).await.is_empty());
    assert_eq!(unsubscribe(&app, endpoint, &auth).await.status(), 404);
}

async fn subscribing_is_limited_per_client(backend: Backend) {
    // Arrange
    let app = spawn_pushing_app(backend).await;
    let service = PushService::start();

    // Act: the limit's worth of renewals, then one more.
    for _ in 0..30 {
        assert!(subscribe(&app, &service.subscription).await.status().is_success());
    }
    let over = subscribe(&app, &service.subscription).await;

    // Assert
    assert_eq!(over.status(), 429);
    assert!(over.headers().contains_key("retry-after"));
}

/// An urgent notice published for later is pushed at its publish time, not before: another sent
/// meanwhile arrives first; once the clock passes the time, the held one follows.
async fn an_urgent_notice_for_later_is_pushed_when_it_is_due(backend: Backend) {
    // Arrange
    let app = spawn_pushing_app(backend).await;
    let mut service = PushService::start();
    assert_eq!(subscribe(&app, &service.subscription).await.status(), 201);
    let now = app.clock.now();
    let mut later = urgent(now, "evacuation-drill", "避難訓練のお知らせ");
    later["publishAt"] = json!(now.0 + HOUR);

    // Act
    let held = publish(&app, &later).await;
    let at_once = publish(&app, &urgent(now, "storm", "暴風警報")).await;
    let first = service.expect_push().await;
    app.clock.advance_millis(HOUR);
    let second = service.expect_push().await;

    // Assert
    assert_eq!(first["payload"]["notice"]["id"], at_once["id"], "{first}");
    assert_eq!(second["payload"]["notice"]["id"], held["id"], "{second}");
    assert_eq!(second["ttl"], "82800", "23 hours were left of its 24");
}

on_both_stores!(
    the_key_is_public_a_point_on_p256_and_kept_across_restarts,
    anyone_may_subscribe_and_subscribing_again_renews,
    a_bad_subscription_is_refused_at_each_field,
    an_urgent_notice_is_pushed_once_as_the_rfcs_say_and_nothing_else_is,
    a_subscription_its_push_service_says_is_gone_is_forgotten,
    ending_a_subscription_needs_its_secret,
    subscribing_is_limited_per_client,
    an_urgent_notice_for_later_is_pushed_when_it_is_due,
);

/// Two server processes on one PostgreSQL: both see every notice event, one pushes it. The second
/// notice goes through the other instance; the push service must then have seen each notice once.
/// PostgreSQL only: SQLite is one process's file.
#[tokio::test]
async fn with_two_instances_on_one_database_each_urgent_notice_is_pushed_once() {
    // Arrange
    let database = TestDatabase::new(Backend::Postgres).await;
    let loopback = [("MADOGUCHI_PUSH_ALLOW_LOOPBACK_HTTP", "1")];
    let a = ServerProcess::start_with(&database.location, &loopback, None);
    let b = ServerProcess::start_with(&database.location, &loopback, None);
    let mut service = PushService::start();
    let client = reqwest::Client::new();
    let clerk = new_staff(&database.location, Role::Clerk).await;
    let now = madoguchi_server::clock::SystemClock.now();
    // One session serves both instances (it is kept in the database; a TOTP code signs in once).
    let token = staff_sign_in(&client, &a.address, &clerk, now).await;
    assert_eq!(public_key(&a.address).await, public_key(&b.address).await);
    let subscribed = client
        .post(format!("{}{SUBSCRIPTIONS}", a.address))
        .header(IDEMPOTENCY_KEY_HEADER, key())
        .json(&service.subscription)
        .send()
        .await
        .unwrap();
    assert_eq!(subscribed.status(), 201);

    // Act
    let mut ids = Vec::new();
    for (address, title) in [(&a.address, "避難指示"), (&b.address, "避難指示(続報)")] {
        let created: Value = client
            .post(format!("{address}/api/v1/admin/notices"))
            .header(IDEMPOTENCY_KEY_HEADER, key())
            .bearer_auth(&token)
            .json(&urgent(now, "evacuation-yumesaki-3-chome", title))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        ids.push(created["id"].clone());
        let push = service.expect_push().await;
        assert_eq!(push["vapid"]["valid"], true, "{push}");
        assert_eq!(push["payload"]["notice"]["id"], created["id"], "{push}");
    }

    // Assert: nothing more came (a second instance's copy would have come with the first).
    assert_eq!(service.next(Duration::from_secs(1)).await, None);
    assert_ne!(ids[0], ids[1]);
}
