//! Raising an OS notification the UI has worded (issue 13): the freedesktop notification daemon
//! on Linux (over the session D-Bus), the system's centre elsewhere. Urgent notices go as
//! "critical", which daemons keep on screen until dismissed.
//!
//! Called directly through notify-rust, the library tauri-plugin-notification wraps, because the
//! plugin's desktop side (2.4) passes no urgency.
//!
//! On Linux a notification offers the "default" action, which daemons invoke when it is clicked:
//! the app's window is then shown (it may be hidden in the tray, `tray.rs`). A thread waits for
//! each notification until it is clicked or closed.

use crate::error::{Result, ShellError};
use madoguchi_domain::notice::wire::OsNotification;

/// What to do when the resident clicks a notification.
pub type OnClick = Box<dyn FnOnce() + Send>;

/// Shows `notification`; an error when no notification service answers (the inbox still has it).
/// Shown from a thread of its own, which then waits for a click on it (the handle holds a libdbus
/// connection, which cannot move between threads).
pub async fn show(app_name: String, notification: OsNotification, on_click: Option<OnClick>) -> Result<()> {
    let (shown_tx, shown_rx) = tokio::sync::oneshot::channel();
    std::thread::spawn(move || {
        let mut n = notify_rust::Notification::new();
        n.appname(&app_name)
            .summary(&notification.title)
            .body(&notification.body);
        #[cfg(all(unix, not(target_os = "macos")))]
        {
            use notify_rust::{Timeout, Urgency};
            if notification.urgent {
                n.urgency(Urgency::Critical).timeout(Timeout::Never);
            } else {
                n.urgency(Urgency::Normal);
            }
            if on_click.is_some() {
                // The daemon shows no label for the default action: a click on the notification.
                n.action("default", "");
            }
        }
        let shown = match n.show() {
            Ok(shown) => shown,
            Err(e) => {
                let _ = shown_tx.send(Err(e.to_string()));
                return;
            }
        };
        let _ = shown_tx.send(Ok(()));
        #[cfg(all(unix, not(target_os = "macos")))]
        if let Some(on_click) = on_click {
            // Until the notification is clicked or closed (a critical one stays until dismissed).
            shown.wait_for_action(|action| {
                if action == "default" {
                    on_click();
                }
            });
        }
        #[cfg(not(all(unix, not(target_os = "macos"))))]
        let _ = (shown, on_click);
    });
    shown_rx
        .await
        .map_err(|e| ShellError::Notification(e.to_string()))?
        .map_err(ShellError::Notification)
}

/// Raises an OS notification (the UI decided that this notice interrupts, and worded it).
#[tauri::command]
pub async fn show_notification(app: tauri::AppHandle, notification: OsNotification) -> Result<()> {
    let name = app
        .config()
        .product_name
        .clone()
        .unwrap_or_else(|| app.config().identifier.clone());
    let on_click: OnClick = Box::new(move || crate::notices::tray::show_window(&app));
    show(name, notification, Some(on_click))
        .await
        .inspect_err(|e| tracing::warn!("OS notification: {e}"))
}
