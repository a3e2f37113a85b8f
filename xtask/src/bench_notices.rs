//! `cargo xtask bench notices`: the notice streams at scale (issue 13). A release server on a
//! fresh SQLite database, a clerk made with `create-staff` and signed in, then the load generator's
//! `notices` mode: N idle Server-Sent Events streams (default 10,000), the server's RSS per idle
//! stream, and p50/p99 of one urgent notice reaching all of them. Not part of `cargo xtask test`
//! (it needs two processes with 10,000 sockets each). Flags after `notices` go to the load
//! generator (`--connections 2000`). Goals (issue 13): ≤ 16 KiB per idle stream, p99 ≤ 1 s.

use std::process::Command;

use crate::bench_load::{TempDir, release_bin, spawn_server};
use crate::step::{self, Result};
use crate::{run, staff};

pub fn main(args: &[String]) -> Result {
    let t = step::start("notice streams: release build of madoguchi-server and madoguchi-loadgen");
    step::run(step::cargo().args([
        "build",
        "--release",
        "-p",
        "madoguchi-server",
        "-p",
        "madoguchi-loadgen",
    ]))?;
    // `create-staff` runs the debug binary, as the contract test does.
    step::run(step::cargo().args(["build", "-p", "madoguchi-server"]))?;
    step::done("builds", t);

    let dir = TempDir::new("madoguchi-bench-notices")?;
    let database = dir.0.join("city.sqlite3").display().to_string();
    let username = "bench-clerk";
    let secret = staff::create(&database, username)?;
    let mut server = Command::new(release_bin("madoguchi-server"));
    server
        .current_dir(&dir.0)
        .env("MADOGUCHI_CONFIG", dir.0.join("none.toml"))
        .env("MADOGUCHI_HOST", "127.0.0.1")
        .env("MADOGUCHI_PORT", "0")
        .env("MADOGUCHI_DATABASE", &database)
        .env("MADOGUCHI_DEMO_CITY", "true")
        .env_remove("MADOGUCHI_UI_DIR")
        .env("RUST_LOG", "warn");
    let (mut child, addr) = spawn_server(&mut server, &dir.0.join("server.log"))?;
    let result = (|| {
        let token = staff::sign_in(&format!("http://{addr}/"), username, &secret)?;
        println!("    server pid {} on http://{addr}", child.id());
        let mut loadgen = Command::new(release_bin("madoguchi-loadgen"));
        loadgen
            .arg("notices")
            .args([
                "--url",
                &format!("http://{addr}"),
                "--pid",
                &child.id().to_string(),
            ])
            .args(["--staff-token", &token])
            .args(args);
        step::run(&mut loadgen)
    })();
    run::terminate(&mut child);
    result
}
