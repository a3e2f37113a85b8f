//! Where the server keeps its data, behind one trait per concern so that SQLite (embedded, the
//! default) and PostgreSQL (a city that outgrows one machine) can both implement it.
//!
//! **Architecture Invariant:** routes reach data only through [`Store`]; no handler holds a
//! connection or writes SQL.

mod migrations;
mod sqlite;

use async_trait::async_trait;
use madoguchi_domain::ProcedureCatalogue;

pub use sqlite::SqliteStore;

/// Why the store failed. Details go to the log; clients only learn "internal".
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("stored data is invalid: {0}")]
    Corrupt(String),
    #[error("database task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
    #[error("cannot prepare the database at {path}: {source}")]
    Io { path: String, source: std::io::Error },
}

/// Everything the routes need from storage.
#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// The city's procedure catalogue, in the city's order.
    async fn catalogue(&self) -> Result<ProcedureCatalogue, StoreError>;

    /// Replaces the catalogue as a whole (used to load the demo city and, later, a city's import).
    async fn replace_catalogue(&self, catalogue: ProcedureCatalogue) -> Result<(), StoreError>;

    /// Whether the catalogue has no procedures yet.
    async fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.catalogue().await?.procedures.is_empty())
    }
}
