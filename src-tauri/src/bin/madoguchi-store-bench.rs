//! `madoguchi-store-bench <dir>`: the local store's figures, encrypted (SQLCipher, raw key) against
//! plain SQLite in the same run. "Plain" is the same SQLCipher library opened without a key, which
//! behaves as plain SQLite, with the same pragmas (WAL, synchronous=FULL, the same page cache).
//! Prints `bench: <name> <value>` lines for `cargo xtask bench`.

use std::path::Path;
use std::time::{Duration, Instant};

use madoguchi_domain::application::ApplicationSubmission;
use madoguchi_domain::form::{Answer, Answers};
use madoguchi_domain::{IdempotencyKey, ProcedureId, UnixMillis};
use madoguchi_shell::applications::submissions;
use madoguchi_shell::store::key::DatabaseKey;
use madoguchi_shell::store::{open_encrypted, open_plain_for_benchmark};
use rusqlite::Connection;

const OPENS: usize = 40;
const PASSPHRASE_OPENS: usize = 5;
const COMMITS: usize = 400;
const ROWS: usize = 5_000;
const READS: usize = 200_000;

fn main() -> anyhow::Result<()> {
    let dir = std::env::args_os()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: madoguchi-store-bench <dir>"))?;
    let dir = Path::new(&dir);
    std::fs::create_dir_all(dir)?;
    let key = DatabaseKey::generate()?;
    let enc_path = dir.join("encrypted.db");
    let plain_path = dir.join("plain.db");
    let pass_path = dir.join("passphrase.db");
    for p in [&enc_path, &plain_path, &pass_path] {
        let _ = std::fs::remove_file(p);
    }
    drop(open_encrypted(&enc_path, &key)?);
    drop(open_plain_for_benchmark(&plain_path)?);

    let raw = median(OPENS, || {
        let t = Instant::now();
        drop(open_encrypted(&enc_path, &key)?);
        Ok(t.elapsed())
    })?;
    let plain_open = median(OPENS, || {
        let t = Instant::now();
        drop(open_plain_for_benchmark(&plain_path)?);
        Ok(t.elapsed())
    })?;
    {
        let c = Connection::open(&pass_path)?;
        c.execute_batch("PRAGMA key = 'correct horse battery staple'; CREATE TABLE t (x);")?;
    }
    let passphrase = median(PASSPHRASE_OPENS, || {
        let t = Instant::now();
        let c = Connection::open(&pass_path)?;
        c.execute_batch("PRAGMA key = 'correct horse battery staple';")?;
        c.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))?;
        Ok(t.elapsed())
    })?;

    let mut enc = open_encrypted(&enc_path, &key)?;
    let mut plain = open_plain_for_benchmark(&plain_path)?;
    let enc_commits = commits_per_second(&mut enc)?;
    let plain_commits = commits_per_second(&mut plain)?;
    fill(&mut enc)?;
    fill(&mut plain)?;
    let enc_reads = reads_per_second(&enc)?;
    let plain_reads = reads_per_second(&plain)?;

    println!("bench: store.open_raw_key_ms {:.2} (target <= 10)", ms(raw));
    println!("bench: store.open_passphrase_ms {:.1}", ms(passphrase));
    println!("bench: store.open_plain_ms {:.2}", ms(plain_open));
    println!("bench: store.commits_per_s.encrypted {enc_commits:.0}");
    println!("bench: store.commits_per_s.plain {plain_commits:.0}");
    println!(
        "bench: store.commits_ratio {:.2} (target >= 0.70)",
        enc_commits / plain_commits
    );
    println!("bench: store.reads_per_s.encrypted {enc_reads:.0}");
    println!("bench: store.reads_per_s.plain {plain_reads:.0}");
    println!(
        "bench: store.reads_ratio {:.2} (target ~1.0 with the page cache sized)",
        enc_reads / plain_reads
    );
    Ok(())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn median(n: usize, mut f: impl FnMut() -> anyhow::Result<Duration>) -> anyhow::Result<Duration> {
    let mut times = (0..n).map(|_| f()).collect::<anyhow::Result<Vec<_>>>()?;
    times.sort();
    Ok(times[n / 2])
}

/// A question to the city (お問い合わせ) as the apply flow saves it: checked answers, no draft.
fn sample(i: usize) -> anyhow::Result<ApplicationSubmission> {
    let text = |s: String| Answer::Text(s);
    Ok(ApplicationSubmission {
        procedure: ProcedureId::parse("inquiry")?,
        form_version: 1,
        answers: Answers::from([
            ("department".to_owned(), text("citizen-affairs".into())),
            ("subject".to_owned(), text(format!("住民票の写しについて {i}"))),
            (
                "message".to_owned(),
                text("土曜日に住民票の写しを受け取ることはできますか。".repeat(4)),
            ),
            ("reply-by".to_owned(), text("email".into())),
            ("contact-email".to_owned(), text("hanako@example.jp".into())),
            ("contact-name".to_owned(), text("夢咲 花子".into())),
        ]),
        declared: false,
    })
}

fn key(i: usize) -> IdempotencyKey {
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&(i as u64).to_le_bytes());
    IdempotencyKey::from_random(bytes)
}

/// Each commit is what sending a question does: the application and its outbox item, one transaction.
fn commits_per_second(conn: &mut Connection) -> anyhow::Result<f64> {
    let t = Instant::now();
    for i in 0..COMMITS {
        submissions::submit(conn, &sample(i)?, None, &key(i), UnixMillis(0))?;
    }
    Ok(COMMITS as f64 / t.elapsed().as_secs_f64())
}

/// Rows for the read test; durability does not matter here, so no fsync per row.
fn fill(conn: &mut Connection) -> anyhow::Result<()> {
    conn.pragma_update(None, "synchronous", "OFF")?;
    for i in 0..ROWS {
        submissions::submit(conn, &sample(i)?, None, &key(COMMITS + i), UnixMillis(0))?;
    }
    conn.pragma_update(None, "synchronous", "FULL")?;
    Ok(())
}

/// Random point reads by primary key over the whole table (a deterministic LCG picks the rows).
fn reads_per_second(conn: &Connection) -> anyhow::Result<f64> {
    let rows: i64 = conn.query_row("SELECT max(local_id) FROM applications", [], |r| r.get(0))?;
    let mut stmt = conn.prepare_cached("SELECT procedure, answers FROM applications WHERE local_id = ?1")?;
    let mut x: u64 = 42;
    // Warm the page cache once: the figure is for a sized cache, as in the app.
    for id in 1..=rows {
        stmt.query_row([id], |r| r.get::<_, String>(0))?;
    }
    let t = Instant::now();
    for _ in 0..READS {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let id = (x >> 33) as i64 % rows + 1;
        stmt.query_row([id], |r| r.get::<_, String>(0))?;
    }
    Ok(READS as f64 / t.elapsed().as_secs_f64())
}
