//! PostgreSQL side of idempotency keys, shared by every instance on the database.
//!
//! **Concurrency:** every step is one statement, atomic by itself, under READ COMMITTED; no
//! explicit transaction, so a new key costs one round trip. A claim first tries
//! `INSERT … ON CONFLICT (key) DO UPDATE … WHERE <expired>`: when two instances insert the same
//! key at once, PostgreSQL makes the second wait for the first's row and then re-check the
//! condition on it, so exactly one of them gets a row back (is [`ClaimOutcome::Claimed`]). A
//! takeover of an abandoned claim is a conditional UPDATE with the same re-check, so two
//! takeovers cannot both win. `finish` and `release` change the row only while `claimed_at`
//! still names the caller, so a stalled request can never finish or free a key that another
//! request has taken over.

use deadpool_postgres::GenericClient;

use crate::storage::rows::{KeptKey, Verdict, judge};
use crate::storage::{ClaimOutcome, ClaimRules, IdempotencyClaim, StoreError, StoredResponse};

pub(super) async fn claim(
    client: &impl GenericClient,
    claim: &IdempotencyClaim,
    rules: ClaimRules,
) -> Result<ClaimOutcome, StoreError> {
    let key = claim.stored_key();
    // 1. A new key, or one kept past its retention, is ours (the expired row is overwritten).
    let insert = client
        .prepare_cached(
            "INSERT INTO idempotency_keys (key, fingerprint, state, created_at, claimed_at)
             VALUES ($1, $2, 'pending', $3, $3)
             ON CONFLICT (key) DO UPDATE
                 SET fingerprint = excluded.fingerprint, state = 'pending', status = NULL,
                     content_type = NULL, body = NULL, created_at = excluded.created_at,
                     claimed_at = excluded.claimed_at
                 WHERE idempotency_keys.created_at < $4
             RETURNING 1",
        )
        .await?;
    if client
        .query_opt(
            &insert,
            &[&key, &claim.fingerprint, &claim.at.0, &rules.expired_before.0],
        )
        .await?
        .is_some()
    {
        return Ok(ClaimOutcome::Claimed);
    }
    // 2. A claim whose holder died before finishing (nothing was written) may be taken over.
    let take_over = client
        .prepare_cached(
            "UPDATE idempotency_keys SET claimed_at = $3
             WHERE key = $1 AND fingerprint = $2 AND state = 'pending' AND claimed_at < $4
             RETURNING 1",
        )
        .await?;
    if client
        .query_opt(
            &take_over,
            &[&key, &claim.fingerprint, &claim.at.0, &rules.abandoned_before.0],
        )
        .await?
        .is_some()
    {
        return Ok(ClaimOutcome::Claimed);
    }
    // 3. Otherwise the kept row decides: replay, still running, or another request's key.
    let read = client
        .prepare_cached(
            "SELECT fingerprint, state, status, content_type, body, claimed_at
             FROM idempotency_keys WHERE key = $1",
        )
        .await?;
    let Some(row) = client.query_opt(&read, &[&key]).await? else {
        // Released between our steps: a retry will find it free.
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
        // Abandoned only since step 2 ran, or just taken over by another request: either way
        // someone may hold it now; the client's retry decides.
        Verdict::TakeOver => Ok(ClaimOutcome::InProgress),
    }
}

/// Forgets keys past their retention that nobody asked for again (a claim overwrites an expired
/// key it meets by itself, so this only keeps the table small).
pub(super) async fn purge_expired(
    client: &impl GenericClient,
    expired_before: i64,
) -> Result<u64, StoreError> {
    Ok(client
        .execute(
            "DELETE FROM idempotency_keys WHERE created_at < $1",
            &[&expired_before],
        )
        .await?)
}

/// Returns whether this call kept the response (false: kept already, gone, or taken over).
pub(super) async fn finish(
    tx: &impl GenericClient,
    claim: &IdempotencyClaim,
    response: &StoredResponse,
) -> Result<bool, StoreError> {
    let finish = tx
        .prepare_cached(
            "UPDATE idempotency_keys SET state = 'done', status = $3, content_type = $4, body = $5
             WHERE key = $1 AND fingerprint = $2 AND state = 'pending' AND claimed_at = $6",
        )
        .await?;
    let changed = tx
        .execute(
            &finish,
            &[
                &claim.stored_key(),
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
        &[&claim.stored_key(), &claim.fingerprint, &claim.at.0],
    )
    .await?;
    Ok(())
}

/// Finishes a mutation's claim inside its transaction, or fails it with `Conflict` (another request
/// holds or finished the key: writing would duplicate); the transaction is then dropped, so
/// nothing of the mutation is kept.
pub(super) async fn finish_with_write(
    tx: &impl GenericClient,
    claim: &IdempotencyClaim,
    response: &StoredResponse,
) -> Result<(), StoreError> {
    if finish(tx, claim, response).await? {
        Ok(())
    } else {
        Err(StoreError::Conflict(format!(
            "idempotency key {} lost during the request",
            claim.stored_key()
        )))
    }
}
