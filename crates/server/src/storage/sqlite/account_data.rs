//! SQLite side of a resident's own data: the export (one read transaction, so one consistent
//! snapshot) and the account's deletion (one write transaction with the request's idempotency
//! claim). What deletion keeps and why: `docs/accounts.md`.

use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::{AccountExport, AccountId, DeviceId, DeviceName, DeviceRecord};
use madoguchi_domain::application::ApplicationReference;
use madoguchi_domain::booking::BookingReference;
use rusqlite::{Connection, OptionalExtension as _, params};

use super::{accounts, audit, idempotency, passkeys};
use crate::storage::rows::personal_from_change;
use crate::storage::{IdempotencyClaim, StoreError, StoredResponse};

pub(super) fn export(
    conn: &mut Connection,
    account: &AccountId,
    at: UnixMillis,
) -> Result<Option<AccountExport>, StoreError> {
    let tx = conn.transaction()?;
    let Some(view) = accounts::account(&tx, account)? else {
        return Ok(None);
    };
    let devices = tx
        .prepare(
            "SELECT id, name, signed_in_at, last_used_at, revoked_at FROM devices
             WHERE account_id = ?1 ORDER BY signed_in_at DESC, id",
        )?
        .query_map([&account.0], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .map(|row| device_record(row?))
        .collect::<Result<Vec<_>, _>>()?;
    let notices = tx
        .prepare("SELECT change FROM notice_events WHERE account_id = ?1 ORDER BY id DESC")?
        .query_map([&account.0], |r| r.get::<_, String>(0))?
        .map(|json| personal_from_change(&json?))
        .collect::<Result<Vec<_>, _>>()?;
    let applications = tx
        .prepare("SELECT reference FROM application_accounts WHERE account_id = ?1 ORDER BY reference")?
        .query_map([&account.0], |r| r.get::<_, String>(0))?
        .map(|reference| Ok(ApplicationReference(reference?)))
        .collect::<Result<Vec<_>, StoreError>>()?;
    let linked = |table: &str| -> Result<Vec<BookingReference>, StoreError> {
        Ok(tx
            .prepare(&format!(
                "SELECT reference FROM {table} WHERE account_id = ?1 ORDER BY id"
            ))?
            .query_map([&account.0], |r| r.get::<_, String>(0))?
            .map(|reference| reference.map(BookingReference))
            .collect::<Result<_, _>>()?)
    };
    let (bookings, waitlist) = (linked("bookings")?, linked("waitlist")?);
    Ok(Some(AccountExport {
        exported_at: at,
        account: view,
        devices,
        passkeys: passkeys::views(&tx, account)?,
        audit: audit::about(&tx, account)?,
        notices,
        applications,
        bookings,
        waitlist,
    }))
}

/// A device's row `(id, name, signed_in_at, last_used_at, revoked_at)`.
fn device_record(
    (id, name, signed_in_at, last_used_at, revoked_at): (String, String, i64, i64, Option<i64>),
) -> Result<DeviceRecord, StoreError> {
    Ok(DeviceRecord {
        id: DeviceId(id),
        name: DeviceName::parse(&name).ok_or_else(|| StoreError::Corrupt("a device's name".into()))?,
        signed_in_at: UnixMillis(signed_in_at),
        last_used_at: UnixMillis(last_used_at),
        signed_out_at: revoked_at.map(UnixMillis),
    })
}

pub(super) fn delete(
    tx: &Connection,
    account: &AccountId,
    claim: &IdempotencyClaim,
    response: &StoredResponse,
) -> Result<bool, StoreError> {
    let email: Option<String> = tx
        .query_row("SELECT email FROM accounts WHERE id = ?1", [&account.0], |r| {
            r.get(0)
        })
        .optional()?;
    let Some(email) = email else {
        return Ok(false);
    };
    let scope = crate::storage::scope_key_prefix(&account.0);
    // Bookings and waitlist places stay with the city (each is its receipt holder's); only their
    // link to the account goes.
    for table in ["bookings", "waitlist"] {
        tx.execute(
            &format!("UPDATE {table} SET account_id = NULL WHERE account_id = ?1"),
            [&account.0],
        )?;
    }
    // Children first, so no foreign key is left pointing at the account.
    tx.execute("DELETE FROM sign_in_codes WHERE email = ?1", [&email])?;
    tx.execute(
        "DELETE FROM access_tokens WHERE device_id IN (SELECT id FROM devices WHERE account_id = ?1)",
        [&account.0],
    )?;
    tx.execute("DELETE FROM devices WHERE account_id = ?1", [&account.0])?;
    tx.execute("DELETE FROM passkeys WHERE account_id = ?1", [&account.0])?;
    tx.execute(
        "DELETE FROM passkey_challenges WHERE account_id = ?1",
        [&account.0],
    )?;
    tx.execute("DELETE FROM notice_events WHERE account_id = ?1", [&account.0])?;
    tx.execute(
        "DELETE FROM application_accounts WHERE account_id = ?1",
        [&account.0],
    )?;
    tx.execute(
        "UPDATE applications SET account_id = NULL WHERE account_id = ?1",
        [&account.0],
    )?;
    // Files the resident sent that no application quotes go with the account; those an
    // application quotes stay with it, no longer named as the account's.
    let owner = crate::storage::account_owner(account);
    tx.execute(
        "DELETE FROM attachments WHERE owner = ?1 AND application_id IS NULL",
        [&owner],
    )?;
    tx.execute("UPDATE attachments SET owner = NULL WHERE owner = ?1", [&owner])?;
    tx.execute(
        "DELETE FROM idempotency_keys WHERE substr(key, 1, length(?1)) = ?1 AND key <> ?2",
        params![scope, claim.stored_key()],
    )?;
    tx.execute("DELETE FROM accounts WHERE id = ?1", [&account.0])?;
    idempotency::finish_with_write(tx, claim, response)?;
    Ok(true)
}
