//! Versioned schema migrations of the local database, tracked in `PRAGMA user_version`; each in
//! its own transaction, so a crash leaves the last complete version. Later kinds of data (form
//! definitions, drafts, applications, bookings, notices, the notice profile) arrive as new files.

use rusqlite::Connection;

use super::StoreError;

const MIGRATIONS: &[&str] = &[include_str!("../../migrations/0001_local.sql")];

/// The schema version this build expects.
pub const LATEST: usize = MIGRATIONS.len();

pub fn migrate(conn: &mut Connection) -> Result<usize, StoreError> {
    let current: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let current = usize::try_from(current).unwrap_or(usize::MAX);
    if current > LATEST {
        return Err(StoreError::Corrupt(format!(
            "local data version {current} is newer than this app's {LATEST}"
        )));
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i64::try_from(index + 1).unwrap_or(i64::MAX))?;
        tx.commit()?;
    }
    Ok(LATEST)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_database_reaches_the_latest_version_and_a_second_run_changes_nothing() {
        let mut conn = Connection::open_in_memory().unwrap();
        assert_eq!(migrate(&mut conn).unwrap(), LATEST);
        assert_eq!(migrate(&mut conn).unwrap(), LATEST);
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('outbox', 'inquiries', 'cached_procedures')", [], |r| r.get(0))
            .unwrap();
        assert_eq!(tables, 3);
    }

    #[test]
    fn local_data_from_a_newer_app_is_refused_not_damaged() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        assert!(matches!(migrate(&mut conn), Err(StoreError::Corrupt(_))));
    }
}
