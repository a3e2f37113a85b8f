//! `spawn_app(backend)`: the real server on a free port over a fresh database — a SQLite file in
//! a temporary folder, or a PostgreSQL database created for the test and dropped after it — with
//! a clock the test can move and a known admin token. `on_both_stores!` runs a test on each.
//!
//! PostgreSQL comes from `MADOGUCHI_TEST_POSTGRES_URL` (an admin URL; `cargo xtask test` sets it
//! to the server it found or started), else the one on 127.0.0.1:5432.

use std::io::{BufRead as _, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use madoguchi_domain::{IDEMPOTENCY_KEY_HEADER, UnixMillis};
use madoguchi_server::clock::Clock;
use madoguchi_server::secret::AdminToken;
use madoguchi_server::storage::DatabaseLocation;
use madoguchi_server::{Application, ServerConfig};
use tokio::sync::oneshot;

/// The staff token every test server is configured with.
pub const ADMIN_TOKEN: &str = "yumesaki-staff-token-for-tests-0001";

/// 2026-11-24 09:00 JST, a Tuesday morning at city hall.
pub const START: UnixMillis = UnixMillis(1_795_478_400_000);

/// Runs each named `async fn name(backend: Backend)` of the calling module as two tests,
/// `sqlite::name` and `postgres::name`, so every API test is a contract both stores must keep.
macro_rules! on_both_stores {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $name() {
                    super::$name(crate::helpers::Backend::Sqlite).await
                }
            )+
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $name() {
                    super::$name(crate::helpers::Backend::Postgres).await
                }
            )+
        }
    };
}
pub(crate) use on_both_stores;

/// Which store a test's server runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

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

/// The admin URL of the test PostgreSQL.
pub fn postgres_admin_url() -> String {
    std::env::var("MADOGUCHI_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned())
}

/// `url` with its database name replaced (keeping user, host, port and options).
pub fn with_database(url: &str, name: &str) -> String {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    let (base, query) = match url[after_scheme..].find('/') {
        Some(slash) => {
            let rest = &url[after_scheme + slash + 1..];
            let query = rest.find('?').map(|q| &rest[q..]).unwrap_or("");
            (&url[..after_scheme + slash], query)
        }
        None => match url.find('?') {
            Some(q) => (&url[..q], &url[q..]),
            None => (url, ""),
        },
    };
    format!("{base}/{name}{query}")
}

/// A fresh, empty database for one test, removed when dropped.
pub struct TestDatabase {
    pub location: DatabaseLocation,
    dir: tempfile::TempDir,
    postgres_name: Option<String>,
}

impl TestDatabase {
    pub async fn new(backend: Backend) -> Self {
        let dir = tempfile::tempdir().expect("temporary folder");
        match backend {
            Backend::Sqlite => Self {
                location: DatabaseLocation::Sqlite(dir.path().join("city.sqlite3")),
                dir,
                postgres_name: None,
            },
            Backend::Postgres => {
                let name = format!("madoguchi_test_{}", random_hex());
                admin_sql(&format!("CREATE DATABASE {name}")).await;
                Self {
                    location: DatabaseLocation::Postgres(with_database(&postgres_admin_url(), &name)),
                    dir,
                    postgres_name: Some(name),
                }
            }
        }
    }

    /// A folder that lives as long as the database (for files a test writes beside it).
    pub fn dir(&self) -> &std::path::Path {
        self.dir.path()
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let Some(name) = self.postgres_name.take() else {
            return;
        };
        // Drop runs inside the test's runtime, which cannot block on itself: a thread with its
        // own runtime drops the database (FORCE ends the stopped server's pooled connections).
        let dropped = std::thread::spawn(move || {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime")
                .block_on(admin_sql(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")));
        })
        .join();
        if dropped.is_err() && !std::thread::panicking() {
            panic!("could not drop the test database");
        }
    }
}

/// Runs one statement on the admin database.
pub async fn admin_sql(sql: &str) {
    let url = postgres_admin_url();
    let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .unwrap_or_else(|e| {
            panic!(
                "no PostgreSQL at {url} ({e}): `cargo xtask test` finds or starts one and sets MADOGUCHI_TEST_POSTGRES_URL"
            )
        });
    let connection = tokio::spawn(connection);
    client.batch_execute(sql).await.expect(sql);
    drop(client);
    let _ = connection.await;
}

fn random_hex() -> String {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).expect("randomness");
    madoguchi_domain::hex::to_hex(&bytes)
}

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub clock: Arc<TestClock>,
    location: DatabaseLocation,
    _stop: oneshot::Sender<()>,
    /// The database the app owns (dropped after it), if it was made for it.
    _database: Option<TestDatabase>,
}

impl TestApp {
    pub fn database_location(&self) -> &DatabaseLocation {
        &self.location
    }

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

    /// POSTs JSON with an idempotency key and `Authorization: Bearer <token>`.
    pub async fn post_json_as(
        &self,
        path: &str,
        key: &str,
        body: &serde_json::Value,
        token: &str,
    ) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.address))
            .json(body)
            .header(IDEMPOTENCY_KEY_HEADER, key)
            .bearer_auth(token)
            .send()
            .await
            .expect("request reaches the server")
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

/// The configuration every test server gets, on `database`.
pub fn test_config(database: DatabaseLocation, ui_dir: Option<std::path::PathBuf>) -> ServerConfig {
    ServerConfig {
        port: 0,
        database,
        ui_dir,
        admin_token: Some(AdminToken::parse(ADMIN_TOKEN).expect("a long enough token")),
        ..ServerConfig::default()
    }
}

/// The demo city on a fresh database; `ui_dir` turns on web mode.
pub async fn spawn_app_with(backend: Backend, ui_dir: Option<std::path::PathBuf>) -> TestApp {
    let database = TestDatabase::new(backend).await;
    let mut app = start(database.location.clone(), ui_dir).await;
    app._database = Some(database);
    app
}

/// The demo city on a database the test keeps (to look at it, or open it again after).
pub async fn spawn_app_with_database(database: &TestDatabase) -> TestApp {
    start(database.location.clone(), None).await
}

async fn start(location: DatabaseLocation, ui_dir: Option<std::path::PathBuf>) -> TestApp {
    let config = test_config(location.clone(), ui_dir);
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
        location,
        _stop: stop,
        _database: None,
    }
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, None).await
}

/// A `madoguchi-server` process on a free port, killed when dropped.
pub struct ServerProcess {
    child: Child,
    pub address: String,
}

impl ServerProcess {
    pub fn start(database: &DatabaseLocation) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_madoguchi-server"))
            .env("MADOGUCHI_DATABASE", database.raw())
            .env("MADOGUCHI_PORT", "0")
            .env("MADOGUCHI_ADMIN_TOKEN", ADMIN_TOKEN)
            .env("MADOGUCHI_CONFIG", "/nonexistent/madoguchi.toml")
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the server binary starts");
        let stdout = child.stdout.take().expect("piped stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("the server prints its address");
        let address = line
            .trim()
            .strip_prefix("madoguchi-server listening on ")
            .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
            .to_owned();
        Self { child, address }
    }

    /// SIGKILL: no graceful shutdown, no flushing, as a crash or the OOM killer would.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

#[test]
fn a_database_name_replaces_only_the_path_of_the_url() {
    assert_eq!(
        with_database("postgres://postgres@127.0.0.1:5432/postgres", "t1"),
        "postgres://postgres@127.0.0.1:5432/t1"
    );
    assert_eq!(
        with_database("postgresql://u:p@h:5433/db?sslmode=disable", "t2"),
        "postgresql://u:p@h:5433/t2?sslmode=disable"
    );
    assert_eq!(with_database("postgres://u@h:1", "t3"), "postgres://u@h:1/t3");
}
