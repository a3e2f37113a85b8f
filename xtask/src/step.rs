//! Running commands with progress: each step says what it does, how long it took, and fails with
//! the command line so it can be rerun by hand.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

pub type Result<T = ()> = std::result::Result<T, String>;

/// Prints a step header and returns a timer for [`done`].
pub fn start(what: &str) -> Instant {
    println!("\n==> {what}");
    Instant::now()
}

pub fn done(what: &str, started: Instant) {
    println!("    {what}: done in {:.1} s", started.elapsed().as_secs_f64());
}

/// Runs a command to completion, inheriting stdio; an error names the command.
pub fn run(cmd: &mut Command) -> Result {
    let shown = show(cmd);
    let status = cmd.status().map_err(|e| format!("cannot start `{shown}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

/// Whether a program is on PATH (or is an existing path).
pub fn have(program: &str) -> bool {
    if program.contains('/') {
        return Path::new(program).exists();
    }
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()))
}

pub fn show(cmd: &Command) -> String {
    let mut s = cmd.get_program().to_string_lossy().into_owned();
    for arg in cmd.get_args() {
        s.push(' ');
        s.push_str(&arg.to_string_lossy());
    }
    s
}

/// `cargo` with the shared target folder.
pub fn cargo() -> Command {
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()));
    cmd.current_dir(crate::paths::root())
        .env("CARGO_TARGET_DIR", crate::paths::target_dir());
    cmd
}
