//! Signing a device out on the city's server, as an outbox item like every mutation: this
//! device's sign-out (queued behind the items of the device, `NewItem::ends_principal`) and the
//! revocation of another of the resident's devices. Queued offline, they go when the city can be
//! reached; the device list is read live, so nothing on the device records their answer.

use madoguchi_domain::{ApiError, IdempotencyKey, UnixMillis};
use rusqlite::{Connection, Transaction};

use super::cached;
use crate::outbox::{self, NewItem};
use crate::store::StoreError;

pub const SIGN_OUT_PATH: &str = "api/v1/account/sign-out";

/// The outbox kind of both.
pub struct AccountKind;

impl outbox::Kind for AccountKind {
    fn name(&self) -> &'static str {
        "account"
    }

    fn on_delivered(
        &self,
        _tx: &Transaction<'_>,
        _local_id: i64,
        _response: &[u8],
    ) -> Result<(), StoreError> {
        Ok(())
    }

    fn on_refused(&self, tx: &Transaction<'_>, _local_id: i64, error: &ApiError) -> Result<(), StoreError> {
        // Refused means done already: the credential was revoked (401: signed out elsewhere, or
        // gone), the device is not in the list (404). A stopped item would only hold up the
        // queue, so it leaves it.
        tracing::info!(code = ?error.code, "account: the city had already done it");
        tx.execute(
            "DELETE FROM outbox WHERE kind = 'account' AND failed_code IS NOT NULL",
            [],
        )?;
        Ok(())
    }

    fn on_resent(&self, _tx: &Transaction<'_>, _local_id: i64) -> Result<(), StoreError> {
        Ok(())
    }

    fn repeatable(&self) -> bool {
        true
    }
}

/// Queues `device`'s sign-out behind its items and stops queuing as it (the signed-in row goes),
/// in one transaction.
pub fn queue_sign_out(
    conn: &mut Connection,
    device: &str,
    key: &IdempotencyKey,
    now: UnixMillis,
) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    cached::forget(&tx)?;
    queue(&tx, device, SIGN_OUT_PATH, key, true, now)?;
    tx.commit()?;
    Ok(())
}

/// Queues signing `other` out, as the signed-in `device`.
pub fn queue_revoke(
    conn: &mut Connection,
    device: &str,
    other: &str,
    key: &IdempotencyKey,
    now: UnixMillis,
) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    let path = format!("api/v1/account/devices/{other}/revoke");
    queue(&tx, device, &path, key, false, now)?;
    tx.commit()?;
    Ok(())
}

fn queue(
    tx: &Transaction<'_>,
    device: &str,
    path: &str,
    key: &IdempotencyKey,
    ends_principal: bool,
    now: UnixMillis,
) -> Result<(), StoreError> {
    outbox::enqueue(
        tx,
        &NewItem {
            resource: format!("account/{device}"),
            kind: &AccountKind,
            local_id: 0,
            method: "POST",
            path,
            body: "{}".to_owned(),
            key: key.clone(),
            as_device: Some(device.to_owned()),
            ends_principal,
        },
        now,
    )?;
    Ok(())
}
