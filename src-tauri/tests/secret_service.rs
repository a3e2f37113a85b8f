//! The store's key in the Secret Service, Linux's default keyring (what a resident's desktop has),
//! not only the kernel keyring the other tests use: a private D-Bus session with a real GNOME
//! Keyring, unlocked as a login would, and the headless shell (the window's code) run against it.

use std::io::{BufRead as _, BufReader, Write as _};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// A D-Bus session bus and an unlocked GNOME Keyring on it, stopped on drop.
struct SecretService {
    bus: Child,
    keyring: Child,
    address: String,
}

impl SecretService {
    fn start(home: &Path) -> Self {
        let mut bus = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon (cargo xtask setup installs it)");
        let mut address = String::new();
        BufReader::new(bus.stdout.take().expect("piped stdout"))
            .read_line(&mut address)
            .expect("the bus address");
        // `--unlock` reads the login password from stdin, as PAM hands it over at login.
        let keyring = Command::new("gnome-keyring-daemon")
            .args(["--unlock", "--components=secrets", "--foreground"])
            .env("DBUS_SESSION_BUS_ADDRESS", address.trim())
            .env("HOME", home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_RUNTIME_DIR", home)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("gnome-keyring-daemon (cargo xtask setup installs it)");
        // From here on, dropping `service` stops both, whatever fails below.
        let mut service = Self {
            bus,
            keyring,
            address: address.trim().to_owned(),
        };
        service
            .keyring
            .stdin
            .take()
            .expect("piped stdin")
            .write_all(b"a resident's login password")
            .expect("the password reaches the keyring");
        // It opens its control socket once it serves the Secret Service on the bus.
        let control = home.join("keyring/control");
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
        while !control.exists() {
            assert!(
                std::time::Instant::now() < deadline,
                "GNOME Keyring did not start"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        service
    }

    /// Runs the headless shell over `data` with the system keyring; returns its answers.
    fn shell(&self, data: &Path, commands: &str) -> String {
        let mut child = Command::new(env!("CARGO_BIN_EXE_madoguchi-headless"))
            .arg(data)
            .env("MADOGUCHI_KEYRING", "system")
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .env("MADOGUCHI_CONFIG", data.with_extension("none.toml"))
            .env("MADOGUCHI_SERVER_URL", "http://127.0.0.1:9/")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the headless shell runs");
        child
            .stdin
            .take()
            .expect("the headless shell runs")
            .write_all(commands.as_bytes())
            .expect("the headless shell runs");
        String::from_utf8(child.wait_with_output().expect("the headless shell runs").stdout)
            .expect("the headless shell runs")
    }
}

impl Drop for SecretService {
    fn drop(&mut self) {
        let _ = self.keyring.kill();
        let _ = self.bus.kill();
        let _ = self.keyring.wait();
        let _ = self.bus.wait();
    }
}

#[test]
fn the_key_kept_in_the_secret_service_opens_the_data_again_and_goes_with_it() {
    // Arrange
    let home = tempfile::tempdir().unwrap();
    let service = SecretService::start(home.path());
    let data = home.path().join("app");

    // Act: keep a question to the city as a draft (offline: nothing needs the city), then start
    // the shell again.
    let first = service.shell(&data, "draft 粗大ごみについて\n");
    let again = service.shell(&data, "drafts\n");

    // Assert: the second start found the key in the Secret Service and read the encrypted data.
    assert!(first.contains("saved 1"), "{first}");
    assert!(again.contains("draft 1 粗大ごみについて"), "{again}");

    // Deleting the data removes its key too: the next start begins empty, with a new key.
    let wiped = service.shell(&data, "wipe\n");
    assert!(wiped.contains("ok"), "{wiped}");
    let after = service.shell(&data, "drafts\n");
    assert!(!after.contains("draft 1"), "{after}");
}
