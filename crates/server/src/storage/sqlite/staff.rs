//! SQLite side of staff accounts and sessions.

use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::{Role, Username};
use rusqlite::{Connection, OptionalExtension as _, params};

use crate::storage::{NewStaff, StaffCredentials, StaffPrincipal, StoreError};

pub(super) fn create(tx: &Connection, staff: &NewStaff) -> Result<bool, StoreError> {
    let inserted = tx.execute(
        "INSERT INTO staff (username, role, password_hash, totp_secret, created_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (username) DO NOTHING",
        params![
            staff.username.as_str(),
            staff.role.as_str(),
            staff.password_hash,
            staff.totp_secret,
            staff.at.0
        ],
    )?;
    Ok(inserted == 1)
}

pub(super) fn credentials(
    conn: &mut Connection,
    username: &Username,
) -> Result<Option<StaffCredentials>, StoreError> {
    conn.query_row(
        "SELECT role, password_hash, totp_secret FROM staff WHERE username = ?1",
        [username.as_str()],
        |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?)),
    )
    .optional()?
    .map(|(role, password_hash, totp_secret)| {
        Ok(StaffCredentials {
            role: parse_role(&role)?,
            password_hash,
            totp_secret,
        })
    })
    .transpose()
}

pub(super) fn start_session(
    tx: &Connection,
    username: &Username,
    step: u64,
    token_sha256: &str,
    expires_at: UnixMillis,
) -> Result<bool, StoreError> {
    let step = i64::try_from(step).unwrap_or(i64::MAX);
    // The step is compared and recorded in one statement: a code replayed (or raced) signs in once.
    let fresh = tx.execute(
        "UPDATE staff SET last_totp_step = ?2 WHERE username = ?1 AND last_totp_step < ?2",
        params![username.as_str(), step],
    )?;
    if fresh == 0 {
        return Ok(false);
    }
    tx.execute(
        "INSERT INTO staff_sessions (token_sha256, username, expires_at) VALUES (?1, ?2, ?3)",
        params![token_sha256, username.as_str(), expires_at.0],
    )?;
    Ok(true)
}

pub(super) fn by_token(
    conn: &mut Connection,
    token_sha256: &str,
    at: UnixMillis,
) -> Result<Option<StaffPrincipal>, StoreError> {
    conn.query_row(
        "SELECT s.username, s.role FROM staff_sessions x JOIN staff s ON s.username = x.username
         WHERE x.token_sha256 = ?1 AND x.expires_at > ?2 AND x.revoked_at IS NULL",
        params![token_sha256, at.0],
        |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
    )
    .optional()?
    .map(|(username, role)| {
        Ok(StaffPrincipal {
            username: Username::parse(&username)
                .ok_or_else(|| StoreError::Corrupt(format!("staff username {username:?}")))?,
            role: parse_role(&role)?,
        })
    })
    .transpose()
}

pub(super) fn end_session(tx: &Connection, token_sha256: &str, at: UnixMillis) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE staff_sessions SET revoked_at = ?2 WHERE token_sha256 = ?1 AND revoked_at IS NULL",
        params![token_sha256, at.0],
    )?;
    Ok(())
}

fn parse_role(role: &str) -> Result<Role, StoreError> {
    Role::parse(role).ok_or_else(|| StoreError::Corrupt(format!("staff role {role:?}")))
}
