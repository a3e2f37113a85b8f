//! PostgreSQL side of idempotency keys, shared by every instance on the database.
//!
//! **Concurrency:** READ COMMITTED with row locks. A claim first tries
//! `INSERT … ON CONFLICT (key) DO NOTHING`: when two instances insert the same key at once,
//! PostgreSQL makes the second wait for the first's transaction and then do nothing, so exactly
//! one of them inserts (is [`ClaimOutcome::Claimed`]). The others read the row `FOR UPDATE`
//! (waiting for any holder of its lock) and decide from its committed state. `finish` and
//! `release` change the row only while `claimed_at` still names the caller; an UPDATE that waited
//! for a lock re-checks that condition on the row's newest version, so a stalled request can
//! never finish or free a key that another request has taken over.

use tokio_postgres::GenericClient;

use crate::storage::rows::{KeptKey, Verdict, judge};
use crate::storage::{ClaimOutcome, ClaimRules, IdempotencyClaim, StoreError, StoredResponse};

pub(super) async fn claim(
    tx: &impl GenericClient,
    claim: &IdempotencyClaim,
    rules: ClaimRules,
) -> Result<ClaimOutcome, StoreError> {
    tx.execute(
        "DELETE FROM idempotency_keys WHERE created_at < $1",
        &[&rules.expired_before.0],
    )
    .await?;
    let inserted = tx
        .execute(
            "INSERT INTO idempotency_keys (key, fingerprint, state, created_at, claimed_at)
             VALUES ($1, $2, 'pending', $3, $3) ON CONFLICT (key) DO NOTHING",
            &[&claim.key.as_str(), &claim.fingerprint, &claim.at.0],
        )
        .await?;
    if inserted == 1 {
        return Ok(ClaimOutcome::Claimed);
    }
    let Some(row) = tx
        .query_opt(
            "SELECT fingerprint, state, status, content_type, body, claimed_at
             FROM idempotency_keys WHERE key = $1 FOR UPDATE",
            &[&claim.key.as_str()],
        )
        .await?
    else {
        // The holder released it between our insert and our read: a retry will find it free.
        return Ok(ClaimOutcome::InProgress);
    };
    let kept = KeptKey {
        fingerprint: row.get(0),
        state: row.get(1),
        status: row.get(2),
        content_type: row.get(3),
        body: row.get(4),
        claimed_at: row.get(5),
    };
    match judge(kept, claim, rules)? {
        Verdict::Outcome(outcome) => Ok(outcome),
        Verdict::TakeOver => {
            tx.execute(
                "UPDATE idempotency_keys SET claimed_at = $2 WHERE key = $1",
                &[&claim.key.as_str(), &claim.at.0],
            )
            .await?;
            Ok(ClaimOutcome::Claimed)
        }
    }
}

/// Returns whether this call kept the response (false: kept already, gone, or taken over).
pub(super) async fn finish(
    tx: &impl GenericClient,
    claim: &IdempotencyClaim,
    response: &StoredResponse,
) -> Result<bool, StoreError> {
    let changed = tx
        .execute(
            "UPDATE idempotency_keys SET state = 'done', status = $3, content_type = $4, body = $5
             WHERE key = $1 AND fingerprint = $2 AND state = 'pending' AND claimed_at = $6",
            &[
                &claim.key.as_str(),
                &claim.fingerprint,
                &i64::from(response.status),
                &response.content_type,
                &response.body,
                &claim.at.0,
            ],
        )
        .await?;
    Ok(changed == 1)
}

/// Gives the claim up, unless it was taken over meanwhile.
pub(super) async fn release(tx: &impl GenericClient, claim: &IdempotencyClaim) -> Result<(), StoreError> {
    tx.execute(
        "DELETE FROM idempotency_keys
         WHERE key = $1 AND fingerprint = $2 AND state = 'pending' AND claimed_at = $3",
        &[&claim.key.as_str(), &claim.fingerprint, &claim.at.0],
    )
    .await?;
    Ok(())
}
