//! SQLite side of residents' accounts, devices and access tokens. Writes run on the one writer
//! (`writer.rs`), so a code's check and its spending cannot interleave with another try.

use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::{
    AccountId, AccountView, AuditEntry, DeviceId, DeviceView, EmailAddress, IdentityLevel,
};
use rusqlite::{Connection, OptionalExtension as _, params};

use super::audit;
use crate::credentials::constant_time_eq;
use crate::storage::rows::{account_view, device_view};
use crate::storage::{CodeAttempt, CodeOutcome, NewAccessToken, ResidentPrincipal, StoreError};

pub(super) fn put_code(
    tx: &Connection,
    email: &EmailAddress,
    digest: &str,
    expires_at: UnixMillis,
    attempts: u32,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO sign_in_codes (email, code_sha256, expires_at, attempts_left) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (email) DO UPDATE SET code_sha256 = excluded.code_sha256,
             expires_at = excluded.expires_at, attempts_left = excluded.attempts_left",
        params![email.as_str(), digest, expires_at.0, attempts],
    )?;
    Ok(())
}

pub(super) fn sign_in(tx: &Connection, attempt: &CodeAttempt) -> Result<CodeOutcome, StoreError> {
    let email = attempt.email.as_str();
    let kept: Option<(String, i64, i64)> = tx
        .query_row(
            "SELECT code_sha256, expires_at, attempts_left FROM sign_in_codes WHERE email = ?1",
            [email],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let Some((digest, expires_at, attempts_left)) = kept else {
        return Ok(CodeOutcome::Refused);
    };
    if expires_at <= attempt.at.0 || attempts_left <= 0 {
        tx.execute("DELETE FROM sign_in_codes WHERE email = ?1", [email])?;
        return Ok(CodeOutcome::Refused);
    }
    if !constant_time_eq(digest.as_bytes(), attempt.code_digest.as_bytes()) {
        tx.execute(
            "UPDATE sign_in_codes SET attempts_left = attempts_left - 1 WHERE email = ?1",
            [email],
        )?;
        return Ok(CodeOutcome::Refused);
    }
    tx.execute("DELETE FROM sign_in_codes WHERE email = ?1", [email])?;
    tx.execute(
        "INSERT INTO accounts (id, email, identity_level, created_at) VALUES (?1, ?2, 'unverified', ?3)
         ON CONFLICT (email) DO NOTHING",
        params![attempt.new_account.0, email, attempt.at.0],
    )?;
    let account = tx.query_row(
        "SELECT id, email, identity_level, created_at FROM accounts WHERE email = ?1",
        [email],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    let account = account_view(account)?;
    let device = &attempt.device;
    tx.execute(
        "INSERT INTO devices (id, account_id, name, credential_sha256, signed_in_at, last_used_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![
            device.id.0,
            account.id.0,
            device.name.as_str(),
            device.credential_sha256,
            attempt.at.0
        ],
    )?;
    insert_access(tx, &device.id, &device.access, attempt.at)?;
    Ok(CodeOutcome::SignedIn(account))
}

/// Keeps a new access token, dropping the device's expired ones on the way.
pub(super) fn insert_access(
    tx: &Connection,
    device: &DeviceId,
    access: &NewAccessToken,
    at: UnixMillis,
) -> Result<(), StoreError> {
    tx.execute(
        "DELETE FROM access_tokens WHERE device_id = ?1 AND expires_at <= ?2",
        params![device.0, at.0],
    )?;
    tx.execute(
        "INSERT INTO access_tokens (token_sha256, device_id, expires_at) VALUES (?1, ?2, ?3)",
        params![access.token_sha256, device.0, access.expires_at.0],
    )?;
    Ok(())
}

pub(super) fn refresh(
    tx: &Connection,
    credential_sha256: &str,
    access: &NewAccessToken,
    at: UnixMillis,
) -> Result<Option<ResidentPrincipal>, StoreError> {
    let principal = tx
        .query_row(
            "SELECT d.account_id, d.id, a.identity_level FROM devices d JOIN accounts a ON a.id = d.account_id
             WHERE d.credential_sha256 = ?1 AND d.revoked_at IS NULL",
            [credential_sha256],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?
        .map(principal)
        .transpose()?;
    if let Some(p) = &principal {
        tx.execute(
            "UPDATE devices SET last_used_at = ?2 WHERE id = ?1",
            params![p.device.0, at.0],
        )?;
        insert_access(tx, &p.device, access, at)?;
    }
    Ok(principal)
}

pub(super) fn by_token(
    conn: &mut Connection,
    token_sha256: &str,
    at: UnixMillis,
) -> Result<Option<ResidentPrincipal>, StoreError> {
    conn.query_row(
        "SELECT d.account_id, d.id, a.identity_level
         FROM access_tokens t JOIN devices d ON d.id = t.device_id JOIN accounts a ON a.id = d.account_id
         WHERE t.token_sha256 = ?1 AND t.expires_at > ?2 AND d.revoked_at IS NULL",
        params![token_sha256, at.0],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .optional()?
    .map(principal)
    .transpose()
}

fn principal((account, device, level): (String, String, String)) -> Result<ResidentPrincipal, StoreError> {
    Ok(ResidentPrincipal {
        account: AccountId(account),
        device: DeviceId(device),
        identity_level: IdentityLevel::parse(&level)
            .ok_or_else(|| StoreError::Corrupt(format!("identity level {level:?}")))?,
    })
}

pub(super) fn account(conn: &Connection, id: &AccountId) -> Result<Option<AccountView>, StoreError> {
    conn.query_row(
        "SELECT id, email, identity_level, created_at FROM accounts WHERE id = ?1",
        [&id.0],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )
    .optional()?
    .map(account_view)
    .transpose()
}

pub(super) fn account_by_email(
    conn: &Connection,
    email: &EmailAddress,
) -> Result<Option<AccountId>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT id FROM accounts WHERE email = ?1",
            [email.as_str()],
            |r| r.get::<_, String>(0),
        )
        .optional()?
        .map(AccountId))
}

pub(super) fn devices(conn: &mut Connection, account: &AccountId) -> Result<Vec<DeviceView>, StoreError> {
    conn.prepare(
        "SELECT id, name, signed_in_at, last_used_at FROM devices
         WHERE account_id = ?1 AND revoked_at IS NULL ORDER BY signed_in_at DESC, id",
    )?
    .query_map([&account.0], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
    .map(|row| device_view(row?))
    .collect()
}

pub(super) fn revoke(
    tx: &Connection,
    account: &AccountId,
    device: &DeviceId,
    at: UnixMillis,
) -> Result<bool, StoreError> {
    let changed = tx.execute(
        "UPDATE devices SET revoked_at = ?3 WHERE id = ?2 AND account_id = ?1 AND revoked_at IS NULL",
        params![account.0, device.0, at.0],
    )?;
    // Only the account's own device loses its tokens: asking about someone else's changes nothing.
    if changed == 1 {
        tx.execute("DELETE FROM access_tokens WHERE device_id = ?1", [&device.0])?;
    }
    Ok(changed == 1)
}

pub(super) fn set_level(
    tx: &Connection,
    account: &AccountId,
    level: IdentityLevel,
    entry: &AuditEntry,
) -> Result<bool, StoreError> {
    let changed = tx.execute(
        "UPDATE accounts SET identity_level = ?2 WHERE id = ?1",
        params![account.0, level.as_str()],
    )?;
    if changed == 1 {
        audit::append(tx, entry)?;
    }
    Ok(changed == 1)
}
