//! SQLite's errors sorted into [`StoreError`]'s backend-neutral classes.

use rusqlite::ErrorCode;

use crate::storage::StoreError;

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        let message = e.to_string();
        let rusqlite::Error::SqliteFailure(failure, _) = &e else {
            return StoreError::Internal(message);
        };
        match failure.code {
            // Another process (a backup, the CLI) held the lock past the busy timeout.
            ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => StoreError::Retryable(message),
            ErrorCode::ConstraintViolation => StoreError::Conflict(message),
            ErrorCode::CannotOpen
            | ErrorCode::PermissionDenied
            | ErrorCode::ReadOnly
            | ErrorCode::DiskFull
            | ErrorCode::SystemIoFailure
            | ErrorCode::FileLockingProtocolFailed
            | ErrorCode::OutOfMemory => StoreError::Unavailable(message),
            ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt => StoreError::Corrupt(message),
            _ => StoreError::Internal(message),
        }
    }
}
