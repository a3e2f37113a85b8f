//! The reference municipal server: an axum HTTP API (`/api/v1/…`), its OpenAPI document, and in
//! web mode the built UI, all over [`storage::Store`]: one trait per concern, implemented by
//! SQLite (embedded, the default) and PostgreSQL (several instances on one database).
//!
//! **API Boundary:** the routes under `/api/v1` and the wire types of `madoguchi-domain` they carry.
//! Errors leave as an [`madoguchi_domain::ApiError`]: a stable code plus a message id, never text.

pub mod booking_import;
pub mod clock;
pub mod config;
pub mod demo;
pub mod error;
pub mod form_import;
pub mod holiday_import;
pub mod idempotency;
pub mod openapi;
pub mod postal_import;
pub mod routes;
pub mod secret;
pub mod startup;
pub mod storage;
pub mod web_ui;

pub use config::ServerConfig;
pub use startup::Application;
