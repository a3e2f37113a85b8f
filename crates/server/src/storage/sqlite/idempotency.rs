//! SQLite side of idempotency keys: claim, finish, release. Like every write they run inside the
//! writer's transaction (`writer.rs`), so a mutation and its kept response commit together.

use rusqlite::{Connection, OptionalExtension as _, params};

use crate::storage::{ClaimOutcome, ClaimRules, IdempotencyClaim, StoreError, StoredResponse};

pub(super) fn claim(
    tx: &Connection,
    claim: &IdempotencyClaim,
    rules: ClaimRules,
) -> Result<ClaimOutcome, StoreError> {
    tx.execute(
        "DELETE FROM idempotency_keys WHERE created_at < ?1",
        [rules.expired_before.0],
    )?;
    let existing = tx
        .query_row(
            "SELECT fingerprint, state, status, content_type, body, claimed_at FROM idempotency_keys WHERE key = ?1",
            [claim.key.as_str()],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<u16>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<Vec<u8>>>(4)?,
                    r.get::<_, i64>(5)?,
                ))
            },
        )
        .optional()?;
    let Some((fingerprint, state, status, content_type, body, claimed_at)) = existing else {
        tx.execute(
            "INSERT INTO idempotency_keys (key, fingerprint, state, created_at, claimed_at) VALUES (?1, ?2, 'pending', ?3, ?3)",
            params![claim.key.as_str(), claim.fingerprint, claim.at.0],
        )?;
        return Ok(ClaimOutcome::Claimed);
    };
    if fingerprint != claim.fingerprint {
        return Ok(ClaimOutcome::Mismatch);
    }
    match (state.as_str(), status, content_type, body) {
        ("done", Some(status), Some(content_type), Some(body)) => Ok(ClaimOutcome::Replay(StoredResponse {
            status,
            content_type,
            body,
        })),
        ("pending", ..) if claimed_at < rules.abandoned_before.0 => {
            tx.execute(
                "UPDATE idempotency_keys SET claimed_at = ?2 WHERE key = ?1",
                params![claim.key.as_str(), claim.at.0],
            )?;
            Ok(ClaimOutcome::Claimed)
        }
        ("pending", ..) => Ok(ClaimOutcome::InProgress),
        _ => Err(StoreError::Corrupt(format!(
            "idempotency key {} in state {state:?} without a response",
            claim.key
        ))),
    }
}

/// Returns whether this call kept the response (false: it was kept already, or the claim is gone
/// or was taken over). Only the claim's holder may finish it: `claimed_at` names the holder.
pub(super) fn finish(
    tx: &Connection,
    claim: &IdempotencyClaim,
    response: &StoredResponse,
) -> Result<bool, StoreError> {
    let changed = tx.execute(
        "UPDATE idempotency_keys SET state = 'done', status = ?3, content_type = ?4, body = ?5
         WHERE key = ?1 AND fingerprint = ?2 AND state = 'pending' AND claimed_at = ?6",
        params![
            claim.key.as_str(),
            claim.fingerprint,
            response.status,
            response.content_type,
            response.body,
            claim.at.0
        ],
    )?;
    Ok(changed == 1)
}

/// Gives the claim up, unless it was taken over meanwhile: a request that stalled past the
/// takeover time and then failed must not free the key under the request now holding it.
pub(super) fn release(tx: &Connection, claim: &IdempotencyClaim) -> Result<(), StoreError> {
    tx.execute(
        "DELETE FROM idempotency_keys WHERE key = ?1 AND fingerprint = ?2 AND state = 'pending' AND claimed_at = ?3",
        params![claim.key.as_str(), claim.fingerprint, claim.at.0],
    )?;
    Ok(())
}
