//! `cargo xtask run`: the server with the demo city on its embedded SQLite, serving the web UI,
//! and — when there is a display — the app window talking to it. Ctrl-C stops everything.

use std::io::{BufRead as _, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use crate::paths;
use crate::step::{self, Result, run as run_cmd};
use crate::ui_build;

pub fn run() -> Result {
    crate::setup::all()?;
    ui_build::build(ui_build::Mode::Release)?;
    let started = step::start("building the server and the app (debug)");
    run_cmd(step::cargo().args(["build", "-p", "madoguchi-server", "-p", "madoguchi-shell"]))?;
    step::done("build", started);

    let stop = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&stop);
    ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst))
        .map_err(|e| format!("Ctrl-C handler: {e}"))?;

    let mut server = Command::new(paths::debug_bin("madoguchi-server"));
    server
        .current_dir(paths::root())
        .env("MADOGUCHI_UI_DIR", paths::ui_dist());
    // Sign-in codes go by mail: without a city mail server of the developer's own, they land in
    // the demo city's mailbox, a folder, so signing in can be tried at once.
    let mailbox =
        (std::env::var_os("MADOGUCHI_SMTP_URL").is_none()).then(|| paths::root().join("data/demo-mail"));
    if let Some(dir) = &mailbox {
        server.env(
            "MADOGUCHI_SMTP_URL",
            crate::mailbox::start(crate::mailbox::Keep::Folder(dir.clone()))?,
        );
    }
    let (mut server, url) = spawn_server(&mut server)?;
    println!("\n    Madoguchi is running: {url}");
    if let Some(dir) = &mailbox {
        println!(
            "    sign-in codes are mailed to the demo mailbox: {}",
            dir.display()
        );
    }

    let has_display = std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some();
    let mut app = if has_display {
        println!("    opening the app window (close it or press Ctrl-C to stop)");
        let mut app = Command::new(paths::debug_bin("madoguchi"));
        app.current_dir(paths::root()).env("MADOGUCHI_SERVER_URL", &url);
        if keyring_for_app() == AppKeyring::KernelSession {
            println!(
                "    no Secret Service answers on this desktop (GNOME Keyring, KWallet): the app keeps \
                 its key in the kernel keyring instead (kept a few days after you log out)"
            );
            app = step::in_key_session(app.env("MADOGUCHI_KEYRING", "kernel"));
        }
        let child = app.spawn().map_err(|e| format!("starting the app: {e}"))?;
        Some(child)
    } else {
        println!("    no display: open {url} in a browser (Ctrl-C to stop)");
        None
    };

    loop {
        if stop.load(Ordering::SeqCst) {
            break;
        }
        if let Some(child) = app.as_mut()
            && child.try_wait().ok().flatten().is_some()
        {
            println!("    the app window closed");
            break;
        }
        if server.try_wait().ok().flatten().is_some() {
            return Err("the server stopped unexpectedly; see its log above".into());
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    println!("    stopping…");
    if let Some(mut child) = app {
        terminate(&mut child);
    }
    terminate(&mut server);
    println!("    stopped");
    Ok(())
}

/// Where the app Run opens keeps the key of its encrypted data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AppKeyring {
    /// The platform's keyring as configured (on Linux the Secret Service, or whatever
    /// `MADOGUCHI_KEYRING` says).
    AsConfigured,
    /// Linux's kernel keyring, in a session keyring of the app's own (`keyctl session -`).
    KernelSession,
}

/// A desktop with a minimal window manager or a fresh kiosk image often runs no Secret Service,
/// and the app could then keep nothing (drafts, the outbox, the sign-in): Run tries it as such a
/// user would, so it falls back to the kernel keyring there, and says so. A developer's own
/// `MADOGUCHI_KEYRING` is left alone.
fn keyring_for_app() -> AppKeyring {
    let configured = std::env::var_os("MADOGUCHI_KEYRING").is_some();
    if cfg!(target_os = "linux") && !configured && !secret_service_answers() && step::have("keyctl") {
        AppKeyring::KernelSession
    } else {
        AppKeyring::AsConfigured
    }
}

/// Whether the session bus has a Secret Service the app can keep its key in: one that answers
/// (GNOME Keyring is started by the bus on first use) and has an unlocked default collection.
/// A Secret Service that would first have to ask for a password (a locked or missing login
/// keyring, on a desktop without a login manager to unlock it) counts as none: the app could not
/// save until someone answered a prompt that may never show. No session bus: none.
fn secret_service_answers() -> bool {
    secret_service_on(None)
}

/// [`secret_service_answers`] on the session bus at `address` (`None`: the environment's).
fn secret_service_on(address: Option<&str>) -> bool {
    let ask = |object: &str, method: &str, args: &[&str]| -> Option<String> {
        let mut cmd = Command::new("dbus-send");
        if let Some(address) = address {
            cmd.env("DBUS_SESSION_BUS_ADDRESS", address);
        }
        let out = cmd
            .args(["--session", "--print-reply", "--reply-timeout=5000"])
            .arg("--dest=org.freedesktop.secrets")
            .args([object, method])
            .args(args)
            .stderr(Stdio::null())
            .output()
            .ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    };
    let Some(collection) = ask(
        "/org/freedesktop/secrets",
        "org.freedesktop.Secret.Service.ReadAlias",
        &["string:default"],
    )
    .as_deref()
    .and_then(object_path) else {
        return false;
    };
    ask(
        &collection,
        "org.freedesktop.DBus.Properties.Get",
        &["string:org.freedesktop.Secret.Collection", "string:Locked"],
    )
    .is_some_and(|reply| reply.contains("boolean false"))
}

/// The object path in a `dbus-send --print-reply` answer, unless it is `/` (no such object).
fn object_path(reply: &str) -> Option<String> {
    reply
        .lines()
        .find_map(|line| line.trim().strip_prefix("object path \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .filter(|path| *path != "/")
        .map(str::to_owned)
}

/// Starts the server and waits (up to 60 s) for its "listening on <url>" line.
pub fn spawn_server(cmd: &mut Command) -> Result<(Child, String)> {
    let mut child = cmd
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("starting the server: {e}"))?;
    let stdout = child.stdout.take().ok_or("no server stdout")?;
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(std::result::Result::ok) {
            if let Some(url) = line.strip_prefix("madoguchi-server listening on ") {
                let _ = tx.send(url.trim().to_owned());
            }
            println!("{line}");
        }
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if let Ok(url) = rx.recv_timeout(Duration::from_millis(100)) {
            return Ok((child, format!("{url}/")));
        }
        if let Some(status) = child.try_wait().ok().flatten() {
            return Err(format!("the server exited before listening ({status})"));
        }
    }
    terminate(&mut child);
    Err("the server did not start listening within 60 s".into())
}

/// SIGTERM, then up to 5 s for a clean exit, then kill.
pub fn terminate(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        if child.try_wait().ok().flatten().is_some() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_alias_to_no_collection_is_no_collection() {
        let found = "method return time=1 sender=:1.1\n   object path \"/org/freedesktop/secrets/collection/login\"\n";
        assert_eq!(
            object_path(found).as_deref(),
            Some("/org/freedesktop/secrets/collection/login")
        );
        assert_eq!(object_path("method return\n   object path \"/\"\n"), None);
        assert_eq!(object_path(""), None);
    }

    /// A private session bus, stopped on drop; `services` lets it start GNOME Keyring on demand
    /// as a desktop's bus does, or not at all (a minimal window manager's).
    struct Bus {
        child: Child,
        address: String,
        _config: tempfile::TempDir,
    }

    impl Bus {
        fn start() -> Self {
            let config = tempfile::tempdir().expect("a temporary folder");
            // A session bus with no services to start: no Secret Service unless one is run on it.
            let file = config.path().join("session.conf");
            std::fs::write(
                &file,
                "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" \
                 \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\
                 <busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>\
                 <policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>\
                 <allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>",
            )
            .expect("the bus's configuration");
            let mut child = Command::new("dbus-daemon")
                .arg(format!("--config-file={}", file.display()))
                .args(["--nofork", "--print-address=1", "--nopidfile"])
                .stdout(Stdio::piped())
                .spawn()
                .expect("dbus-daemon (cargo xtask setup installs it)");
            let mut address = String::new();
            BufReader::new(child.stdout.take().expect("piped stdout"))
                .read_line(&mut address)
                .expect("dbus-daemon prints its address");
            Self {
                child,
                address: address.trim().to_owned(),
                _config: config,
            }
        }
    }

    impl Drop for Bus {
        fn drop(&mut self) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }

    #[test]
    fn a_desktop_without_a_usable_secret_service_is_told_from_one_with() {
        use std::io::Write as _;
        // A minimal window manager's session: a bus, no keyring on it.
        let bus = Bus::start();
        assert!(!secret_service_on(Some(&bus.address)));

        // GNOME Keyring started and unlocked on it, as a login manager does at login.
        let home = tempfile::tempdir().expect("a temporary home");
        let mut keyring = Command::new("gnome-keyring-daemon")
            .args(["--unlock", "--components=secrets", "--foreground"])
            .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
            .env("HOME", home.path())
            .env("XDG_DATA_HOME", home.path().join("data"))
            .env("XDG_RUNTIME_DIR", home.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("gnome-keyring-daemon (cargo xtask setup installs it)");
        keyring
            .stdin
            .take()
            .expect("piped stdin")
            .write_all(b"a resident's login password")
            .expect("the password reaches the keyring");
        let deadline = Instant::now() + Duration::from_secs(15);
        let mut found = false;
        while !found && Instant::now() < deadline {
            found = secret_service_on(Some(&bus.address));
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = keyring.kill();
        let _ = keyring.wait();
        assert!(
            found,
            "an unlocked GNOME Keyring is a Secret Service the app can use"
        );
    }
}
