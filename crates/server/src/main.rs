//! `madoguchi-server`: runs the municipal server with configuration from `config/madoguchi.toml`
//! and `MADOGUCHI_*` variables (see `ServerConfig`). Ctrl-C or SIGTERM stops it cleanly.
//!
//! Commands that do one thing to the configured database (`MADOGUCHI_DATABASE`) and exit:
//! - `madoguchi-server migrate`: brings the schema up to this build (run before rolling out a new
//!   version to several instances; a single instance also migrates when it starts);
//! - `madoguchi-server copy-data --from <sqlite file> --to postgres://…`: a town that grows moves
//!   its data to PostgreSQL (an empty target; verified by row counts and checksums);
//! - `madoguchi-server import-postal-codes <utf_ken_all.csv>`: Japan Post's postal code data;
//! - `madoguchi-server import-holidays <syukujitsu.csv>`: the Cabinet Office's national holidays
//!   (Shift_JIS as downloaded, or UTF-8), replacing the list kept;
//! - `madoguchi-server import-form <file.toml|file.json>…`: procedures' forms, each a new version
//!   (every file is checked before any is imported);
//! - `madoguchi-server create-staff <username> <clerk|volunteer|admin>`: a member of staff, the
//!   password read from standard input, the authenticator app's secret printed once;
//! - `madoguchi-server import-booking <booking.toml>`: the city's booking setup (services,
//!   counters, hours, windows, closures), replacing the one kept; bookings already made stay.

use anyhow::Context as _;
use madoguchi_server::storage::{self, DatabaseLocation, ImportedForm};
use madoguchi_server::{
    Application, ServerConfig, booking_import, form_import, holiday_import, postal_import,
};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(madoguchi_server::log_filter(
            std::env::var("RUST_LOG").ok().as_deref(),
        ))
        .init();
    let config = ServerConfig::load()?;
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] => {}
        ["import-postal-codes", file] => return import_postal_codes(&config, file).await,
        ["import-holidays", file] => {
            return import_holidays(&config, file)
                .await
                .context("import-holidays failed; the kept holidays were not changed");
        }
        ["import-form", files @ ..] if !files.is_empty() => {
            return import_forms(&config, files)
                .await
                .context("import-form failed; nothing was imported");
        }
        ["create-staff", username, role] => {
            return create_staff(&config, username, role)
                .await
                .context("create-staff failed; nobody was created");
        }
        ["kiosk", "register", place] => {
            return register_kiosk(&config, place)
                .await
                .context("kiosk register failed; no kiosk was registered");
        }
        ["kiosk", "list"] => return list_kiosks(&config).await,
        ["kiosk", "revoke", id] => {
            return revoke_kiosk(&config, id)
                .await
                .context("kiosk revoke failed; nothing was changed");
        }
        ["import-booking", file] => {
            return import_booking(&config, file)
                .await
                .context("import-booking failed; the kept booking setup was not changed");
        }
        ["migrate"] => return migrate(&config).await,
        ["copy-data", "--from", from, "--to", to] | ["copy-data", "--to", to, "--from", from] => {
            return copy_data(from, to)
                .await
                .context("copy-data failed; nothing was changed");
        }
        _ => anyhow::bail!("{USAGE}"),
    }
    let app = Application::build(&config).await?;
    // Run and the tests read this line to learn the port; keep its shape.
    println!("madoguchi-server listening on http://{}", app.local_addr());
    if let Some(ui) = &config.ui_dir {
        tracing::info!(ui = %ui.display(), "serving the web UI");
    }
    app.run_until(shutdown_signal()).await?;
    tracing::info!("stopped");
    Ok(())
}

async fn create_staff(config: &ServerConfig, username: &str, role: &str) -> anyhow::Result<()> {
    let mut password = String::new();
    std::io::stdin()
        .read_line(&mut password)
        .context("reading the password from standard input")?;
    let password = password.trim_end_matches(['\r', '\n']);
    let store = storage::open(&config.database).await?;
    let now = madoguchi_server::clock::Clock::now(&madoguchi_server::clock::SystemClock);
    let created =
        madoguchi_server::staff_cli::create_staff(store.as_ref(), username, role, password, now).await?;
    println!("created {username} ({role}); add this to the authenticator app (shown once):");
    println!("{}", created.otpauth_uri);
    println!("secret: {}", created.totp_secret);
    Ok(())
}
const USAGE: &str = "usage: madoguchi-server [migrate | copy-data --from <sqlite file> --to postgres://… | import-postal-codes <utf_ken_all.csv> | import-holidays <syukujitsu.csv> | import-form <form.toml>… | import-booking <booking.toml> | create-staff <username> <clerk|volunteer|admin> (password on stdin) | kiosk register <place> | kiosk list | kiosk revoke <kiosk id>]";

async fn register_kiosk(config: &ServerConfig, place: &str) -> anyhow::Result<()> {
    let store = storage::open(&config.database).await?;
    let now = madoguchi_server::clock::Clock::now(&madoguchi_server::clock::SystemClock);
    let kiosk = madoguchi_server::kiosk_cli::register(store.as_ref(), place, now).await?;
    println!(
        "registered {} at {}; give the kiosk this credential (shown once):",
        kiosk.id.0,
        kiosk.place.as_str()
    );
    println!("{}", kiosk.credential);
    Ok(())
}

async fn list_kiosks(config: &ServerConfig) -> anyhow::Result<()> {
    let store = storage::open(&config.database).await?;
    for kiosk in madoguchi_server::kiosk_cli::list(store.as_ref()).await? {
        let state = if kiosk.revoked_at.is_some() {
            "revoked"
        } else {
            "active"
        };
        println!("{}\t{}\t{state}", kiosk.id.0, kiosk.place.as_str());
    }
    Ok(())
}

async fn revoke_kiosk(config: &ServerConfig, id: &str) -> anyhow::Result<()> {
    let store = storage::open(&config.database).await?;
    let now = madoguchi_server::clock::Clock::now(&madoguchi_server::clock::SystemClock);
    madoguchi_server::kiosk_cli::revoke(store.as_ref(), id, now).await?;
    println!("revoked {id}: its credential is refused from now on");
    Ok(())
}

/// Loads Japan Post's data in one transaction: a bad file leaves the old data in place.
async fn import_postal_codes(config: &ServerConfig, file: &str) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(file).with_context(|| format!("reading {file}"))?;
    let entries = postal_import::parse_ken_all(&text).with_context(|| format!("reading {file}"))?;
    let store = storage::open(&config.database)
        .await
        .with_context(|| format!("opening the database {}", config.database))?;
    let count = store.replace_postal_addresses(entries).await?;
    println!("imported {count} postal addresses into {}", config.database);
    Ok(())
}

/// Replaces the kept national holidays with the file's, in one transaction.
async fn import_holidays(config: &ServerConfig, file: &str) -> anyhow::Result<()> {
    let bytes = std::fs::read(file).with_context(|| format!("reading {file}"))?;
    let list = holiday_import::read_holiday_file(&bytes).with_context(|| format!("reading {file}"))?;
    let years = list.years();
    let store = storage::open(&config.database)
        .await
        .with_context(|| format!("opening the database {}", config.database))?;
    let count = store.replace_holidays(list).await?;
    println!(
        "imported {count} holidays ({}–{}) into {}",
        years.start(),
        years.end(),
        config.database
    );
    Ok(())
}

/// Checks every file, and that each is newer than the version kept, before importing any.
async fn import_forms(config: &ServerConfig, files: &[&str]) -> anyhow::Result<()> {
    let mut forms = Vec::with_capacity(files.len());
    let mut problems = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file).with_context(|| format!("reading {file}"))?;
        match form_import::parse_form_file(file, &text) {
            Ok(form) => forms.push((*file, form)),
            Err(e) => problems.extend(e.problems),
        }
    }
    let store = storage::open(&config.database)
        .await
        .with_context(|| format!("opening the database {}", config.database))?;
    for (file, form) in &forms {
        if let Some(kept) = store.form(form.procedure.clone(), None).await?
            && kept.version >= form.version
        {
            problems.push(format!(
                "{file}: version {} of {} is not newer than the kept version {}",
                form.version, form.procedure, kept.version
            ));
        }
    }
    if !problems.is_empty() {
        anyhow::bail!("{}", problems.join("\n"));
    }
    let now = madoguchi_domain::UnixMillis::from(std::time::SystemTime::now());
    for (file, form) in forms {
        match store.import_form(form.clone(), now).await? {
            ImportedForm::Imported => {
                println!("imported {} version {} from {file}", form.procedure, form.version)
            }
            ImportedForm::NotNewer { newest } => anyhow::bail!(
                "{file}: version {} of {} is not newer than the kept version {newest}",
                form.version,
                form.procedure
            ),
        }
    }
    Ok(())
}

/// Checks the whole file before the store is opened; then replaces the setup in one transaction.
async fn import_booking(config: &ServerConfig, file: &str) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(file).with_context(|| format!("reading {file}"))?;
    let (booking, _) = booking_import::parse_booking_file(file, &text)?;
    let (services, counters) = (booking.services.len(), booking.counters.len());
    let store = storage::open(&config.database)
        .await
        .with_context(|| format!("opening the database {}", config.database))?;
    let now = madoguchi_domain::UnixMillis::from(std::time::SystemTime::now());
    store.replace_booking_config(booking, now).await?;
    println!(
        "imported {services} services and {counters} counters from {file} into {}",
        config.database
    );
    Ok(())
}

async fn migrate(config: &ServerConfig) -> anyhow::Result<()> {
    let version = storage::migrate(&config.database)
        .await
        .with_context(|| format!("migrating the database {}", config.database))?;
    println!(
        "{} database {} is at schema version {version}",
        config.database.backend(),
        config.database
    );
    Ok(())
}

/// Checks both ends before touching anything; the copy itself is one transaction.
async fn copy_data(from: &str, to: &str) -> anyhow::Result<()> {
    let from = match DatabaseLocation::parse(from).context("--from")? {
        DatabaseLocation::Sqlite(path) => path,
        DatabaseLocation::Postgres(_) => anyhow::bail!("--from must be a SQLite file, not a postgres:// URL"),
    };
    let to = match DatabaseLocation::parse(to).context("--to")? {
        DatabaseLocation::Postgres(url) => url,
        DatabaseLocation::Sqlite(_) => anyhow::bail!("--to must be a postgres:// URL"),
    };
    let target = DatabaseLocation::Postgres(to.clone());
    let report = storage::copy_sqlite_to_postgres(&from, &to)
        .await
        .with_context(|| format!("copying {} to {target}", from.display()))?;
    println!("copied {} to {target}:", from.display());
    for table in &report.tables {
        println!(
            "  {:<20} {:>8} rows  sha256 {}",
            table.table, table.rows, table.checksum
        );
    }
    println!("row counts and checksums match");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { () = ctrl_c => {}, () = terminate => {} }
}
