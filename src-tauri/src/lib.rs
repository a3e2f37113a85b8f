//! The Tauri 2 shell: opens the app window, and is the only part of Madoguchi that touches the OS,
//! the keyring, local files and the network on the UI's behalf.
//!
//! **Architecture Invariant:** the UI reaches this crate only through the commands in
//! [`commands`], each listed in `build.rs` and allowed per window in `capabilities/`. Commands
//! return wire types of `madoguchi-domain` or a [`error::ShellError`] serialised as an `ApiError`
//! (a code plus a message id; no text).

pub mod city_server;
pub mod commands;
pub mod config;
pub mod error;

use tracing_subscriber::EnvFilter;

/// Starts the shell and blocks until the window closes.
pub fn run() {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")))
        .init();
    let config = match config::ShellConfig::load() {
        Ok(config) => config,
        Err(e) => {
            // Before a window exists there is nowhere to show a localized message; the log and
            // the exit code are what an operator sees.
            tracing::error!("invalid configuration: {e:#}");
            std::process::exit(2);
        }
    };
    tracing::info!(server = %config.server_url, "starting the shell");
    let state = commands::ShellState::new(city_server::CityServer::new(config.server_url.clone()));
    let result = tauri::Builder::default()
        .manage(state)
        .invoke_handler(tauri::generate_handler![commands::procedure_catalogue])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        tracing::error!("the shell stopped with an error: {e}");
        std::process::exit(1);
    }
}
