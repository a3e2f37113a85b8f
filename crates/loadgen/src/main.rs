//! `madoguchi-loadgen`: a closed-loop load generator for the server's HTTP API on loopback.
//!
//! Each virtual client owns one keep-alive HTTP/1.1 connection and sends its next request as soon
//! as the previous answer is read, so "N connections" means N requests in flight. Scenarios:
//!
//! - `catalogue`: `GET /api/v1/procedures`, expecting 200 and the whole body;
//! - `catalogue-304`: the same with `If-None-Match` set to the ETag of a first GET, expecting 304;
//! - `inquiry`: a question to the city, `POST /api/v1/applications` of the `inquiry` form with a
//!   fresh 32-hex-digit `Idempotency-Key` per request (round-robin over the form's divisions),
//!   expecting 201;
//! - `booking`: `POST /api/v1/bookings` sweeping every open slot, expecting 201 or 409
//!   `slot_full`, and afterwards counting overbooked places (`booking.rs`; not in the defaults).
//!
//! With `--rate R` the clients instead send R requests/s between them, each on its own fixed
//! schedule, and a latency counts from the moment the request was *due*, not from when it went
//! out: a server that falls behind is charged for the wait (no "coordinated omission"). That is
//! the latency a city's residents see at that rate; the closed loop shows the most it serves.
//!
//! Every status other than the expected one, and every transport error, is an error (the
//! benchmark wants 0). After each run it reads the server's RSS from `/proc/<pid>/status`.
//! Besides the table for people, each run prints one `loadgen:` line of `key=value` pairs that
//! `cargo xtask bench load` reads.
//!
//! `madoguchi-loadgen notices …` holds notice streams open instead (`notices.rs`).
//!
//! ```text
//! madoguchi-loadgen --url http://127.0.0.1:8787 [--pid PID] [--duration 20] [--warmup 2]
//!                   [--connections 32,256] [--scenarios catalogue,catalogue-304,inquiry,booking] [--threads 1]
//!                   [--rate REQUESTS_PER_SECOND]
//! ```

use std::net::{SocketAddr, ToSocketAddrs as _};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt as _, Full};
use hyper::client::conn::http1::SendRequest;
use hyper::{Method, Request, StatusCode};
use hyper_util::rt::TokioIo;

mod booking;
mod notices;

type Error = Box<dyn std::error::Error + Send + Sync>;

const USAGE: &str = "usage: madoguchi-loadgen --url http://HOST:PORT [--pid PID] [--duration SECS] \
[--warmup SECS] [--connections 32,256] [--scenarios catalogue,catalogue-304,inquiry,booking] [--threads N] \
[--rate REQUESTS_PER_SECOND]";

fn main() -> std::process::ExitCode {
    if std::env::args().nth(1).is_some_and(|a| a == "notices") {
        return notices::main(std::env::args().skip(2));
    }
    let options = match Options::parse(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(e) => {
            eprintln!("madoguchi-loadgen: {e}\n{USAGE}");
            return std::process::ExitCode::from(2);
        }
    };
    // One worker by default: the server and the load generator share the machine, and a
    // current-thread runtime spends the least CPU per request on our side.
    let runtime = if options.threads <= 1 {
        tokio::runtime::Builder::new_current_thread().enable_all().build()
    } else {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(options.threads)
            .enable_all()
            .build()
    };
    let result = runtime
        .map_err(Error::from)
        .and_then(|runtime| runtime.block_on(run(&options)));
    match result {
        Ok(0) => std::process::ExitCode::SUCCESS,
        Ok(errors) => {
            eprintln!("madoguchi-loadgen: {errors} errors");
            std::process::ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("madoguchi-loadgen: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scenario {
    Catalogue,
    CatalogueNotModified,
    Inquiry,
    Booking,
}

impl Scenario {
    fn parse(s: &str) -> Result<Self, String> {
        match s {
            "catalogue" => Ok(Self::Catalogue),
            "catalogue-304" => Ok(Self::CatalogueNotModified),
            "inquiry" => Ok(Self::Inquiry),
            "booking" => Ok(Self::Booking),
            other => Err(format!("unknown scenario {other:?}")),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::Catalogue => "catalogue",
            Self::CatalogueNotModified => "catalogue-304",
            Self::Inquiry => "inquiry",
            Self::Booking => "booking",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Self::Catalogue => "GET /api/v1/procedures → 200",
            Self::CatalogueNotModified => "GET /api/v1/procedures If-None-Match → 304",
            Self::Inquiry => "POST /api/v1/applications (inquiry) → 201",
            Self::Booking => "POST /api/v1/bookings → 201 or 409 slot_full",
        }
    }

    /// Whether an answer is one this scenario expects (anything else is an error).
    fn accepts(self, status: StatusCode, body: &[u8]) -> bool {
        match self {
            Self::Catalogue => status == StatusCode::OK,
            Self::CatalogueNotModified => status == StatusCode::NOT_MODIFIED,
            Self::Inquiry => status == StatusCode::CREATED,
            Self::Booking => booking::accepted(status, body),
        }
    }
}

#[derive(Debug)]
struct Options {
    addr: SocketAddr,
    host: String,
    pid: Option<u32>,
    duration: Duration,
    warmup: Duration,
    connections: Vec<usize>,
    scenarios: Vec<Scenario>,
    threads: usize,
    /// Requests/s across all connections; `None`: each sends as soon as it has its answer.
    rate: Option<f64>,
}

impl Options {
    fn parse(mut args: impl Iterator<Item = String>) -> Result<Self, String> {
        let mut url = None;
        let mut pid = None;
        let mut duration = Duration::from_secs(20);
        let mut warmup = Duration::from_secs(2);
        let mut connections = vec![32, 256];
        let mut scenarios = vec![
            Scenario::Catalogue,
            Scenario::CatalogueNotModified,
            Scenario::Inquiry,
        ];
        let mut threads = 1;
        let mut rate = None;
        while let Some(flag) = args.next() {
            let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
            let seconds = |v: String| {
                v.parse::<f64>()
                    .ok()
                    .filter(|s| s.is_finite() && *s >= 0.0)
                    .map(Duration::from_secs_f64)
                    .ok_or_else(|| format!("{v:?} is not a number of seconds"))
            };
            match flag.as_str() {
                "--url" => url = Some(value()?),
                "--pid" => pid = Some(value()?.parse().map_err(|e| format!("--pid: {e}"))?),
                "--duration" => duration = seconds(value()?)?,
                "--warmup" => warmup = seconds(value()?)?,
                "--rate" => {
                    let v = value()?;
                    rate = Some(
                        v.parse::<f64>()
                            .ok()
                            .filter(|r| r.is_finite() && *r > 0.0)
                            .ok_or_else(|| format!("--rate {v:?} is not a positive number"))?,
                    );
                }
                "--threads" => threads = value()?.parse().map_err(|e| format!("--threads: {e}"))?,
                "--connections" => {
                    connections = value()?
                        .split(',')
                        .map(|n| {
                            n.trim()
                                .parse::<usize>()
                                .map_err(|e| format!("--connections: {e}"))
                        })
                        .collect::<Result<_, _>>()?;
                }
                "--scenarios" => {
                    scenarios = value()?
                        .split(',')
                        .map(|s| Scenario::parse(s.trim()))
                        .collect::<Result<_, _>>()?;
                }
                other => return Err(format!("unknown argument {other:?}")),
            }
        }
        let url = url.ok_or("--url is required")?;
        let host = url
            .strip_prefix("http://")
            .ok_or("only http:// URLs (the benchmark runs on loopback, without TLS)")?
            .trim_end_matches('/')
            .to_owned();
        let addr = host
            .to_socket_addrs()
            .map_err(|e| format!("{host}: {e}"))?
            .next()
            .ok_or_else(|| format!("{host}: no address"))?;
        if duration.is_zero() || connections.contains(&0) {
            return Err("the duration and every connection count must be above zero".into());
        }
        Ok(Self {
            addr,
            host,
            pid,
            duration,
            warmup,
            connections,
            scenarios,
            threads,
            rate,
        })
    }
}

/// What every request of a run shares: the target, the ETag, the questions' bodies, the key counter.
struct Target {
    addr: SocketAddr,
    host: String,
    etag: String,
    inquiry_bodies: Vec<Bytes>,
    /// Every slot with its body (empty unless the `booking` scenario runs).
    slots: Vec<booking::Slot>,
    /// Idempotency keys are `nonce` and a counter, each 16 hex digits: unique within a run, and a
    /// rerun against the same database does not replay an earlier run's answers.
    nonce: u64,
    next_key: AtomicU64,
}

impl Target {
    /// The request, and for a booking the index of its slot in `slots`.
    fn request(&self, scenario: Scenario) -> Result<(Request<Full<Bytes>>, Option<usize>), Error> {
        let mut slot = None;
        let builder = Request::builder().header(hyper::header::HOST, &self.host);
        let request = match scenario {
            Scenario::Catalogue => builder.uri("/api/v1/procedures").body(Full::new(Bytes::new()))?,
            Scenario::CatalogueNotModified => builder
                .uri("/api/v1/procedures")
                .header(hyper::header::IF_NONE_MATCH, &self.etag)
                .body(Full::new(Bytes::new()))?,
            Scenario::Inquiry => {
                let n = self.next_key.fetch_add(1, Ordering::Relaxed);
                let body = self.inquiry_bodies[(n as usize) % self.inquiry_bodies.len()].clone();
                builder
                    .method(Method::POST)
                    .uri("/api/v1/applications")
                    .header(hyper::header::CONTENT_TYPE, "application/json")
                    .header("idempotency-key", idempotency_key(self.nonce, n))
                    .body(Full::new(body))?
            }
            Scenario::Booking => {
                let n = self.next_key.fetch_add(1, Ordering::Relaxed);
                let index = (n as usize) % self.slots.len();
                slot = Some(index);
                builder
                    .method(Method::POST)
                    .uri("/api/v1/bookings")
                    .header(hyper::header::CONTENT_TYPE, "application/json")
                    .header("idempotency-key", idempotency_key(self.nonce, n))
                    .body(Full::new(self.slots[index].body.clone()))?
            }
        };
        Ok((request, slot))
    }
}

fn idempotency_key(nonce: u64, n: u64) -> String {
    format!("{nonce:016x}{n:016x}")
}

/// One run's figures.
#[derive(Debug)]
struct Figures {
    requests: usize,
    seconds: f64,
    p50: Duration,
    p99: Duration,
    errors: u64,
}

/// What one virtual client saw.
#[derive(Default)]
struct ClientOutcome {
    /// Latencies of the expected answers to requests sent after the warm-up, in microseconds.
    latencies: Vec<u32>,
    errors: u64,
    first_error: Option<String>,
}

impl ClientOutcome {
    fn error(&mut self, what: String) {
        self.errors += 1;
        self.first_error.get_or_insert(what);
    }
}

async fn run(options: &Options) -> Result<u64, Error> {
    let target = Arc::new(prepare(options).await?);
    println!(
        "{:<52} {:>5} {:>10} {:>9} {:>9} {:>7} {:>12}",
        "request", "conns", "req/s", "p50 ms", "p99 ms", "errors", "server RSS"
    );
    let mut total_errors = 0;
    for &scenario in &options.scenarios {
        for &connections in &options.connections {
            let figures = drive(&target, scenario, connections, options).await;
            let rss = options.pid.and_then(|pid| rss_kib(pid, "VmRSS:"));
            let peak = options.pid.and_then(|pid| rss_kib(pid, "VmHWM:"));
            total_errors += figures.errors;
            // Bookings: this process's 201s so far against the slots as listed now.
            let tally = if scenario == Scenario::Booking {
                let (mut sender, driver) = connect(options.addr).await?;
                let tally = booking::check(&mut sender, &options.host, &target.slots).await;
                driver.abort();
                let tally = tally?;
                total_errors += tally.overbooked + tally.unrecorded;
                Some(tally)
            } else {
                None
            };
            let rps = figures.requests as f64 / figures.seconds;
            println!(
                "{:<52} {:>5} {:>10.0} {:>9.2} {:>9.2} {:>7} {:>12}",
                match options.rate {
                    Some(rate) => format!("{}, {rate:.0}/s", scenario.label()),
                    None => scenario.label().to_owned(),
                },
                connections,
                rps,
                ms(figures.p50),
                ms(figures.p99),
                figures.errors,
                rss.map_or_else(|| "-".to_owned(), |k| format!("{:.1} MiB", k as f64 / 1024.0)),
            );
            println!(
                "loadgen: scenario={} connections={connections} rate={} requests={} seconds={:.2} \
                 rps={rps:.1} p50_ms={:.3} p99_ms={:.3} errors={} rss_kib={} peak_rss_kib={}{}",
                scenario.name(),
                options
                    .rate
                    .map_or_else(|| "max".to_owned(), |r| format!("{r:.0}")),
                figures.requests,
                figures.seconds,
                ms(figures.p50),
                ms(figures.p99),
                figures.errors,
                rss.map_or_else(|| "-".to_owned(), |k| k.to_string()),
                peak.map_or_else(|| "-".to_owned(), |k| k.to_string()),
                tally.map_or_else(String::new, |t| format!(
                    " booked={} overbooked={} unrecorded={}",
                    t.confirmed, t.overbooked, t.unrecorded
                )),
            );
        }
    }
    Ok(total_errors)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Reads the ETag and the `inquiry` form once, before any timing.
async fn prepare(options: &Options) -> Result<Target, Error> {
    let (mut sender, driver) = connect(options.addr).await?;
    let get = |path: &str| {
        Request::builder()
            .uri(path)
            .header(hyper::header::HOST, &options.host)
            .body(Full::new(Bytes::new()))
    };
    let catalogue = sender.send_request(get("/api/v1/procedures")?).await?;
    if catalogue.status() != StatusCode::OK {
        return Err(format!("GET /api/v1/procedures answered {}", catalogue.status()).into());
    }
    let etag = catalogue
        .headers()
        .get(hyper::header::ETAG)
        .ok_or("GET /api/v1/procedures sent no ETag")?
        .to_str()?
        .to_owned();
    catalogue.into_body().collect().await?;
    sender.ready().await?;
    let form = sender.send_request(get(INQUIRY_FORM)?).await?;
    if form.status() != StatusCode::OK {
        return Err(format!("GET {INQUIRY_FORM} answered {}", form.status()).into());
    }
    let body = form.into_body().collect().await?.to_bytes();
    let slots = if options.scenarios.contains(&Scenario::Booking) {
        booking::prepare(&mut sender, &options.host).await?
    } else {
        Vec::new()
    };
    driver.abort();
    let inquiry_bodies = inquiry_bodies(&serde_json::from_slice(&body)?);
    if inquiry_bodies.is_empty() {
        return Err(format!("{INQUIRY_FORM} offers no division to send questions to").into());
    }
    let nonce = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64)
        ^ u64::from(std::process::id()).rotate_left(40);
    Ok(Target {
        addr: options.addr,
        host: options.host.clone(),
        etag,
        inquiry_bodies,
        slots,
        nonce,
        next_key: AtomicU64::new(0),
    })
}

/// Where the questions' form is read from (the newest version, which the bodies name).
const INQUIRY_FORM: &str = "/api/v1/procedures/inquiry/form";

/// The API tests' question (夢咲 花子 asks about a certificate), once to each division the
/// `inquiry` form offers (the choices of its `department` field), on that form's version.
fn inquiry_bodies(form: &serde_json::Value) -> Vec<Bytes> {
    let divisions = form["steps"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|step| step["fields"].as_array())
        .flatten()
        .filter(|field| field["id"] == "department")
        .filter_map(|field| field["options"].as_array())
        .flatten()
        .filter_map(|option| option["value"].as_str());
    divisions
        .map(|department| {
            let body = serde_json::json!({
                "procedure": "inquiry",
                "formVersion": form["version"],
                "answers": {
                    "department": department,
                    "subject": "住民票の写しについて",
                    "message": "土曜日に住民票の写しを受け取ることはできますか。",
                    "reply-by": "email",
                    "contact-email": "hanako@example.jp",
                    "contact-name": "夢咲 花子"
                },
                "declared": false
            });
            Bytes::from(body.to_string())
        })
        .collect()
}

async fn connect(addr: SocketAddr) -> Result<(SendRequest<Full<Bytes>>, tokio::task::JoinHandle<()>), Error> {
    let stream = tokio::net::TcpStream::connect(addr).await?;
    stream.set_nodelay(true)?;
    let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
    let driver = tokio::spawn(async move {
        // Its error also reaches the sender's next request, which counts it.
        let _ = connection.await;
    });
    Ok((sender, driver))
}

/// Runs `connections` virtual clients for the warm-up and then the measured duration.
async fn drive(target: &Arc<Target>, scenario: Scenario, connections: usize, options: &Options) -> Figures {
    let start = Instant::now();
    let measure_from = start + options.warmup;
    let end = measure_from + options.duration;
    // At a fixed rate each client sends every `interval`, the clients spread evenly over it.
    let interval = options
        .rate
        .map(|rate| Duration::from_secs_f64(connections as f64 / rate));
    let clients: Vec<_> = (0..connections)
        .map(|i| {
            let schedule = interval.map(|interval| Schedule {
                next: start + interval.mul_f64(i as f64 / connections as f64),
                interval,
            });
            tokio::spawn(client(Arc::clone(target), scenario, schedule, measure_from, end))
        })
        .collect();
    let mut latencies = Vec::new();
    let mut errors = 0;
    let mut first_error = None;
    for client in clients {
        match client.await {
            Ok(outcome) => {
                latencies.extend(outcome.latencies);
                errors += outcome.errors;
                if first_error.is_none() {
                    first_error = outcome.first_error;
                }
            }
            Err(e) => {
                errors += 1;
                first_error.get_or_insert(format!("a client task failed: {e}"));
            }
        }
    }
    if let Some(e) = first_error {
        eprintln!(
            "madoguchi-loadgen: {} at {connections}: {errors} errors, the first: {e}",
            scenario.name()
        );
    }
    latencies.sort_unstable();
    Figures {
        requests: latencies.len(),
        seconds: options.duration.as_secs_f64(),
        p50: percentile(&latencies, 50.0),
        p99: percentile(&latencies, 99.0),
        errors,
    }
}

/// When a client at a fixed rate sends next.
#[derive(Clone, Copy)]
struct Schedule {
    next: Instant,
    interval: Duration,
}

/// One virtual client: a keep-alive connection, one request at a time (when the last is answered,
/// or when the next is due on its `schedule`), reconnecting after a transport error; every loop
/// ends at `end`.
async fn client(
    target: Arc<Target>,
    scenario: Scenario,
    mut schedule: Option<Schedule>,
    measure_from: Instant,
    end: Instant,
) -> ClientOutcome {
    let mut outcome = ClientOutcome::default();
    while Instant::now() < end {
        let (mut sender, driver) = match connect(target.addr).await {
            Ok(pair) => pair,
            Err(e) => {
                outcome.error(format!("connect: {e}"));
                // Not a busy loop against a server that is gone.
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            }
        };
        while Instant::now() < end {
            let (request, slot) = match target.request(scenario) {
                Ok(pair) => pair,
                Err(e) => {
                    outcome.error(format!("building the request: {e}"));
                    break;
                }
            };
            // A latency counts from when the request was due (see the module docs).
            let due = match &mut schedule {
                Some(schedule) => {
                    let due = schedule.next;
                    if due >= end {
                        driver.abort();
                        return outcome;
                    }
                    schedule.next += schedule.interval;
                    tokio::time::sleep_until(due.into()).await;
                    due
                }
                None => Instant::now(),
            };
            let answer = async {
                sender.ready().await?;
                let response = sender.send_request(request).await?;
                let status = response.status();
                let body = response.into_body().collect().await?.to_bytes();
                Ok::<_, Error>((status, body))
            }
            .await;
            match answer {
                Ok((status, body)) if scenario.accepts(status, &body) => {
                    if status == StatusCode::CREATED
                        && let Some(slot) = slot
                    {
                        target.slots[slot].confirmed();
                    }
                    if due >= measure_from {
                        let micros = due.elapsed().as_micros();
                        outcome.latencies.push(u32::try_from(micros).unwrap_or(u32::MAX));
                    }
                }
                Ok((status, body)) => {
                    let snippet = String::from_utf8_lossy(&body[..body.len().min(200)]).into_owned();
                    outcome.error(format!(
                        "{status} (not what {} expects): {snippet}",
                        scenario.name()
                    ));
                }
                Err(e) => {
                    outcome.error(format!("transport: {e}"));
                    break;
                }
            }
        }
        driver.abort();
    }
    outcome
}

/// The nearest-rank percentile of sorted latencies in microseconds.
fn percentile(sorted_micros: &[u32], p: f64) -> Duration {
    if sorted_micros.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * sorted_micros.len() as f64).ceil() as usize;
    let index = rank.clamp(1, sorted_micros.len()) - 1;
    Duration::from_micros(u64::from(sorted_micros[index]))
}

/// A line of `/proc/<pid>/status` in KiB (`VmRSS:` now, `VmHWM:` the peak).
fn rss_kib(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix(field))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_goes_to_each_division_of_the_inquiry_form_on_its_version() {
        let form = serde_json::json!({
            "procedure": "inquiry",
            "version": 3,
            "steps": [
                { "id": "question", "fields": [
                    { "id": "department", "type": "select",
                      "options": [{ "value": "general" }, { "value": "tax" }] },
                    { "id": "reply-by", "type": "radios", "options": [{ "value": "email" }] }
                ] }
            ]
        });
        let bodies: Vec<serde_json::Value> = inquiry_bodies(&form)
            .iter()
            .map(|body| serde_json::from_slice(body).expect("JSON"))
            .collect();
        let divisions: Vec<&str> = bodies
            .iter()
            .map(|b| b["answers"]["department"].as_str().expect("a division"))
            .collect();
        assert_eq!(divisions, ["general", "tax"]);
        assert!(
            bodies
                .iter()
                .all(|b| b["procedure"] == "inquiry" && b["formVersion"] == 3)
        );
        assert!(inquiry_bodies(&serde_json::json!({ "version": 1, "steps": [] })).is_empty());
    }

    #[test]
    fn percentiles_are_nearest_rank() {
        let latencies: Vec<u32> = (1..=100).collect();
        assert_eq!(percentile(&latencies, 50.0), Duration::from_micros(50));
        assert_eq!(percentile(&latencies, 99.0), Duration::from_micros(99));
        assert_eq!(percentile(&[7], 99.0), Duration::from_micros(7));
        assert_eq!(percentile(&[], 50.0), Duration::ZERO);
    }

    #[test]
    fn an_idempotency_key_is_32_hex_digits_and_a_valid_key() {
        let key = idempotency_key(0xdead_beef, 42);
        assert_eq!(key.len(), 32);
        assert!(key.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_ne!(key, idempotency_key(0xdead_beef, 43));
    }

    #[test]
    fn options_have_the_benchmarks_defaults_and_take_lists() {
        let args = |s: &str| {
            s.split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>()
                .into_iter()
        };
        let defaults = Options::parse(args("--url http://127.0.0.1:8787/")).expect("valid");
        assert_eq!(defaults.connections, [32, 256]);
        assert_eq!(defaults.duration, Duration::from_secs(20));
        assert_eq!(defaults.scenarios.len(), 3);
        assert_eq!(defaults.host, "127.0.0.1:8787");
        let chosen = Options::parse(args(
            "--url http://127.0.0.1:1 --connections 8 --scenarios inquiry --duration 0.5 --pid 1",
        ))
        .expect("valid");
        assert_eq!(chosen.connections, [8]);
        assert_eq!(chosen.scenarios, [Scenario::Inquiry]);
        assert_eq!(chosen.duration, Duration::from_millis(500));
        assert_eq!(chosen.rate, None);
        let paced = Options::parse(args("--url http://127.0.0.1:1 --rate 10000")).expect("valid");
        assert_eq!(paced.rate, Some(10_000.0));
        assert!(Options::parse(args("--url http://127.0.0.1:1 --rate 0")).is_err());
        assert!(Options::parse(args("--url https://example.jp")).is_err());
        assert!(Options::parse(args("--url http://127.0.0.1:1 --connections 0")).is_err());
    }

    #[test]
    fn the_rss_of_this_process_is_read() {
        assert!(rss_kib(std::process::id(), "VmRSS:").is_some_and(|k| k > 0));
    }
}
