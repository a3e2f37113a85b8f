//! Building the web UI: Leptos → `wasm32-unknown-unknown` → wasm-bindgen → wasm-opt (npm's
//! binaryen; Debian's 108 breaks wasm-bindgen 0.2.130 output) → `ui/dist` with index.html and CSS.
//! The same folder is served by the server in web mode and embedded by the Tauri shell.
//!
//! Two bundles are built from the one UI crate: the residents' app (`ui/dist`), and the same app
//! with the `gallery` feature (`ui/dist/gallery/`, served at `/gallery/` in web mode), which adds
//! every kit example. The examples would roughly add a third to the residents' download, so they do
//! not ship in it; the components, CSS and compiler settings are the same in both, so the axe scan of
//! the gallery checks the components residents get (and the app's own pages are scanned too).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::paths;
use crate::setup::rustup_has_wasm_target;
use crate::step::{self, Result, run};

/// Which build to make. Both are optimised the same way; the distinction is kept for a future
/// fast debug build.
#[derive(Clone, Copy)]
pub enum Mode {
    Release,
}

/// Sizes of the shipped WASM, in bytes.
pub struct WasmSize {
    pub raw: u64,
    pub gzip: u64,
}

/// Sizes of both bundles.
pub struct UiSizes {
    /// The residents' app.
    pub app: WasmSize,
    /// The component gallery (the app plus every example).
    pub gallery: WasmSize,
}

/// Builds `ui/dist` (and `ui/dist/gallery`) and returns the sizes of their WASM.
pub fn build(Mode::Release: Mode) -> Result<UiSizes> {
    let started = step::start("building the UI (WASM, release): the app, then the gallery");
    let dist = paths::ui_dist();
    let _ = std::fs::remove_dir_all(&dist);
    let app = bundle(&compile(&[])?, &dist, "/")?;
    std::fs::write(dist.join("madoguchi.css"), stylesheet()?).map_err(|e| e.to_string())?;
    let gallery = bundle(&compile(&["gallery"])?, &dist.join("gallery"), "/gallery/")?;
    println!(
        "    ui/dist/madoguchi_ui_bg.wasm: {} B raw, {} B gzip -9",
        app.raw, app.gzip
    );
    println!(
        "    ui/dist/gallery/madoguchi_ui_bg.wasm: {} B raw, {} B gzip -9",
        gallery.raw, gallery.gzip
    );
    step::done("UI build", started);
    Ok(UiSizes { app, gallery })
}

/// wasm-bindgen + wasm-opt of one compiled UI into `dist`, with an index.html loading it from `base`.
fn bundle(wasm: &Path, dist: &Path, base: &str) -> Result<WasmSize> {
    std::fs::create_dir_all(dist).map_err(|e| format!("{}: {e}", dist.display()))?;

    run(Command::new(paths::cargo_bin("wasm-bindgen"))
        .args([
            "--target",
            "web",
            "--no-typescript",
            "--remove-name-section",
            "--remove-producers-section",
        ])
        .args(["--out-name", "madoguchi_ui", "--out-dir"])
        .arg(dist)
        .arg(wasm))?;
    let bg = dist.join("madoguchi_ui_bg.wasm");
    run(Command::new(paths::node_bin("wasm-opt"))
        .arg("-Oz")
        // The features rustc enables by default for wasm32; wasm-opt must accept them to keep them.
        .args([
            "--enable-bulk-memory",
            "--enable-mutable-globals",
            "--enable-nontrapping-float-to-int",
            "--enable-sign-ext",
            "--enable-reference-types",
            "--enable-multivalue",
        ])
        .arg(&bg)
        .arg("-o")
        .arg(&bg))?;

    // index.html loads boot.js, which loads the bundle; both name their files from the site root.
    for file in ["index.html", "boot.js"] {
        let source = paths::root().join("ui").join(file);
        let text = std::fs::read_to_string(&source).map_err(|e| format!("{}: {e}", source.display()))?;
        let text = text
            .replace("\"/madoguchi_ui", &format!("\"{base}madoguchi_ui"))
            .replace("\"/boot.js", &format!("\"{base}boot.js"));
        std::fs::write(dist.join(file), text).map_err(|e| e.to_string())?;
    }
    wasm_size(&bg)
}

/// Compiles the UI crate for the browser with `features`; returns the `.wasm` cargo produced.
fn compile(features: &[&str]) -> Result<PathBuf> {
    let target_dir = paths::wasm_target_dir();
    let mut cmd = if rustup_has_wasm_target() {
        let mut cmd = Command::new("cargo");
        cmd.args(["build", "--target", "wasm32-unknown-unknown"]);
        cmd
    } else {
        // Debian's rustc-web ships the wasm32 target as source: rebuild std with it.
        let mut cmd = Command::new("/usr/bin/cargo");
        cmd.args([
            "build",
            "--target",
            "wasm32-unknown-unknown",
            "-Zbuild-std=std,panic_abort",
        ])
        .env("RUSTC", "/usr/bin/rustc")
        .env("RUSTC_BOOTSTRAP", "1")
        .env_remove("RUSTUP_TOOLCHAIN");
        cmd
    };
    cmd.args(["-p", "madoguchi-ui", "--profile", "wasm-release"]);
    if !features.is_empty() {
        cmd.args(["--features", &features.join(",")]);
    }
    cmd.current_dir(paths::root())
        .env("CARGO_TARGET_DIR", &target_dir)
        .env_remove("RUSTFLAGS");
    run(&mut cmd)?;
    Ok(target_dir.join("wasm32-unknown-unknown/wasm-release/madoguchi-ui.wasm"))
}

/// The app's stylesheet: design tokens and page layout from `assets/css`, then each kit
/// component's `style.css` in folder order.
fn stylesheet() -> Result<String> {
    let root = paths::root();
    let mut files = sorted_files(&root.join("assets/css"), "css")?;
    let kit = root.join("crates/ui-kit/src");
    let mut components: Vec<PathBuf> = std::fs::read_dir(&kit)
        .map_err(|e| format!("{}: {e}", kit.display()))?
        .filter_map(|e| e.ok().map(|e| e.path().join("style.css")))
        .filter(|p| p.is_file())
        .collect();
    components.sort();
    files.extend(components);
    let mut css = String::new();
    for file in files {
        let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let shown = file.strip_prefix(&root).unwrap_or(&file).display().to_string();
        css.push_str(&format!("/* {shown} */\n{text}\n"));
    }
    Ok(css)
}

fn sorted_files(dir: &Path, extension: &str) -> Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort();
    Ok(files)
}

/// Raw size and `gzip -9` size (what a server sends with compression on).
pub fn wasm_size(path: &Path) -> Result<WasmSize> {
    let raw = std::fs::metadata(path)
        .map_err(|e| format!("{}: {e}", path.display()))?
        .len();
    let gz = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(path)
        .output()
        .map_err(|e| format!("gzip: {e}"))?;
    Ok(WasmSize {
        raw,
        gzip: gz.stdout.len() as u64,
    })
}
