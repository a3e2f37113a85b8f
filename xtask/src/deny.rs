//! Test's dependency step: `cargo deny check` by the rules of `deny.toml` — advisories (RustSec),
//! bans, licences, sources.
//!
//! The advisory database is a git repository cargo-deny clones from GitHub. Where GitHub cannot be
//! reached (this project's machines reach crates.io but not GitHub), it cannot be fetched: the
//! step then checks bans, licences and sources, and says in capitals that advisories were NOT
//! checked. It never counts an advisory check it did not make as passed.

use std::process::Command;

use crate::paths;
use crate::step::{self, Result, run};

/// The cargo-deny setup installs (`setup::all`).
pub const VERSION: &str = "0.20.2";

fn cargo_deny() -> Command {
    let mut cmd = Command::new(paths::cargo_bin("cargo-deny"));
    cmd.arg("deny").current_dir(paths::root());
    cmd
}

/// The step.
pub fn check() -> Result {
    let t = step::start("dependencies (cargo deny check: advisories, bans, licences, sources)");
    // Duplicate versions are warned about, one line each rather than a page of trees each.
    run(cargo_deny().args(["check", "--hide-inclusion-graph", "bans", "licenses", "sources"]))?;
    // Quietly: a machine without GitHub prints a page of fetch errors here.
    let fetched = cargo_deny()
        .args(["fetch", "db"])
        .output()
        .is_ok_and(|o| o.status.success());
    if fetched {
        run(cargo_deny().args(["--offline", "check", "advisories"]))?;
    } else {
        println!(
            "    ADVISORIES NOT CHECKED: RustSec's advisory database (a git repository on GitHub) \
             cannot be fetched from this machine; bans, licences and sources were checked"
        );
    }
    step::done("cargo deny", t);
    Ok(())
}
