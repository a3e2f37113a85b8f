//! Versioned schema migrations for PostgreSQL (`migrations/postgres/*.sql`), recorded in
//! `schema_migrations`. All pending ones run in one transaction (PostgreSQL's DDL is
//! transactional) under an advisory lock, so several instances starting at once migrate once and
//! a failure leaves the database as it was.

use tokio_postgres::{Client, Transaction};

use crate::storage::StoreError;

/// The migrations, in order; index + 1 is the version a migration brings the database to.
const MIGRATIONS: &[&str] = &[
    include_str!("../../../migrations/postgres/0001_initial.sql"),
    include_str!("../../../migrations/postgres/0002_forms_and_applications.sql"),
    include_str!("../../../migrations/postgres/0003_holidays.sql"),
    include_str!("../../../migrations/postgres/0004_accounts.sql"),
    include_str!("../../../migrations/postgres/0005_booking.sql"),
    // 0006 is another branch's (merge it before this one, so versions stay in file order).
    include_str!("../../../migrations/postgres/0007_notices.sql"),
    include_str!("../../../migrations/postgres/0008_unclaimed_attachments.sql"),
    include_str!("../../../migrations/postgres/0009_booking_accounts.sql"),
    include_str!("../../../migrations/postgres/0010_booking_mail_reminders.sql"),
    include_str!("../../../migrations/postgres/0011_kiosks_and_file_senders.sql"),
    include_str!("../../../migrations/postgres/0012_passkeys.sql"),
    include_str!("../../../migrations/postgres/0013_areas.sql"),
    include_str!("../../../migrations/postgres/0014_push.sql"),
    include_str!("../../../migrations/postgres/0015_life_events.sql"),
    include_str!("../../../migrations/postgres/0016_inquiries_are_applications.sql"),
    include_str!("../../../migrations/postgres/0017_application_accounts_by_account.sql"),
];

/// The schema version this build expects.
pub const LATEST: usize = MIGRATIONS.len();

/// An arbitrary constant naming "Madoguchi's migrations" among advisory locks.
const MIGRATION_LOCK: i64 = 0x6d61_646f_6775_6368;

/// Brings the database up to [`LATEST`]; refuses a database made by a newer build.
pub async fn migrate(client: &mut Client) -> Result<usize, StoreError> {
    let tx = client.transaction().await?;
    apply(&tx).await?;
    tx.commit().await?;
    Ok(LATEST)
}

/// [`migrate`] inside the caller's transaction (`copy-data` creates the schema and the rows in
/// one transaction, so a failed copy leaves the target as it was).
pub async fn apply(tx: &Transaction<'_>) -> Result<(), StoreError> {
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
        .await?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
             version INTEGER PRIMARY KEY,
             applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
         )",
    )
    .await?;
    let current: i32 = tx
        .query_one("SELECT coalesce(max(version), 0) FROM schema_migrations", &[])
        .await?
        .get(0);
    let current = usize::try_from(current).unwrap_or(0);
    if current > LATEST {
        return Err(StoreError::Corrupt(format!(
            "database schema version {current} is newer than this server's {LATEST}: run a newer madoguchi-server"
        )));
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current) {
        tx.batch_execute(sql).await?;
        let version = i32::try_from(index + 1).unwrap_or(i32::MAX);
        tx.execute("INSERT INTO schema_migrations (version) VALUES ($1)", &[&version])
            .await?;
    }
    Ok(())
}
