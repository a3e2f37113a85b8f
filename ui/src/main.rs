//! Madoguchi's UI: a Leptos client-side app. The same build runs in the Tauri shell's webview (app
//! mode, talking to the shell over IPC) and in a browser (web mode, talking HTTP to the server);
//! [`ipc`] is the one place that knows which.

mod app;
mod display_settings;
mod i18n;
mod intl;
mod ipc;
mod notice_alerts;
mod pages;
mod routes;
mod settings;

fn main() {
    // No panic hook: the browser build aborts on a panic without formatting a message
    // (`-Cpanic=immediate-abort`, xtask/src/ui_build.rs), so a hook would never run.
    // The reader's language first (fetched when this bundle does not carry it), then the page.
    wasm_bindgen_futures::spawn_local(async {
        i18n::load_starting_locale().await;
        leptos::mount::mount_to_body(app::App);
    });
}
