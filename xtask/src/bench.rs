//! `cargo xtask bench`: prints the figures we promise: the encrypted local store against plain
//! SQLite (open time with the raw key, commits/s, reads/s; see BENCHMARKS.md) and the UI's size
//! (the roadmap's budget is ≤ 200 KB compressed). Later benchmarks add their own lines here.

use std::process::Command;

use crate::step::{self, Result, run};
use crate::{paths, setup, ui_build};

/// The compressed UI budget from the roadmap, in bytes.
const UI_GZIP_BUDGET: u64 = 200 * 1024;

pub fn main() -> Result {
    store()?;
    // The server under load (bench_load.rs); its verdict comes after the UI's figures.
    let load = crate::bench_load::main(&[]);
    setup::for_ui_build()?;
    let sizes = ui_build::build(ui_build::Mode::Release)?;
    let size = sizes.app;
    println!("\nbench: ui.wasm.raw_bytes {}", size.raw);
    println!(
        "bench: ui.wasm.gzip_bytes {} (budget {UI_GZIP_BUDGET})",
        size.gzip
    );
    // The gallery is a developer page, not part of what residents download; shown for reference.
    println!(
        "bench: gallery.wasm.gzip_bytes {} (not shipped to residents)",
        sizes.gallery.gzip
    );
    if size.gzip > UI_GZIP_BUDGET {
        return Err(format!(
            "the UI is {} B gzip, over the {UI_GZIP_BUDGET} B budget",
            size.gzip
        ));
    }
    load
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
