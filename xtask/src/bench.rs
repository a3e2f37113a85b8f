//! `cargo xtask bench`: prints the figures we promise: the encrypted local store against plain
//! SQLite (open time with the raw key, commits/s, reads/s; see BENCHMARKS.md) and the UI's size
//! and first visit against `budgets.toml` (`bench_ui.rs`). Later benchmarks add their own lines here.

use std::process::Command;

use crate::paths;
use crate::step::{self, Result, run};

pub fn main() -> Result {
    store()?;
    // The server under load (bench_load.rs); its verdict comes after the UI's figures.
    let load = crate::bench_load::main(&[]);
    // Residents racing for appointment slots (issue 12), 0 overbooked.
    let booking = crate::bench_load::booking(&[]);
    // The UI's sizes and its budgets in Chromium (bench_ui.rs, budgets.toml).
    let ui = crate::bench_ui::main();
    ui.and(load).and(booking)
}

/// The store benchmark binary (SQLite's C code is built at -O3 even in dev builds, see Cargo.toml).
fn store() -> Result {
    let t = step::start("local store: SQLCipher (raw key) against plain SQLite");
    step::build_binaries(&["madoguchi-store-bench"])?;
    let dir = std::env::temp_dir().join(format!("madoguchi-store-bench-{}", std::process::id()));
    let result = run(Command::new(paths::debug_bin("madoguchi-store-bench")).arg(&dir));
    let _ = std::fs::remove_dir_all(&dir);
    step::done("store bench", t);
    result
}
