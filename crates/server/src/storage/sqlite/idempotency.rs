//! SQLite side of idempotency keys: claim, finish, release. Like every write they run inside the
//! writer's transaction (`writer.rs`), so a mutation and its kept response commit together.

use rusqlite::{Connection, OptionalExtension as _, params};

use crate::storage::rows::{KeptKey, Verdict, judge};
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
    let kept = tx
        .query_row(
            "SELECT fingerprint, state, status, content_type, body, claimed_at FROM idempotency_keys WHERE key = ?1",
            [claim.stored_key()],
            |r| {
                Ok(KeptKey {
                    fingerprint: r.get(0)?,
                    state: r.get(1)?,
                    status: r.get(2)?,
                    content_type: r.get(3)?,
                    body: r.get(4)?,
                    claimed_at: r.get(5)?,
                })
            },
        )
        .optional()?;
    let Some(kept) = kept else {
        tx.execute(
            "INSERT INTO idempotency_keys (key, fingerprint, state, created_at, claimed_at) VALUES (?1, ?2, 'pending', ?3, ?3)",
            params![claim.stored_key(), claim.fingerprint, claim.at.0],
        )?;
        return Ok(ClaimOutcome::Claimed);
    };
    match judge(kept, claim, rules)? {
        Verdict::Outcome(outcome) => Ok(outcome),
        Verdict::TakeOver => {
            tx.execute(
                "UPDATE idempotency_keys SET claimed_at = ?2 WHERE key = ?1",
                params![claim.stored_key(), claim.at.0],
            )?;
            Ok(ClaimOutcome::Claimed)
        }
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
            claim.stored_key(),
            claim.fingerprint,
            response.status,
            response.content_type,
            response.body,
            claim.at.0
        ],
    )?;
    Ok(changed == 1)
}

/// Finishes the claim of a mutation inside the mutation's own transaction, or fails it: if another
/// request holds or finished this key, writing now would be the duplicate we exist to prevent, so
/// the error makes the writer roll the job back, and the caller's retry replays the other answer.
pub(super) fn finish_with_write(
    tx: &Connection,
    claim: &IdempotencyClaim,
    response: &StoredResponse,
) -> Result<(), StoreError> {
    if finish(tx, claim, response)? {
        Ok(())
    } else {
        Err(StoreError::Conflict(format!(
            "idempotency key {} lost during the request",
            claim.stored_key()
        )))
    }
}

/// Gives the claim up, unless it was taken over meanwhile: a request that stalled past the
/// takeover time and then failed must not free the key under the request now holding it.
pub(super) fn release(tx: &Connection, claim: &IdempotencyClaim) -> Result<(), StoreError> {
    tx.execute(
        "DELETE FROM idempotency_keys WHERE key = ?1 AND fingerprint = ?2 AND state = 'pending' AND claimed_at = ?3",
        params![claim.stored_key(), claim.fingerprint, claim.at.0],
    )?;
    Ok(())
}
