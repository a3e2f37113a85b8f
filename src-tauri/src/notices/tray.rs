//! Keeping the app in the tray (issue 13), so that notices still arrive with the window closed: an
//! opt-in setting kept in the encrypted store (`device_settings`, local migration 0010), off by
//! default. While it is on, the shell shows a tray icon whose menu opens the window again or quits;
//! closing the window hides it instead of ending the app, and the notice stream and its OS
//! notifications go on. Turned off, the icon goes at once (hidden: `Passive` for the panel) and closing quits as before.
//!
//! **The shell has no words of its own**: the icon's tooltip and its menu's labels come from the UI
//! in the reader's language ([`TrayWords`]), with the setting and again whenever the language
//! changes. No icon is made before the words are here.
//!
//! **No hidden window without a way back.** On Linux the icon is a StatusNotifierItem
//! (libayatana-appindicator, loaded at run time by `tray-icon`): it shows only where a
//! StatusNotifierWatcher runs on the session bus (KDE, Xfce, Cinnamon, GNOME with the AppIndicator
//! extension). Closing the window hides it only when the icon exists *and* a watcher owns its name
//! at that moment; otherwise the app quits as without the setting. Without the library the icon is
//! never made (loading it would abort the app).

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use madoguchi_domain::notice::wire::TrayWords;
use rusqlite::OptionalExtension as _;
use tauri::menu::{Menu, MenuEvent, MenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager as _, State};

use crate::commands::ShellState;
use crate::error::{Result, ShellError};
use crate::local_data::LocalData;

/// The one tray icon's id.
pub const TRAY_ID: &str = "madoguchi-tray";
/// The menu item that shows the window again.
pub const OPEN_ID: &str = "tray-open";
/// The menu item that ends the app.
pub const QUIT_ID: &str = "tray-quit";

/// The tray's state in the shell: held while the icon is changed, so two changes (the frame's
/// words at start, the resident's choice) never race to make two icons; and whether it shows.
#[derive(Default)]
pub struct Tray {
    changing: Mutex<()>,
    shown: AtomicBool,
}

impl LocalData {
    /// Whether the resident chose to keep the app in the tray; off when never chosen.
    pub async fn keep_in_tray(&self) -> Result<bool> {
        Ok(self
            .store()
            .run(|conn| {
                Ok(conn
                    .query_row("SELECT keep_in_tray FROM device_settings WHERE id = 1", [], |r| {
                        r.get::<_, bool>(0)
                    })
                    .optional()?
                    .unwrap_or(false))
            })
            .await?)
    }

    /// Keeps the resident's choice.
    pub async fn set_keep_in_tray(&self, keep: bool) -> Result<()> {
        Ok(self
            .store()
            .run(move |conn| {
                conn.execute(
                    "INSERT INTO device_settings (id, keep_in_tray) VALUES (1, ?1)
                     ON CONFLICT (id) DO UPDATE SET keep_in_tray = excluded.keep_in_tray",
                    [keep],
                )?;
                Ok(())
            })
            .await?)
    }
}

/// Gives the tray its words in the reader's language and, with `keep`, saves the resident's
/// choice; then shows, rewords or hides the icon to match the kept setting. Answers the setting
/// as kept.
#[tauri::command]
pub async fn set_tray(
    app: AppHandle,
    state: State<'_, ShellState>,
    tray: State<'_, Tray>,
    words: TrayWords,
    keep: Option<bool>,
) -> Result<bool> {
    if let Some(keep) = keep {
        state.data.set_keep_in_tray(keep).await?;
    }
    let kept = state.data.keep_in_tray().await?;
    let _changing = tray
        .changing
        .lock()
        .map_err(|_| ShellError::Tray("poisoned".into()))?;
    if kept && library_present() {
        show(&app, &words)?;
        tray.shown.store(true, Ordering::SeqCst);
    } else {
        hide(&app, &tray);
    }
    Ok(kept)
}

/// Hides the icon, if any (turned off, or the setting went with the device's data). The icon is
/// made once per run and hidden rather than dropped: on Linux the indicator keeps its D-Bus object
/// for the life of the process, and a second one under the same id could not be exported.
pub fn hide(app: &AppHandle, tray: &Tray) {
    tray.shown.store(false, Ordering::SeqCst);
    if let Some(icon) = app.tray_by_id(TRAY_ID)
        && let Err(e) = icon.set_visible(false)
    {
        tracing::warn!("the tray icon could not be hidden: {e}");
    }
}

fn show(app: &AppHandle, words: &TrayWords) -> Result<()> {
    let error = |e: tauri::Error| ShellError::Tray(e.to_string());
    let open = MenuItem::with_id(app, OPEN_ID, &words.open, true, None::<&str>).map_err(error)?;
    let quit = MenuItem::with_id(app, QUIT_ID, &words.quit, true, None::<&str>).map_err(error)?;
    let menu = Menu::with_items(app, &[&open, &quit]).map_err(error)?;
    match app.tray_by_id(TRAY_ID) {
        Some(icon) => {
            icon.set_menu(Some(menu)).map_err(error)?;
            icon.set_tooltip(Some(&words.tooltip)).map_err(error)?;
            icon.set_visible(true).map_err(error)?;
        }
        None => {
            let mut builder = TrayIconBuilder::with_id(TRAY_ID)
                .menu(&menu)
                .tooltip(&words.tooltip)
                .show_menu_on_left_click(true);
            if let Some(icon) = app.default_window_icon() {
                builder = builder.icon(icon.clone());
            }
            builder.build(app).map_err(error)?;
        }
    }
    Ok(())
}

/// The tray menu's two items (registered once for the app: the menu is remade on each rewording).
pub fn on_menu_event(app: &AppHandle, event: MenuEvent) {
    match event.id().as_ref() {
        OPEN_ID => show_window(app),
        QUIT_ID => app.exit(0),
        _ => {}
    }
}

/// Shows the main window and brings it to the front (the tray's "Open", a notification clicked).
pub fn show_window(app: &AppHandle) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.show();
        let _ = window.unminimize();
        let _ = window.set_focus();
    }
}

/// Whether closing the window should hide it rather than end the app: only with an icon to bring
/// it back from, shown by a tray that is there now.
pub fn hide_on_close(app: &AppHandle) -> bool {
    app.try_state::<Tray>()
        .is_some_and(|tray| tray.shown.load(Ordering::SeqCst))
        && tray_host_present()
}

/// Linux: whether a StatusNotifierWatcher owns its name on the session bus, i.e. whether a panel
/// shows the icon. Asked at each close: a panel may have started or stopped meanwhile.
#[cfg(target_os = "linux")]
pub fn tray_host_present() -> bool {
    let Ok(bus) = dbus::blocking::Connection::new_session() else {
        return false;
    };
    let proxy = bus.with_proxy(
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        std::time::Duration::from_millis(500),
    );
    let owned: std::result::Result<(bool,), _> = proxy.method_call(
        "org.freedesktop.DBus",
        "NameHasOwner",
        ("org.kde.StatusNotifierWatcher",),
    );
    owned.is_ok_and(|(owned,)| owned)
}

/// Windows' notification area and macOS's menu bar are always there.
#[cfg(not(target_os = "linux"))]
pub fn tray_host_present() -> bool {
    true
}

/// Linux: whether the indicator library `tray-icon` loads at run time is installed (Debian
/// `libayatana-appindicator3-1`); `tray-icon` panics without it, which would end the app at each
/// start once the setting is on. Looked up where the dynamic loader looks: `LD_LIBRARY_PATH`, then
/// the loader's cache. Where it is not found, no icon is made and closing quits.
#[cfg(target_os = "linux")]
fn library_present() -> bool {
    const NAMES: [&str; 2] = ["libayatana-appindicator3.so.1", "libappindicator3.so.1"];
    let on_path = std::env::var_os("LD_LIBRARY_PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|dir| NAMES.iter().any(|name| dir.join(name).is_file()))
    });
    on_path
        || std::fs::read("/etc/ld.so.cache").is_ok_and(|cache| {
            NAMES.iter().any(|name| {
                cache
                    .windows(name.len() + 1)
                    .any(|w| w[..name.len()] == *name.as_bytes() && w[name.len()] == 0)
            })
        })
}

#[cfg(not(target_os = "linux"))]
fn library_present() -> bool {
    true
}
