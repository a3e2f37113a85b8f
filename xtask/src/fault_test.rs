//! `cargo xtask fault-test`: 100 questions to the city (お問い合わせ, applications of the `inquiry`
//! form) submitted while the shell is SIGKILLed at random points; afterwards the server must hold
//! exactly one per intended submission (0 lost, 0 doubled).
//!
//! It drives `madoguchi-headless`, the shell's local data and outbox without a window: the same
//! `LocalData`, store, outbox and sender code the window's commands use, minus Tauri's window and
//! IPC, so it can be started and killed a hundred times in a minute (the real window takes seconds
//! to start under Xvfb, and its IPC layer is not part of the promise under test).
//!
//! Each submission is "intended" when the resident saw "saved"; if the shell died before saying so,
//! the test does what a resident would: reopens the app, looks at the list, and submits again only
//! if it is not there. Kills land (1) right after the submit line, during the local transaction,
//! (2) just after "saved", while the sender is mid-request, or (3) not at all.

use std::io::{BufRead as _, BufReader, Write as _};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::paths;
use crate::run::{spawn_server, terminate};
use crate::step::{self, Result, run};

const SUBMISSIONS: usize = 100;
const INSIDE: &str = "MADOGUCHI_FAULT_TEST_IN_KEY_SESSION";

pub fn main() -> Result {
    if std::env::var_os(INSIDE).is_none() {
        // The headless shells keep the store key in the kernel keyring of one session, shared by
        // every restart, as a login session would be.
        let exe = std::env::current_exe().map_err(|e| e.to_string())?;
        let mut me = Command::new(exe);
        me.arg("fault-test").env(INSIDE, "1");
        return run(&mut step::in_key_session(&me));
    }
    let t = step::start("building the server and the headless shell");
    step::build_binaries(&["madoguchi-server", "madoguchi-headless"])?;
    step::done("build", t);

    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64)
        | 1;
    let dir = std::env::temp_dir().join(format!("madoguchi-fault-{seed:x}"));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let result = fault_test(&dir, seed);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn fault_test(dir: &Path, seed: u64) -> Result {
    let database = dir.join("city.sqlite3");
    let secret = crate::staff::create(&database.to_string_lossy(), "fault-clerk")?;
    let mut server = Command::new(paths::debug_bin("madoguchi-server"));
    server
        .env("MADOGUCHI_PORT", "0")
        .env("MADOGUCHI_DATABASE", &database)
        .env("MADOGUCHI_UI_DIR", "")
        .env("MADOGUCHI_CONFIG", dir.join("none.toml"))
        .env("RUST_LOG", "error");
    let (mut server, url) = spawn_server(&mut server)?;
    let outcome = submissions(dir, &url, seed);
    let counts = outcome.and_then(|kills| {
        let token = crate::staff::sign_in(&url, "fault-clerk", &secret)?;
        count_on_server(&url, seed, &token).map(|counts| (kills, counts))
    });
    terminate(&mut server);
    let (kills, counts) = counts?;
    let lost = counts.iter().filter(|c| **c == 0).count();
    let doubled = counts.iter().filter(|c| **c > 1).count();
    println!("\nfault-test: seed {seed:x}");
    println!("fault-test: submissions {SUBMISSIONS}, shell killed {kills} times");
    println!(
        "fault-test: on the server {} questions; lost {lost}, duplicated {doubled}",
        counts.iter().sum::<usize>()
    );
    if lost == 0 && doubled == 0 {
        Ok(())
    } else {
        Err(format!("{lost} lost and {doubled} duplicated questions"))
    }
}

/// A running headless shell and its answers.
struct Shell {
    child: Child,
    stdin: ChildStdin,
    lines: Receiver<String>,
}

impl Shell {
    fn start(dir: &Path, url: &str) -> Result<Self> {
        let mut child = Command::new(paths::debug_bin("madoguchi-headless"))
            .arg(dir.join("device"))
            .env("MADOGUCHI_SERVER_URL", url)
            .env("MADOGUCHI_KEYRING", "kernel")
            .env("MADOGUCHI_OUTBOX_RETRY_CAP_SECS", "1")
            .env("MADOGUCHI_CONFIG", dir.join("none.toml"))
            .env("RUST_LOG", "error")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("starting madoguchi-headless: {e}"))?;
        let stdin = child.stdin.take().ok_or("no stdin")?;
        let stdout = child.stdout.take().ok_or("no stdout")?;
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(std::result::Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut shell = Self { child, stdin, lines };
        shell.expect(|l| l == "ready")?;
        Ok(shell)
    }

    fn send(&mut self, line: &str) -> Result {
        writeln!(self.stdin, "{line}")
            .and_then(|()| self.stdin.flush())
            .map_err(|e| format!("writing to the shell: {e}"))
    }

    /// The first line matching `want`, within 20 s; an `error …` line fails.
    fn expect(&mut self, want: impl Fn(&str) -> bool) -> Result<String> {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            match self.lines.recv_timeout(Duration::from_millis(100)) {
                Ok(line) if want(&line) => return Ok(line),
                Ok(line) if line.starts_with("error") => return Err(format!("the shell answered {line}")),
                Ok(_) | Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => return Err("the shell exited".into()),
            }
        }
        Err("the shell did not answer within 20 s".into())
    }

    fn kill(mut self) -> Vec<String> {
        let _ = self.child.kill();
        let _ = self.child.wait();
        self.lines.try_iter().collect()
    }

    /// How many applications the device holds. Submissions go one at a time and one is only sent
    /// again when it is not there, so submission `i` (from 0) is saved when there are more than `i`.
    fn saved_count(&mut self) -> Result<usize> {
        self.send("list")?;
        let mut count = 0;
        loop {
            let line = self.expect(|_| true)?;
            if line == "end" {
                return Ok(count);
            }
            count += usize::from(line.starts_with("application "));
        }
    }
}

/// xorshift64*: enough randomness to place kills, reproducible from the printed seed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n
    }
}

fn subject(seed: u64, i: usize) -> String {
    format!("fault-test {seed:x} #{i:03}")
}

/// Submits every question once from the resident's point of view; returns how many kills it made.
fn submissions(dir: &Path, url: &str, seed: u64) -> Result<usize> {
    let mut rng = Rng(seed);
    let mut kills = 0;
    let mut shell = Some(Shell::start(dir, url)?);
    for i in 0..SUBMISSIONS {
        let subject = subject(seed, i);
        loop {
            let mut s = match shell.take() {
                Some(s) => s,
                None => Shell::start(dir, url)?,
            };
            s.send(&format!("submit {subject}"))?;
            match rng.below(10) {
                // Killed during the local transaction (or just before/after it).
                0..=1 => {
                    std::thread::sleep(Duration::from_micros(rng.below(4000)));
                    let seen = s.kill();
                    kills += 1;
                    let mut fresh = Shell::start(dir, url)?;
                    let saved = seen.iter().any(|l| l.starts_with("saved ")) || fresh.saved_count()? > i;
                    shell = Some(fresh);
                    if saved {
                        break;
                    }
                }
                // Killed after "saved", while the sender is delivering.
                2..=5 => {
                    s.expect(|l| l.starts_with("saved "))?;
                    std::thread::sleep(Duration::from_micros(rng.below(30_000)));
                    s.kill();
                    kills += 1;
                    break;
                }
                _ => {
                    s.expect(|l| l.starts_with("saved "))?;
                    shell = Some(s);
                    break;
                }
            }
        }
    }
    // The last shell runs until the outbox is empty.
    let mut s = match shell.take() {
        Some(s) => s,
        None => Shell::start(dir, url)?,
    };
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        s.send("pending")?;
        if s.expect(|l| l.starts_with("pending "))? == "pending 0" {
            break;
        }
        if Instant::now() > deadline {
            return Err("the outbox did not empty within 120 s".into());
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    s.send("wipe")?;
    s.expect(|l| l == "ok")?;
    s.kill();
    Ok(kills)
}

/// How many applications the server holds for each submission (by its subject), read through the
/// staff API.
fn count_on_server(url: &str, seed: u64, token: &str) -> Result<Vec<usize>> {
    let output = Command::new("curl")
        .args([
            "-sf",
            "-H",
            &format!("Authorization: Bearer {token}"),
            &format!("{url}api/v1/admin/applications"),
        ])
        .output()
        .map_err(|e| format!("curl: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "reading the server's applications failed ({})",
            output.status
        ));
    }
    let body = String::from_utf8_lossy(&output.stdout);
    Ok((0..SUBMISSIONS)
        .map(|i| {
            body.matches(&format!("\"subject\":\"{}\"", subject(seed, i)))
                .count()
        })
        .collect())
}
