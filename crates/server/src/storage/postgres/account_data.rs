//! PostgreSQL side of a resident's own data: the export (one repeatable-read transaction, so one
//! consistent snapshot) and the account's deletion (one transaction with the request's idempotency
//! claim; the account's row is locked first, so a sign-in racing the deletion either finishes
//! before it or finds no account to add a device to). What deletion keeps and why:
//! `docs/accounts.md`.

use deadpool_postgres::Object;
use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::{AccountExport, AccountId, DeviceId, DeviceName, DeviceRecord};
use madoguchi_domain::application::ApplicationReference;
use madoguchi_domain::booking::BookingReference;

use super::{accounts, audit, idempotency, passkeys};
use crate::storage::rows::personal_from_change;
use crate::storage::{IdempotencyClaim, StoreError, StoredResponse};

pub(super) async fn export(
    client: &mut Object,
    account: &AccountId,
    at: UnixMillis,
) -> Result<Option<AccountExport>, StoreError> {
    let tx = client
        .build_transaction()
        .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()
        .await?;
    let Some(view) = accounts::account(&tx, account).await? else {
        return Ok(None);
    };
    let devices = tx
        .query(
            "SELECT id, name, signed_in_at, last_used_at, revoked_at FROM devices
             WHERE account_id = $1 ORDER BY signed_in_at DESC, id",
            &[&account.0],
        )
        .await?
        .iter()
        .map(|r| {
            let name: String = r.get(1);
            Ok(DeviceRecord {
                id: DeviceId(r.get(0)),
                name: DeviceName::parse(&name)
                    .ok_or_else(|| StoreError::Corrupt("a device's name".into()))?,
                signed_in_at: UnixMillis(r.get(2)),
                last_used_at: UnixMillis(r.get(3)),
                signed_out_at: r.get::<_, Option<i64>>(4).map(UnixMillis),
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    let notices = tx
        .query(
            "SELECT change FROM notice_events WHERE account_id = $1 ORDER BY id DESC",
            &[&account.0],
        )
        .await?
        .iter()
        .map(|r| personal_from_change(r.get(0)))
        .collect::<Result<Vec<_>, _>>()?;
    let applications = tx
        .query(
            "SELECT reference FROM application_accounts WHERE account_id = $1 ORDER BY reference",
            &[&account.0],
        )
        .await?
        .iter()
        .map(|r| ApplicationReference(r.get(0)))
        .collect();
    let linked = |table: &'static str| {
        let tx = &tx;
        async move {
            Ok::<_, StoreError>(
                tx.query(
                    &format!("SELECT reference FROM {table} WHERE account_id = $1 ORDER BY id"),
                    &[&account.0],
                )
                .await?
                .iter()
                .map(|r| BookingReference(r.get(0)))
                .collect::<Vec<_>>(),
            )
        }
    };
    let bookings = linked("bookings").await?;
    let waitlist = linked("waitlist").await?;
    let audit = audit::about(&tx, account).await?;
    let passkeys = passkeys::views(&tx, account).await?;
    tx.commit().await?;
    Ok(Some(AccountExport {
        exported_at: at,
        account: view,
        devices,
        passkeys,
        audit,
        notices,
        applications,
        bookings,
        waitlist,
    }))
}

pub(super) async fn delete(
    client: &mut Object,
    account: &AccountId,
    claim: &IdempotencyClaim,
    response: &StoredResponse,
) -> Result<bool, StoreError> {
    let tx = client.transaction().await?;
    let Some(row) = tx
        .query_opt(
            "SELECT email FROM accounts WHERE id = $1 FOR UPDATE",
            &[&account.0],
        )
        .await?
    else {
        return Ok(false);
    };
    let email: String = row.get(0);
    let scope = crate::storage::scope_key_prefix(&account.0);
    // Bookings and waitlist places stay with the city (each is its receipt holder's); only their
    // link to the account goes. Before the personal notices: a reminder sweep holding a booking's
    // row commits first (this waits for it), so the notice it wrote is deleted below; one that
    // comes after finds the booking unlinked. The rows are locked in id order, as the sweep locks
    // them, so the two never wait on each other in a cycle.
    tx.execute(
        "UPDATE bookings SET account_id = NULL WHERE id IN (
             SELECT id FROM bookings WHERE account_id = $1 ORDER BY id FOR UPDATE)",
        &[&account.0],
    )
    .await?;
    tx.execute(
        "UPDATE waitlist SET account_id = NULL WHERE account_id = $1",
        &[&account.0],
    )
    .await?;
    // Children first, so no foreign key is left pointing at the account.
    tx.execute("DELETE FROM sign_in_codes WHERE email = $1", &[&email])
        .await?;
    tx.execute(
        "DELETE FROM access_tokens WHERE device_id IN (SELECT id FROM devices WHERE account_id = $1)",
        &[&account.0],
    )
    .await?;
    tx.execute("DELETE FROM devices WHERE account_id = $1", &[&account.0])
        .await?;
    tx.execute("DELETE FROM passkeys WHERE account_id = $1", &[&account.0])
        .await?;
    tx.execute(
        "DELETE FROM passkey_challenges WHERE account_id = $1",
        &[&account.0],
    )
    .await?;
    tx.execute("DELETE FROM notice_events WHERE account_id = $1", &[&account.0])
        .await?;
    tx.execute(
        "DELETE FROM application_accounts WHERE account_id = $1",
        &[&account.0],
    )
    .await?;
    tx.execute(
        "UPDATE applications SET account_id = NULL WHERE account_id = $1",
        &[&account.0],
    )
    .await?;
    // As in SQLite: unquoted files go with the account, quoted ones stay with their application.
    let owner = crate::storage::account_owner(account);
    tx.execute(
        "DELETE FROM attachments WHERE owner = $1 AND application_id IS NULL",
        &[&owner],
    )
    .await?;
    tx.execute("UPDATE attachments SET owner = NULL WHERE owner = $1", &[&owner])
        .await?;
    tx.execute(
        "DELETE FROM idempotency_keys WHERE left(key, char_length($1)) = $1 AND key <> $2",
        &[&scope, &claim.stored_key()],
    )
    .await?;
    tx.execute("DELETE FROM accounts WHERE id = $1", &[&account.0])
        .await?;
    idempotency::finish_with_write(&tx, claim, response).await?;
    tx.commit().await?;
    Ok(true)
}
