//! The first encrypted opens in a fresh process, all at once: a process holding several stores
//! (tests, the fault test, a kiosk with a profile per session) must never have one refused.
//!
//! SQLCipher's one-time start-up happens once per process, and losing the race with it is rare
//! (about one process in a hundred on two busy cores), so the test runs the scenario in many fresh
//! processes: this same test binary, started again with `FIRST_OPEN_CHILD` set.

use std::process::Command;
use std::sync::{Arc, Barrier};

use madoguchi_shell::store::key::DatabaseKey;
use madoguchi_shell::store::open_encrypted;

const TEST_NAME: &str = "stores_opened_at_the_same_instant_in_fresh_processes_all_open";
const CHILD: &str = "FIRST_OPEN_CHILD";
const PROCESSES: usize = 60;
const THREADS: usize = 16;

#[test]
fn stores_opened_at_the_same_instant_in_fresh_processes_all_open() {
    if std::env::var_os(CHILD).is_some() {
        sixteen_first_opens_at_once();
        return;
    }

    // Arrange
    let me = std::env::current_exe().expect("the test binary");

    // Act: each child process opens sixteen stores at the same instant, its first SQLite use.
    let failed: Vec<String> = (0..PROCESSES)
        .filter_map(|_| {
            let out = Command::new(&me)
                .args(["--exact", TEST_NAME, "--nocapture", "--test-threads=1"])
                .env(CHILD, "1")
                .output()
                .expect("the test binary starts");
            (!out.status.success()).then(|| String::from_utf8_lossy(&out.stderr).into_owned())
        })
        .collect();

    // Assert
    assert!(
        failed.is_empty(),
        "{} of {PROCESSES} processes had a refused open; first: {}",
        failed.len(),
        failed[0]
    );
}

/// Sixteen threads, each with its own folder and key, released together.
fn sixteen_first_opens_at_once() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let start = Arc::new(Barrier::new(THREADS));
    let handles: Vec<_> = (0..THREADS)
        .map(|i| {
            let path = dir.path().join(format!("store-{i}.sqlite3"));
            let start = start.clone();
            std::thread::spawn(move || {
                let key = DatabaseKey::generate().expect("randomness");
                start.wait();
                open_encrypted(&path, &key).map(|_| ()).map_err(|e| e.to_string())
            })
        })
        .collect();
    let refused: Vec<String> = handles
        .into_iter()
        .filter_map(|h| h.join().expect("no panic").err())
        .collect();
    assert!(
        refused.is_empty(),
        "{} of {THREADS} opens refused: {refused:?}",
        refused.len()
    );
}
