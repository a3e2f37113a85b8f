//! [`StoreError`]: why a store call failed, in terms the HTTP boundary can act on, whatever the
//! backend. Each backend classifies its driver's errors into it (`sqlite/error.rs`,
//! `postgres/error.rs`); no driver type crosses this line.

/// Why a store call failed. The message is for the log (it never names a resident's data);
/// clients learn only the class: 503 `unavailable` for [`StoreError::Retryable`] and
/// [`StoreError::Unavailable`], 500 `internal` for the rest.
#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    /// A uniqueness, foreign-key or check rule refused the write.
    #[error("conflict: {0}")]
    Conflict(String),
    /// Passing contention: SQLite busy or locked past the busy timeout, PostgreSQL serialization
    /// failure or deadlock. The same call may succeed if made again.
    #[error("retryable: {0}")]
    Retryable(String),
    /// The database cannot be reached or opened: down, failing over, refused, pool exhausted.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// Stored data breaks our own rules, or the file is not a database of ours.
    #[error("stored data is invalid: {0}")]
    Corrupt(String),
    /// Anything else: a bug on our side (bad SQL, a type mismatch).
    #[error("database error: {0}")]
    Internal(String),
}

impl StoreError {
    /// Whether a client may retry and succeed: 503 rather than 500.
    pub fn is_passing(&self) -> bool {
        matches!(self, StoreError::Retryable(_) | StoreError::Unavailable(_))
    }
}

impl From<tokio::task::JoinError> for StoreError {
    fn from(e: tokio::task::JoinError) -> Self {
        StoreError::Internal(format!("database task failed: {e}"))
    }
}
