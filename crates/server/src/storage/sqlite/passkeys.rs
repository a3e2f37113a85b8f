//! SQLite side of passkeys. Writes run on the one writer, so taking a challenge (a `DELETE …
//! RETURNING`) can never hand one ceremony's state to two answers.

use async_trait::async_trait;
use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::{AccountId, AccountView, PasskeyChallengeId, PasskeyId, PasskeyView};
use rusqlite::{Connection, OptionalExtension as _, params};

use super::{SqliteStore, accounts, idempotency};
use crate::storage::passkeys::{
    ChallengePurpose, NewChallenge, NewPasskey, PasskeyAdded, PasskeyStore, StoredPasskey,
};
use crate::storage::rows::{PasskeyRow, passkey_row};
use crate::storage::{IdempotencyClaim, NewDevice, Respond, StoreError, StoredResponse};

const COLUMNS: &str = "id, account_id, name, credential_id, user_handle, passkey, created_at, last_used_at";

fn read_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<PasskeyRow> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
    ))
}

pub(super) fn views(conn: &Connection, account: &AccountId) -> Result<Vec<PasskeyView>, StoreError> {
    Ok(list(conn, account)?.into_iter().map(|p| p.view).collect())
}

fn list(conn: &Connection, account: &AccountId) -> Result<Vec<StoredPasskey>, StoreError> {
    conn.prepare(&format!(
        "SELECT {COLUMNS} FROM passkeys WHERE account_id = ?1 ORDER BY created_at DESC, id"
    ))?
    .query_map([&account.0], read_row)?
    .map(|row| passkey_row(row?))
    .collect()
}

fn put(tx: &Connection, challenge: &NewChallenge, at: UnixMillis) -> Result<(), StoreError> {
    tx.execute("DELETE FROM passkey_challenges WHERE expires_at <= ?1", [at.0])?;
    tx.execute(
        "INSERT INTO passkey_challenges (id, purpose, account_id, state, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            challenge.id.as_str(),
            challenge.purpose.as_str(),
            challenge.account.as_ref().map(|a| a.0.as_str()),
            challenge.state,
            challenge.expires_at.0
        ],
    )?;
    Ok(())
}

fn take(
    tx: &Connection,
    id: &PasskeyChallengeId,
    purpose: ChallengePurpose,
    account: Option<&AccountId>,
    at: UnixMillis,
) -> Result<Option<String>, StoreError> {
    let taken: Option<(String, i64)> = tx
        .query_row(
            "DELETE FROM passkey_challenges WHERE id = ?1 AND purpose = ?2 AND account_id IS ?3
             RETURNING state, expires_at",
            params![id.as_str(), purpose.as_str(), account.map(|a| a.0.as_str())],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(taken
        .filter(|(_, expires_at)| *expires_at > at.0)
        .map(|(state, _)| state))
}

fn add(
    tx: &Connection,
    account: &AccountId,
    passkey: &NewPasskey,
    claim: &IdempotencyClaim,
    response: &StoredResponse,
) -> Result<PasskeyAdded, StoreError> {
    if accounts::account(tx, account)?.is_none() {
        return Ok(PasskeyAdded::NoAccount);
    }
    let taken: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM passkeys WHERE credential_id = ?1)",
        [&passkey.credential_id],
        |r| r.get(0),
    )?;
    if taken {
        return Ok(PasskeyAdded::CredentialTaken);
    }
    tx.execute(
        "INSERT INTO passkeys (id, account_id, name, credential_id, user_handle, passkey, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            passkey.id.0,
            account.0,
            passkey.name.as_str(),
            passkey.credential_id,
            passkey.user_handle,
            passkey.passkey,
            passkey.at.0
        ],
    )?;
    idempotency::finish_with_write(tx, claim, response)?;
    Ok(PasskeyAdded::Added(PasskeyView {
        id: passkey.id.clone(),
        name: passkey.name.clone(),
        created_at: passkey.at,
        last_used_at: None,
    }))
}

fn sign_in(
    tx: &Connection,
    credential_id: &str,
    passkey: &str,
    device: &NewDevice,
    at: UnixMillis,
) -> Result<Option<AccountView>, StoreError> {
    let account: Option<String> = tx
        .query_row(
            "UPDATE passkeys SET passkey = ?2, last_used_at = ?3 WHERE credential_id = ?1 RETURNING account_id",
            params![credential_id, passkey, at.0],
            |r| r.get(0),
        )
        .optional()?;
    let Some(account) = account.and_then(|id| accounts::account(tx, &AccountId(id)).transpose()) else {
        return Ok(None);
    };
    let account = account?;
    tx.execute(
        "INSERT INTO devices (id, account_id, name, credential_sha256, signed_in_at, last_used_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![
            device.id.0,
            account.id.0,
            device.name.as_str(),
            device.credential_sha256,
            at.0
        ],
    )?;
    accounts::insert_access(tx, &device.id, &device.access, at)?;
    Ok(Some(account))
}

#[async_trait]
impl PasskeyStore for SqliteStore {
    async fn put_passkey_challenge(&self, challenge: NewChallenge, at: UnixMillis) -> Result<(), StoreError> {
        self.write(move |tx| put(tx, &challenge, at)).await
    }

    async fn take_passkey_challenge(
        &self,
        id: PasskeyChallengeId,
        purpose: ChallengePurpose,
        account: Option<AccountId>,
        at: UnixMillis,
    ) -> Result<Option<String>, StoreError> {
        self.write(move |tx| take(tx, &id, purpose, account.as_ref(), at))
            .await
    }

    async fn passkeys(&self, account: AccountId) -> Result<Vec<StoredPasskey>, StoreError> {
        self.read(move |conn| list(conn, &account)).await
    }

    async fn passkey_by_credential(
        &self,
        credential_id: String,
    ) -> Result<Option<StoredPasskey>, StoreError> {
        self.read(move |conn| {
            conn.query_row(
                &format!("SELECT {COLUMNS} FROM passkeys WHERE credential_id = ?1"),
                [&credential_id],
                read_row,
            )
            .optional()?
            .map(passkey_row)
            .transpose()
        })
        .await
    }

    async fn add_passkey(
        &self,
        account: AccountId,
        passkey: NewPasskey,
        claim: IdempotencyClaim,
        respond: Respond<PasskeyView>,
    ) -> Result<PasskeyAdded, StoreError> {
        let response = respond(&PasskeyView {
            id: passkey.id.clone(),
            name: passkey.name.clone(),
            created_at: passkey.at,
            last_used_at: None,
        });
        self.write(move |tx| add(tx, &account, &passkey, &claim, &response))
            .await
    }

    async fn sign_in_with_passkey(
        &self,
        credential_id: String,
        passkey: String,
        device: NewDevice,
        at: UnixMillis,
    ) -> Result<Option<AccountView>, StoreError> {
        self.write(move |tx| sign_in(tx, &credential_id, &passkey, &device, at))
            .await
    }

    async fn delete_passkey(&self, account: AccountId, id: PasskeyId) -> Result<bool, StoreError> {
        self.write(move |tx| {
            Ok(tx.execute(
                "DELETE FROM passkeys WHERE id = ?1 AND account_id = ?2",
                params![id.0, account.0],
            )? == 1)
        })
        .await
    }
}
