//! Madoguchi's UI: a Leptos client-side app. The same build runs in the Tauri shell's webview (app
//! mode, talking to the shell over IPC) and in a browser (web mode, talking HTTP to the server);
//! [`ipc`] is the one place that knows which.

mod app;
mod display_settings;
mod i18n;
mod ipc;
mod pages;
mod routes;
mod settings;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
