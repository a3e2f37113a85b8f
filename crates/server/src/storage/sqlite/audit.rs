//! SQLite side of the audit log (append-only: triggers refuse UPDATE and DELETE) and of the shared
//! rate-limit counters.

use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::{AccountId, AuditEntry};
use rusqlite::{Connection, params};

use crate::storage::StoreError;
use crate::storage::rows::audit_entry;

pub(super) fn append(tx: &Connection, e: &AuditEntry) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO audit_log (at, staff, role, action, resident, subject, device)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            e.at.0,
            e.staff.as_str(),
            e.role.as_str(),
            e.action.as_str(),
            e.resident.as_ref().map(|r| r.0.as_str()),
            e.subject,
            e.device
        ],
    )?;
    Ok(())
}

pub(super) fn about(conn: &Connection, resident: &AccountId) -> Result<Vec<AuditEntry>, StoreError> {
    conn.prepare(
        "SELECT at, staff, role, action, resident, subject, device FROM audit_log
         WHERE resident = ?1 ORDER BY id",
    )?
    .query_map([&resident.0], |r| {
        Ok((
            r.get(0)?,
            r.get(1)?,
            r.get(2)?,
            r.get(3)?,
            r.get(4)?,
            r.get(5)?,
            r.get(6)?,
        ))
    })?
    .map(|row| audit_entry(row?))
    .collect()
}

pub(super) fn hit(
    tx: &Connection,
    bucket: &str,
    window_start: UnixMillis,
    limit: u32,
    forget_before: UnixMillis,
) -> Result<bool, StoreError> {
    tx.execute(
        "DELETE FROM rate_limits WHERE bucket = ?1 AND window_start < ?2",
        params![bucket, forget_before.0],
    )?;
    let hits: i64 = tx.query_row(
        "INSERT INTO rate_limits (bucket, window_start, hits) VALUES (?1, ?2, 1)
         ON CONFLICT (bucket, window_start) DO UPDATE SET hits = hits + 1
         RETURNING hits",
        params![bucket, window_start.0],
        |r| r.get(0),
    )?;
    Ok(hits <= i64::from(limit))
}
