//! The reference municipal server: an axum HTTP API (`/api/v1/…`), its OpenAPI document, and in
//! web mode the built UI, all over a [`storage::Store`] (SQLite embedded by default; PostgreSQL
//! later, behind the same trait).
//!
//! **API Boundary:** the routes under `/api/v1` and the wire types of `madoguchi-domain` they carry.
//! Errors leave as an [`madoguchi_domain::ApiError`]: a stable code plus a message id, never text.

pub mod clock;
pub mod config;
pub mod demo;
pub mod error;
pub mod idempotency;
pub mod openapi;
pub mod postal_import;
pub mod routes;
pub mod secret;
pub mod startup;
pub mod storage;

pub use config::ServerConfig;
pub use startup::Application;
