//! `madoguchi-loadgen notices`: holds N notice streams (`GET /api/v1/notices/stream`) open and
//! idle, reads the server's memory per idle stream, then publishes one urgent notice as a clerk
//! and measures how long it takes to reach each stream (p50, p99, the last).
//!
//! It first raises its own open-files limit to the hard limit (`setrlimit`): 10,000 streams are
//! 10,000 sockets, and the usual soft limit is 1,024. (The server needs as many; `cargo xtask bench
//! notices` checks its limit.) Streams are opened a few hundred at a time, so the server's listen
//! backlog never overflows. A latency counts from just before the notice's POST is sent to the
//! moment its event is read on a stream, so it includes the write, the fan-out and the socket.
//!
//! ```text
//! madoguchi-loadgen notices --url http://127.0.0.1:8787 --pid PID --staff-token st-…
//!                   [--connections 10000] [--settle 3] [--timeout 30]
//! ```
//!
//! Prints a table and one `loadgen:` line of `key=value` pairs.

use std::net::{SocketAddr, ToSocketAddrs as _};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt as _, Empty, Full};
use hyper::{Method, Request};
use hyper_util::rt::TokioIo;
use tokio::sync::{Semaphore, mpsc};

use crate::{Error, ms, percentile, rss_kib};

/// Streams being opened at once.
const OPENING_AT_ONCE: usize = 256;

struct Options {
    addr: SocketAddr,
    host: String,
    pid: Option<u32>,
    staff_token: String,
    connections: usize,
    settle: Duration,
    timeout: Duration,
}

impl Options {
    fn parse(mut args: impl Iterator<Item = String>) -> Result<Self, String> {
        let (mut url, mut pid, mut token) = (None, None, None);
        let mut connections = 10_000;
        let mut settle = Duration::from_secs(3);
        let mut timeout = Duration::from_secs(30);
        while let Some(flag) = args.next() {
            let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
            let seconds = |v: String| {
                v.parse::<u64>()
                    .map(Duration::from_secs)
                    .map_err(|e| format!("{v:?}: {e}"))
            };
            match flag.as_str() {
                "--url" => url = Some(value()?),
                "--pid" => pid = Some(value()?.parse().map_err(|e| format!("--pid: {e}"))?),
                "--staff-token" => token = Some(value()?),
                "--connections" => {
                    connections = value()?.parse().map_err(|e| format!("--connections: {e}"))?;
                }
                "--settle" => settle = seconds(value()?)?,
                "--timeout" => timeout = seconds(value()?)?,
                other => return Err(format!("unknown argument {other:?}")),
            }
        }
        let url = url.ok_or("--url is required")?;
        let host = url
            .strip_prefix("http://")
            .ok_or("only http:// URLs")?
            .trim_end_matches('/')
            .to_owned();
        let addr = host
            .to_socket_addrs()
            .map_err(|e| format!("{host}: {e}"))?
            .next()
            .ok_or_else(|| format!("{host}: no address"))?;
        if connections == 0 {
            return Err("--connections must be above zero".into());
        }
        Ok(Self {
            addr,
            host,
            pid,
            staff_token: token.ok_or("--staff-token is required (a clerk's session)")?,
            connections,
            settle,
            timeout,
        })
    }
}

pub fn main(args: impl Iterator<Item = String>) -> std::process::ExitCode {
    let options = match Options::parse(args) {
        Ok(options) => options,
        Err(e) => {
            eprintln!("madoguchi-loadgen notices: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    let limit = raise_open_files();
    println!("open-files limit: {limit}");
    let result = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(Error::from)
        .and_then(|runtime| runtime.block_on(run(&options)));
    match result {
        Ok(0) => std::process::ExitCode::SUCCESS,
        Ok(missing) => {
            eprintln!("madoguchi-loadgen notices: {missing} streams did not get the notice");
            std::process::ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("madoguchi-loadgen notices: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Raises the soft open-files limit to the hard one; the limit now.
fn raise_open_files() -> u64 {
    use rustix::process::{Resource, getrlimit, setrlimit};
    let mut limit = getrlimit(Resource::Nofile);
    if limit.current < limit.maximum {
        limit.current = limit.maximum;
        if let Err(e) = setrlimit(Resource::Nofile, limit) {
            eprintln!("cannot raise the open-files limit: {e}");
        }
    }
    getrlimit(Resource::Nofile).current.unwrap_or(u64::MAX)
}

async fn run(options: &Options) -> Result<usize, Error> {
    let before = options.pid.and_then(|pid| rss_kib(pid, "VmRSS:"));
    let (arrived, mut arrivals) = mpsc::unbounded_channel::<Instant>();
    let opening = Arc::new(Semaphore::new(OPENING_AT_ONCE));
    let started = Instant::now();
    let mut opened = Vec::with_capacity(options.connections);
    for _ in 0..options.connections {
        let permit = Arc::clone(&opening).acquire_owned().await?;
        let (addr, host, arrived) = (options.addr, options.host.clone(), arrived.clone());
        opened.push(tokio::spawn(async move {
            let stream = open_stream(addr, &host).await;
            drop(permit);
            let body = stream?;
            tokio::spawn(watch(body, arrived));
            Ok::<(), Error>(())
        }));
    }
    for handle in opened {
        handle.await??;
    }
    let open_for = started.elapsed();
    tokio::time::sleep(options.settle).await;
    let idle = options.pid.and_then(|pid| rss_kib(pid, "VmRSS:"));
    println!(
        "{} streams open in {:.1} s; server RSS {} → {}",
        options.connections,
        open_for.as_secs_f64(),
        kib(before),
        kib(idle)
    );

    let published = Instant::now();
    publish(options).await?;
    let mut latencies = Vec::with_capacity(options.connections);
    let deadline = tokio::time::Instant::now() + options.timeout;
    while latencies.len() < options.connections {
        match tokio::time::timeout_at(deadline, arrivals.recv()).await {
            Ok(Some(at)) => {
                latencies.push(u32::try_from(at.duration_since(published).as_micros()).unwrap_or(u32::MAX))
            }
            Ok(None) | Err(_) => break,
        }
    }
    latencies.sort_unstable();
    let delivered = latencies.len();
    let per_stream = match (before, idle) {
        (Some(b), Some(i)) => Some(i.saturating_sub(b) * 1024 / options.connections as u64),
        _ => None,
    };
    let (p50, p99, last) = (
        percentile(&latencies, 50.0),
        percentile(&latencies, 99.0),
        percentile(&latencies, 100.0),
    );
    println!(
        "\n| streams | delivered | server RSS idle | per idle stream | p50 | p99 | last |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n| {} | {delivered} | {} | {} | {:.1} ms | {:.1} ms | {:.1} ms |",
        options.connections,
        kib(idle),
        per_stream.map_or_else(|| "-".to_owned(), |b| format!("{:.1} KiB", b as f64 / 1024.0)),
        ms(p50),
        ms(p99),
        ms(last),
    );
    println!(
        "loadgen: scenario=notices connections={} delivered={delivered} rss_before_kib={} rss_idle_kib={} \
         per_stream_bytes={} p50_ms={:.3} p99_ms={:.3} last_ms={:.3}",
        options.connections,
        before.map_or_else(|| "-".to_owned(), |k| k.to_string()),
        idle.map_or_else(|| "-".to_owned(), |k| k.to_string()),
        per_stream.map_or_else(|| "-".to_owned(), |b| b.to_string()),
        ms(p50),
        ms(p99),
        ms(last),
    );
    Ok(options.connections - delivered)
}

fn kib(k: Option<u64>) -> String {
    k.map_or_else(|| "-".to_owned(), |k| format!("{:.1} MiB", k as f64 / 1024.0))
}

/// One stream, its response head read (200): its body.
async fn open_stream(addr: SocketAddr, host: &str) -> Result<hyper::body::Incoming, Error> {
    let socket = tokio::net::TcpStream::connect(addr).await?;
    socket.set_nodelay(true)?;
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(socket)).await?;
    tokio::spawn(async move {
        let _ = connection.await;
    });
    let request = Request::builder()
        .uri("/api/v1/notices/stream")
        .header("host", host)
        .body(Empty::<Bytes>::new())?;
    let response = sender.send_request(request).await?;
    if response.status() != 200 {
        return Err(format!("the stream answered {}", response.status()).into());
    }
    Ok(response.into_body())
}

/// Reads a stream until a `notice` event arrives; reports when.
async fn watch(mut body: hyper::body::Incoming, arrived: mpsc::UnboundedSender<Instant>) {
    // The end of what was read, so an `event: notice` split between two reads is still seen.
    let mut tail = Vec::new();
    while let Some(Ok(frame)) = body.frame().await {
        let Ok(data) = frame.into_data() else { continue };
        tail.extend_from_slice(&data);
        if tail
            .windows(b"event: notice".len())
            .any(|w| w == b"event: notice")
        {
            let _ = arrived.send(Instant::now());
            return;
        }
        let keep = tail.len().saturating_sub(16);
        tail.drain(..keep);
    }
}

/// Publishes one urgent notice for one area, as a clerk.
async fn publish(options: &Options) -> Result<(), Error> {
    let socket = tokio::net::TcpStream::connect(options.addr).await?;
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(socket)).await?;
    tokio::spawn(async move {
        let _ = connection.await;
    });
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_millis();
    let body = serde_json::json!({
        "title": {"ja": "避難指示(夢咲3丁目)", "en": "Evacuation order (Yumesaki 3-chome)"},
        "body": {"ja": "夢咲小学校へ避難してください。"},
        "category": "disaster",
        "priority": "urgent",
        "rule": {"areas": ["yumesaki-3-chome"]},
        "expiresAt": now_ms + 3_600_000,
        "topic": format!("bench-{now_ms}"),
    });
    let request = Request::builder()
        .method(Method::POST)
        .uri("/api/v1/admin/notices")
        .header("host", &options.host)
        .header("content-type", "application/json")
        .header("authorization", format!("Bearer {}", options.staff_token))
        .header("idempotency-key", format!("bench-notices-{now_ms:020}"))
        .body(Full::new(Bytes::from(serde_json::to_vec(&body)?)))?;
    let response = sender.send_request(request).await?;
    if response.status() != 201 {
        return Err(format!("publishing answered {}", response.status()).into());
    }
    Ok(())
}
