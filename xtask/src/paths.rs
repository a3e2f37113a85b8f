//! Where things are: the repository, the build caches outside it, the tools.

use std::path::PathBuf;

/// The repository root (xtask lives in `<root>/xtask`).
pub fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}

/// Build outputs live outside the clone so a fresh clone reuses them; nothing depends on them
/// being there. `CARGO_TARGET_DIR` wins when set.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| cache_dir().join("target"), PathBuf::from)
}

/// The UI's WASM build may use another compiler (Debian's rustc-web), so it gets its own folder.
pub fn wasm_target_dir() -> PathBuf {
    cache_dir().join("target-wasm")
}

pub fn cache_dir() -> PathBuf {
    std::env::var_os("MADOGUCHI_CACHE_DIR").map_or_else(
        || {
            std::env::var_os("HOME")
                .map_or_else(|| PathBuf::from("/tmp"), PathBuf::from)
                .join(".cache/madoguchi")
        },
        PathBuf::from,
    )
}

/// The web UI as the server sends it in web mode (both bundles, with brotli and gzip copies).
pub fn ui_dist() -> PathBuf {
    root().join("ui/dist")
}

/// The UI as the Tauri shell embeds it (`frontendDist`): the residents' bundle only.
pub fn ui_dist_app() -> PathBuf {
    root().join("ui/dist-app")
}

pub fn debug_bin(name: &str) -> PathBuf {
    target_dir().join("debug").join(name)
}

pub fn node_bin(name: &str) -> PathBuf {
    root().join("node_modules/.bin").join(name)
}

/// Cargo-installed tools (wasm-bindgen, tauri-driver).
pub fn cargo_bin(name: &str) -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map_or_else(
            || {
                std::env::var_os("HOME")
                    .map_or_else(|| PathBuf::from("/root"), PathBuf::from)
                    .join(".cargo")
            },
            PathBuf::from,
        )
        .join("bin")
        .join(name)
}
