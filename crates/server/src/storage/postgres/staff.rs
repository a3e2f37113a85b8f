//! PostgreSQL side of staff accounts and sessions.

use deadpool_postgres::Object;
use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::{Role, Username};

use crate::storage::{NewStaff, StaffCredentials, StaffPrincipal, StoreError};

pub(super) async fn create(client: &Object, staff: &NewStaff) -> Result<bool, StoreError> {
    let inserted = client
        .execute(
            "INSERT INTO staff (username, role, password_hash, totp_secret, created_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (username) DO NOTHING",
            &[
                &staff.username.as_str(),
                &staff.role.as_str(),
                &staff.password_hash,
                &staff.totp_secret,
                &staff.at.0,
            ],
        )
        .await?;
    Ok(inserted == 1)
}

pub(super) async fn credentials(
    client: &Object,
    username: &Username,
) -> Result<Option<StaffCredentials>, StoreError> {
    client
        .query_opt(
            "SELECT role, password_hash, totp_secret FROM staff WHERE username = $1",
            &[&username.as_str()],
        )
        .await?
        .map(|r| {
            Ok(StaffCredentials {
                role: parse_role(r.get(0))?,
                password_hash: r.get(1),
                totp_secret: r.get(2),
            })
        })
        .transpose()
}

pub(super) async fn start_session(
    client: &mut Object,
    username: &Username,
    step: u64,
    token_sha256: &str,
    expires_at: UnixMillis,
) -> Result<bool, StoreError> {
    let step = i64::try_from(step).unwrap_or(i64::MAX);
    let tx = client.transaction().await?;
    // One statement compares and records the step (the row is locked by the UPDATE), so a code
    // replayed on another instance at the same moment signs in once.
    let fresh = tx
        .execute(
            "UPDATE staff SET last_totp_step = $2 WHERE username = $1 AND last_totp_step < $2",
            &[&username.as_str(), &step],
        )
        .await?;
    if fresh == 0 {
        return Ok(false);
    }
    tx.execute(
        "INSERT INTO staff_sessions (token_sha256, username, expires_at) VALUES ($1, $2, $3)",
        &[&token_sha256, &username.as_str(), &expires_at.0],
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

pub(super) async fn by_token(
    client: &Object,
    token_sha256: &str,
    at: UnixMillis,
) -> Result<Option<StaffPrincipal>, StoreError> {
    client
        .query_opt(
            "SELECT s.username, s.role FROM staff_sessions x JOIN staff s ON s.username = x.username
             WHERE x.token_sha256 = $1 AND x.expires_at > $2 AND x.revoked_at IS NULL",
            &[&token_sha256, &at.0],
        )
        .await?
        .map(|r| {
            let username: String = r.get(0);
            Ok(StaffPrincipal {
                username: Username::parse(&username)
                    .ok_or_else(|| StoreError::Corrupt(format!("staff username {username:?}")))?,
                role: parse_role(r.get(1))?,
            })
        })
        .transpose()
}

pub(super) async fn end_session(
    client: &Object,
    token_sha256: &str,
    at: UnixMillis,
) -> Result<(), StoreError> {
    client
        .execute(
            "UPDATE staff_sessions SET revoked_at = $2 WHERE token_sha256 = $1 AND revoked_at IS NULL",
            &[&token_sha256, &at.0],
        )
        .await?;
    Ok(())
}

fn parse_role(role: &str) -> Result<Role, StoreError> {
    Role::parse(role).ok_or_else(|| StoreError::Corrupt(format!("staff role {role:?}")))
}
