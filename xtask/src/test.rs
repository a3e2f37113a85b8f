//! `cargo xtask test`: every check, in the order that fails fastest, with timings. Exits non-zero
//! if any fails. CI runs exactly this (`.ci/run`).

use std::process::Command;
use std::time::Instant;

use crate::paths;
use crate::step::{self, Result, Tally, run, run_tests};
use crate::{contract_test, deny, i18n_check, postgres, push_interop, setup, text_scan, tray_host, ui_build};

pub fn all() -> Result {
    let started = Instant::now();
    setup::all()?;

    let t = step::start("format (cargo fmt --check)");
    run(step::cargo().args(["fmt", "--all", "--check"]))?;
    step::done("fmt", t);

    let t = step::start("i18n check");
    i18n_check::main(&[])?;
    step::done("i18n", t);

    let t = step::start("hard-coded text scan (Rust and CSS)");
    text_scan::main()?;
    step::done("text scan", t);

    deny::check()?;

    // The shell embeds ui/dist at compile time, so the UI is built before the shell is linted
    // and tested. Everything else is linted meanwhile: the UI's largest crate compiles on one core
    // for minutes, and the lints fill the other (a separate target folder, so no lock is shared).
    let lint_t = step::start("clippy of every crate but the shell (warnings denied), beside the UI build");
    let lints = std::thread::spawn(|| {
        step::run_quietly(&mut clippy(&[
            "--workspace",
            "--exclude",
            "madoguchi-shell",
            "--all-targets",
        ]))?;
        // The gallery's code is behind a feature the workspace build leaves off.
        step::run_quietly(&mut clippy(&["-p", "madoguchi-ui", "--features", "gallery"]))
    });
    let size = ui_build::build(ui_build::Mode::Release);
    let lints = lints
        .join()
        .map_err(|_| "the clippy thread panicked".to_owned())?;
    let size = size?.app;
    lints?;
    first_wasm_within_budget(size.brotli)?;
    step::done("clippy of every crate but the shell", lint_t);

    let t = step::start("clippy of the shell (warnings denied)");
    run(&mut clippy(&["-p", "madoguchi-shell", "--all-targets"]))?;
    step::done("clippy", t);

    // The API tests run on PostgreSQL too, each on a fresh database made from this admin URL;
    // kept alive (and, if ours, stopped on drop) until every suite has run.
    let postgres = postgres::ensure()?;

    let mut tally = Tally::default();
    // Inside a kernel session keyring: the shell's store tests use the real keyring.
    let t = step::start("unit and API tests (cargo test, in a kernel keyring session)");
    tally += run_tests(&mut step::in_key_session(
        step::cargo()
            .args(["test", "--workspace"])
            .env(postgres::ADMIN_URL_ENV, &postgres.url)
            // The Web Push interop tests' push service (`tests/push/push_service.py`).
            .env(push_interop::PYTHON_ENV, push_interop::python()),
    ))?;
    step::done("cargo test", t);

    // `cargo test` built them already; this only checks (see `step::build_binaries`).
    step::build_binaries(&["madoguchi-server", "madoguchi", "madoguchi-gallery"])?;
    tally += contract_test::run(&postgres)?;

    let t = step::start("end-to-end: web UI in headless Chromium with axe-core");
    tally += node_tests("tests/web", &postgres)?;
    step::done("browser end-to-end", t);

    let t = step::start("end-to-end: the Tauri window under Xvfb through tauri-driver");
    tally += node_tests("tests/window", &postgres)?;
    step::done("window end-to-end", t);

    println!(
        "\nall checks passed in {:.1} s; UI WASM {} B raw, {} B gzip",
        started.elapsed().as_secs_f64(),
        size.raw,
        size.gzip
    );
    // The closing line CI reads: every test counted from the runners' own summaries.
    println!("tests: {} passed, {} failed", tally.passed, tally.failed);
    Ok(())
}

/// The residents' first WASM (brotli) against `budgets.toml`'s
/// `first_load.max_main_wasm_brotli_bytes`: a page's code that slips into the first download
/// fails Test, not only the next benchmark run.
fn first_wasm_within_budget(brotli: u64) -> Result {
    const KEY: &str = "max_main_wasm_brotli_bytes";
    let path = paths::root().join("budgets.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let limit = budget(&text, KEY).ok_or_else(|| format!("budgets.toml has no `{KEY} = <bytes>`"))?;
    if brotli > limit {
        return Err(format!(
            "the residents' first WASM is {brotli} B brotli, over budgets.toml's {KEY} = {limit}: move the new code into a page's chunk"
        ));
    }
    println!("    first WASM: {brotli} B brotli (budget {limit})");
    Ok(())
}

/// A `key = number` line of budgets.toml (underscores allowed), as `tests/bench/ui-budget.mjs`
/// reads it.
fn budget(text: &str, key: &str) -> Option<u64> {
    text.lines().find_map(|line| {
        let (name, value) = line.split('#').next()?.split_once('=')?;
        (name.trim() == key).then(|| value.trim().replace('_', "").parse().ok())?
    })
}

/// `cargo clippy <which> -- -D warnings`: a lint is a failure.
fn clippy(which: &[&str]) -> Command {
    let mut cmd = step::cargo();
    cmd.arg("clippy").args(which).args(["--", "-D", "warnings"]);
    cmd
}

/// Runs a folder of `node --test` suites with the paths they need, inside a kernel keyring
/// session (the app under test keeps its store key there: `MADOGUCHI_KEYRING=kernel`).
fn node_tests(dir: &str, postgres: &postgres::Postgres) -> Result<Tally> {
    let root = paths::root();
    let mut files: Vec<_> = std::fs::read_dir(root.join(dir))
        .map_err(|e| format!("{dir}: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    files.sort();
    let mut node = Command::new("node");
    node.arg("--test")
        .arg("--test-concurrency=1")
        .args(&files)
        .current_dir(&root)
        .env("MADOGUCHI_SERVER_BIN", paths::debug_bin("madoguchi-server"))
        .env("MADOGUCHI_APP_BIN", paths::debug_bin("madoguchi"))
        // The same shell over `ui/dist` (with the gallery), for the window checks on its examples.
        .env("MADOGUCHI_GALLERY_APP_BIN", paths::debug_bin("madoguchi-gallery"))
        .env("MADOGUCHI_UI_DIR", paths::ui_dist())
        .env("MADOGUCHI_KEYRING", "kernel")
        .env("TAURI_DRIVER_BIN", paths::cargo_bin("tauri-driver"))
        // The window tests' tray: a StatusNotifierWatcher in Python (`tests/support/tray_host.py`).
        .env(tray_host::PYTHON_ENV, tray_host::python())
        .env(postgres::ADMIN_URL_ENV, &postgres.url);
    run_tests(&mut step::in_key_session(&node))
}

#[cfg(test)]
mod tests {
    use super::budget;

    #[test]
    fn a_budget_line_reads_with_underscores_and_comments() {
        let text = "[first_load]\n# a note = 1\nmax_bytes = 204_800\nmax_main_wasm_brotli_bytes = 184_320 # 180 KiB\n";
        assert_eq!(budget(text, "max_main_wasm_brotli_bytes"), Some(184_320));
        assert_eq!(budget(text, "max_bytes"), Some(204_800));
        assert_eq!(budget(text, "missing"), None);
    }
}
