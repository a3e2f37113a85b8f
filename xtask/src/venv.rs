//! A Python venv under the build cache holding pinned PyPI packages, for a test's helper written
//! in Python (`push_interop.rs`, `tray_host.rs`). Installed once; a second run checks `pip freeze`
//! and installs nothing when those exact versions are there.

use std::path::Path;
use std::process::Command;

use crate::step::{self, Result};

/// Installs `packages` (each `name==version`) into the venv at `dir` unless they are there.
pub fn install(dir: &Path, packages: &[&str], what: &str) -> Result {
    let pip = dir.join("bin").join("pip");
    let present = Command::new(&pip)
        .args(["freeze", "--disable-pip-version-check"])
        .output()
        .is_ok_and(|o| {
            let frozen = String::from_utf8_lossy(&o.stdout)
                .to_lowercase()
                .replace('_', "-");
            packages
                .iter()
                .all(|p| frozen.lines().any(|l| l == p.to_lowercase().replace('_', "-")))
        });
    if present {
        println!("    {what}: present");
        return Ok(());
    }
    let t = step::start(&format!(
        "installing {} from PyPI into {} (once)",
        packages.join(" "),
        dir.display()
    ));
    step::run(Command::new("python3").args(["-m", "venv"]).arg(dir))?;
    step::run(
        Command::new(&pip)
            .args(["install", "--quiet", "--disable-pip-version-check"])
            .args(packages),
    )?;
    step::done(what, t);
    Ok(())
}
