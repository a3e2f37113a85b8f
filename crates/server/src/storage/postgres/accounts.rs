//! PostgreSQL side of residents' accounts, devices and access tokens. A code is checked with its
//! row locked (`FOR UPDATE`), so racing tries on several instances count every wrong one and only
//! one right one signs in.

use deadpool_postgres::{GenericClient, Object};
use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::{
    AccountId, AccountView, AuditEntry, DeviceId, DeviceView, EmailAddress, IdentityLevel,
};
use tokio_postgres::Row;

use super::audit;
use crate::credentials::constant_time_eq;
use crate::storage::rows::{account_view, device_view};
use crate::storage::{CodeAttempt, CodeOutcome, NewAccessToken, ResidentPrincipal, StoreError};

pub(super) async fn put_code(
    client: &Object,
    email: &EmailAddress,
    digest: &str,
    expires_at: UnixMillis,
    attempts: u32,
) -> Result<(), StoreError> {
    client
        .execute(
            "INSERT INTO sign_in_codes (email, code_sha256, expires_at, attempts_left) VALUES ($1, $2, $3, $4)
             ON CONFLICT (email) DO UPDATE SET code_sha256 = excluded.code_sha256,
                 expires_at = excluded.expires_at, attempts_left = excluded.attempts_left",
            &[&email.as_str(), &digest, &expires_at.0, &i64::from(attempts)],
        )
        .await?;
    Ok(())
}

pub(super) async fn sign_in(client: &mut Object, attempt: &CodeAttempt) -> Result<CodeOutcome, StoreError> {
    let email = attempt.email.as_str();
    let tx = client.transaction().await?;
    let kept = tx
        .query_opt(
            "SELECT code_sha256, expires_at, attempts_left FROM sign_in_codes WHERE email = $1 FOR UPDATE",
            &[&email],
        )
        .await?;
    let Some(kept) = kept else {
        return Ok(CodeOutcome::Refused);
    };
    let (digest, expires_at, attempts_left): (String, i64, i64) = (kept.get(0), kept.get(1), kept.get(2));
    if expires_at <= attempt.at.0 || attempts_left <= 0 {
        tx.execute("DELETE FROM sign_in_codes WHERE email = $1", &[&email])
            .await?;
        tx.commit().await?;
        return Ok(CodeOutcome::Refused);
    }
    if !constant_time_eq(digest.as_bytes(), attempt.code_digest.as_bytes()) {
        tx.execute(
            "UPDATE sign_in_codes SET attempts_left = attempts_left - 1 WHERE email = $1",
            &[&email],
        )
        .await?;
        tx.commit().await?;
        return Ok(CodeOutcome::Refused);
    }
    tx.execute("DELETE FROM sign_in_codes WHERE email = $1", &[&email])
        .await?;
    tx.execute(
        "INSERT INTO accounts (id, email, identity_level, created_at) VALUES ($1, $2, 'unverified', $3)
         ON CONFLICT (email) DO NOTHING",
        &[&attempt.new_account.0, &email, &attempt.at.0],
    )
    .await?;
    let row = tx
        .query_one(
            "SELECT id, email, identity_level, created_at FROM accounts WHERE email = $1",
            &[&email],
        )
        .await?;
    let account = account_view((row.get(0), row.get(1), row.get(2), row.get(3)))?;
    let device = &attempt.device;
    tx.execute(
        "INSERT INTO devices (id, account_id, name, credential_sha256, signed_in_at, last_used_at)
         VALUES ($1, $2, $3, $4, $5, $5)",
        &[
            &device.id.0,
            &account.id.0,
            &device.name.as_str(),
            &device.credential_sha256,
            &attempt.at.0,
        ],
    )
    .await?;
    insert_access(&tx, &device.id, &device.access, attempt.at).await?;
    tx.commit().await?;
    Ok(CodeOutcome::SignedIn(account))
}

pub(super) async fn insert_access(
    tx: &deadpool_postgres::Transaction<'_>,
    device: &DeviceId,
    access: &NewAccessToken,
    at: UnixMillis,
) -> Result<(), StoreError> {
    tx.execute(
        "DELETE FROM access_tokens WHERE device_id = $1 AND expires_at <= $2",
        &[&device.0, &at.0],
    )
    .await?;
    tx.execute(
        "INSERT INTO access_tokens (token_sha256, device_id, expires_at) VALUES ($1, $2, $3)",
        &[&access.token_sha256, &device.0, &access.expires_at.0],
    )
    .await?;
    Ok(())
}

pub(super) async fn refresh(
    client: &mut Object,
    credential_sha256: &str,
    access: &NewAccessToken,
    at: UnixMillis,
) -> Result<Option<ResidentPrincipal>, StoreError> {
    let tx = client.transaction().await?;
    // Locked, so a revocation running at the same moment either comes first (no token) or waits
    // for this one and then drops the token made here.
    let row = tx
        .query_opt(
            "SELECT d.account_id, d.id, a.identity_level FROM devices d JOIN accounts a ON a.id = d.account_id
             WHERE d.credential_sha256 = $1 AND d.revoked_at IS NULL FOR UPDATE OF d",
            &[&credential_sha256],
        )
        .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let principal = principal(&row)?;
    tx.execute(
        "UPDATE devices SET last_used_at = $2 WHERE id = $1",
        &[&principal.device.0, &at.0],
    )
    .await?;
    insert_access(&tx, &principal.device, access, at).await?;
    tx.commit().await?;
    Ok(Some(principal))
}

pub(super) async fn by_token(
    client: &Object,
    token_sha256: &str,
    at: UnixMillis,
) -> Result<Option<ResidentPrincipal>, StoreError> {
    client
        .query_opt(
            "SELECT d.account_id, d.id, a.identity_level
             FROM access_tokens t JOIN devices d ON d.id = t.device_id JOIN accounts a ON a.id = d.account_id
             WHERE t.token_sha256 = $1 AND t.expires_at > $2 AND d.revoked_at IS NULL",
            &[&token_sha256, &at.0],
        )
        .await?
        .map(|row| principal(&row))
        .transpose()
}

fn principal(row: &Row) -> Result<ResidentPrincipal, StoreError> {
    let level: String = row.get(2);
    Ok(ResidentPrincipal {
        account: AccountId(row.get(0)),
        device: DeviceId(row.get(1)),
        identity_level: IdentityLevel::parse(&level)
            .ok_or_else(|| StoreError::Corrupt(format!("identity level {level:?}")))?,
    })
}

pub(super) async fn account(
    client: &impl GenericClient,
    id: &AccountId,
) -> Result<Option<AccountView>, StoreError> {
    client
        .query_opt(
            "SELECT id, email, identity_level, created_at FROM accounts WHERE id = $1",
            &[&id.0],
        )
        .await?
        .map(|r| account_view((r.get(0), r.get(1), r.get(2), r.get(3))))
        .transpose()
}

pub(super) async fn account_by_email(
    client: &impl GenericClient,
    email: &EmailAddress,
) -> Result<Option<AccountId>, StoreError> {
    Ok(client
        .query_opt("SELECT id FROM accounts WHERE email = $1", &[&email.as_str()])
        .await?
        .map(|r| AccountId(r.get(0))))
}

pub(super) async fn devices(client: &Object, account: &AccountId) -> Result<Vec<DeviceView>, StoreError> {
    client
        .query(
            "SELECT id, name, signed_in_at, last_used_at FROM devices
             WHERE account_id = $1 AND revoked_at IS NULL ORDER BY signed_in_at DESC, id",
            &[&account.0],
        )
        .await?
        .iter()
        .map(|r| device_view((r.get(0), r.get(1), r.get(2), r.get(3))))
        .collect()
}

pub(super) async fn revoke(
    client: &mut Object,
    account: &AccountId,
    device: &DeviceId,
    at: UnixMillis,
) -> Result<bool, StoreError> {
    let tx = client.transaction().await?;
    let changed = tx
        .execute(
            "UPDATE devices SET revoked_at = $3 WHERE id = $2 AND account_id = $1 AND revoked_at IS NULL",
            &[&account.0, &device.0, &at.0],
        )
        .await?;
    // Only the account's own device loses its tokens: asking about someone else's changes nothing.
    if changed == 1 {
        tx.execute("DELETE FROM access_tokens WHERE device_id = $1", &[&device.0])
            .await?;
    }
    tx.commit().await?;
    Ok(changed == 1)
}

pub(super) async fn set_level(
    client: &mut Object,
    account: &AccountId,
    level: IdentityLevel,
    entry: &AuditEntry,
) -> Result<bool, StoreError> {
    let tx = client.transaction().await?;
    let changed = tx
        .execute(
            "UPDATE accounts SET identity_level = $2 WHERE id = $1",
            &[&account.0, &level.as_str()],
        )
        .await?;
    if changed == 1 {
        audit::append(&tx, entry).await?;
    }
    tx.commit().await?;
    Ok(changed == 1)
}
