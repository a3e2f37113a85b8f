//! `madoguchi-server`: runs the municipal server with configuration from `config/madoguchi.toml`
//! and `MADOGUCHI_*` variables (see `ServerConfig`). Ctrl-C or SIGTERM stops it cleanly.
//!
//! `madoguchi-server import-postal-codes <utf_ken_all.csv>` replaces the postal code data with
//! Japan Post's (in the configured database), then exits.

use anyhow::Context as _;
use madoguchi_server::storage::{SqliteStore, Store as _};
use madoguchi_server::{Application, ServerConfig, postal_import};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")))
        .init();
    let config = ServerConfig::load()?;
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] => {}
        ["import-postal-codes", file] => return import_postal_codes(&config, file).await,
        _ => anyhow::bail!("usage: madoguchi-server [import-postal-codes <utf_ken_all.csv>]"),
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

/// Loads Japan Post's data in one transaction: a bad file leaves the old data in place.
async fn import_postal_codes(config: &ServerConfig, file: &str) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(file).with_context(|| format!("reading {file}"))?;
    let entries = postal_import::parse_ken_all(&text).with_context(|| format!("reading {file}"))?;
    let store = SqliteStore::open(&config.database)
        .with_context(|| format!("opening the database {}", config.database.display()))?;
    let count = store.replace_postal_addresses(entries).await?;
    println!(
        "imported {count} postal addresses into {}",
        config.database.display()
    );
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
