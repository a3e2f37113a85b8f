//! `spawn_app(backend)`: the real server on a free port over a fresh database — a SQLite file in
//! a temporary folder, or a PostgreSQL database created for the test and dropped after it — with
//! a clock the test can move and its own SMTP sink for the sign-in mail. `on_both_stores!` runs a
//! test on each. Staff sign in as staff would (`TestApp::staff_token`: created like the CLI does,
//! then password and TOTP over HTTP); residents too (`TestApp::sign_in`: the code read from the mail).
//!
//! PostgreSQL comes from `MADOGUCHI_TEST_POSTGRES_URL` (an admin URL; `cargo xtask test` sets it
//! to the server it found or started), else the one on 127.0.0.1:5432.

use std::io::{BufRead as _, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use madoguchi_domain::account::{Role, SignedIn};
use madoguchi_domain::application::ApplicationList;
use madoguchi_domain::{IDEMPOTENCY_KEY_HEADER, UnixMillis};
use madoguchi_server::clock::Clock;
use madoguchi_server::config::SmtpUrl;
use madoguchi_server::storage::DatabaseLocation;
use madoguchi_server::{Application, ServerConfig};
use tokio::sync::oneshot;

/// The password every test's staff get.
pub const STAFF_PASSWORD: &str = "counter-password-for-tests";

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
    /// Where the server's mail goes.
    pub mail: crate::smtp::SmtpSink,
    /// One clerk's session and when it began (`clerk()`).
    clerk: tokio::sync::Mutex<Option<(String, UnixMillis)>>,
    /// One resident's access token and when it was given (`resident()`).
    resident: tokio::sync::Mutex<Option<(String, UnixMillis)>>,
    location: DatabaseLocation,
    /// Ends the server's `run_until` (what SIGTERM does in the binary).
    stop: Option<oneshot::Sender<()>>,
    served: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
    /// The database the app owns (dropped after it), if it was made for it.
    _database: Option<TestDatabase>,
}

impl TestApp {
    /// Shuts the server down gracefully, as SIGTERM does; whether it finished within `within`.
    pub async fn shut_down(&mut self, within: std::time::Duration) -> bool {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        match self.served.take() {
            Some(served) => tokio::time::timeout(within, served).await.is_ok(),
            None => true,
        }
    }

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

    /// A member of staff with `role`, created as `madoguchi-server create-staff` does, signed in
    /// over HTTP with the password and the authenticator's code at the test clock's time: their
    /// session token.
    pub async fn staff_token(&self, role: Role) -> String {
        let username = new_staff(&self.location, role).await;
        staff_sign_in(&self.client, &self.address, &username, self.clock.now()).await
    }

    /// A clerk's session token, signed in on first use and again once the test clock has moved
    /// past a working day (a session lasts 9 h).
    pub async fn clerk(&self) -> String {
        let mut clerk = self.clerk.lock().await;
        let now = self.clock.now();
        match &*clerk {
            Some((token, since)) if now.0 - since.0 < 8 * 3_600_000 => token.clone(),
            _ => {
                let token = self.staff_token(Role::Clerk).await;
                *clerk = Some((token.clone(), now));
                token
            }
        }
    }

    /// The access token of one resident (`uploader@example.jp`), signed in on first use and again
    /// once the test clock has moved on past the token's 15 minutes: who sends the tests' files.
    pub async fn resident(&self) -> String {
        let mut resident = self.resident.lock().await;
        let now = self.clock.now();
        match &*resident {
            Some((token, since)) if now.0 - since.0 < 14 * 60 * 1000 => token.clone(),
            _ => {
                let token = self.sign_in("uploader@example.jp").await.access.access_token;
                *resident = Some((token.clone(), now));
                token
            }
        }
    }

    /// A resident signed in by the code mailed to `email` (the account is made on first use).
    pub async fn sign_in(&self, email: &str) -> SignedIn {
        let asked = self
            .client
            .post(format!("{}/api/v1/auth/code", self.address))
            .json(&serde_json::json!({ "email": email, "locale": "en" }))
            .send()
            .await
            .expect("request reaches the server");
        assert_eq!(asked.status(), 202, "{}", asked.text().await.unwrap_or_default());
        let code = self.mail.code_for(email).await;
        let signed_in = self
            .client
            .post(format!("{}/api/v1/auth/sign-in", self.address))
            .json(&serde_json::json!({ "email": email, "code": code, "deviceName": "test phone" }))
            .send()
            .await
            .expect("request reaches the server");
        assert_eq!(signed_in.status(), 201);
        signed_in.json().await.expect("a SignedIn")
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

/// Where a question to the city is sent: お問い合わせ is the city's `inquiry` form, submitted like
/// every application.
pub const APPLICATIONS_PATH: &str = "/api/v1/applications";

/// Hanako's question to the city (the demo city's `inquiry` form, version 1): the simplest
/// submission there is (no sign-in, no attachment, no date), so the tests of what every mutation
/// shares (idempotency, a crash, two instances) send it. Tests tell questions apart by
/// `answers.subject`.
pub fn hanako_asks() -> serde_json::Value {
    serde_json::json!({
        "procedure": "inquiry",
        "formVersion": 1,
        "answers": {
            "department": "citizen-affairs",
            "subject": "住民票の写しについて",
            "message": "土曜日に住民票の写しを受け取ることはできますか。",
            "reply-by": "email",
            "contact-email": "hanako@example.jp",
            "contact-name": "夢咲 花子"
        },
        "declared": false
    })
}

/// A question's subject (its `subject` answer), to tell the questions in a list apart.
pub fn subject_of(application: &madoguchi_domain::application::Application) -> &str {
    match application.answers.get("subject") {
        Some(madoguchi_domain::form::Answer::Text(subject)) => subject,
        other => panic!("{} has no subject: {other:?}", application.reference),
    }
}

/// Every application, as a clerk lists them (questions to the city among them), oldest first.
pub async fn staff_list(app: &TestApp) -> Vec<madoguchi_domain::application::Application> {
    let list: ApplicationList = app
        .get_as_staff("/api/v1/admin/applications", &app.clerk().await)
        .await
        .json()
        .await
        .expect("an application list");
    list.applications
}

/// The configuration every test server gets, on `database`, mailing to `smtp_url`.
pub fn test_config(
    database: DatabaseLocation,
    ui_dir: Option<std::path::PathBuf>,
    smtp_url: Option<String>,
) -> ServerConfig {
    ServerConfig {
        port: 0,
        database,
        ui_dir,
        smtp_url: smtp_url.map(SmtpUrl),
        ..ServerConfig::default()
    }
}

static STAFF_COUNT: AtomicI64 = AtomicI64::new(0);

/// Creates a member of staff on the database at `location` as the CLI does; their username. The
/// TOTP secret is kept in [`STAFF_SECRETS`] for [`staff_sign_in`].
pub async fn new_staff(location: &DatabaseLocation, role: Role) -> String {
    let username = format!("{}{}", role.as_str(), STAFF_COUNT.fetch_add(1, Ordering::SeqCst));
    let store = madoguchi_server::storage::open(location)
        .await
        .expect("the database opens");
    let created = madoguchi_server::staff_cli::create_staff(
        store.as_ref(),
        &username,
        role.as_str(),
        STAFF_PASSWORD,
        START,
    )
    .await
    .expect("a member of staff is created");
    STAFF_SECRETS
        .lock()
        .unwrap()
        .insert(username.clone(), created.totp_secret);
    username
}

/// Registers a kiosk at `place` on the database at `location` as `madoguchi-server kiosk register`
/// does; its id and credential.
pub async fn new_kiosk(location: &DatabaseLocation, place: &str) -> (String, String) {
    let store = madoguchi_server::storage::open(location)
        .await
        .expect("the database opens");
    let kiosk = madoguchi_server::kiosk_cli::register(store.as_ref(), place, START)
        .await
        .expect("a kiosk is registered");
    (kiosk.id.0, kiosk.credential)
}

/// Every test member of staff's TOTP secret, as their authenticator app would hold it.
pub static STAFF_SECRETS: std::sync::LazyLock<std::sync::Mutex<std::collections::HashMap<String, String>>> =
    std::sync::LazyLock::new(Default::default);

/// Signs `username` in over HTTP with the password and the code their app shows at `at`.
pub async fn staff_sign_in(
    client: &reqwest::Client,
    address: &str,
    username: &str,
    at: UnixMillis,
) -> String {
    let secret = STAFF_SECRETS.lock().unwrap()[username].clone();
    let totp = madoguchi_server::credentials::totp_code(&secret, at).expect("a valid secret");
    let response = client
        .post(format!("{address}/api/v1/staff/sign-in"))
        .json(&serde_json::json!({ "username": username, "password": STAFF_PASSWORD, "totp": totp }))
        .send()
        .await
        .expect("request reaches the server");
    assert_eq!(
        response.status(),
        201,
        "{}",
        response.text().await.unwrap_or_default()
    );
    let session: serde_json::Value = response.json().await.expect("a StaffSession");
    session["token"].as_str().expect("a token").to_owned()
}

/// The demo city on a fresh database; `ui_dir` turns on web mode.
pub async fn spawn_app_with(backend: Backend, ui_dir: Option<std::path::PathBuf>) -> TestApp {
    spawn_app_configured(backend, |config| config.ui_dir = ui_dir).await
}

/// The demo city on a fresh database, with the test's changes to the usual configuration.
pub async fn spawn_app_configured(backend: Backend, change: impl FnOnce(&mut ServerConfig)) -> TestApp {
    let database = TestDatabase::new(backend).await;
    let mut app = start(database.location.clone(), change).await;
    app._database = Some(database);
    app
}

/// The demo city on a database the test keeps (to look at it, or open it again after).
pub async fn spawn_app_with_database(database: &TestDatabase) -> TestApp {
    start(database.location.clone(), |_| {}).await
}

/// A server on a database the test keeps, with the test's changes to the usual configuration.
pub async fn spawn_app_with_database_configured(
    database: &TestDatabase,
    change: impl FnOnce(&mut ServerConfig),
) -> TestApp {
    start(database.location.clone(), change).await
}

async fn start(location: DatabaseLocation, change: impl FnOnce(&mut ServerConfig)) -> TestApp {
    let mail = crate::smtp::SmtpSink::start().await;
    let mut config = test_config(location.clone(), None, Some(mail.url()));
    change(&mut config);
    let clock = Arc::new(TestClock(AtomicI64::new(START.0)));
    let app = Application::build_with_clock(&config, clock.clone())
        .await
        .expect("the server starts");
    let address = format!("http://{}", app.local_addr());
    let (stop, stopped) = oneshot::channel::<()>();
    let served = tokio::spawn(app.run_until(async move {
        let _ = stopped.await;
    }));
    TestApp {
        address,
        client: reqwest::Client::new(),
        clock,
        mail,
        clerk: tokio::sync::Mutex::new(None),
        resident: tokio::sync::Mutex::new(None),
        location,
        stop: Some(stop),
        served: Some(served),
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
        Self::start_with(database, &[], None)
    }

    /// [`ServerProcess::start`] with more environment (which wins) and, when `log` is given, all
    /// the server writes (stdout and stderr) kept in it.
    pub fn start_with(database: &DatabaseLocation, env: &[(&str, &str)], log: Option<std::fs::File>) -> Self {
        let stderr = match &log {
            Some(file) => Stdio::from(file.try_clone().expect("the log file")),
            None => Stdio::inherit(),
        };
        let mut child = Command::new(env!("CARGO_BIN_EXE_madoguchi-server"))
            .env("MADOGUCHI_DATABASE", database.raw())
            .env("MADOGUCHI_PORT", "0")
            .env("MADOGUCHI_CONFIG", "/nonexistent/madoguchi.toml")
            .env("RUST_LOG", "warn")
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn()
            .expect("the server binary starts");
        let stdout = child.stdout.take().expect("piped stdout");
        // Read on a thread for as long as the server runs, so its log lines (stdout) never fill
        // the pipe and stall it; the address line is passed back.
        let (found, address) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            use std::io::Write as _;
            let mut log = log;
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(address) = line.strip_prefix("madoguchi-server listening on ") {
                    let _ = found.send(address.trim().to_owned());
                }
                if let Some(log) = log.as_mut() {
                    let _ = writeln!(log, "{line}");
                }
            }
        });
        let address = address
            .recv_timeout(std::time::Duration::from_secs(60))
            .expect("the server prints its address");
        Self { child, address }
    }

    /// The server's peak resident memory so far (`VmHWM` of `/proc/<pid>/status`), in bytes.
    pub fn peak_memory_bytes(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .expect("the server's /proc status");
        let kib: u64 = status
            .lines()
            .find_map(|line| line.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .expect("a VmHWM line");
        kib * 1024
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
