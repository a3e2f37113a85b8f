//! A member of staff for the steps that drive the staff API from outside (the contract test, the
//! fault test): created with the server's own `create-staff` command, signed in over HTTP with the
//! password and the code an authenticator app would show, as a clerk would. And a kiosk, registered
//! with `kiosk register` as an admin would, for the routes only residents and kiosks may call.

use std::io::Write as _;
use std::process::{Command, Stdio};

use crate::paths;
use crate::step::Result;

const PASSWORD: &str = "xtask-staff-password-0123";

/// Creates `username` (a clerk) on `database` with `madoguchi-server create-staff`; the TOTP
/// secret it prints once.
pub fn create(database: &str, username: &str) -> Result<String> {
    let mut child = Command::new(paths::debug_bin("madoguchi-server"))
        .args(["create-staff", username, "clerk"])
        .env("MADOGUCHI_DATABASE", database)
        .env("MADOGUCHI_CONFIG", "/nonexistent/madoguchi.toml")
        .env("RUST_LOG", "error")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("madoguchi-server create-staff: {e}"))?;
    child
        .stdin
        .take()
        .ok_or("no stdin")?
        .write_all(format!("{PASSWORD}\n").as_bytes())
        .map_err(|e| format!("create-staff stdin: {e}"))?;
    let output = child
        .wait_with_output()
        .map_err(|e| format!("create-staff: {e}"))?;
    if !output.status.success() {
        return Err(format!("create-staff failed ({})", output.status));
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("secret: ").map(str::to_owned))
        .ok_or_else(|| "create-staff printed no secret".to_owned())
}

/// Registers a kiosk at `place` on `database` with `madoguchi-server kiosk register`; the
/// credential it prints once (its last line).
pub fn register_kiosk(database: &str, place: &str) -> Result<String> {
    let output = Command::new(paths::debug_bin("madoguchi-server"))
        .args(["kiosk", "register", place])
        .env("MADOGUCHI_DATABASE", database)
        .env("MADOGUCHI_CONFIG", "/nonexistent/madoguchi.toml")
        .env("RUST_LOG", "error")
        .output()
        .map_err(|e| format!("madoguchi-server kiosk register: {e}"))?;
    if !output.status.success() {
        return Err(format!("kiosk register failed ({})", output.status));
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .last()
        .filter(|l| l.starts_with("kc-"))
        .map(str::to_owned)
        .ok_or_else(|| "kiosk register printed no credential".to_owned())
}

/// Signs `username` in at `url` (the server's root, ending in `/`); the session token.
pub fn sign_in(url: &str, username: &str, secret: &str) -> Result<String> {
    let bytes = base32::decode(base32::Alphabet::Rfc4648 { padding: false }, secret)
        .ok_or("the TOTP secret is not base32")?;
    let totp = totp_rs::TOTP::new(totp_rs::Algorithm::SHA1, 6, 1, 30, bytes)
        .map_err(|e| format!("TOTP: {e}"))?
        .generate_current()
        .map_err(|e| format!("TOTP: {e}"))?;
    let body = format!(r#"{{"username":"{username}","password":"{PASSWORD}","totp":"{totp}"}}"#);
    let output = Command::new("curl")
        .args(["-sf", "-H", "Content-Type: application/json", "-d", &body])
        .arg(format!("{url}api/v1/staff/sign-in"))
        .output()
        .map_err(|e| format!("curl: {e}"))?;
    if !output.status.success() {
        return Err(format!("the staff sign-in failed ({})", output.status));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    text.split("\"token\":\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(str::to_owned)
        .ok_or_else(|| format!("no token in the staff sign-in's answer: {text}"))
}
