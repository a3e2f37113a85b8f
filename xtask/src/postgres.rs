//! A PostgreSQL for Test and bench: the server's contract suite runs every API test on
//! PostgreSQL too, so Test needs one on every machine, including a resident developer's laptop
//! where none is running.
//!
//! [`ensure`] picks, in order: `MADOGUCHI_TEST_POSTGRES_URL` (a CI service or a developer's own
//! cluster), a PostgreSQL answering on 127.0.0.1:5432 (trust auth, user `postgres`), or one we
//! start ourselves from Debian's `postgresql` package: `initdb` into a temporary folder with trust
//! auth, listening on a free loopback port only, its socket inside that folder, stopped and
//! removed when the [`Postgres`] is dropped. `MADOGUCHI_TEST_POSTGRES=own` skips the first two,
//! so the start-our-own path can be proven on a machine that has one running
//! (`cargo xtask postgres-check`, and the unit test below).
//!
//! The URL handed out is an *admin* URL: whoever uses it creates and drops its own databases.

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::step::{Result, have, show};

pub const ADMIN_URL_ENV: &str = "MADOGUCHI_TEST_POSTGRES_URL";
const FORCE_ENV: &str = "MADOGUCHI_TEST_POSTGRES";
const LOCAL_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";
/// The system user Debian's package creates; initdb and postgres refuse to run as root.
const SYSTEM_USER: &str = "postgres";

/// A PostgreSQL someone may create databases on. Dropping it stops the cluster we started, if any.
pub struct Postgres {
    /// `postgres://user@host:port/postgres`: an account that may `CREATE DATABASE`.
    pub url: String,
    /// Held for its `Drop`, which stops the cluster we started.
    _own: Option<OwnCluster>,
}

impl Postgres {
    /// The URL of database `name` on the same server, as the same user.
    pub fn database_url(&self, name: &str) -> String {
        with_database(&self.url, name)
    }

    /// Runs one SQL statement on the admin database with psql (no quoting is done: callers pass
    /// their own identifiers, never outside input).
    pub fn execute(&self, sql: &str) -> Result<String> {
        psql(&self.url, sql)
    }
}

/// Finds or starts a PostgreSQL (see the module docs) and says which one is used.
pub fn ensure() -> Result<Postgres> {
    let force_own = std::env::var(FORCE_ENV).is_ok_and(|v| v == "own");
    if !force_own {
        if let Ok(url) = std::env::var(ADMIN_URL_ENV)
            && !url.is_empty()
        {
            println!("    PostgreSQL: {} (from {ADMIN_URL_ENV})", redact(&url));
            return Ok(Postgres { url, _own: None });
        }
        if local_answers() {
            println!("    PostgreSQL: {LOCAL_URL} (the one running on this machine)");
            return Ok(Postgres {
                url: LOCAL_URL.to_owned(),
                _own: None,
            });
        }
    }
    let own = OwnCluster::start()?;
    let url = format!("postgres://{SYSTEM_USER}@127.0.0.1:{}/postgres", own.port);
    println!(
        "    PostgreSQL: {url} (our own, {}, in {}; stopped at the end)",
        own.version,
        own.dir.display()
    );
    Ok(Postgres { url, _own: Some(own) })
}

/// `cargo xtask postgres-check`: starts our own cluster even when one is running, asks it
/// `SELECT 1`, stops it and checks its folder is gone. Proves Test works on a machine without one.
pub fn check() -> Result {
    let started = crate::step::start("PostgreSQL: start our own, SELECT 1, stop");
    let own = OwnCluster::start()?;
    let dir = own.dir.clone();
    let url = format!("postgres://{SYSTEM_USER}@127.0.0.1:{}/postgres", own.port);
    println!("    started {} on {url} in {}", own.version, dir.display());
    let pg = Postgres { url, _own: Some(own) };
    let answer = pg.execute("SELECT 1")?;
    if answer.trim() != "1" {
        return Err(format!("SELECT 1 answered {answer:?}"));
    }
    println!("    SELECT 1 → {}", answer.trim());
    drop(pg);
    if dir.exists() {
        return Err(format!("{} is still there after stopping", dir.display()));
    }
    println!("    stopped, {} removed", dir.display());
    crate::step::done("postgres-check", started);
    Ok(())
}

/// A TCP connect first (fast when nothing listens), then a real query: something else may hold
/// the port, or it may want a password we do not have; then we start our own instead.
fn local_answers() -> bool {
    let addr = SocketAddr::from(([127, 0, 0, 1], 5432));
    TcpStream::connect_timeout(&addr, Duration::from_secs(1)).is_ok()
        && have("psql")
        && psql(LOCAL_URL, "SELECT 1").is_ok_and(|out| out.trim() == "1")
}

/// One statement through psql, unaligned and quiet; the output's text, or psql's error.
fn psql(url: &str, sql: &str) -> Result<String> {
    let mut cmd = Command::new("psql");
    cmd.args([
        "-X",
        "-q",
        "-t",
        "-A",
        "-v",
        "ON_ERROR_STOP=1",
        "-d",
        url,
        "-c",
        sql,
    ])
    .env("PGCONNECT_TIMEOUT", "5")
    .stdin(Stdio::null());
    let out = cmd
        .output()
        .map_err(|e| format!("cannot start psql (Debian: postgresql-client): {e}"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(format!(
            "psql -c {sql:?} on {} failed: {}",
            redact(url),
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

/// `url` with its path (the database) replaced by `name`, keeping user, host, port and query.
fn with_database(url: &str, name: &str) -> String {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    let rest = &url[after_scheme..];
    let authority_end = rest.find(['/', '?']).map_or(url.len(), |i| after_scheme + i);
    let query = url[authority_end..]
        .find('?')
        .map_or("", |i| &url[authority_end + i..]);
    format!("{}/{name}{query}", &url[..authority_end])
}

/// The URL without its password, for printing.
fn redact(url: &str) -> String {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    let authority_end = url[after_scheme..]
        .find(['/', '?'])
        .map_or(url.len(), |i| after_scheme + i);
    match url[after_scheme..authority_end].rfind('@') {
        Some(at) => {
            let userinfo = &url[after_scheme..after_scheme + at];
            match userinfo.find(':') {
                Some(colon) => format!(
                    "{}{}:***{}",
                    &url[..after_scheme],
                    &userinfo[..colon],
                    &url[after_scheme + at..]
                ),
                None => url.to_owned(),
            }
        }
        None => url.to_owned(),
    }
}

/// A cluster we initialised and started; stopped and deleted on drop.
struct OwnCluster {
    dir: PathBuf,
    bin: PathBuf,
    port: u16,
    version: String,
    as_system_user: bool,
}

impl OwnCluster {
    fn start() -> Result<Self> {
        let bin = server_bin_dir()?;
        let version = bin.parent().and_then(Path::file_name).map_or_else(
            || "PostgreSQL".to_owned(),
            |v| format!("PostgreSQL {}", v.to_string_lossy()),
        );
        // Not under ~/.cache: root's home is 0700 and the cluster runs as the postgres user.
        let dir = std::env::temp_dir().join(format!(
            "madoguchi-postgres-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.subsec_nanos())
        ));
        std::fs::create_dir_all(dir.join("socket")).map_err(|e| format!("{}: {e}", dir.display()))?;
        let as_system_user = is_root();
        let mut cluster = Self {
            dir,
            bin,
            port: 0,
            version,
            as_system_user,
        };
        // From here on, a failure drops `cluster`, which removes the folder.
        if as_system_user {
            crate::step::run(
                Command::new("chown")
                    .args(["-R", &format!("{SYSTEM_USER}:")])
                    .arg(&cluster.dir),
            )
            .map_err(|e| {
                format!("{e} (is Debian's postgresql package installed? it creates the postgres user)")
            })?;
        }
        let data = cluster.dir.join("data");
        let initdb = cluster
            .command("initdb")
            .arg("-D")
            .arg(&data)
            .args([
                "-U",
                SYSTEM_USER,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-instructions",
            ])
            .stdout(Stdio::null())
            .output()
            .map_err(|e| format!("cannot start initdb: {e}"))?;
        if !initdb.status.success() {
            return Err(format!(
                "initdb failed: {}",
                String::from_utf8_lossy(&initdb.stderr).trim()
            ));
        }
        cluster.port = free_port()?;
        // Loopback only, socket in our folder (not /var/run/postgresql, which may belong to the
        // system's cluster). pg_ctl -w waits until it accepts connections.
        let options = format!(
            "-c listen_addresses=127.0.0.1 -p {} -k {} -c max_connections=300",
            cluster.port,
            cluster.dir.join("socket").display()
        );
        let mut start = cluster.command("pg_ctl");
        start
            .arg("start")
            .arg("-D")
            .arg(&data)
            .arg("-l")
            .arg(cluster.dir.join("postgres.log"))
            .args(["-w", "-t", "60", "-o", &options])
            .stdout(Stdio::null());
        let status = start
            .status()
            .map_err(|e| format!("cannot start `{}`: {e}", show(&start)))?;
        if !status.success() {
            let log = std::fs::read_to_string(cluster.dir.join("postgres.log")).unwrap_or_default();
            return Err(format!("`{}` failed ({status}):\n{log}", show(&start)));
        }
        cluster.wait_until_it_answers()?;
        Ok(cluster)
    }

    /// pg_ctl -w already waited; a query over TCP is what our users do, so wait for that too.
    fn wait_until_it_answers(&self) -> Result {
        let url = format!("postgres://{SYSTEM_USER}@127.0.0.1:{}/postgres", self.port);
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            match psql(&url, "SELECT 1") {
                Ok(_) => return Ok(()),
                Err(e) if Instant::now() > deadline => {
                    return Err(format!("our PostgreSQL did not answer within 30 s: {e}"));
                }
                Err(_) => std::thread::sleep(Duration::from_millis(100)),
            }
        }
    }

    /// A server program, run as the postgres system user when we are root.
    fn command(&self, program: &str) -> Command {
        let path = self.bin.join(program);
        let mut cmd = if self.as_system_user {
            let mut cmd = Command::new("runuser");
            cmd.args(["-u", SYSTEM_USER, "--"]).arg(path);
            cmd
        } else {
            Command::new(path)
        };
        // runuser keeps our working directory, which the postgres user may not be able to read.
        cmd.current_dir(&self.dir);
        cmd
    }
}

impl Drop for OwnCluster {
    fn drop(&mut self) {
        let data = self.dir.join("data");
        if data.join("postmaster.pid").exists() {
            let _ = self
                .command("pg_ctl")
                .arg("stop")
                .arg("-D")
                .arg(&data)
                .args(["-m", "fast", "-w", "-t", "30"])
                .stdout(Stdio::null())
                .status();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The newest `/usr/lib/postgresql/<version>/bin` with `initdb` (Debian keeps the server
/// programs off PATH).
fn server_bin_dir() -> Result<PathBuf> {
    let root = Path::new("/usr/lib/postgresql");
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir(root)
        .map_err(|e| {
            format!(
                "{}: {e}; install Debian's postgresql package (`cargo xtask setup` does)",
                root.display()
            )
        })?
        .filter_map(std::result::Result::ok)
        .filter_map(|entry| {
            let version = entry.file_name().to_string_lossy().parse::<u32>().ok()?;
            let bin = entry.path().join("bin");
            bin.join("initdb").is_file().then_some((version, bin))
        })
        .collect();
    found.sort();
    found
        .pop()
        .map(|(_, bin)| bin)
        .ok_or_else(|| format!("no initdb under {}/<version>/bin", root.display()))
}

/// A port the kernel just handed out on loopback. Another process could take it before postgres
/// binds it; then pg_ctl fails loudly rather than connecting us to a stranger.
fn free_port() -> Result<u16> {
    let listener = TcpListener::bind(("127.0.0.1", 0)).map_err(|e| format!("no free port: {e}"))?;
    listener.local_addr().map(|a| a.port()).map_err(|e| e.to_string())
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_database_url_keeps_the_user_host_port_and_query() {
        assert_eq!(
            with_database("postgres://postgres@127.0.0.1:5432/postgres", "bench_1"),
            "postgres://postgres@127.0.0.1:5432/bench_1"
        );
        assert_eq!(
            with_database("postgres://u:p@db:6543/admin?sslmode=require", "t"),
            "postgres://u:p@db:6543/t?sslmode=require"
        );
        assert_eq!(with_database("postgres://db", "t"), "postgres://db/t");
        assert_eq!(
            with_database("postgres://db?sslmode=disable", "t"),
            "postgres://db/t?sslmode=disable"
        );
    }

    #[test]
    fn a_password_is_not_printed() {
        assert_eq!(
            redact("postgres://u:secret@db:5432/x"),
            "postgres://u:***@db:5432/x"
        );
        assert_eq!(redact(LOCAL_URL), LOCAL_URL);
    }

    /// The path a user's machine takes (nothing on 5432): our own cluster starts, answers and is
    /// removed. Skipped only where Debian's server package is absent (Test installs it first).
    #[test]
    fn our_own_cluster_starts_answers_and_is_removed() {
        if server_bin_dir().is_err() || !have("psql") {
            eprintln!("no PostgreSQL server package here; `cargo xtask setup` installs it");
            return;
        }
        let own = OwnCluster::start().expect("our own PostgreSQL starts");
        let dir = own.dir.clone();
        let pg = Postgres {
            url: format!("postgres://{SYSTEM_USER}@127.0.0.1:{}/postgres", own.port),
            _own: Some(own),
        };
        assert_eq!(pg.execute("SELECT 1").expect("it answers").trim(), "1");
        pg.execute("CREATE DATABASE madoguchi_xtask_check")
            .expect("the admin URL may create databases");
        assert_eq!(
            psql(
                &pg.database_url("madoguchi_xtask_check"),
                "SELECT current_database()"
            )
            .expect("the new database answers")
            .trim(),
            "madoguchi_xtask_check"
        );
        drop(pg);
        assert!(!dir.exists(), "{} is removed", dir.display());
    }
}
