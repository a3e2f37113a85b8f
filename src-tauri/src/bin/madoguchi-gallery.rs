//! The app with the component gallery (`/gallery/`), for the window tests and for people building
//! screens: the same shell, commands and capabilities as `madoguchi`, with the UI read at run time
//! from `ui/dist` (the web build, which holds the gallery) instead of the embedded `ui/dist-app`
//! (which does not). The window tests drive the postal lookup and the upload through the shell on
//! the gallery's examples, as no resident screen uses them yet. Never bundled: `cargo tauri build`
//! packages `madoguchi` only.
//!
//! The folder: `MADOGUCHI_UI_DIR`, else this checkout's `ui/dist` (`cargo xtask build-ui`).

fn main() {
    let dir = std::env::var_os("MADOGUCHI_UI_DIR").map_or_else(
        || std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/dist"),
        std::path::PathBuf::from,
    );
    madoguchi_shell::run_with_ui_folder(&dir);
}
