//! The UI's part of `cargo xtask bench`: builds the UI, prints what each shipped file weighs (raw,
//! brotli, gzip), then measures a resident's first visit in Chromium against the real server
//! (`tests/bench/ui-budget.mjs`) and fails when a figure is over its limit in `budgets.toml`.
//! Before that it says what each crate costs in the residents' WASM (twiggy on a copy that keeps
//! its names). A bench step, not a test: the figures depend on the machine (see BENCHMARKS.md).

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use crate::step::{self, Result, run};
use crate::{paths, setup, ui_build};

pub fn main() -> Result {
    setup::for_ui_bench()?;
    let sizes = ui_build::build(ui_build::Mode::Release)?;
    crate_sizes(&sizes.app_compiled)?;
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

/// Prints what each crate costs in the residents' WASM: the compiler's output through wasm-bindgen
/// and `wasm-opt -Oz` as the build does, but keeping the names (`-g`), then `twiggy top`. Each
/// item counts under the first crate its name starts with (a generic Leptos function instantiated
/// for our pages counts as Leptos); data segments and unnamed items apart.
fn crate_sizes(compiled: &Path) -> Result {
    let t = step::start("what each crate costs in the residents' WASM (twiggy)");
    let dir = paths::wasm_target_dir().join("named");
    let _ = std::fs::remove_dir_all(&dir);
    run(Command::new(paths::cargo_bin("wasm-bindgen"))
        .args(["--target", "web", "--no-typescript", "--out-name", "named", "--out-dir"])
        .arg(&dir)
        .arg(compiled))?;
    let wasm = dir.join("named_bg.wasm");
    run(Command::new(paths::node_bin("wasm-opt"))
        .args(["-Oz", "-g"])
        .args(ui_build::WASM_OPT_FEATURES)
        .arg(&wasm)
        .arg("-o")
        .arg(&wasm))?;
    let output = Command::new(paths::cargo_bin("twiggy"))
        .args(["top", "-n", "1000000", "--format", "csv"])
        .arg(&wasm)
        .output()
        .map_err(|e| format!("cannot run twiggy: {e}"))?;
    if !output.status.success() {
        return Err(format!("twiggy failed: {}", String::from_utf8_lossy(&output.stderr)));
    }
    let mut by_crate: BTreeMap<String, u64> = BTreeMap::new();
    let mut total = 0;
    for line in String::from_utf8_lossy(&output.stdout).lines().skip(1) {
        // Name,ShallowSize,ShallowSizePercent; the name may hold commas (and is then quoted).
        let mut fields = line.rsplitn(3, ',');
        let (Some(_percent), Some(size), Some(name)) = (fields.next(), fields.next(), fields.next()) else {
            continue;
        };
        let Ok(size) = size.trim().parse::<u64>() else { continue };
        total += size;
        *by_crate.entry(crate_of(name.trim_matches('"'))).or_default() += size;
    }
    let mut rows: Vec<(String, u64)> = by_crate.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    println!("    {:<40} {:>10} {:>7}", "crate (names kept)", "bytes", "share");
    for (name, size) in rows.iter().take(20) {
        #[allow(clippy::cast_precision_loss)] // a few MB at most
        let share = *size as f64 * 100.0 / total.max(1) as f64;
        println!("    {name:<40} {size:>10} {share:>6.1}%");
        println!("bench: ui.wasm.crate.{name} {size} B");
    }
    println!("    {:<40} {total:>10}", "total");
    step::done("per-crate sizes", t);
    Ok(())
}

/// The crate an item of twiggy's list belongs to: the first path segment of its (demangled) name,
/// past any `<`, `&`, `dyn ` or `impl `; data segments and items without a path apart.
fn crate_of(name: &str) -> String {
    if name.starts_with("data[") {
        return "(data segments)".to_owned();
    }
    let mut rest = name.trim_start();
    loop {
        let trimmed = rest
            .trim_start_matches(['<', '&', '*', '(', '['])
            .trim_start_matches("mut ")
            .trim_start_matches("const ")
            .trim_start_matches("dyn ")
            .trim_start_matches("impl ");
        if trimmed == rest {
            break;
        }
        rest = trimmed;
    }
    match rest.split_once("::") {
        Some((krate, _)) if !krate.is_empty() && krate.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') => {
            krate.to_owned()
        }
        _ => "(other: wasm-bindgen glue, tables, unnamed)".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::crate_of;

    #[test]
    fn an_item_counts_under_the_first_crate_of_its_name() {
        assert_eq!(crate_of("reactive_graph::effect::Effect::new::h0123"), "reactive_graph");
        assert_eq!(crate_of("<tachys::html::element::HtmlElement<E> as core::fmt::Debug>::fmt"), "tachys");
        assert_eq!(crate_of("<&mut serde_json::de::Deserializer as x>::f"), "serde_json");
        assert_eq!(crate_of("<dyn core::any::Any>::type_id"), "core");
        assert_eq!(crate_of("data[3]"), "(data segments)");
        assert_eq!(crate_of("elem[0]"), "(other: wasm-bindgen glue, tables, unnamed)");
        assert_eq!(crate_of("__wbindgen_malloc"), "(other: wasm-bindgen glue, tables, unnamed)");
    }
}
