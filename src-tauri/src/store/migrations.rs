//! Versioned schema migrations of the local database, tracked in `PRAGMA user_version`; each in
//! its own transaction, so a crash leaves the last complete version. Later kinds of data (form
//! definitions, drafts, applications, bookings, notices, the notice profile, the device's settings)
//! arrive as new files.

use rusqlite::Connection;

use super::StoreError;

const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_local.sql"),
    include_str!("../../migrations/0002_outbox_any_kind.sql"),
    include_str!("../../migrations/0003_applications.sql"),
    include_str!("../../migrations/0004_bookings.sql"),
    include_str!("../../migrations/0005_waitlist.sql"),
    include_str!("../../migrations/0006_account.sql"),
    include_str!("../../migrations/0007_notices.sql"),
    include_str!("../../migrations/0008_notice_profile.sql"),
    include_str!("../../migrations/0009_held_notices.sql"),
    include_str!("../../migrations/0010_device_settings.sql"),
    include_str!("../../migrations/0011_application_status.sql"),
    include_str!("../../migrations/0012_cached_life_events.sql"),
];

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

    /// A device that updates the app with an inquiry still waiting keeps it, with its key, and
    /// the id sequence goes on past items already delivered.
    #[test]
    fn an_item_waiting_in_a_version_1_outbox_survives_and_any_kind_fits_after() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        let item = "INSERT INTO outbox (resource, kind, local_id, method, path, body, idempotency_key, created_at, next_attempt_at)
                    VALUES ('inquiry/1', ?1, 1, 'POST', 'api/v1/inquiries', '{}', ?2, 0, 0)";
        conn.execute(item, ["inquiry", "waiting-key-0000000001"]).unwrap();
        conn.execute(item, ["inquiry", "delivered-key-000000002"])
            .unwrap();
        conn.execute("DELETE FROM outbox WHERE id = 2", []).unwrap();
        assert!(
            conn.execute(item, ["application", "application-key-0000003"])
                .is_err(),
            "version 1 knew only inquiries"
        );

        assert_eq!(migrate(&mut conn).unwrap(), LATEST);
        let kept: (i64, String) = conn
            .query_row("SELECT id, idempotency_key FROM outbox", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap();
        assert_eq!(kept, (1, "waiting-key-0000000001".to_owned()));
        conn.execute(item, ["application", "application-key-0000003"])
            .unwrap();
        let next_id: i64 = conn
            .query_row("SELECT max(id) FROM outbox", [], |r| r.get(0))
            .unwrap();
        assert_eq!(next_id, 3, "id 2 was given already");
    }

    #[test]
    fn local_data_from_a_newer_app_is_refused_not_damaged() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        assert!(matches!(migrate(&mut conn), Err(StoreError::Corrupt(_))));
    }
}
