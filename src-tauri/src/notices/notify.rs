//! Raising an OS notification the UI has worded (issue 13): the freedesktop notification daemon
//! on Linux (over the session D-Bus), the system's centre elsewhere. Urgent notices go as
//! "critical", which daemons keep on screen until dismissed.
//!
//! Called directly through notify-rust, the library tauri-plugin-notification wraps, because the
//! plugin's desktop side (2.4) passes no urgency.

use crate::error::{Result, ShellError};
use madoguchi_domain::notice::wire::OsNotification;

/// Shows `notification`; an error when no notification service answers (the inbox still has it).
pub async fn show(app_name: String, notification: OsNotification) -> Result<()> {
    tokio::task::spawn_blocking(move || {
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
        }
        n.show().map(|_| ())
    })
    .await
    .map_err(|e| ShellError::Notification(e.to_string()))?
    .map_err(|e| ShellError::Notification(e.to_string()))
}

/// Raises an OS notification (the UI decided that this notice interrupts, and worded it).
#[tauri::command]
pub async fn show_notification(app: tauri::AppHandle, notification: OsNotification) -> Result<()> {
    let name = app
        .config()
        .product_name
        .clone()
        .unwrap_or_else(|| app.config().identifier.clone());
    show(name, notification)
        .await
        .inspect_err(|e| tracing::warn!("OS notification: {e}"))
}
