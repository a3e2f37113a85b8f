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
        .args([
            "--target",
            "web",
            "--no-typescript",
            "--out-name",
            "named",
            "--out-dir",
        ])
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
        return Err(format!(
            "twiggy failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let mut by_crate: BTreeMap<String, u64> = BTreeMap::new();
    let mut total = 0;
    for line in String::from_utf8_lossy(&output.stdout).lines().skip(1) {
        // Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent; the name may hold
        // commas (and is then quoted), so the fields are read from the right.
        let mut fields = line.rsplitn(5, ',').skip(3);
        let (Some(size), Some(name)) = (fields.next(), fields.next()) else {
            continue;
        };
        let Ok(size) = size.trim().parse::<u64>() else {
            continue;
        };
        let Some(krate) = crate_of(&name.trim_matches('"').replace("\"\"", "\"")) else {
            continue;
        };
        total += size;
        *by_crate.entry(krate).or_default() += size;
    }
    let mut rows: Vec<(String, u64)> = by_crate.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    println!("    {:<44} {:>10} {:>7}", "crate (names kept)", "bytes", "share");
    for (name, size) in rows.iter().take(20) {
        #[allow(clippy::cast_precision_loss)] // a few MB at most
        let share = *size as f64 * 100.0 / total.max(1) as f64;
        println!("    {name:<44} {size:>10} {share:>6.1}%");
    }
    println!("    {:<44} {total:>10}", "total");
    step::done("per-crate sizes", t);
    Ok(())
}

/// The crate an item of twiggy's list belongs to: the first path segment of its demangled name
/// (`reactive_graph[b7a2…]::effect::…` → `reactive_graph`), past any `<`, `&`, `dyn `, `impl ` or
/// `_ as `; data segments and items without a path apart. `None` for the name section itself,
/// which the shipped WASM does not have.
fn crate_of(name: &str) -> Option<String> {
    if name.contains("subsection") {
        return None;
    }
    if name.starts_with("data segment") || name.starts_with("data[") {
        return Some("(data segments)".to_owned());
    }
    let mut rest = name.trim_start();
    loop {
        let trimmed = rest
            .trim_start_matches(['<', '&', '*', '(', '[', ' '])
            .trim_start_matches("mut ")
            .trim_start_matches("const ")
            .trim_start_matches("dyn ")
            .trim_start_matches("impl ")
            .trim_start_matches("_ as ");
        if trimmed == rest {
            break;
        }
        rest = trimmed;
    }
    let first = rest.split("::").next().unwrap_or_default();
    // `crate[0123abcd]` in v0 names.
    let krate = first.split('[').next().unwrap_or_default();
    let primitive = [
        "f32", "f64", "str", "bool", "char", "u8", "u16", "u32", "u64", "usize", "i8", "i16", "i32", "i64",
        "isize",
    ]
    .iter()
    .any(|p| rest.starts_with(&format!("{p} as ")));
    Some(if primitive {
        "core".to_owned()
    } else if rest.contains("::")
        && !krate.is_empty()
        && krate.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        krate.to_owned()
    } else {
        "(other: wasm-bindgen glue, tables, unnamed)".to_owned()
    })
}

#[cfg(test)]
mod tests {
    use super::crate_of;

    #[test]
    fn an_item_counts_under_the_first_crate_of_its_name() {
        let of = |name: &str| crate_of(name).unwrap_or_default();
        assert_eq!(
            of("reactive_graph[b7a20bd]::effect::Effect::new"),
            "reactive_graph"
        );
        assert_eq!(
            of("<tachys[5700]::html::element::HtmlElement<E> as core[82]::fmt::Debug>::fmt"),
            "tachys"
        );
        assert_eq!(of("<&mut serde_json::de::Deserializer as x>::f"), "serde_json");
        assert_eq!(
            of("<_ as tachys[5700]::view::any_view::IntoAny>::into_any"),
            "tachys"
        );
        assert_eq!(of("<f64 as core[82]::fmt::Display>::fmt"), "core");
        assert_eq!(of("data segment \".rodata.783\""), "(data segments)");
        assert_eq!(of("elem[0]"), "(other: wasm-bindgen glue, tables, unnamed)");
        assert_eq!(of("main"), "(other: wasm-bindgen glue, tables, unnamed)");
        assert_eq!(crate_of("\"function names\" subsection"), None);
    }
}
