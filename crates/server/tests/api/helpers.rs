//! `spawn_app()`: the real server on a free port over a fresh database in a temporary folder, with
//! a clock the test can move and a known admin token.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use madoguchi_domain::{IDEMPOTENCY_KEY_HEADER, UnixMillis};
use madoguchi_server::clock::Clock;
use madoguchi_server::secret::AdminToken;
use madoguchi_server::{Application, ServerConfig};
use tokio::sync::oneshot;

/// The staff token every test server is configured with.
pub const ADMIN_TOKEN: &str = "yumesaki-staff-token-for-tests-0001";

/// 2026-11-24 09:00 JST, a Tuesday morning at city hall.
pub const START: UnixMillis = UnixMillis(1_795_478_400_000);

/// A clock that stands still until the test moves it.
pub struct TestClock(AtomicI64);

impl TestClock {
    pub fn advance_millis(&self, millis: i64) {
        self.0.fetch_add(millis, Ordering::SeqCst);
    }
}

impl Clock for TestClock {
    fn now(&self) -> UnixMillis {
        UnixMillis(self.0.load(Ordering::SeqCst))
    }
}

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub clock: Arc<TestClock>,
    _stop: oneshot::Sender<()>,
    _dir: tempfile::TempDir,
}

impl TestApp {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request reaches the server")
    }

    /// POSTs JSON with an idempotency key (none when `key` is `None`).
    pub async fn post_json(
        &self,
        path: &str,
        key: Option<&str>,
        body: &serde_json::Value,
    ) -> reqwest::Response {
        let mut request = self.client.post(format!("{}{path}", self.address)).json(body);
        if let Some(key) = key {
            request = request.header(IDEMPOTENCY_KEY_HEADER, key);
        }
        request.send().await.expect("request reaches the server")
    }

    /// GET with `Authorization: Bearer <token>`.
    pub async fn get_as_staff(&self, path: &str, token: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .bearer_auth(token)
            .send()
            .await
            .expect("request reaches the server")
    }
}

/// The demo city on a fresh database; `ui_dir` turns on web mode.
pub async fn spawn_app_with(ui_dir: Option<std::path::PathBuf>) -> TestApp {
    let dir = tempfile::tempdir().expect("temporary folder");
    let config = ServerConfig {
        port: 0,
        database: dir.path().join("city.sqlite3"),
        ui_dir,
        admin_token: Some(AdminToken::parse(ADMIN_TOKEN).expect("a long enough token")),
        ..ServerConfig::default()
    };
    let clock = Arc::new(TestClock(AtomicI64::new(START.0)));
    let app = Application::build_with_clock(&config, clock.clone())
        .await
        .expect("the server starts");
    let address = format!("http://{}", app.local_addr());
    let (stop, stopped) = oneshot::channel::<()>();
    tokio::spawn(app.run_until(async move {
        let _ = stopped.await;
    }));
    TestApp {
        address,
        client: reqwest::Client::new(),
        clock,
        _stop: stop,
        _dir: dir,
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(None).await
}
