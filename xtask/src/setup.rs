//! Installing what the other commands need: Debian packages, cargo tools pinned to Cargo.lock, the
//! npm packages pinned by package-lock.json, and from PyPI, pinned, schemathesis and the Web Push
//! interop tests' and the window tests' tray host's packages, each into a venv under the build
//! cache (`contract_test.rs`, `push_interop.rs`, `tray_host.rs`). Every part checks before it installs, so a second run takes a second or
//! two. Nothing here downloads a prebuilt binary outside the registries.

use std::process::Command;

use crate::paths;
use crate::step::{self, Result, have, run};

/// What building the app and the UI needs (Tauri on Linux, fonts for Japanese).
const APP_PACKAGES: &[&str] = &[
    "build-essential",
    "pkg-config",
    "libssl-dev",
    "libwebkit2gtk-4.1-dev",
    "libgtk-3-dev",
    "libsoup-3.0-dev",
    "libjavascriptcoregtk-4.1-dev",
    "librsvg2-dev",
    "libayatana-appindicator3-dev",
    "fonts-noto-cjk",
    "fonts-morisawa-bizud-gothic",
];

/// Where rustup has no `wasm32-unknown-unknown` (this machine kind cannot download one), Debian's
/// web toolchain builds the UI with `-Zbuild-std`.
const DEBIAN_WASM_PACKAGES: &[&str] = &["rustc-web", "cargo-web", "rust-web-src", "lld-22"];

/// What the tests add: a virtual display, the WebKit WebDriver, Chromium, the kernel keyring tools,
/// a private D-Bus session with GNOME Keyring (the Secret Service, Linux's default keyring), and a
/// notification daemon.
const TEST_PACKAGES: &[&str] = &[
    "xvfb",
    "webkit2gtk-driver",
    "chromium",
    "keyutils",
    "dbus-daemon",
    "gnome-keyring",
    // The notification daemon the window test reads OS notifications from (issue 13); the tray's
    // test runs its own StatusNotifierWatcher from a venv (`tray_host.rs`).
    "dunst",
    "file",
    "curl",
    // The server's contract suite runs on PostgreSQL too; without one on 127.0.0.1:5432 Test
    // starts its own from this package (`postgres.rs`).
    "postgresql",
    // schemathesis (the OpenAPI contract step) and the Web Push interop tests' push service live
    // in venvs of their own (`contract_test.rs`, `push_interop.rs`).
    "python3-venv",
];

const TAURI_DRIVER_VERSION: &str = "2.0.5";
/// Splits the UI's WASM into the first download and chunks loaded on demand (`ui/src/pages/lazy.rs`);
/// the build tool of the runtime Leptos links (`wasm_split_helpers`), as cargo-leptos uses it.
const WASM_SPLIT_VERSION: &str = "0.2.4";
/// The WASM size profiler `cargo xtask bench` uses to say what each crate costs.
const TWIGGY_VERSION: &str = "0.8.0";

/// Everything: Run and Test both call this.
pub fn all() -> Result {
    let started = step::start("setup: system packages, cargo tools, npm packages");
    let mut packages: Vec<&str> = APP_PACKAGES.iter().chain(TEST_PACKAGES).copied().collect();
    if !rustup_has_wasm_target() {
        packages.extend(DEBIAN_WASM_PACKAGES);
    }
    apt(&packages)?;
    wasm_bindgen_cli()?;
    wasm_split_cli()?;
    cargo_tool("tauri-driver", TAURI_DRIVER_VERSION, &["--locked"])?;
    cargo_tool("cargo-deny", crate::deny::VERSION, &["--locked"])?;
    npm()?;
    crate::contract_test::install()?;
    crate::push_interop::install()?;
    crate::tray_host::install()?;
    step::done("setup", started);
    Ok(())
}

/// What `build-ui` needs.
pub fn for_ui_build() -> Result {
    if !rustup_has_wasm_target() {
        apt(DEBIAN_WASM_PACKAGES)?;
    }
    wasm_bindgen_cli()?;
    wasm_split_cli()?;
    npm()
}

/// What the UI's bench needs besides the build: twiggy, to count each crate's bytes.
pub fn for_ui_bench() -> Result {
    for_ui_build()?;
    cargo_tool("twiggy", TWIGGY_VERSION, &["--locked"])
}

/// Whether the rustup toolchain can build for the browser (true on a typical developer machine).
pub fn rustup_has_wasm_target() -> bool {
    have("rustup")
        && Command::new("rustup")
            .args(["target", "list", "--installed"])
            .output()
            .is_ok_and(|o| {
                String::from_utf8_lossy(&o.stdout)
                    .lines()
                    .any(|l| l.trim() == "wasm32-unknown-unknown")
            })
}

fn apt(packages: &[&str]) -> Result {
    let missing: Vec<&str> = packages.iter().copied().filter(|p| !dpkg_installed(p)).collect();
    if missing.is_empty() {
        println!("    system packages: all {} present", packages.len());
        return Ok(());
    }
    if !have("apt-get") {
        return Err(format!(
            "these system packages are missing and this is not a Debian-like system; install their equivalents: {}",
            missing.join(" ")
        ));
    }
    println!(
        "    installing {} system packages: {}",
        missing.len(),
        missing.join(" ")
    );
    let sudo = !is_root();
    let apt_get = |args: &[&str]| {
        let mut cmd = if sudo {
            Command::new("sudo")
        } else {
            Command::new("apt-get")
        };
        if sudo {
            cmd.arg("apt-get");
        }
        cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        cmd
    };
    run(&mut apt_get(&["update", "-q"]))?;
    let mut install = apt_get(&["install", "-y", "-q"]);
    install.args(&missing);
    run(&mut install)
}

fn dpkg_installed(package: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", package])
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// wasm-bindgen-cli must match the `wasm-bindgen` crate in Cargo.lock exactly.
fn wasm_bindgen_cli() -> Result {
    let version = locked_version("wasm-bindgen")?;
    // Without --locked: its own lock pins a webpki-roots the registry here does not serve.
    cargo_tool_as("wasm-bindgen-cli", "wasm-bindgen", &version, &[])
}

/// `wasm-split-cli`, the binary of `wasm_split_cli_support` (behind its `build-binary` feature).
fn wasm_split_cli() -> Result {
    cargo_tool_as(
        "wasm_split_cli_support",
        "wasm-split-cli",
        WASM_SPLIT_VERSION,
        &["--locked", "--features", "build-binary"],
    )
}

fn cargo_tool(name: &str, version: &str, extra: &[&str]) -> Result {
    cargo_tool_as(name, name, version, extra)
}

/// Installs `crate_name` at `version` unless cargo already installed exactly that version and
/// its binary is there.
fn cargo_tool_as(crate_name: &str, binary: &str, version: &str, extra: &[&str]) -> Result {
    let listed = Command::new("cargo")
        .args(["install", "--list"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    let installed = listed
        .lines()
        .any(|l| l.starts_with(&format!("{crate_name} v{version}:")));
    if installed && paths::cargo_bin(binary).is_file() {
        println!("    {crate_name} {version}: present");
        return Ok(());
    }
    let started = step::start(&format!(
        "installing {crate_name} {version} (a few minutes, once)"
    ));
    let mut cmd = Command::new("cargo");
    cmd.args(["install", crate_name, "--version", version])
        .args(extra)
        // One build folder for every tool, so the dependencies they share (syn, serde, clap,
        // walrus…) compile once; kept, so a version bump rebuilds only what changed.
        .env("CARGO_TARGET_DIR", paths::cache_dir().join("target-tools"))
        // These are build tools: full LTO and one codegen unit (some tools' own release profile)
        // cost minutes on a 2-core machine for a speed-up nobody would notice.
        .env("CARGO_PROFILE_RELEASE_LTO", "false")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16")
        .env("CARGO_PROFILE_RELEASE_DEBUG", "false");
    run(&mut cmd)?;
    step::done(crate_name, started);
    Ok(())
}

/// The version of a crate as resolved in Cargo.lock.
pub fn locked_version(name: &str) -> Result<String> {
    let lock =
        std::fs::read_to_string(paths::root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let needle = format!("name = \"{name}\"\nversion = \"");
    let start = lock
        .find(&needle)
        .ok_or_else(|| format!("{name} is not in Cargo.lock"))?
        + needle.len();
    let end = lock[start..].find('"').ok_or("malformed Cargo.lock")?;
    Ok(lock[start..start + end].to_owned())
}

/// `npm ci` when package-lock.json changed since the last install.
fn npm() -> Result {
    let root = paths::root();
    let lock =
        std::fs::read(root.join("package-lock.json")).map_err(|e| format!("package-lock.json: {e}"))?;
    let stamp_path = root.join("node_modules/.madoguchi-lock");
    if std::fs::read(&stamp_path).is_ok_and(|stamp| stamp == lock) {
        println!("    npm packages: present");
        return Ok(());
    }
    if !have("npm") {
        return Err(
            "npm is missing: install Node.js 20 or newer (Debian: apt-get install nodejs npm)".into(),
        );
    }
    let started = step::start("npm ci (Playwright core, axe-core, binaryen)");
    run(Command::new("npm")
        .args(["ci", "--no-fund", "--no-audit"])
        .current_dir(&root))?;
    std::fs::write(&stamp_path, lock).map_err(|e| e.to_string())?;
    step::done("npm ci", started);
    Ok(())
}
