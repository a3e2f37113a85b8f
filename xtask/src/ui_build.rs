//! Building the web UI: Leptos → `wasm32-unknown-unknown` → wasm-bindgen → wasm-opt (npm's
//! binaryen; Debian's 108 breaks wasm-bindgen 0.2.130 output) → `ui/dist` with index.html and CSS.
//!
//! Two bundles are built from the one UI crate: the residents' app (`ui/dist`), and the same app
//! with the `gallery` feature (`ui/dist/gallery/`, served at `/gallery/` in web mode), which adds
//! every kit example. The examples would roughly add a third to the residents' download, so they do
//! not ship in it; the components, CSS and compiler settings are the same in both, so the axe scan of
//! the gallery checks the components residents get (and the app's own pages are scanned too).
//!
//! Two folders come out:
//! - `ui/dist`, what the server sends in web mode: both bundles, and a brotli (`.br`) and gzip
//!   (`.gz`) copy of every file, so the server compresses nothing per request (`web_ui.rs`).
//! - `ui/dist-app`, what the Tauri shell embeds (`frontendDist`): the residents' bundle, the
//!   stylesheet and the locale files, without compressed copies (Tauri compresses what it embeds)
//!   and without the gallery. The window tests that drive the postal lookup and the upload on the
//!   gallery's examples run `madoguchi-gallery`, the same shell reading `ui/dist` at run time.
//!
//! The WASM, its JS glue, the stylesheet and the locale files are named by their content
//! (`madoguchi_ui_bg-<16 hex of SHA-256>.wasm`), so the server can let browsers keep them for a
//! year; `index.html` and `boot.js` keep their names and are revalidated on every visit: they are
//! what names the hashed files.
//!
//! The residents' WASM carries Japanese only; every other locale is a file,
//! `locales/<tag>-<hash>.ftl` (the locale's Fluent files without comments, one after the other, as
//! `crates/i18n/build.rs` embeds them), which the UI fetches when a reader needs it. `index.html`
//! lists them in `<meta name="madoguchi-locale-files">`.
//! Both folders are built beside the live ones and swapped in at the end, so a server or a test
//! reading them never sees a half-built UI.

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
    /// `gzip -9`, as web mode sends it to a browser that accepts gzip only.
    pub gzip: u64,
    /// Brotli at quality 11, as web mode sends it to a browser that accepts brotli.
    pub brotli: u64,
}

/// One file of `ui/dist` and the bytes web mode sends for it.
pub struct ShippedFile {
    /// The path under `ui/dist`, with `/` separators (`gallery/boot.js`).
    pub path: String,
    pub raw: u64,
    pub brotli: u64,
    pub gzip: u64,
}

/// Sizes of both bundles.
pub struct UiSizes {
    /// The residents' app.
    pub app: WasmSize,
    /// The component gallery (the app plus every example).
    pub gallery: WasmSize,
    /// Every file of `ui/dist` (compressed copies not listed separately).
    pub files: Vec<ShippedFile>,
    /// The residents' WASM as the compiler left it (names and all, before wasm-bindgen), kept
    /// for `cargo xtask bench` to measure what each crate costs.
    pub app_compiled: PathBuf,
}

/// The file names a bundle's pages refer to.
struct Bundle {
    js: String,
    wasm: String,
    /// Every file of the bundle but the pages: the glue JS, the main WASM, the split loader and
    /// the chunks.
    files: Vec<String>,
}

/// The features rustc enables by default for wasm32; wasm-opt must accept them to keep them.
pub const WASM_OPT_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-mutable-globals",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// The files `index.html` and `boot.js` load, as the templates in `ui/` name them; the build
/// replaces each with the hashed name (every template name must be found, or the build fails).
const TEMPLATE_CSS: &str = "\"/madoguchi.css\"";
const TEMPLATE_PAGES_CSS: &str = "\"/madoguchi-pages.css\"";
const TEMPLATE_BOOT: &str = "\"/boot.js\"";
const TEMPLATE_JS: &str = "\"/madoguchi_ui.js\"";
const TEMPLATE_WASM: &str = "\"/madoguchi_ui_bg.wasm\"";
const TEMPLATE_LOCALES: &str = "<meta name=\"madoguchi-locale-files\" content=\"\">";
const TEMPLATE_FONT_WARMUP: &str = "<div class=\"mg-font-warmup\" aria-hidden=\"true\"></div>";

/// In web mode the home page's list of procedures is fetched while the WASM downloads, not after it
/// started (one round trip less before the list shows, BENCHMARKS.md). Only the residents' web
/// bundle keeps this line: the app asks its shell, and the gallery lists no procedures.
const API_PRELOAD: &str = "<link rel=\"preload\" href=\"/api/v1/procedures\" as=\"fetch\" crossorigin>\n";

/// The locale embedded in the WASM (the source, Japanese); every other one is a file.
const EMBEDDED_LOCALE: &str = "ja";

/// Fluent files no resident's page reads: the component gallery's (its page, the kit's example
/// captions) and the server's mail. Left out of the residents' locale files, as
/// `crates/i18n/build.rs` leaves them out of the residents' WASM. The gallery embeds every locale
/// whole (feature `all-locales`) and fetches none.
const GALLERY_ONLY: &[&str] = &["gallery.ftl", "kit.ftl", "mail.ftl"];

/// The Japanese files embedded in the residents' WASM (`crates/i18n/build.rs`, keep in step); the
/// rest of the Japanese is the file `locales/ja-<hash>.ftl`, fetched with the first page loaded on
/// demand.
const FIRST_LOAD_FTL: &[&str] = &["app.ftl", "errors.ftl", "home.ftl", "time.ftl"];

/// What every bundle's pages name besides the bundle itself.
struct Shared {
    /// The first load's stylesheet's hashed name, at the site root.
    css: String,
    /// The stylesheet of the pages loaded on demand, at the site root.
    pages_css: String,
    /// `tag=/locales/<tag>-<hash>.ftl` for every locale not embedded, space-separated.
    locale_files: String,
}

/// One area of the UI: its own WASM, so that no area's first load carries another area's pages.
struct Area {
    /// Its folder under `ui/dist` and its path in web mode, `/<folder>/` (empty: the site root).
    folder: &'static str,
    /// The UI crate's features that build it.
    features: &'static [&'static str],
    /// Whether the app (`ui/dist-app`, Tauri's `frontendDist`) carries it.
    in_app: bool,
}

/// The UI's areas, each a bundle of its own: the residents' pages at the root (web mode and the
/// app), the component gallery at `/gallery/` (web mode only, developers). The staff's and the
/// counter's screens to come are each a row here (`staff`, `counter`: a feature of the UI crate
/// that compiles their pages instead of the residents', `in_app: false`), so the residents' first
/// load never grows with them (ARCHITECTURE.md, "Areas").
const AREAS: &[Area] = &[
    Area {
        folder: "",
        features: &[],
        in_app: true,
    },
    Area {
        folder: "gallery",
        features: &["gallery"],
        in_app: false,
    },
];

/// Builds `ui/dist` (every area) and `ui/dist-app` (the areas the app carries); returns what they
/// hold.
pub fn build(Mode::Release: Mode) -> Result<UiSizes> {
    let started = step::start("building the UI (WASM, release): each area's bundle");
    let web = staging(&paths::ui_dist())?;
    let app_only = staging(&paths::ui_dist_app())?;

    let (first_css, pages_css) = stylesheets()?;
    let shared = Shared {
        css: write_hashed(&web, "madoguchi.css", first_css.as_bytes())?,
        pages_css: write_hashed(&web, "madoguchi-pages.css", pages_css.as_bytes())?,
        locale_files: write_locale_files(&web.join("locales"))?,
    };
    for css in [&shared.css, &shared.pages_css] {
        std::fs::copy(web.join(css), app_only.join(css)).map_err(|e| format!("{css}: {e}"))?;
    }
    copy_folder(&web.join("locales"), &app_only.join("locales"))?;
    let mut wasm_of = Vec::new();
    let app_compiled = paths::wasm_target_dir().join("madoguchi-ui-residents.wasm");
    for area in AREAS {
        let base = if area.folder.is_empty() {
            "/".to_owned()
        } else {
            format!("/{}/", area.folder)
        };
        let dist = web.join(area.folder);
        let compiled = compile(area.features)?;
        if area.folder.is_empty() {
            std::fs::copy(&compiled, &app_compiled).map_err(|e| format!("{}: {e}", compiled.display()))?;
        }
        let built = bundle(&compiled, &dist, &base, &shared)?;
        if !area.folder.is_empty() {
            without_api_preload(&dist.join("index.html"))?;
            // The gallery draws every component at once, not through a page loaded on demand.
            link_pages_css(&dist.join("index.html"), &shared)?;
        }
        if area.in_app {
            let to = app_only.join(area.folder);
            std::fs::create_dir_all(&to).map_err(|e| format!("{}: {e}", to.display()))?;
            for name in ["index.html", "boot.js"]
                .into_iter()
                .chain(built.files.iter().map(String::as_str))
            {
                std::fs::copy(dist.join(name), to.join(name)).map_err(|e| format!("{name}: {e}"))?;
            }
            without_api_preload(&to.join("index.html"))?;
        }
        wasm_of.push(format!("{}{}", &base[1..], built.wasm));
    }
    // Web mode's service worker (Web Push, issue 13) at the site's root, so its scope is the whole
    // site; it keeps its name (a worker's URL is its identity) and is revalidated like boot.js.
    // The app raises OS notifications through the shell and carries none.
    std::fs::copy(paths::root().join("ui/push-sw.js"), web.join("push-sw.js"))
        .map_err(|e| format!("ui/push-sw.js: {e}"))?;
    let files = compress(&web)?;

    swap_in(&web, &paths::ui_dist())?;
    swap_in(&app_only, &paths::ui_dist_app())?;
    let size_of = |path: &str| -> Result<WasmSize> {
        files
            .iter()
            .find(|f| f.path == path)
            .map(|f| WasmSize {
                raw: f.raw,
                gzip: f.gzip,
                brotli: f.brotli,
            })
            .ok_or_else(|| format!("{path} is missing from ui/dist"))
    };
    let sizes = UiSizes {
        app: size_of(&wasm_of[0])?,
        gallery: size_of(&wasm_of[1])?,
        files,
        app_compiled,
    };
    println!(
        "    {:<48} {:>10} {:>10} {:>10}",
        "ui/dist", "raw", "brotli", "gzip"
    );
    for f in &sizes.files {
        println!("    {:<48} {:>10} {:>10} {:>10}", f.path, f.raw, f.brotli, f.gzip);
    }
    println!(
        "    the residents' WASM: {} B raw, {} B brotli, {} B gzip",
        sizes.app.raw, sizes.app.brotli, sizes.app.gzip
    );
    step::done("UI build", started);
    Ok(sizes)
}

/// Removes [`API_PRELOAD`] from a page; an error when the page does not have it (the template
/// changed and the app would fetch the city's API from its own files).
fn without_api_preload(page: &Path) -> Result {
    let text = std::fs::read_to_string(page).map_err(|e| format!("{}: {e}", page.display()))?;
    if !text.contains(API_PRELOAD) {
        return Err(format!(
            "{} no longer has the line {API_PRELOAD:?}",
            page.display()
        ));
    }
    std::fs::write(page, text.replace(API_PRELOAD, "")).map_err(|e| format!("{}: {e}", page.display()))
}

/// Adds the pages' stylesheet to a page that links the first load's.
fn link_pages_css(page: &Path, shared: &Shared) -> Result {
    let text = std::fs::read_to_string(page).map_err(|e| format!("{}: {e}", page.display()))?;
    let first = format!("<link rel=\"stylesheet\" href=\"/{}\">", shared.css);
    if !text.contains(&first) {
        return Err(format!("{} does not link {}", page.display(), shared.css));
    }
    let both = format!(
        "{first}\n<link rel=\"stylesheet\" href=\"/{}\">",
        shared.pages_css
    );
    std::fs::write(page, text.replace(&first, &both)).map_err(|e| format!("{}: {e}", page.display()))
}

/// An empty folder beside `live` to build into (`ui/dist` → `ui/dist.new`).
fn staging(live: &Path) -> Result<PathBuf> {
    let dir = live.with_extension("new");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(dir)
}

/// Replaces `live` with the finished `built` folder: two renames, so readers see the old UI or the
/// new one, never a mix or nothing for longer than an instant.
fn swap_in(built: &Path, live: &Path) -> Result {
    let old = live.with_extension("old");
    let _ = std::fs::remove_dir_all(&old);
    if live.exists() {
        std::fs::rename(live, &old).map_err(|e| format!("{}: {e}", live.display()))?;
    }
    std::fs::rename(built, live).map_err(|e| format!("{}: {e}", built.display()))?;
    let _ = std::fs::remove_dir_all(&old);
    Ok(())
}

/// wasm-split + wasm-bindgen + wasm-opt of one compiled UI into `dist`, with an index.html and a
/// boot.js loading it from `base`, and the stylesheet and locale files of `shared` from the site
/// root.
///
/// - **Split** (`wasm-split-cli`): every split point (`ui/src/pages/lazy.rs`) becomes
///   `split_<name>.wasm`, code several of them share `chunk_<n>.wasm`, and `__wasm_split.js` loads
///   them on demand; what is left is the main module, the first download.
/// - **Names:** the main WASM, its glue JS, the loader and the chunks name each other, the glue
///   and the loader both ways, so no one of them can be named by its own content first. All of
///   them take one digest of all their contents together (`<name>-<digest>.<ext>`): a change to
///   any changes every name, and no name is ever reused for other bytes.
fn bundle(wasm: &Path, dist: &Path, base: &str, shared: &Shared) -> Result<Bundle> {
    std::fs::create_dir_all(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    let split = staging(&wasm.with_extension("split"))?;
    run(Command::new(paths::cargo_bin("wasm-split-cli"))
        .arg(wasm)
        .arg(&split)
        .args(["--target", "web", "--out-name", "madoguchi_ui"]))?;

    run(Command::new(paths::cargo_bin("wasm-bindgen"))
        .args([
            "--target",
            "web",
            "--no-typescript",
            "--remove-name-section",
            "--remove-producers-section",
            // The main module exports what the chunks link against.
            "--keep-lld-exports",
        ])
        .args(["--out-name", "madoguchi_ui", "--out-dir"])
        .arg(dist)
        .arg(split.join("madoguchi_ui.wasm")))?;
    let mut wasm_files = vec![dist.join("madoguchi_ui_bg.wasm")];
    let mut pieces = Vec::new();
    for entry in std::fs::read_dir(&split).map_err(|e| format!("{}: {e}", split.display()))? {
        let name = entry
            .map_err(|e| e.to_string())?
            .file_name()
            .to_string_lossy()
            .into_owned();
        if name == "madoguchi_ui.wasm" {
            continue;
        }
        std::fs::copy(split.join(&name), dist.join(&name)).map_err(|e| format!("{name}: {e}"))?;
        if name.ends_with(".wasm") {
            wasm_files.push(dist.join(&name));
        }
        pieces.push(name);
    }
    if !pieces.iter().any(|p| p == SPLIT_LOADER) {
        return Err(format!(
            "wasm-split-cli wrote no {SPLIT_LOADER} in {}",
            split.display()
        ));
    }
    for file in &wasm_files {
        run(Command::new(paths::node_bin("wasm-opt"))
            .arg("-Oz")
            .args(WASM_OPT_FEATURES)
            .arg(file)
            .arg("-o")
            .arg(file))?;
    }
    pieces.sort();
    // wasm-bindgen's glue and the split loader are written for people to read; the first load
    // carries them, so they are minified (terser, from package-lock.json), as cargo-leptos does.
    for js in std::iter::once("madoguchi_ui.js")
        .chain(pieces.iter().map(String::as_str).filter(|p| p.ends_with(".js")))
    {
        let path = dist.join(js);
        run(Command::new(paths::node_bin("terser"))
            .arg(&path)
            .args(["--module", "--compress", "--mangle", "-o"])
            .arg(&path))?;
    }
    let mut named = vec!["madoguchi_ui.js".to_owned(), "madoguchi_ui_bg.wasm".to_owned()];
    named.extend(pieces);
    let renamed = rename_together(dist, &named)?;
    let bundle = Bundle {
        js: renamed[0].clone(),
        wasm: renamed[1].clone(),
        files: renamed,
    };

    // index.html loads the stylesheet and boot.js, which loads the bundle; all named from the site
    // root.
    let replacements = [
        (TEMPLATE_CSS, format!("\"/{}\"", shared.css)),
        (TEMPLATE_PAGES_CSS, format!("\"/{}\"", shared.pages_css)),
        (TEMPLATE_BOOT, format!("\"{base}boot.js\"")),
        (TEMPLATE_JS, format!("\"{base}{}\"", bundle.js)),
        (TEMPLATE_WASM, format!("\"{base}{}\"", bundle.wasm)),
        (
            TEMPLATE_LOCALES,
            format!(
                "<meta name=\"madoguchi-locale-files\" content=\"{}\">",
                shared.locale_files
            ),
        ),
        (TEMPLATE_FONT_WARMUP, font_warmup(&paths::root().join("locales"))?),
    ];
    let mut found = [false; 7];
    for file in ["index.html", "boot.js"] {
        let source = paths::root().join("ui").join(file);
        let mut text = std::fs::read_to_string(&source).map_err(|e| format!("{}: {e}", source.display()))?;
        for (i, (template, name)) in replacements.iter().enumerate() {
            found[i] |= text.contains(template);
            text = text.replace(template, name);
        }
        std::fs::write(dist.join(file), text).map_err(|e| e.to_string())?;
    }
    if let Some(i) = found.iter().position(|f| !f) {
        return Err(format!(
            "ui/index.html and ui/boot.js no longer name {}: the build cannot point them at the hashed file",
            replacements[i].0
        ));
    }
    Ok(bundle)
}

/// CSS without its comments (notes for people editing it: a quarter of the first load's
/// stylesheet, BENCHMARKS.md) and without blank lines. Our stylesheets have no `/*` inside a string.
fn without_css_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    out.push_str(rest);
    out.lines()
        .filter(|line| !line.trim().is_empty())
        .flat_map(|line| [line, "\n"])
        .collect()
}

/// Writes `dir/<tag>-<hash>.ftl` for every locale folder but the embedded one: its Fluent files in
/// name order but the gallery's, comment lines left out (the same rules as `crates/i18n/build.rs`). Returns the
/// `tag=/locales/<file>` list for `index.html`.
fn write_locale_files(dir: &Path) -> Result<String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut entries = Vec::new();
    for folder in sorted_dirs(&paths::root().join("locales"))? {
        let Some(tag) = folder.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
            continue;
        };
        // The embedded locale's file holds only what its WASM leaves out.
        let skipped: &[&str] = if tag == EMBEDDED_LOCALE {
            FIRST_LOAD_FTL
        } else {
            &[]
        };
        let mut text = String::new();
        for file in sorted_files(&folder, "ftl")? {
            if file
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| GALLERY_ONLY.contains(&n) || skipped.contains(&n))
            {
                continue;
            }
            let source = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            text.push_str(&without_comments(&source));
        }
        let name = write_hashed(dir, &format!("{tag}.ftl"), text.as_bytes())?;
        entries.push(format!("{tag}=/locales/{name}"));
    }
    Ok(entries.join(" "))
}

/// Fluent source without its comment lines (`#` at the start of a line).
fn without_comments(source: &str) -> String {
    source
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(|line| [line, "\n"])
        .collect()
}

fn sorted_dirs(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    Ok(dirs)
}

fn copy_folder(from: &Path, to: &Path) -> Result {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for entry in std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if let Some(name) = path.file_name() {
            std::fs::copy(&path, to.join(name)).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// `name` with the first 16 hex digits of the SHA-256 of `bytes` before its extension
/// (`madoguchi.css` → `madoguchi-0123456789abcdef.css`). The server recognises exactly this shape
/// as a file that never changes (`crates/server/src/web_ui.rs`).
fn hashed_name(name: &str, digest: &str) -> String {
    let short = &digest[..16.min(digest.len())];
    match name.rsplit_once('.') {
        Some((stem, extension)) => format!("{stem}-{short}.{extension}"),
        None => format!("{name}-{short}"),
    }
}

/// Writes `bytes` into `dir` under their hashed name; returns the name.
fn write_hashed(dir: &Path, name: &str, bytes: &[u8]) -> Result<String> {
    let plain = dir.join(name);
    std::fs::write(&plain, bytes).map_err(|e| format!("{}: {e}", plain.display()))?;
    rename_hashed(dir, name)
}

/// Renames `dir/name` to its hashed name; returns the new name.
fn rename_hashed(dir: &Path, name: &str) -> Result<String> {
    let plain = dir.join(name);
    let output = ui_files("digest", std::slice::from_ref(&plain))?;
    let digest = output
        .split_whitespace()
        .next()
        .filter(|d| d.len() == 64 && d.bytes().all(|b| b.is_ascii_hexdigit()))
        .ok_or_else(|| format!("no digest for {}: {output:?}", plain.display()))?;
    let hashed = hashed_name(name, digest);
    std::fs::rename(&plain, dir.join(&hashed)).map_err(|e| format!("{}: {e}", plain.display()))?;
    Ok(hashed)
}

/// The loader `wasm-split-cli` writes beside the chunks; the glue JS imports it.
const SPLIT_LOADER: &str = "__wasm_split.js";

/// Renames the files `names` of `dir` (which refer to each other by `./<name>`) to
/// `<name>-<digest>`, one digest of all their contents, and rewrites those references in the
/// JavaScript among them; returns the new names in the order given.
fn rename_together(dir: &Path, names: &[String]) -> Result<Vec<String>> {
    let paths: Vec<PathBuf> = names.iter().map(|n| dir.join(n)).collect();
    let digests = ui_files("digest", &paths)?;
    let each: Vec<&str> = digests
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    if each.len() != names.len() {
        return Err(format!("digests of {names:?}: {digests:?}"));
    }
    let joined = dir.join("digests.txt");
    std::fs::write(&joined, each.join("\n")).map_err(|e| format!("{}: {e}", joined.display()))?;
    let output = ui_files("digest", std::slice::from_ref(&joined))?;
    std::fs::remove_file(&joined).map_err(|e| format!("{}: {e}", joined.display()))?;
    let digest = output
        .split_whitespace()
        .next()
        .filter(|d| d.len() == 64 && d.bytes().all(|b| b.is_ascii_hexdigit()))
        .ok_or_else(|| format!("no digest of {names:?}: {output:?}"))?;
    let renamed: Vec<String> = names.iter().map(|n| hashed_name(n, digest)).collect();
    for (name, new) in names.iter().zip(&renamed) {
        if name.ends_with(".js") {
            let path = dir.join(name);
            let mut text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            for (other, other_new) in names.iter().zip(&renamed) {
                // Only where a file is fetched or imported: the glue's imports object keeps the
                // module name the WASM itself imports (`"./__wasm_split.js": import1`).
                for quote in ['"', '\''] {
                    for lead in ["from ", "from", "URL("] {
                        text = text.replace(
                            &format!("{lead}{quote}./{other}{quote}"),
                            &format!("{lead}{quote}./{other_new}{quote}"),
                        );
                    }
                }
            }
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        std::fs::rename(dir.join(name), dir.join(new)).map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(renamed)
}

/// Writes the brotli and gzip copies of every file under `dist`; returns each file's sizes.
fn compress(dist: &Path) -> Result<Vec<ShippedFile>> {
    let mut files = Vec::new();
    files_under(dist, &mut files)?;
    files.sort();
    let output = ui_files("compress", &files)?;
    let mut shipped = Vec::new();
    for line in output.lines() {
        let mut fields = line.rsplitn(4, ' ');
        let (Some(gzip), Some(brotli), Some(raw), Some(path)) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            return Err(format!("ui_files.mjs compress printed {line:?}"));
        };
        let number = |s: &str| s.parse::<u64>().map_err(|e| format!("{line:?}: {e}"));
        let path = Path::new(path);
        shipped.push(ShippedFile {
            path: path
                .strip_prefix(dist)
                .unwrap_or(path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/"),
            raw: number(raw)?,
            brotli: number(brotli)?,
            gzip: number(gzip)?,
        });
    }
    if shipped.len() != files.len() {
        return Err(format!("compressed {} of {} files", shipped.len(), files.len()));
    }
    Ok(shipped)
}

/// Every file under `dir`, recursively, leaving out compressed copies.
fn files_under(dir: &Path, out: &mut Vec<PathBuf>) -> Result {
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            files_under(&path, out)?;
        } else if !path.extension().is_some_and(|e| e == "br" || e == "gz") {
            out.push(path);
        }
    }
    Ok(())
}

/// Runs `xtask/ui_files.mjs` (node's crypto and zlib) and returns what it printed.
fn ui_files(command: &str, files: &[PathBuf]) -> Result<String> {
    let script = paths::root().join("xtask/ui_files.mjs");
    let output = Command::new("node")
        .arg(&script)
        .arg(command)
        .args(files)
        .output()
        .map_err(|e| format!("cannot start node {}: {e}", script.display()))?;
    if !output.status.success() {
        return Err(format!(
            "node {} {command} failed: {}",
            script.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8(output.stdout).map_err(|e| e.to_string())
}

/// What the browser build leaves out, with std rebuilt under the same flags (`-Zbuild-std`), about
/// 18 KB of the residents' brotli WASM (BENCHMARKS.md): panic locations carry no file, line or
/// column; `{:?}` prints nothing (no page may show or store Debug output); and a panic aborts at
/// once (a trap, `RuntimeError: unreachable` in the console) instead of formatting a message
/// first. The page stops on a panic either way (`panic = "abort"` in `wasm-release`); only the
/// message in the developer console is lost, and no panic is part of the UI's behaviour. Only on
/// the build-std path: a rustup toolchain's prebuilt wasm32 std cannot be rebuilt this way, so a
/// build there is larger than the budget assumes.
const WASM_RUSTFLAGS: &[&str] = &[
    SPLIT_RUSTFLAGS,
    "-Zlocation-detail=none",
    "-Zfmt-debug=none",
    "-Zunstable-options",
    "-Cpanic=immediate-abort",
];

/// Keeps the relocations wasm-split-cli needs to cut the module at the split points (every build,
/// rustup's or Debian's).
const SPLIT_RUSTFLAGS: &str = "-Clink-args=--emit-relocs";

/// The language menu's endonyms, each in its own `lang`, laid out (unseen, unread) by the static
/// page while the WASM downloads. Their first layout finds and shapes the system's fallback fonts
/// for nine scripts, which cost a slow phone 80–100 ms when it first happened on the reader's
/// first click on the menu (BENCHMARKS.md, sessions 8 and 9); during the download the main thread
/// is idle, so the work costs nobody a wait. Taken from each locale's `language-name` message (the
/// source of the menu's names), readings (`《…》`) left out.
fn font_warmup(locales: &Path) -> Result<String> {
    let mut tags: Vec<String> = std::fs::read_dir(locales)
        .map_err(|e| format!("{}: {e}", locales.display()))?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("app.ftl").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    tags.sort();
    let mut html = String::from("<div class=\"mg-font-warmup\" aria-hidden=\"true\">");
    for tag in tags {
        let path = locales.join(&tag).join("app.ftl");
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = text
            .lines()
            .find_map(|l| l.strip_prefix("language-name = "))
            .ok_or_else(|| format!("{}: no language-name message", path.display()))?;
        let lang = tag.split("-x-").next().unwrap_or(&tag);
        html.push_str(&format!(
            "<span lang=\"{lang}\">{}</span>",
            escape_html(&without_readings(name))
        ));
    }
    html.push_str("</div>");
    Ok(html)
}

/// `日本語《にほんご》` → `日本語`: the base text of our reading markup.
fn without_readings(text: &str) -> String {
    let mut out = String::new();
    let mut in_reading = false;
    for c in text.chars() {
        match c {
            '《' => in_reading = true,
            '》' => in_reading = false,
            c if !in_reading => out.push(c),
            _ => {}
        }
    }
    out.trim().to_owned()
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Compiles the UI crate for the browser with `features`; returns the `.wasm` cargo produced.
fn compile(features: &[&str]) -> Result<PathBuf> {
    let target_dir = paths::wasm_target_dir();
    let mut cmd = if rustup_has_wasm_target() {
        let mut cmd = Command::new("cargo");
        cmd.args(["build", "--target", "wasm32-unknown-unknown"])
            .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS", SPLIT_RUSTFLAGS);
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
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
            WASM_RUSTFLAGS.join(" "),
        )
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

/// The kit components the home page and the frame every page shares draw (skip link, header and
/// language menu, furigana switch, display settings, the banner and button a page that cannot be
/// fetched shows). Their styles are in the first download; every other component's are in the
/// pages' stylesheet, fetched with the first page loaded on demand (`ui/src/pages/lazy.rs`).
const FIRST_LOAD_COMPONENTS: &[&str] = &[
    "button",
    "notification_banner",
    "page_header",
    "radios",
    "ruby",
    "skip_link",
];

/// The app's stylesheets: design tokens, page layout and the first load's components
/// (`FIRST_LOAD_COMPONENTS`), then every other component's `style.css` for the pages, each in
/// folder order.
fn stylesheets() -> Result<(String, String)> {
    let root = paths::root();
    let mut first = sorted_files(&root.join("assets/css"), "css")?;
    let mut pages = Vec::new();
    let kit = root.join("crates/ui-kit/src");
    let mut components: Vec<PathBuf> = std::fs::read_dir(&kit)
        .map_err(|e| format!("{}: {e}", kit.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|dir| dir.join("style.css").is_file())
        .collect();
    components.sort();
    for dir in components {
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if FIRST_LOAD_COMPONENTS.contains(&name.as_str()) {
            first.push(dir.join("style.css"));
        } else {
            pages.push(dir.join("style.css"));
        }
    }
    let concat = |files: Vec<PathBuf>| -> Result<String> {
        let mut css = String::new();
        for file in files {
            let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            css.push_str(&without_css_comments(&text));
        }
        Ok(css)
    };
    Ok((concat(first)?, concat(pages)?))
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

#[cfg(test)]
mod tests {
    use super::{font_warmup, hashed_name, without_comments, without_css_comments};

    #[test]
    fn the_font_warmup_holds_every_endonym_in_its_own_language_without_readings() {
        let html = font_warmup(&crate::paths::root().join("locales")).expect("the locales");
        assert!(
            html.starts_with(r#"<div class="mg-font-warmup" aria-hidden="true">"#),
            "{html}"
        );
        for span in [
            r#"<span lang="ja">日本語</span>"#,
            r#"<span lang="ja">やさしい日本語</span>"#,
            r#"<span lang="ne">नेपाली</span>"#,
            r#"<span lang="zh-Hant">繁體中文</span>"#,
            r#"<span lang="pt-BR">Português</span>"#,
        ] {
            assert!(html.contains(span), "{span} missing from {html}");
        }
        assert_eq!(html.matches("<span").count(), 12);
        assert!(!html.contains('《'), "a reading left in: {html}");
    }

    #[test]
    fn css_comments_and_blank_lines_are_left_out_but_rules_are_kept() {
        let css =
            "/* tokens */\n:root {\n  --a: 1px; /* why */\n}\n\n/* a\n   long note */\n.b { color: red; }\n";
        assert_eq!(
            without_css_comments(css),
            ":root {\n  --a: 1px; \n}\n.b { color: red; }\n"
        );
    }

    #[test]
    fn a_hashed_name_keeps_the_extension_after_sixteen_hex_digits() {
        let digest = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        assert_eq!(
            hashed_name("madoguchi_ui_bg.wasm", digest),
            "madoguchi_ui_bg-0123456789abcdef.wasm"
        );
        assert_eq!(
            hashed_name("madoguchi.css", digest),
            "madoguchi-0123456789abcdef.css"
        );
        assert_eq!(hashed_name("zh-Hant.ftl", digest), "zh-Hant-0123456789abcdef.ftl");
    }

    #[test]
    fn locale_files_leave_out_comment_lines_but_not_a_hash_sign_in_a_message() {
        let source = "# a note\n## group\nskip-link = 本文へ #1\n";
        assert_eq!(without_comments(source), "skip-link = 本文へ #1\n");
    }
}
