//! The Tauri 2 shell: opens the app window, and is the only part of Madoguchi that touches the OS,
//! the keyring, local files and the network on the UI's behalf.
//!
//! **Architecture Invariant:** the UI reaches this crate only through the commands in
//! [`commands`], each listed in `build.rs` and allowed per window in `capabilities/`. Commands
//! return wire types of `madoguchi-domain` or a [`error::ShellError`] serialised as an `ApiError`
//! (a code plus a message id; no text).
//!
//! The resident's data on the device is in [`store`] (SQLCipher, key in the OS keyring); every
//! mutation goes through the [`outbox`], sent as the resident when queued signed in ([`account`]); [`local_data`] ties them together for the commands and for
//! the headless entry point the fault test drives (`src/bin/madoguchi-headless.rs`).

pub mod account;
pub mod applications;
pub mod attachments;
pub mod bookings;
pub mod city_server;
pub mod clock;
pub mod commands;
pub mod config;
pub mod error;
pub mod local_data;
pub mod notices;
pub mod outbox;
pub mod store;
pub mod ui_folder;

use std::sync::Arc;
use std::time::Duration;

use tauri::Manager as _;
use tracing_subscriber::EnvFilter;

use crate::local_data::LocalData;
use crate::outbox::backoff::Backoff;

/// Logging for the shell's binaries (never logs keys: they print as `[redacted]`).
pub fn init_logging() {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")))
        .with_writer(std::io::stderr)
        .init();
}

/// The local data of `dir`, talking to the configured server; spawns its outbox sender on the
/// current Tokio runtime.
pub fn start_local_data(config: &config::ShellConfig, dir: &std::path::Path) -> LocalData {
    let store = Arc::new(store::LocalStore::new(dir, config.keyring));
    let city = city_server::CityServer::new(config.server_url.clone());
    let data = LocalData::new(store, city, Arc::new(clock::SystemClock));
    let backoff = Backoff {
        cap: Duration::from_secs(config.outbox_retry_cap_secs),
        ..Backoff::default()
    };
    tauri::async_runtime::spawn(data.sender(backoff, Box::new(clock::random_unit)).run());
    data
}

/// Follows the city's notice stream for as long as the app runs, emitting each event to the
/// window ([`notices::stream::NOTICE_EVENT`]), where the UI matches it against the profile.
fn follow_notices(data: &LocalData, app: tauri::AppHandle, config: &config::ShellConfig) {
    use tauri::Emitter as _;
    let backoff = Backoff {
        cap: Duration::from_secs(config.outbox_retry_cap_secs),
        ..Backoff::default()
    };
    let deliver: notices::stream::Deliver = Box::new(move |event| {
        if let Err(e) = app.emit(notices::stream::NOTICE_EVENT, event) {
            tracing::warn!("notice event not passed to the window: {e}");
        }
    });
    let follower = data.notice_follower(backoff, Box::new(clock::random_unit), deliver);
    tauri::async_runtime::spawn(follower.run());
}

/// Starts the shell with the UI it embeds (`ui/dist-app`: the residents' pages, no gallery) and
/// blocks until the window closes.
pub fn run() {
    run_with(context());
}

/// Starts the shell with the UI read from `dir` at run time instead (`ui/dist`, with the component
/// gallery): the `madoguchi-gallery` binary, for the window tests and people building screens.
pub fn run_with_ui_folder(dir: &std::path::Path) {
    let mut context = context();
    context.set_assets(Box::new(ui_folder::UiFolder::new(dir)));
    run_with(context);
}

/// `tauri.conf.json` and the files of its `frontendDist`, embedded at build time.
fn context() -> tauri::Context {
    tauri::generate_context!()
}

fn run_with(context: tauri::Context) {
    init_logging();
    let config = match config::ShellConfig::load() {
        Ok(config) => config,
        Err(e) => {
            // Before a window exists there is nowhere to show a localized message; the log and
            // the exit code are what an operator sees.
            tracing::error!("invalid configuration: {e:#}");
            std::process::exit(2);
        }
    };
    tracing::info!(server = %config.server_url, keyring = ?config.keyring, "starting the shell");
    let result = tauri::Builder::default()
        .setup(move |app| {
            let dir = app.path().app_data_dir()?;
            let data = start_local_data(&config, &dir);
            follow_notices(&data, app.handle().clone(), &config);
            app.manage(commands::ShellState { data });
            app.manage(notices::tray::Tray::default());
            Ok(())
        })
        // The tray (opt-in): its menu's items, and closing the window while it shows.
        .on_menu_event(notices::tray::on_menu_event)
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::CloseRequested { api, .. } = event {
                if notices::tray::hide_on_close(window.app_handle()) {
                    api.prevent_close();
                    match window.hide() {
                        Ok(()) => tracing::info!("window closed to the tray"),
                        Err(e) => tracing::warn!("the window could not be hidden to the tray: {e}"),
                    }
                } else {
                    tracing::info!("window closed: no tray to keep the app in");
                }
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::cached_procedure_catalogue,
            commands::refresh_procedure_catalogue,
            commands::send_outbox_now,
            commands::resend_outbox_item,
            commands::delete_local_data,
            commands::lookup_postal_code,
            commands::upload_attachment,
            commands::procedure_form,
            commands::save_draft,
            commands::my_drafts,
            commands::discard_draft,
            commands::submit_application,
            commands::my_applications,
            commands::application_status,
            commands::booking_services,
            commands::booking_slots,
            commands::book,
            commands::change_booking,
            commands::my_bookings,
            commands::join_waitlist,
            commands::accept_offer,
            commands::my_waitlist,
            account::commands::request_sign_in_code,
            account::commands::sign_in_with_code,
            account::commands::signed_in_account,
            account::commands::sign_out,
            account::commands::my_devices,
            account::commands::resident_details,
            account::commands::sign_out_device,
            account::commands::account_audit,
            notices::notice_feed,
            notices::personal_notices,
            notices::notice_areas,
            notices::profile::notice_settings,
            notices::profile::save_notice_profile,
            notices::profile::clear_notice_profile,
            notices::profile::notice_read_marks,
            notices::profile::mark_notices_read,
            notices::held::hold_notice,
            notices::held::take_due_notices,
            notices::notify::show_notification,
            notices::tray::set_tray,
        ])
        .run(context);
    if let Err(e) = result {
        tracing::error!("the shell stopped with an error: {e}");
        std::process::exit(1);
    }
}
