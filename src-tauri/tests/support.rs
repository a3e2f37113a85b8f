//! Shared by the shell's integration tests: a local store in a temporary folder (real SQLCipher, real
//! kernel keyring: run inside `keyctl session -`, as `cargo xtask test` does), a pinned clock, and
//! the real server on a port.

#![allow(dead_code)]

/// The server's own tests' SMTP sink (a real SMTP conversation over TCP, keeping each message),
/// shared rather than copied: the shell's sign-in tests read the mailed code from it.
#[path = "../../crates/server/tests/api/smtp.rs"]
#[allow(clippy::unwrap_used)] // as in the server's tests, where it lives
pub mod smtp;

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use madoguchi_domain::application::ApplicationSubmission;
use madoguchi_domain::booking::{BookingContact, BookingRequest, SlotAvailability};
use madoguchi_domain::form::FormSchema;
use madoguchi_domain::{ProcedureId, UnixMillis};
use madoguchi_server::storage::DatabaseLocation;
use madoguchi_server::{Application, ServerConfig};
use madoguchi_shell::city_server::CityServer;
use madoguchi_shell::clock::Clock;
use madoguchi_shell::local_data::LocalData;
use madoguchi_shell::outbox::backoff::Backoff;
use madoguchi_shell::outbox::sender::Sender;
use madoguchi_shell::store::LocalStore;
use madoguchi_shell::store::key::KeyringBackend;

/// 2026-11-24 09:00 JST.
pub const START: i64 = 1_795_478_400_000;

/// Personal details no file on the device may show in plaintext.
pub const NAME: &str = "夢咲 花子";
pub const ADDRESS: &str = "夢咲市桜町3丁目14番15号";
pub const PHONE: &str = "0612-34-5678";

pub struct TestClock(AtomicI64);

impl TestClock {
    pub fn at(millis: i64) -> Arc<Self> {
        Arc::new(Self(AtomicI64::new(millis)))
    }
    pub fn advance_millis(&self, millis: i64) {
        self.0.fetch_add(millis, Ordering::SeqCst);
    }
}

impl Clock for TestClock {
    fn now(&self) -> UnixMillis {
        UnixMillis(self.0.load(Ordering::SeqCst))
    }
}

/// Hanako's question to the city (お問い合わせ: the demo city's `inquiry` form), with her name,
/// address and phone number in it.
pub fn hanakos_question() -> ApplicationSubmission {
    ApplicationSubmission {
        procedure: ProcedureId::parse("inquiry").expect("a procedure id"),
        form_version: 1,
        answers: serde_json::from_value(serde_json::json!({
            "department": "citizen-affairs",
            "subject": "住民票の写しについて",
            "message": format!("{ADDRESS}に住んでいます。土曜日に住民票の写しを受け取れますか。"),
            "reply-by": "phone",
            "contact-phone": PHONE,
            "contact-name": NAME,
        }))
        .expect("answers"),
        declared: false,
    }
}

/// The question's form kept on the device, as after its page was once opened online: so it can be
/// written and queued while the city is out of reach.
pub fn keep_inquiry_form(data: &LocalData) {
    let form = madoguchi_server::demo::forms()
        .into_iter()
        .find(|f| f.procedure.as_str() == "inquiry")
        .expect("the demo city's inquiry form");
    keep_form(data, &form);
}

/// Hanako's question written and sent on `data`, its form kept first (so the city may be out of
/// reach): what the apply flow's "send" does. Saved and queued when this returns.
pub async fn queue_question(data: &LocalData) -> madoguchi_domain::LocalApplication {
    keep_inquiry_form(data);
    data.submit_application(hanakos_question(), None)
        .await
        .expect("the question saved and queued")
}

/// `form` kept on the device as if fetched from the city.
pub fn keep_form(data: &LocalData, form: &FormSchema) {
    data.store()
        .with_conn(|c| madoguchi_shell::applications::forms::keep(c, form, UnixMillis(START)))
        .expect("the form kept");
}

pub struct Device {
    pub dir: tempfile::TempDir,
    pub data: LocalData,
    pub sender: Sender,
    pub clock: Arc<TestClock>,
}

/// The demo city's service booked in the tests.
pub const CARD: &str = "my-number-card";

/// Hanako's booking of `slot`.
pub fn request(slot: &SlotAvailability) -> BookingRequest {
    BookingRequest {
        service: CARD.into(),
        counter: slot.counter.clone(),
        starts_at: slot.starts_at,
        contact: BookingContact {
            name: NAME.into(),
            phone: Some(PHONE.into()),
            email: None,
        },
    }
}

/// The card service's slots at counter 1 on `date`, as the device lists them.
pub async fn slots_on(data: &LocalData, date: &str) -> Vec<SlotAvailability> {
    let day = madoguchi_domain::CalendarDate::parse_iso(date).expect("a date");
    let service = madoguchi_domain::booking::ServiceId::parse(CARD).expect("an id");
    data.booking_slots(service, Some(day), Some(day))
        .await
        .expect("the city lists its slots")
        .slots
        .into_iter()
        .filter(|s| s.counter == "counter-1")
        .collect()
}

/// Fills every place of `slot` from another resident's phone (straight to the server).
pub async fn fill(url: &str, slot: &SlotAvailability) {
    for n in 0..slot.remaining {
        let response = reqwest::Client::new()
            .post(format!("{url}api/v1/bookings"))
            .header(
                madoguchi_domain::IDEMPOTENCY_KEY_HEADER,
                format!("other-resident-{n:04}-aaaa"),
            )
            .json(&request(slot))
            .send()
            .await
            .expect("the server answers");
        assert_eq!(response.status(), 201);
    }
}

/// A device whose data is in a fresh folder, talking to `server_url`; the sender is not running,
/// tests step it. Jitter pinned at 0 (each wait is half the un-jittered one).
pub fn device(server_url: &str) -> Device {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = TestClock::at(START);
    let data = data_in(dir.path(), server_url, clock.clone());
    let sender = data.sender(Backoff::default(), Box::new(|| 0.0));
    Device {
        dir,
        data,
        sender,
        clock,
    }
}

/// Local data in `dir` (e.g. reopening a device's folder as the app does after a restart).
pub fn data_in(dir: &std::path::Path, server_url: &str, clock: Arc<TestClock>) -> LocalData {
    let store = Arc::new(LocalStore::new(dir, KeyringBackend::Kernel));
    LocalData::new(store, CityServer::new(server_url.parse().expect("a URL")), clock)
}

/// The city goes out of reach (`server` stops) and the app starts again on `device`'s folder: the
/// device's data as it is at the next start, offline.
pub fn restarted_offline(server: Server, device: &Device) -> LocalData {
    let url = server.url.clone();
    let _ = server.stop.send(());
    drop(server.dir);
    data_in(device.dir.path(), &url, device.clock.clone())
}

pub struct Server {
    pub url: String,
    pub stop: tokio::sync::oneshot::Sender<()>,
    pub dir: tempfile::TempDir,
    /// The server's pinned time, if any (staff sign in with the code of that moment).
    at: Option<Arc<AtomicI64>>,
}

impl Server {
    /// A clerk created as `madoguchi-server create-staff` does and signed in with password and
    /// TOTP: the session token the staff routes take.
    pub async fn staff_token(&self) -> String {
        static COUNT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let username = format!("clerk{}", COUNT.fetch_add(1, std::sync::atomic::Ordering::SeqCst));
        let location = DatabaseLocation::Sqlite(self.dir.path().join("city.sqlite3"));
        let store = madoguchi_server::storage::open(&location)
            .await
            .expect("the database opens");
        let password = "shell-tests-clerk-password";
        let now = match &self.at {
            Some(at) => madoguchi_domain::UnixMillis(at.load(Ordering::SeqCst)),
            None => madoguchi_domain::time::Clock::now(&madoguchi_server::clock::SystemClock),
        };
        let created =
            madoguchi_server::staff_cli::create_staff(store.as_ref(), &username, "clerk", password, now)
                .await
                .expect("a clerk is created");
        let totp = madoguchi_server::credentials::totp_code(&created.totp_secret, now).expect("a code");
        let session: serde_json::Value = reqwest::Client::new()
            .post(format!("{}api/v1/staff/sign-in", self.url))
            .json(&serde_json::json!({ "username": username, "password": password, "totp": totp }))
            .send()
            .await
            .expect("the server answers")
            .json()
            .await
            .expect("a staff session");
        session["token"].as_str().expect("a token").to_owned()
    }
}

/// The real server on `port` (0: any) with a fresh database.
pub async fn server_on(port: u16) -> Server {
    start_server(port, None, None).await
}

/// [`server_on`] with the server's clock standing at `at` (forms judge dates against "today").
pub async fn server_at(port: u16, at: i64) -> Server {
    start_server(port, Some(at), None).await
}

/// [`server_at`] mailing through a sink the test reads (sign-in codes).
pub async fn server_with_mail(port: u16, at: i64) -> (Server, smtp::SmtpSink) {
    let sink = smtp::SmtpSink::start().await;
    let server = start_server(port, Some(at), Some(sink.url())).await;
    (server, sink)
}

/// The server's time: pinned, moved only by [`Server::advance_millis`].
struct FixedClock(Arc<AtomicI64>);

impl madoguchi_domain::time::Clock for FixedClock {
    fn now(&self) -> madoguchi_domain::UnixMillis {
        madoguchi_domain::UnixMillis(self.0.load(Ordering::SeqCst))
    }
}

impl Server {
    /// Moves a pinned server's clock on (e.g. past a waitlist offer's time).
    pub fn advance_millis(&self, millis: i64) {
        if let Some(at) = &self.at {
            at.fetch_add(millis, Ordering::SeqCst);
        }
    }
}

async fn start_server(port: u16, at: Option<i64>, smtp_url: Option<String>) -> Server {
    let dir = tempfile::tempdir().expect("temporary folder");
    let config = ServerConfig {
        port,
        database: DatabaseLocation::Sqlite(dir.path().join("city.sqlite3")),
        smtp_url: smtp_url.map(madoguchi_server::config::SmtpUrl),
        ..ServerConfig::default()
    };
    let at = at.map(|at| Arc::new(AtomicI64::new(at)));
    let app = match &at {
        Some(at) => Application::build_with_clock(&config, Arc::new(FixedClock(Arc::clone(at)))).await,
        None => Application::build(&config).await,
    }
    .expect("the server starts");
    let url = format!("http://{}/", app.local_addr());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(app.run_until(async move {
        let _ = stopped.await;
    }));
    Server { url, stop, dir, at }
}

/// A port nothing listens on (bound, then released).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .expect("a port")
        .local_addr()
        .expect("an address")
        .port()
}

/// The applications the server holds (questions to the city among them), as staff see them.
pub async fn server_applications(server: &Server) -> Vec<madoguchi_domain::application::Application> {
    reqwest::Client::new()
        .get(format!("{}api/v1/admin/applications", server.url))
        .bearer_auth(server.staff_token().await)
        .send()
        .await
        .expect("the server answers")
        .json::<madoguchi_domain::application::ApplicationList>()
        .await
        .expect("an application list")
        .applications
}

/// A proxy in front of the server on `port` that holds every request `delay` before passing it on,
/// and says when one has arrived: a send that is on the wire for as long as a test needs.
pub struct SlowProxy {
    pub url: String,
    /// Notified when a request has reached the proxy (a permit is kept if no one waits yet).
    pub arrived: Arc<tokio::sync::Notify>,
}

pub async fn slow_proxy(port: u16, delay: std::time::Duration) -> SlowProxy {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port");
    let url = format!("http://{}/", listener.local_addr().expect("its address"));
    let arrived = Arc::new(tokio::sync::Notify::new());
    let signal = Arc::clone(&arrived);
    tokio::spawn(async move {
        while let Ok((mut client, _)) = listener.accept().await {
            let signal = Arc::clone(&signal);
            tokio::spawn(async move {
                let mut first = vec![0_u8; 64 * 1024];
                let Ok(read) = client.read(&mut first).await else {
                    return;
                };
                signal.notify_one();
                tokio::time::sleep(delay).await;
                let Ok(mut upstream) = tokio::net::TcpStream::connect(("127.0.0.1", port)).await else {
                    return;
                };
                if upstream.write_all(&first[..read]).await.is_ok() {
                    let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
                }
            });
        }
    });
    SlowProxy { url, arrived }
}

/// The port of a server's URL (`http://127.0.0.1:<port>/`).
pub fn port_of(url: &str) -> u16 {
    url.trim_end_matches('/')
        .rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .expect("a URL with a port")
}

/// A proxy in front of the server on `port` whose connections the test can cut: [`CutProxy::cut`]
/// drops every open connection and refuses new ones (accepted, then closed at once) until
/// [`CutProxy::restore`]. A phone going through a tunnel, as the app's long-lived streams see it.
pub struct CutProxy {
    pub url: String,
    down: Arc<std::sync::atomic::AtomicBool>,
    open: Arc<std::sync::Mutex<Vec<tokio::task::AbortHandle>>>,
    /// Connections accepted and passed on so far.
    pub connections: Arc<std::sync::atomic::AtomicUsize>,
}

impl CutProxy {
    pub fn cut(&self) {
        self.down.store(true, Ordering::SeqCst);
        for task in self.open.lock().expect("not poisoned").drain(..) {
            task.abort();
        }
    }

    pub fn restore(&self) {
        self.down.store(false, Ordering::SeqCst);
    }
}

pub async fn cut_proxy(port: u16) -> CutProxy {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port");
    let url = format!("http://{}/", listener.local_addr().expect("its address"));
    let down = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let open = Arc::new(std::sync::Mutex::new(Vec::<tokio::task::AbortHandle>::new()));
    let connections = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let (is_down, tasks, count) = (Arc::clone(&down), Arc::clone(&open), Arc::clone(&connections));
    tokio::spawn(async move {
        while let Ok((mut client, _)) = listener.accept().await {
            if is_down.load(Ordering::SeqCst) {
                drop(client);
                continue;
            }
            count.fetch_add(1, Ordering::SeqCst);
            let task = tokio::spawn(async move {
                if let Ok(mut upstream) = tokio::net::TcpStream::connect(("127.0.0.1", port)).await {
                    let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
                }
            });
            tasks.lock().expect("not poisoned").push(task.abort_handle());
        }
    });
    CutProxy {
        url,
        down,
        open,
        connections,
    }
}

/// A POST to the city as another client would send it (a clerk, the resident's phone), with a
/// fresh idempotency key and, when given, a bearer token.
pub async fn post(url: &str, path: &str, body: &serde_json::Value, token: Option<&str>) -> reqwest::Response {
    static KEYS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let key = format!("shell-tests-client-{:016}", KEYS.fetch_add(1, Ordering::SeqCst));
    let mut request = reqwest::Client::new()
        .post(format!("{url}{path}"))
        .header("idempotency-key", key)
        .json(body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await.expect("the server answers")
}

/// Signs `email` in on `data` with the code the city mails to `sink`, as the resident would.
pub async fn sign_in(data: &LocalData, sink: &smtp::SmtpSink, email: &str) {
    use madoguchi_domain::account::{CodeRequest, EmailAddress, SignInCode};
    let address = EmailAddress::parse(email).expect("an address");
    data.account()
        .request_code(CodeRequest {
            email: address.clone(),
            locale: None,
        })
        .await
        .expect("the city mails a code");
    let code = SignInCode::parse(&sink.code_for(email).await).expect("six digits");
    data.account().sign_in(address, code).await.expect("signed in");
}

/// `email`'s phone (signed in through the API) sends an application and a clerk receives it: the
/// city then has a personal notice for the account. Returns the application's reference.
pub async fn application_received(
    server: &Server,
    sink: &smtp::SmtpSink,
    clerk: &str,
    email: &str,
) -> String {
    use serde_json::{Value, json};
    let asked = post(&server.url, "api/v1/auth/code", &json!({"email": email}), None).await;
    assert_eq!(asked.status(), 202);
    let code = sink.code_for(email).await;
    let phone: Value = post(
        &server.url,
        "api/v1/auth/sign-in",
        &json!({"email": email, "code": code, "deviceName": "花子のスマホ"}),
        None,
    )
    .await
    .json()
    .await
    .expect("signed in");
    let collection_day = UnixMillis(START + 10 * 24 * 60 * 60 * 1000)
        .date_in_japan()
        .expect("a day")
        .iso();
    let application = json!({
        "procedure": "oversized-waste",
        "formVersion": 1,
        "answers": {
            "name": {"family": "夢咲", "given": "花子", "familyKana": "ゆめさき", "givenKana": "はなこ"},
            "address": {"postalCode": "〒999-0001", "address": "夢咲市本町一丁目2番3号"},
            "phone": "0612-34-5678",
            "kinds": ["sofa"],
            "count": "1",
            "collection-day": collection_day,
        },
        "declared": true
    });
    let sent = post(
        &server.url,
        "api/v1/applications",
        &application,
        phone["accessToken"].as_str(),
    )
    .await;
    assert_eq!(sent.status(), 201, "{}", sent.text().await.unwrap_or_default());
    let reference = sent.json::<Value>().await.expect("a receipt")["reference"]
        .as_str()
        .expect("a reference")
        .to_owned();
    let changed = post(
        &server.url,
        &format!("api/v1/admin/applications/{reference}/status"),
        &json!({"status": "received"}),
        Some(clerk),
    )
    .await;
    assert_eq!(changed.status(), 200);
    reference
}
