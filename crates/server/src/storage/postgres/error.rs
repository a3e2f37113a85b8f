//! PostgreSQL's and the pool's errors sorted into [`StoreError`]'s backend-neutral classes.

use deadpool_postgres::PoolError;
use tokio_postgres::error::SqlState;

use crate::storage::StoreError;

impl From<tokio_postgres::Error> for StoreError {
    fn from(e: tokio_postgres::Error) -> Self {
        let message = e.to_string();
        let Some(state) = e.code() else {
            // No SQLSTATE: the connection broke or could not be made.
            return StoreError::Unavailable(message);
        };
        match *state {
            SqlState::UNIQUE_VIOLATION
            | SqlState::FOREIGN_KEY_VIOLATION
            | SqlState::CHECK_VIOLATION
            | SqlState::NOT_NULL_VIOLATION
            | SqlState::EXCLUSION_VIOLATION => StoreError::Conflict(message),
            SqlState::T_R_SERIALIZATION_FAILURE
            | SqlState::T_R_DEADLOCK_DETECTED
            | SqlState::LOCK_NOT_AVAILABLE
            | SqlState::QUERY_CANCELED => StoreError::Retryable(message),
            SqlState::ADMIN_SHUTDOWN
            | SqlState::CRASH_SHUTDOWN
            | SqlState::CANNOT_CONNECT_NOW
            | SqlState::TOO_MANY_CONNECTIONS
            | SqlState::CONNECTION_EXCEPTION
            | SqlState::CONNECTION_FAILURE
            | SqlState::CONNECTION_DOES_NOT_EXIST
            | SqlState::READ_ONLY_SQL_TRANSACTION
            | SqlState::INVALID_CATALOG_NAME
            | SqlState::INVALID_PASSWORD
            | SqlState::INVALID_AUTHORIZATION_SPECIFICATION
            | SqlState::DISK_FULL
            | SqlState::OUT_OF_MEMORY => StoreError::Unavailable(message),
            SqlState::DATA_CORRUPTED | SqlState::INDEX_CORRUPTED => StoreError::Corrupt(message),
            _ => StoreError::Internal(message),
        }
    }
}

impl From<PoolError> for StoreError {
    fn from(e: PoolError) -> Self {
        match e {
            PoolError::Backend(e) => e.into(),
            // Every connection busy past the wait, or the database not answering a new one.
            other => StoreError::Unavailable(format!("database pool: {other}")),
        }
    }
}
