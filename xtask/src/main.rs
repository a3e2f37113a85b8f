//! `cargo xtask <command>`: Madoguchi's developer commands, in Rust so they run the same on every
//! machine. `setup` installs what the others need (idempotent); `run` starts server + UI (+ the app
//! window when there is a display); `test` runs every check; `i18n-check` audits the translations;
//! `bench` prints the figures we promise; `fault-test` kills the shell during submissions.

mod bench;
mod bench_load;
mod bench_notices;
mod bench_ui;
mod contract_test;
mod deny;
mod fault_test;
mod i18n_check;
mod mailbox;
mod paths;
mod postgres;
mod push_interop;
mod run;
mod setup;
mod staff;
mod step;
mod test;
mod text_scan;
mod tray_host;
mod ui_build;
mod venv;

use std::process::ExitCode;

const HELP: &str = "\
usage: cargo xtask <command>

  setup        install system packages, cargo tools and npm packages (idempotent)
  run          start the server with the demo city and the app (window with a display, else web UI)
  test         every check: fmt, i18n, cargo deny, clippy -D warnings, unit, API, OpenAPI contract
               (schemathesis), browser and window end-to-end
  deny         only Test's cargo deny check (advisories, bans, licences, sources; deny.toml)
  build-ui     build the web UI into ui/dist (release, wasm-opt)
  i18n-check   check every locale against ja: missing, unused, placeables, stale (--confirm LOCALE)
  text-scan    fail on user-visible text written in Rust or CSS instead of locales/
  bench        print the figures we promise (local store vs plain SQLite, UI size, server load)
  bench load   only the server's load figures (SQLite and PostgreSQL)
  bench booking  residents racing for slots at 32/128/256 connections: attempts/s, p50/p99, 0 overbooked
  bench notices  10,000 idle notice streams: server RSS per stream, p50/p99 of one urgent notice
  bench ui     only the UI's figures: each file's size, each crate's bytes, budgets.toml in Chromium
  contract-test  schemathesis on the server's OpenAPI document, every check, SQLite and PostgreSQL
  fault-test   100 questions to the city while the shell is SIGKILLed at random: 0 lost, 0 duplicated
  postgres-check  start our own PostgreSQL (as Test does without one), SELECT 1, stop it
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, rest) = args
        .split_first()
        .map_or(("help", &[][..]), |(c, r)| (c.as_str(), r));
    let result = match command {
        "setup" => setup::all(),
        "run" => run::run(),
        "test" => test::all(),
        "build-ui" => setup::for_ui_build().and_then(|()| ui_build::build(ui_build::Mode::Release).map(drop)),
        "i18n-check" => i18n_check::main(rest),
        "text-scan" => text_scan::main(),
        "deny" => deny::check(),
        "bench" if rest.first().is_some_and(|a| a == "load") => bench_load::main(&rest[1..]),
        "bench" if rest.first().is_some_and(|a| a == "booking") => bench_load::booking(&rest[1..]),
        "bench" if rest.first().is_some_and(|a| a == "ui") => bench_ui::main(),
        "bench" if rest.first().is_some_and(|a| a == "notices") => bench_notices::main(&rest[1..]),
        "bench" => bench::main(),
        "fault-test" => fault_test::main(),
        "contract-test" => contract_test::main(),
        "postgres-check" => postgres::check(),
        "help" | "--help" | "-h" => {
            print!("{HELP}");
            Ok(())
        }
        other => Err(format!("unknown command {other:?}\n\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}
