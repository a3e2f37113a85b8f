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

/// Runs a command beside another step: its output is held back and printed when it ends, so
/// the two do not interleave; an error names the command.
pub fn run_quietly(cmd: &mut Command) -> Result {
    let shown = show(cmd);
    let out = cmd.output().map_err(|e| format!("cannot start `{shown}`: {e}"))?;
    println!("\n--- output of `{shown}`:");
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    // A success prints only its last lines (the compile log of a cold run is thousands long);
    // a failure prints everything, which is where the lint's findings are.
    let lines: Vec<&str> = text.lines().collect();
    let from = if out.status.success() {
        lines.len().saturating_sub(5)
    } else {
        0
    };
    for line in &lines[from..] {
        println!("{line}");
    }
    if out.status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({})", out.status))
    }
}

/// Tests counted from a runner's own summary lines.
#[derive(Default, Clone, Copy)]
pub struct Tally {
    pub passed: u64,
    pub failed: u64,
}

impl std::ops::AddAssign for Tally {
    fn add_assign(&mut self, other: Self) {
        self.passed += other.passed;
        self.failed += other.failed;
    }
}

/// Runs a test runner, echoing its output, and counts what its summary lines report:
/// cargo's `test result: ok. N passed; M failed` and node's TAP `# pass N` / `# fail M`.
pub fn run_tests(cmd: &mut Command) -> Result<Tally> {
    use std::io::{BufRead as _, BufReader};
    let shown = show(cmd);
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start `{shown}`: {e}"))?;
    let mut tally = Tally::default();
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(std::result::Result::ok) {
            println!("{line}");
            tally += parse_summary(&line);
        }
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    if status.success() {
        Ok(tally)
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

fn parse_summary(line: &str) -> Tally {
    let number_before = |word: &str| -> u64 {
        let words: Vec<&str> = line
            .split(|c: char| c.is_whitespace() || c == ';')
            .filter(|w| !w.is_empty())
            .collect();
        words
            .windows(2)
            .find(|w| w[1] == word)
            .and_then(|w| w[0].parse().ok())
            .unwrap_or(0)
    };
    if line.starts_with("test result:") {
        Tally {
            passed: number_before("passed"),
            failed: number_before("failed"),
        }
    } else if let Some(n) = line.strip_prefix("# pass ") {
        Tally {
            passed: n.trim().parse().unwrap_or(0),
            failed: 0,
        }
    } else if let Some(n) = line.strip_prefix("# fail ") {
        Tally {
            passed: 0,
            failed: n.trim().parse().unwrap_or(0),
        }
    } else {
        Tally::default()
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

/// Builds every binary of the workspace exactly as `cargo test --workspace` does and checks that
/// `bins` are there. One feature set for tests, end-to-end runs, the bench and the fault test:
/// a separate `cargo build -p …` unifies features differently and recompiles ~160 crates (6 min
/// cold). Cargo builds a package's binaries for its integration tests, so all of ours come along.
pub fn build_binaries(bins: &[&str]) -> Result {
    run(cargo().args(["test", "--workspace", "--no-run"]))?;
    for bin in bins {
        let path = crate::paths::debug_bin(bin);
        if !path.is_file() {
            return Err(format!(
                "{} was not built by `cargo test --no-run`; does its package still have integration tests?",
                path.display()
            ));
        }
    }
    Ok(())
}

/// `cmd`, run inside a fresh kernel session keyring (`keyctl session - …`), so the app's store
/// can keep its key in the real kernel keyring on a headless machine; children (the app under
/// tauri-driver, the headless shell) share that session. The keyring is gone when `cmd` ends.
pub fn in_key_session(cmd: &Command) -> Command {
    let mut wrapped = Command::new("keyctl");
    wrapped
        .args(["session", "-"])
        .arg(cmd.get_program())
        .args(cmd.get_args());
    for (name, value) in cmd.get_envs() {
        match value {
            Some(value) => wrapped.env(name, value),
            None => wrapped.env_remove(name),
        };
    }
    if let Some(dir) = cmd.get_current_dir() {
        wrapped.current_dir(dir);
    }
    wrapped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cargo_and_node_summaries_are_counted() {
        let cargo =
            parse_summary("test result: ok. 12 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out");
        assert_eq!((cargo.passed, cargo.failed), (12, 1));
        assert_eq!(parse_summary("# pass 7").passed, 7);
        assert_eq!(parse_summary("# fail 2").failed, 2);
        assert_eq!(parse_summary("ok 1 - passed a test").passed, 0);
    }
}
