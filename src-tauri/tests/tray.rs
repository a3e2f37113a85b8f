//! The tray setting (issue 13) in the encrypted store: off until the resident turns it on, kept
//! across restarts of the app (a reopened store), off again when turned off, and gone with "delete
//! my data on this device". The icon and the window are the window test's (`tests/window/tray.test.mjs`).

mod support;

use support::{START, TestClock, data_in, free_port};

#[tokio::test]
async fn the_tray_setting_is_off_until_chosen_and_kept_across_restarts() {
    // Arrange: a device whose city is out of reach (the setting never leaves it).
    let dir = tempfile::tempdir().expect("a folder");
    let offline = format!("http://127.0.0.1:{}/", free_port());
    let app = data_in(dir.path(), &offline, TestClock::at(START));

    // Act / Assert: off on a new device; on once chosen, also after the app starts again.
    assert!(!app.keep_in_tray().await.expect("read"), "off by default");
    app.set_keep_in_tray(true).await.expect("kept");
    assert!(app.keep_in_tray().await.expect("read"));
    drop(app);
    let restarted = data_in(dir.path(), &offline, TestClock::at(START));
    assert!(
        restarted.keep_in_tray().await.expect("read"),
        "kept in the store across a restart"
    );

    // Turned off, it stays off after a restart too.
    restarted.set_keep_in_tray(false).await.expect("kept");
    drop(restarted);
    let again = data_in(dir.path(), &offline, TestClock::at(START));
    assert!(!again.keep_in_tray().await.expect("read"));
}

#[tokio::test]
async fn deleting_the_devices_data_turns_the_tray_setting_off() {
    // Arrange
    let dir = tempfile::tempdir().expect("a folder");
    let offline = format!("http://127.0.0.1:{}/", free_port());
    let app = data_in(dir.path(), &offline, TestClock::at(START));
    app.set_keep_in_tray(true).await.expect("kept");

    // Act
    app.delete_all().await.expect("deleted");

    // Assert: a new store (and key) with every default.
    let after = data_in(dir.path(), &offline, TestClock::at(START));
    assert!(!after.keep_in_tray().await.expect("read"));
}
