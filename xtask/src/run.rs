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
        let child = Command::new(paths::debug_bin("madoguchi"))
            .current_dir(paths::root())
            .env("MADOGUCHI_SERVER_URL", &url)
            .spawn()
            .map_err(|e| format!("starting the app: {e}"))?;
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
