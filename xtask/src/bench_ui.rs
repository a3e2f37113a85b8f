//! The UI's part of `cargo xtask bench`: builds the UI, prints what each shipped file weighs (raw,
//! brotli, gzip), then measures a resident's first visit in Chromium against the real server
//! (`tests/bench/ui-budget.mjs`) and fails when a figure is over its limit in `budgets.toml`.
//! A bench step, not a test: the figures depend on the machine (see BENCHMARKS.md).

use std::process::Command;

use crate::step::{self, Result, run};
use crate::{paths, setup, ui_build};

pub fn main() -> Result {
    setup::for_ui_build()?;
    let sizes = ui_build::build(ui_build::Mode::Release)?;
    println!("\nbench: ui.wasm.raw_bytes {}", sizes.app.raw);
    println!("bench: ui.wasm.brotli_bytes {}", sizes.app.brotli);
    println!("bench: ui.wasm.gzip_bytes {}", sizes.app.gzip);
    // The gallery is a developer page, not part of what residents download; shown for reference.
    println!(
        "bench: gallery.wasm.brotli_bytes {} (not shipped to residents)",
        sizes.gallery.brotli
    );

    let t = step::start("the UI's budgets in Chromium (budgets.toml)");
    step::build_binaries(&["madoguchi-server"])?;
    let result = run(Command::new("node")
        .arg("tests/bench/ui-budget.mjs")
        .current_dir(paths::root())
        .env("MADOGUCHI_SERVER_BIN", paths::debug_bin("madoguchi-server"))
        .env("MADOGUCHI_UI_DIR", paths::ui_dist()));
    step::done("UI budgets", t);
    result.map_err(|e| format!("{e}: a figure is over its limit in budgets.toml"))
}
