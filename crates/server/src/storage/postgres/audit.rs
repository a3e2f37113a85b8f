//! PostgreSQL side of the audit log (append-only: a trigger refuses UPDATE, DELETE and TRUNCATE)
//! and of the shared rate-limit counters.

use deadpool_postgres::{GenericClient, Object};
use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::{AccountId, AuditEntry};

use crate::storage::StoreError;
use crate::storage::rows::audit_entry;

pub(super) async fn append(client: &impl GenericClient, e: &AuditEntry) -> Result<(), StoreError> {
    client
        .execute(
            "INSERT INTO audit_log (at, staff, role, action, resident, subject, device)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
            &[
                &e.at.0,
                &e.staff.as_str(),
                &e.role.as_str(),
                &e.action.as_str(),
                &e.resident.as_ref().map(|r| r.0.as_str()),
                &e.subject,
                &e.device,
            ],
        )
        .await?;
    Ok(())
}

pub(super) async fn about(
    client: &impl GenericClient,
    resident: &AccountId,
) -> Result<Vec<AuditEntry>, StoreError> {
    client
        .query(
            "SELECT at, staff, role, action, resident, subject, device FROM audit_log
             WHERE resident = $1 ORDER BY id",
            &[&resident.0],
        )
        .await?
        .iter()
        .map(|r| {
            audit_entry((
                r.get(0),
                r.get(1),
                r.get(2),
                r.get(3),
                r.get(4),
                r.get(5),
                r.get(6),
            ))
        })
        .collect()
}

/// One statement counts and tells: the upsert takes the row's lock, so racing instances each see
/// their own increment.
pub(super) async fn hit(
    client: &Object,
    bucket: &str,
    window_start: UnixMillis,
    limit: u32,
    forget_before: UnixMillis,
) -> Result<bool, StoreError> {
    client
        .execute(
            "DELETE FROM rate_limits WHERE bucket = $1 AND window_start < $2",
            &[&bucket, &forget_before.0],
        )
        .await?;
    let hits: i64 = client
        .query_one(
            "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1)
             ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1
             RETURNING hits",
            &[&bucket, &window_start.0],
        )
        .await?
        .get(0);
    Ok(hits <= i64::from(limit))
}
