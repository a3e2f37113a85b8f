//! `cargo xtask bench load` (and part of `cargo xtask bench`): the server under load, on SQLite
//! and on PostgreSQL, against the goals of issue 9 (see BENCHMARKS.md).
//!
//! Both binaries are built in release (what a city runs), the server starts on a free loopback
//! port with a fresh database and the demo city, and `madoguchi-loadgen` drives catalogue GET
//! (with and without `If-None-Match`) and a question to the city (an application of the `inquiry`
//! form, POST) at 32 and 256 keep-alive connections.
//! The server and the load generator share the machine, as the goals assume.
//!
//! A goal has two halves, measured in two runs at 256 connections. **Throughput** comes from the
//! closed loop (each connection sends again as soon as it is answered), the most the server
//! serves. **p99** comes from a run at the goal's rate (`--rate`), counted from when each request
//! was due: the latency residents see at that load. The closed loop's own p99 is shown but not
//! judged: with 256 requests always in flight it is set by the throughput (Little's law: the mean
//! latency is 256 / req/s, so "p99 ≤ 20 ms" there would mean well over 12,800 req/s, not 10,000).
//! Any error, or a goal missed, fails the command.
//!
//! ```text
//! cargo xtask bench load [--store sqlite|postgres|both] [--duration SECS] [--warmup SECS]
//!                        [--connections 32,256] [--threads N]
//! ```

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::step::{self, Result};
use crate::{paths, postgres, run};

/// The connection count the goals are stated at.
const GOAL_CONNECTIONS: u32 = 256;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Store {
    Sqlite,
    Postgres,
}

impl Store {
    fn name(self) -> &'static str {
        match self {
            Self::Sqlite => "SQLite",
            Self::Postgres => "PostgreSQL",
        }
    }
}

/// A goal at [`GOAL_CONNECTIONS`]: at least this many requests/s, p99 at most this many ms
/// (when the issue sets one).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Goal {
    min_rps: f64,
    max_p99_ms: Option<f64>,
}

/// Issue 9's goals on a 2-core machine shared by server and load generator.
fn goal(store: Store, scenario: &str) -> Option<Goal> {
    match (scenario, store) {
        ("catalogue" | "catalogue-304", _) => Some(Goal {
            min_rps: 10_000.0,
            max_p99_ms: Some(20.0),
        }),
        ("inquiry", Store::Sqlite) => Some(Goal {
            min_rps: 1_500.0,
            max_p99_ms: Some(50.0),
        }),
        ("inquiry", Store::Postgres) => Some(Goal {
            min_rps: 1_000.0,
            max_p99_ms: Some(50.0),
        }),
        // Issue 12: booking attempts (booked or refused `slot_full`), 0 overbooked.
        ("booking", Store::Sqlite) => Some(Goal {
            min_rps: 2_000.0,
            max_p99_ms: Some(50.0),
        }),
        ("booking", Store::Postgres) => Some(Goal {
            min_rps: 1_000.0,
            max_p99_ms: None,
        }),
        _ => None,
    }
}

/// One `loadgen:` line.
#[derive(Debug, Clone, PartialEq)]
struct Run {
    scenario: String,
    connections: u32,
    rps: f64,
    p50_ms: f64,
    p99_ms: f64,
    errors: u64,
    rss_kib: Option<u64>,
    peak_rss_kib: Option<u64>,
    /// The fixed rate it ran at; `None` for the closed loop.
    rate: Option<f64>,
    /// Bookings only: places booked so far, beyond a slot's places, and 201s the server lost.
    booked: Option<u64>,
    overbooked: Option<u64>,
    unrecorded: Option<u64>,
}

impl Run {
    fn parse(line: &str) -> Option<Self> {
        let fields = line.strip_prefix("loadgen: ")?;
        let get = |key: &str| {
            fields
                .split_whitespace()
                .find_map(|kv| kv.strip_prefix(key)?.strip_prefix('='))
        };
        Some(Self {
            scenario: get("scenario")?.to_owned(),
            connections: get("connections")?.parse().ok()?,
            rps: get("rps")?.parse().ok()?,
            p50_ms: get("p50_ms")?.parse().ok()?,
            p99_ms: get("p99_ms")?.parse().ok()?,
            errors: get("errors")?.parse().ok()?,
            rss_kib: get("rss_kib").and_then(|v| v.parse().ok()),
            peak_rss_kib: get("peak_rss_kib").and_then(|v| v.parse().ok()),
            rate: get("rate").and_then(|v| v.parse().ok()),
            booked: get("booked").and_then(|v| v.parse().ok()),
            overbooked: get("overbooked").and_then(|v| v.parse().ok()),
            unrecorded: get("unrecorded").and_then(|v| v.parse().ok()),
        })
    }

    /// The goal this run is judged against, if any (only at [`GOAL_CONNECTIONS`]).
    fn goal(&self, store: Store) -> Option<Goal> {
        goal(store, &self.scenario).filter(|_| self.connections == GOAL_CONNECTIONS)
    }

    /// Whether this run misses its half of the goal (see the module docs); errors always miss.
    fn missed(&self, store: Store) -> bool {
        self.errors > 0
            || self.overbooked.is_some_and(|n| n > 0)
            || self.unrecorded.is_some_and(|n| n > 0)
            || self.goal(store).is_some_and(|g| match self.rate {
                None => self.rps < g.min_rps,
                // Falling more than 2 % behind the schedule is not keeping up with the rate.
                Some(rate) => g.max_p99_ms.is_some_and(|max| self.p99_ms > max) || self.rps < 0.98 * rate,
            })
    }
}

struct Options {
    stores: Vec<Store>,
    loadgen_args: Vec<String>,
}

fn parse_options(args: &[String]) -> Result<Options> {
    let mut stores = vec![Store::Sqlite, Store::Postgres];
    let mut loadgen_args = Vec::new();
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--store" => {
                stores = match value.as_str() {
                    "sqlite" => vec![Store::Sqlite],
                    "postgres" => vec![Store::Postgres],
                    "both" => vec![Store::Sqlite, Store::Postgres],
                    other => return Err(format!("--store {other:?}: sqlite, postgres or both")),
                }
            }
            "--duration" | "--warmup" | "--connections" | "--threads" | "--scenarios" => {
                loadgen_args.extend([flag.clone(), value.clone()]);
            }
            other => return Err(format!("bench load: unknown argument {other:?}")),
        }
    }
    Ok(Options { stores, loadgen_args })
}

pub fn main(args: &[String]) -> Result {
    let options = parse_options(args)?;
    bench(&options, false)
}

/// `cargo xtask bench booking`: residents racing for slots (issue 12) at 32, 128 and 256
/// connections, each level on a fresh server and database so each starts with every place free.
pub fn booking(args: &[String]) -> Result {
    let mut options = parse_options(args)?;
    for (flag, default) in [
        ("--scenarios", "booking"),
        ("--connections", "32,128,256"),
        ("--duration", "10"),
    ] {
        if !options.loadgen_args.iter().any(|a| a == flag) {
            options.loadgen_args.extend([flag.to_owned(), default.to_owned()]);
        }
    }
    bench(&options, true)
}

/// Builds, runs every store (`one_server_per_level`: each connection count on its own server),
/// prints the table and fails on a missed goal.
fn bench(options: &Options, one_server_per_level: bool) -> Result {
    let t = step::start("server under load: release build of madoguchi-server and madoguchi-loadgen");
    step::run(step::cargo().args([
        "build",
        "--release",
        "-p",
        "madoguchi-server",
        "-p",
        "madoguchi-loadgen",
    ]))?;
    step::done("release build", t);

    let mut results: Vec<(Store, Run)> = Vec::new();
    let mut failures = Vec::new();
    let levels: Vec<Vec<String>> = if one_server_per_level {
        let connections = options
            .loadgen_args
            .chunks(2)
            .find(|pair| pair[0] == "--connections")
            .map_or("32,256", |pair| pair[1].as_str());
        connections
            .split(',')
            .map(|level| {
                let mut args = without(&options.loadgen_args, &["--connections"]);
                args.extend(["--connections".to_owned(), level.trim().to_owned()]);
                args
            })
            .collect()
    } else {
        vec![options.loadgen_args.clone()]
    };
    for &store in &options.stores {
        let t = step::start(&format!("server under load on {}", store.name()));
        for args in &levels {
            match run_store(store, args) {
                Ok(runs) => results.extend(runs.into_iter().map(|r| (store, r))),
                Err(e) => failures.push(format!("{}: {e}", store.name())),
            }
        }
        step::done(store.name(), t);
    }

    println!("\n{}", table(&results));
    for (store, run) in &results {
        if run.missed(*store) {
            failures.push(format!(
                "{} {} at {} connections: {:.0} req/s, p99 {:.2} ms, {} errors",
                store.name(),
                run.scenario,
                run.connections,
                run.rps,
                run.p99_ms,
                run.errors
            ));
        }
    }
    if failures.is_empty() {
        println!("bench: server load: every goal met, 0 errors");
        Ok(())
    } else {
        Err(format!("server load: missed\n  {}", failures.join("\n  ")))
    }
}

/// A fresh database and server for `store`, the load generator against it, and the cleanup.
fn run_store(store: Store, loadgen_args: &[String]) -> Result<Vec<Run>> {
    let dir = TempDir::new("madoguchi-bench-load")?;
    // Kept alive until the server has stopped: dropping it drops the database (and our cluster).
    let mut database_guard = None;
    let database = match store {
        Store::Sqlite => dir.0.join("city.sqlite3").display().to_string(),
        Store::Postgres => {
            let guard = FreshDatabase::create(postgres::ensure()?)?;
            let url = guard.url();
            database_guard = Some(guard);
            url
        }
    };
    let mut server = Command::new(release_bin("madoguchi-server"));
    server
        // No config file from the checkout: the built-in defaults plus what we set here.
        .current_dir(&dir.0)
        .env("MADOGUCHI_CONFIG", dir.0.join("none.toml"))
        .env("MADOGUCHI_HOST", "127.0.0.1")
        .env("MADOGUCHI_PORT", "0")
        .env("MADOGUCHI_DATABASE", &database)
        .env("MADOGUCHI_DEMO_CITY", "true")
        .env_remove("MADOGUCHI_UI_DIR")
        // The server's default (info): one line per application, as a city runs it.
        .env_remove("RUST_LOG");
    let (mut child, addr) = spawn_server(&mut server, &dir.0.join("server.log"))?;
    println!(
        "    server pid {} on http://{addr} ({} database {database}); its log: {}",
        child.id(),
        store.name(),
        dir.0.join("server.log").display()
    );
    let result = loadgen(&addr, child.id(), loadgen_args).and_then(|mut runs| {
        // Then each goal's p99, at its rate.
        let mut goals: Vec<(String, Goal)> = Vec::new();
        for run in &runs {
            if let Some(g) = run.goal(store)
                && g.max_p99_ms.is_some()
                && !goals.iter().any(|(s, _)| *s == run.scenario)
            {
                goals.push((run.scenario.clone(), g));
            }
        }
        for (scenario, g) in goals {
            let mut args = without(loadgen_args, &["--connections", "--scenarios", "--rate"]);
            args.extend([
                "--connections".to_owned(),
                GOAL_CONNECTIONS.to_string(),
                "--scenarios".to_owned(),
                scenario,
                "--rate".to_owned(),
                format!("{:.0}", g.min_rps),
            ]);
            runs.extend(loadgen(&addr, child.id(), &args)?);
        }
        Ok(runs)
    });
    run::terminate(&mut child);
    drop(database_guard);
    result
}

/// Runs the load generator, echoing its output, and collects its `loadgen:` lines. Its exit
/// status only repeats the errors the lines already count.
fn loadgen(addr: &str, pid: u32, extra: &[String]) -> Result<Vec<Run>> {
    let mut cmd = Command::new(release_bin("madoguchi-loadgen"));
    cmd.args(["--url", &format!("http://{addr}"), "--pid", &pid.to_string()])
        .args(extra)
        .stdout(Stdio::piped());
    let shown = step::show(&cmd);
    let mut child = cmd.spawn().map_err(|e| format!("cannot start `{shown}`: {e}"))?;
    let mut runs = Vec::new();
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(std::result::Result::ok) {
            match Run::parse(&line) {
                Some(run) => runs.push(run),
                None => println!("    {line}"),
            }
        }
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    if runs.is_empty() {
        return Err(format!("`{shown}` reported nothing ({status})"));
    }
    Ok(runs)
}

/// Starts the server, waits (up to 60 s) for its "listening on" line, then copies the rest of
/// its output (a line per application) into `log` instead of the terminal.
pub(crate) fn spawn_server(cmd: &mut Command, log: &Path) -> Result<(Child, String)> {
    let mut log = std::fs::File::create(log).map_err(|e| format!("{}: {e}", log.display()))?;
    let mut child = cmd
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("starting `{}`: {e}", step::show(cmd)))?;
    let stdout = child.stdout.take().ok_or("no server stdout")?;
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        use std::io::Write as _;
        let mut lines = BufReader::new(stdout).lines().map_while(std::result::Result::ok);
        for line in lines.by_ref() {
            let _ = writeln!(log, "{line}");
            if let Some(addr) = line.strip_prefix("madoguchi-server listening on http://") {
                let _ = tx.send(addr.trim().to_owned());
                break;
            }
        }
        for line in lines {
            let _ = writeln!(log, "{line}");
        }
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if let Ok(addr) = rx.recv_timeout(Duration::from_millis(100)) {
            return Ok((child, addr));
        }
        if let Some(status) = child.try_wait().ok().flatten() {
            return Err(format!("the server exited before listening ({status})"));
        }
    }
    run::terminate(&mut child);
    Err("the server did not start listening within 60 s".into())
}

/// `args` (flag, value pairs) without the given flags.
fn without(args: &[String], flags: &[&str]) -> Vec<String> {
    args.chunks(2)
        .filter(|pair| !flags.contains(&pair[0].as_str()))
        .flatten()
        .cloned()
        .collect()
}

pub(crate) fn release_bin(name: &str) -> PathBuf {
    paths::target_dir().join("release").join(name)
}

/// Every figure beside its goal, as Markdown (pasted into BENCHMARKS.md as it is).
fn table(results: &[(Store, Run)]) -> String {
    let mut out = String::from(
        "| store | request | conns | load | req/s | p50 ms | p99 ms | errors | server RSS (peak) | goal | met |\n\
         | --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |\n",
    );
    for (store, run) in results {
        let request = match run.scenario.as_str() {
            "catalogue" => "catalogue GET".to_owned(),
            "catalogue-304" => "catalogue GET, If-None-Match (304)".to_owned(),
            "inquiry" => "question POST (`inquiry` form)".to_owned(),
            "booking" => format!(
                "booking POST (201 or 409 full; {} booked in all, {} overbooked, {} lost)",
                run.booked.unwrap_or(0),
                run.overbooked.unwrap_or(0),
                run.unrecorded.unwrap_or(0)
            ),
            other => other.to_owned(),
        };
        let goal = run.goal(*store).map_or_else(
            || "0 errors".to_owned(),
            |g| match run.rate {
                None => format!("≥ {} req/s", thousands(g.min_rps)),
                Some(_) => g
                    .max_p99_ms
                    .map_or_else(|| "0 errors".to_owned(), |max| format!("p99 ≤ {max} ms")),
            },
        );
        let load = run
            .rate
            .map_or_else(|| "closed loop".to_owned(), |r| format!("{}/s", thousands(r)));
        let mib = |k: Option<u64>| k.map_or_else(|| "-".to_owned(), |k| format!("{:.1}", k as f64 / 1024.0));
        out.push_str(&format!(
            "| {} | {request} | {} | {load} | {} | {:.2} | {:.2} | {} | {} MiB ({}) | {goal} | {} |\n",
            store.name(),
            run.connections,
            thousands(run.rps),
            run.p50_ms,
            run.p99_ms,
            run.errors,
            mib(run.rss_kib),
            mib(run.peak_rss_kib),
            if run.missed(*store) { "**no**" } else { "yes" },
        ));
    }
    out
}

/// 12345.6 → "12,346".
fn thousands(n: f64) -> String {
    let digits = format!("{:.0}", n.max(0.0));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A folder under the system temp dir, removed on drop.
pub(crate) struct TempDir(pub(crate) PathBuf);

impl TempDir {
    pub(crate) fn new(prefix: &str) -> Result<Self> {
        let dir = std::env::temp_dir().join(format!("{prefix}-{}-{}", std::process::id(), nanos()));
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        Ok(Self(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn nanos() -> u32 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos())
}

/// A database of a fresh name on the PostgreSQL of [`postgres::ensure`], dropped afterwards.
struct FreshDatabase {
    postgres: postgres::Postgres,
    name: String,
}

impl FreshDatabase {
    fn create(postgres: postgres::Postgres) -> Result<Self> {
        let name = format!("madoguchi_bench_{}_{}", std::process::id(), nanos());
        postgres.execute(&format!("CREATE DATABASE {name}"))?;
        Ok(Self { postgres, name })
    }

    fn url(&self) -> String {
        self.postgres.database_url(&self.name)
    }
}

impl Drop for FreshDatabase {
    fn drop(&mut self) {
        // FORCE: a server that did not stop cleanly may still hold connections.
        if let Err(e) = self
            .postgres
            .execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name))
        {
            eprintln!("    could not drop the bench database: {e}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_loadgen_line_is_read_and_judged_against_its_goal() {
        let line = "loadgen: scenario=inquiry connections=256 rate=1500 requests=30000 seconds=20.00 \
                    rps=1500.0 p50_ms=20.000 p99_ms=49.900 errors=0 rss_kib=40960 peak_rss_kib=51200";
        let run = Run::parse(line).expect("a loadgen line");
        assert_eq!(run.scenario, "inquiry");
        assert_eq!(run.rss_kib, Some(40960));
        assert_eq!(run.rate, Some(1500.0));
        assert!(!run.missed(Store::Sqlite));
        let slow = Run {
            p99_ms: 50.1,
            ..run.clone()
        };
        assert!(slow.missed(Store::Sqlite));
        let behind = Run {
            rps: 1400.0,
            ..run.clone()
        };
        assert!(behind.missed(Store::Sqlite), "not keeping up with the rate");
        let closed_loop = Run {
            rate: None,
            rps: 1600.0,
            p99_ms: 300.0,
            ..run.clone()
        };
        assert!(!closed_loop.missed(Store::Sqlite), "its p99 is shown, not judged");
        assert!(
            Run {
                rps: 1400.0,
                ..closed_loop
            }
            .missed(Store::Sqlite)
        );
        let failing = Run {
            connections: 32,
            errors: 1,
            ..run.clone()
        };
        assert!(
            failing.missed(Store::Postgres),
            "an error misses at any connection count"
        );
        assert!(Run::parse("request conns req/s").is_none());
    }

    #[test]
    fn the_table_shows_figures_beside_goals() {
        let run = Run {
            scenario: "catalogue".into(),
            connections: 256,
            rps: 12_345.6,
            p50_ms: 1.0,
            p99_ms: 3.0,
            errors: 0,
            rss_kib: Some(2048),
            peak_rss_kib: None,
            rate: None,
            booked: None,
            overbooked: None,
            unrecorded: None,
        };
        let paced = Run {
            rate: Some(10_000.0),
            rps: 10_000.0,
            p99_ms: 25.0,
            ..run.clone()
        };
        let table = table(&[(Store::Postgres, run), (Store::Postgres, paced)]);
        assert!(
            table.contains(
                "| PostgreSQL | catalogue GET | 256 | closed loop | 12,346 | 1.00 | 3.00 | 0 | 2.0 MiB (-) | ≥ 10,000 req/s | yes |"
            ),
            "{table}"
        );
        assert!(
            table.contains(
                "| 256 | 10,000/s | 10,000 | 1.00 | 25.00 | 0 | 2.0 MiB (-) | p99 ≤ 20 ms | **no** |"
            ),
            "{table}"
        );
    }

    #[test]
    fn options_pick_stores_and_pass_the_rest_to_the_load_generator() {
        let args: Vec<String> = ["--store", "sqlite", "--duration", "3"]
            .map(String::from)
            .to_vec();
        let options = parse_options(&args).expect("valid");
        assert_eq!(options.stores, [Store::Sqlite]);
        assert_eq!(options.loadgen_args, ["--duration", "3"]);
        assert!(parse_options(&["--store".into(), "mysql".into()]).is_err());
        let args: Vec<String> = ["--connections", "32", "--duration", "3"]
            .map(String::from)
            .to_vec();
        assert_eq!(without(&args, &["--connections"]), ["--duration", "3"]);
    }
}
