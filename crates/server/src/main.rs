//! `madoguchi-server`: runs the municipal server with configuration from `config/madoguchi.toml`
//! and `MADOGUCHI_*` variables (see `ServerConfig`). Ctrl-C or SIGTERM stops it cleanly.

use madoguchi_server::{Application, ServerConfig};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")))
        .init();
    let config = ServerConfig::load()?;
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
