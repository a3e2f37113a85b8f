//! The reference municipal server: an axum HTTP API (`/api/v1/…`), its OpenAPI document, and in
//! web mode the built UI, all over [`storage::Store`]: one trait per concern, implemented by
//! SQLite (embedded, the default) and PostgreSQL (several instances on one database).
//!
//! **API Boundary:** the routes under `/api/v1` and the wire types of `madoguchi-domain` they carry.
//! Errors leave as an [`madoguchi_domain::ApiError`]: a stable code plus a message id, never text.

pub mod booking_import;
pub mod clock;
pub mod config;
pub mod credentials;
pub mod demo;
pub mod error;
pub mod form_import;
pub mod fresh;
pub mod holiday_import;
pub mod idempotency;
pub mod kiosk_cli;
pub mod mail;
pub mod openapi;
pub mod postal_import;
pub mod push;
pub mod routes;
pub mod security_headers;
pub mod serve;
pub mod staff_cli;
pub mod startup;
pub mod storage;
pub mod sweep;
pub mod web_ui;

pub use config::ServerConfig;
pub use startup::Application;

/// The log filter: `RUST_LOG` (default `info`), with the database driver held at `info` whatever
/// it says, because `tokio_postgres` logs every statement's parameters — residents' addresses,
/// answers — at `debug`. No personal data in logs, even when debugging.
pub fn log_filter(rust_log: Option<&str>) -> tracing_subscriber::EnvFilter {
    let filter = rust_log
        .and_then(|v| tracing_subscriber::EnvFilter::try_new(v).ok())
        .unwrap_or_else(|| tracing_subscriber::EnvFilter::new("info"));
    filter.add_directive("tokio_postgres=info".parse().expect("a valid directive"))
}
