//! The encrypted store on disk: what a thief with the laptop's disk would find, what happens when
//! the key is gone, and "delete my data on this device". Real SQLCipher and the real kernel keyring.

mod support;

use madoguchi_domain::ErrorCode;
use madoguchi_shell::outbox::sender::Step;
use support::{
    ADDRESS, Device, NAME, PHONE, TestClock, data_in, device, port_of, queue_question, server_applications,
    server_on, slow_proxy,
};

/// The headless shell (same store code as the window) on `dir`, talking to `server_url`, with the
/// Secret Service chosen and no D-Bus session to reach one: a machine without a keyring. Commands
/// on stdin, one answer a line on stdout.
fn headless_without_keyring(dir: &std::path::Path, server_url: &str) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_madoguchi-headless"));
    command
        .arg(dir)
        .env("MADOGUCHI_KEYRING", "system")
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/madoguchi-test-bus",
        )
        .env_remove("DISPLAY")
        .env("MADOGUCHI_CONFIG", dir.join("none.toml"))
        .env("MADOGUCHI_SERVER_URL", server_url)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null());
    command
}

fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a readable folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path))
        } else {
            out.push(path)
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[tokio::test]
async fn the_database_is_not_sqlite_without_its_key_and_shows_no_personal_details_or_key() {
    // Arrange: a resident queues a question to the city with her name, address and phone number.
    let device = device("http://127.0.0.1:9/");
    queue_question(&device.data).await;
    let database = device.data.store().database_path().to_owned();
    let key_hex = device
        .data
        .store()
        .keys()
        .load()
        .unwrap()
        .expect("a key in the keyring")
        .to_hex()
        .to_string();

    // Act: look at the files as someone with the disk but not the keyring would.
    let files = files_under(device.dir.path());

    // Assert
    let header = std::fs::read(&database).unwrap();
    assert!(
        !header.starts_with(b"SQLite format 3\0"),
        "the file has a plaintext SQLite header"
    );
    let output = std::process::Command::new("file")
        .arg("-b")
        .arg(&database)
        .output()
        .unwrap();
    assert!(
        !String::from_utf8_lossy(&output.stdout).contains("SQLite"),
        "file(1) recognises it"
    );
    let plain = rusqlite::Connection::open(&database).unwrap();
    assert!(
        plain
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))
            .is_err()
    );
    assert!(!files.is_empty());
    let key_bytes: Vec<u8> = (0..32)
        .map(|i| u8::from_str_radix(&key_hex[2 * i..2 * i + 2], 16).unwrap())
        .collect();
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        for secret in [NAME, ADDRESS, PHONE] {
            assert!(
                !contains(&bytes, secret.as_bytes()),
                "{secret} in plaintext in {}",
                file.display()
            );
        }
        assert!(
            !contains(&bytes, key_hex.as_bytes()),
            "the key (hex) in {}",
            file.display()
        );
        assert!(
            !contains(&bytes, &key_bytes),
            "the key (raw) in {}",
            file.display()
        );
    }
}

#[tokio::test]
async fn with_its_key_gone_the_data_is_reported_locked_and_left_untouched() {
    // Arrange: data on disk, then the keyring loses the key (a kernel keyring after a reboot).
    let device = device("http://127.0.0.1:9/");
    queue_question(&device.data).await;
    let database = device.data.store().database_path().to_owned();
    device.data.store().keys().delete().unwrap();
    drop(device.data);
    let before = std::fs::read(&database).unwrap();

    // Act: the app starts again on the same folder.
    let reopened = data_in(device.dir.path(), "http://127.0.0.1:9/", TestClock::at(0));
    let error = reopened.my_applications().await.unwrap_err().to_api_error();

    // Assert
    assert_eq!(error.code, ErrorCode::LocalDataLocked);
    assert_eq!(error.message_id, "error-local-data-locked");
    assert_eq!(
        std::fs::read(&database).unwrap(),
        before,
        "the unreadable file must not be replaced"
    );
}

#[tokio::test]
async fn deleting_my_data_waits_for_a_send_on_the_wire_and_the_sender_makes_no_new_store_or_key() {
    // Arrange: a question on its way, held 1 s on the wire by a slow link.
    let server = server_on(0).await;
    let link = slow_proxy(port_of(&server.url), std::time::Duration::from_secs(1)).await;
    let Device {
        dir, data, sender, ..
    } = device(&link.url);
    queue_question(&data).await;
    let sender = std::sync::Arc::new(sender);
    let stepping = std::sync::Arc::clone(&sender);
    let in_flight = tokio::spawn(async move { stepping.step().await });
    link.arrived.notified().await;

    // Act: the resident deletes their data while it is being sent.
    data.delete_all().await.unwrap();

    // Assert: the send finished first (the city has it once, its answer was recorded before the
    // wipe), and nothing of the resident's is left: no file, no key, not even after the sender
    // looks again.
    assert_eq!(in_flight.await.unwrap().unwrap(), Step::Delivered);
    assert_eq!(server_applications(&server).await.len(), 1);
    assert_eq!(sender.step().await.unwrap(), Step::Idle);
    assert!(
        files_under(dir.path()).is_empty(),
        "{:?}",
        files_under(dir.path())
    );
    assert!(
        data.store().keys().load().unwrap().is_none(),
        "the sender put a new key in the keyring"
    );
}

#[tokio::test]
async fn deleting_my_data_removes_the_database_and_its_key() {
    let device = device("http://127.0.0.1:9/");
    queue_question(&device.data).await;
    let database = device.data.store().database_path().to_owned();

    device.data.delete_all().await.unwrap();

    assert!(!database.exists());
    assert!(
        files_under(device.dir.path()).is_empty(),
        "{:?}",
        files_under(device.dir.path())
    );
    assert!(
        device.data.store().keys().load().unwrap().is_none(),
        "the key is still in the keyring"
    );
    // The app goes on with an empty store and a new key.
    assert!(device.data.my_applications().await.unwrap().is_empty());
}

#[tokio::test]
async fn without_a_keyring_the_citys_public_data_still_shows_and_nothing_is_written() {
    // Arrange: the city's server, and the headless shell on a machine without a keyring (as below).
    let server = server_on(0).await;
    let dir = tempfile::tempdir().unwrap();
    let mut child = tokio::process::Command::from(headless_without_keyring(dir.path(), &server.url))
        .spawn()
        .unwrap();

    // Act: the home page's refresh, then a question to the city.
    {
        use tokio::io::AsyncWriteExt as _;
        let mut stdin = child.stdin.take().unwrap();
        stdin
            .write_all("catalogue\nsubmit 粗大ごみについて\n".as_bytes())
            .await
            .unwrap();
    }
    let output = child.wait_with_output().await.unwrap();

    // Assert: the catalogue came (uncached), the question was refused with the keyring's message,
    // and no file was written.
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut answers = stdout.lines().skip_while(|l| *l == "ready");
    let catalogue = answers.next().unwrap_or_default();
    assert!(catalogue.starts_with("catalogue "), "{stdout}");
    assert_eq!(
        answers.next(),
        Some("error keyring_unavailable error-keyring-unavailable"),
        "{stdout}"
    );
    assert!(
        files_under(dir.path()).is_empty(),
        "{:?}",
        files_under(dir.path())
    );
}

#[test]
fn without_a_keyring_the_app_refuses_with_a_localized_error_and_writes_no_file() {
    // Arrange: the headless shell (same store code as the window) with the Secret Service chosen
    // and no D-Bus session to reach one: a machine without a keyring.
    let dir = tempfile::tempdir().unwrap();
    let mut child = headless_without_keyring(dir.path(), "http://127.0.0.1:9/")
        .spawn()
        .unwrap();

    // Act
    {
        use std::io::Write as _;
        let mut stdin = child.stdin.take().unwrap();
        writeln!(stdin, "submit 粗大ごみについて").unwrap();
    }
    let output = child.wait_with_output().unwrap();

    // Assert
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("error keyring_unavailable error-keyring-unavailable"),
        "{stdout}"
    );
    assert!(
        files_under(dir.path()).is_empty(),
        "files written without a key: {:?}",
        files_under(dir.path())
    );
    // The message the UI shows for it exists in Japanese and English and offers a way out.
    for ftl in [
        include_str!("../../locales/ja/errors.ftl"),
        include_str!("../../locales/en/errors.ftl"),
    ] {
        assert!(ftl.contains("error-keyring-unavailable ="));
    }
}
