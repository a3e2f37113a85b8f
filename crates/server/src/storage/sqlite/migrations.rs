//! Versioned schema migrations for SQLite, tracked in `PRAGMA user_version`. Each runs in its own
//! transaction, so a crash leaves the database at the last complete version.

use rusqlite::Connection;

use crate::storage::StoreError;

/// The migrations, in order; index + 1 is the version a migration brings the database to.
const MIGRATIONS: &[&str] = &[
    include_str!("../../../migrations/sqlite/0001_catalogue.sql"),
    include_str!("../../../migrations/sqlite/0002_inquiries.sql"),
    include_str!("../../../migrations/sqlite/0003_postal_codes_and_attachments.sql"),
    include_str!("../../../migrations/sqlite/0004_forms_and_applications.sql"),
    include_str!("../../../migrations/sqlite/0005_holidays.sql"),
    include_str!("../../../migrations/sqlite/0006_accounts.sql"),
    include_str!("../../../migrations/sqlite/0007_booking.sql"),
    // 0008 is another branch's (merge it before this one, so versions stay in file order).
    include_str!("../../../migrations/sqlite/0009_notices.sql"),
    include_str!("../../../migrations/sqlite/0010_unclaimed_attachments.sql"),
    include_str!("../../../migrations/sqlite/0011_booking_accounts.sql"),
    include_str!("../../../migrations/sqlite/0012_booking_mail_reminders.sql"),
    include_str!("../../../migrations/sqlite/0013_kiosks_and_file_senders.sql"),
    include_str!("../../../migrations/sqlite/0014_passkeys.sql"),
    include_str!("../../../migrations/sqlite/0015_areas.sql"),
    include_str!("../../../migrations/sqlite/0016_push.sql"),
    include_str!("../../../migrations/sqlite/0017_life_events.sql"),
];

/// The schema version this build expects.
pub const LATEST: usize = MIGRATIONS.len();

/// Brings the database up to [`LATEST`]; refuses a database made by a newer build.
pub fn migrate(conn: &mut Connection) -> Result<usize, StoreError> {
    let current: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let current = usize::try_from(current).unwrap_or(usize::MAX);
    if current > LATEST {
        return Err(StoreError::Corrupt(format!(
            "database schema version {current} is newer than this server's {LATEST}: run a newer madoguchi-server"
        )));
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version(index + 1))?;
        tx.commit()?;
    }
    Ok(LATEST)
}

fn version(n: usize) -> i64 {
    i64::try_from(n).expect("fewer than i64::MAX migrations")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_database_reaches_the_latest_version_and_a_second_run_is_a_no_op() {
        let mut conn = Connection::open_in_memory().unwrap();
        assert_eq!(migrate(&mut conn).unwrap(), LATEST);
        assert_eq!(migrate(&mut conn).unwrap(), LATEST);
        let stored: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(stored, version(LATEST));
        conn.execute("INSERT INTO procedures (id, position) VALUES ('x', 0)", [])
            .unwrap();
    }

    #[test]
    fn a_version_1_database_with_a_catalogue_is_upgraded_in_place() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute(
            "INSERT INTO procedures (id, position) VALUES ('moving-in', 0)",
            [],
        )
        .unwrap();
        assert_eq!(migrate(&mut conn).unwrap(), LATEST);
        let kept: i64 = conn
            .query_row("SELECT count(*) FROM procedures", [], |r| r.get(0))
            .unwrap();
        assert_eq!(kept, 1);
        conn.execute("INSERT INTO departments (id, position) VALUES ('tax', 0)", [])
            .unwrap();
    }

    #[test]
    fn a_database_from_a_newer_build_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", version(LATEST + 1))
            .unwrap();
        assert!(migrate(&mut conn).is_err());
    }
}
