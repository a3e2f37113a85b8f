//! PostgreSQL side of passkeys. A challenge is taken by one `DELETE … RETURNING`, so two
//! instances answering the same challenge cannot both find it; a passkey's registration and a
//! sign-in with one hold the account's row (`FOR KEY SHARE`), as a booking does, so a deletion of
//! the account (which locks that row first) either commits before them or after.

use async_trait::async_trait;
use deadpool_postgres::GenericClient;
use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::{AccountId, AccountView, PasskeyChallengeId, PasskeyId, PasskeyView};
use tokio_postgres::Row;

use super::{PostgresStore, accounts, idempotency};
use crate::storage::passkeys::{
    ChallengePurpose, NewChallenge, NewPasskey, PasskeyAdded, PasskeyStore, StoredPasskey,
};
use crate::storage::rows::passkey_row;
use crate::storage::{IdempotencyClaim, NewDevice, Respond, StoreError};

const COLUMNS: &str = "id, account_id, name, credential_id, user_handle, passkey, created_at, last_used_at";

fn stored(r: &Row) -> Result<StoredPasskey, StoreError> {
    passkey_row((
        r.get(0),
        r.get(1),
        r.get(2),
        r.get(3),
        r.get(4),
        r.get(5),
        r.get(6),
        r.get(7),
    ))
}

pub(super) async fn views(
    client: &impl GenericClient,
    account: &AccountId,
) -> Result<Vec<PasskeyView>, StoreError> {
    Ok(list(client, account).await?.into_iter().map(|p| p.view).collect())
}

async fn list(client: &impl GenericClient, account: &AccountId) -> Result<Vec<StoredPasskey>, StoreError> {
    client
        .query(
            &format!("SELECT {COLUMNS} FROM passkeys WHERE account_id = $1 ORDER BY created_at DESC, id"),
            &[&account.0],
        )
        .await?
        .iter()
        .map(stored)
        .collect()
}

/// Locks the account's row against deletion until the transaction ends; false when it is gone.
async fn hold_account(client: &impl GenericClient, account: &str) -> Result<bool, StoreError> {
    Ok(client
        .query_opt("SELECT 1 FROM accounts WHERE id = $1 FOR KEY SHARE", &[&account])
        .await?
        .is_some())
}

#[async_trait]
impl PasskeyStore for PostgresStore {
    async fn put_passkey_challenge(&self, challenge: NewChallenge, at: UnixMillis) -> Result<(), StoreError> {
        let client = self.conn().await?;
        client
            .execute("DELETE FROM passkey_challenges WHERE expires_at <= $1", &[&at.0])
            .await?;
        client
            .execute(
                "INSERT INTO passkey_challenges (id, purpose, account_id, state, expires_at) VALUES ($1, $2, $3, $4, $5)",
                &[
                    &challenge.id.as_str(),
                    &challenge.purpose.as_str(),
                    &challenge.account.as_ref().map(|a| a.0.as_str()),
                    &challenge.state,
                    &challenge.expires_at.0,
                ],
            )
            .await?;
        Ok(())
    }

    async fn take_passkey_challenge(
        &self,
        id: PasskeyChallengeId,
        purpose: ChallengePurpose,
        account: Option<AccountId>,
        at: UnixMillis,
    ) -> Result<Option<String>, StoreError> {
        let row = self
            .conn()
            .await?
            .query_opt(
                "DELETE FROM passkey_challenges
                 WHERE id = $1 AND purpose = $2 AND account_id IS NOT DISTINCT FROM $3
                 RETURNING state, expires_at",
                &[
                    &id.as_str(),
                    &purpose.as_str(),
                    &account.as_ref().map(|a| a.0.as_str()),
                ],
            )
            .await?;
        Ok(row
            .filter(|r| r.get::<_, i64>(1) > at.0)
            .map(|r| r.get::<_, String>(0)))
    }

    async fn passkeys(&self, account: AccountId) -> Result<Vec<StoredPasskey>, StoreError> {
        list(&self.conn().await?, &account).await
    }

    async fn passkey_by_credential(
        &self,
        credential_id: String,
    ) -> Result<Option<StoredPasskey>, StoreError> {
        self.conn()
            .await?
            .query_opt(
                &format!("SELECT {COLUMNS} FROM passkeys WHERE credential_id = $1"),
                &[&credential_id],
            )
            .await?
            .as_ref()
            .map(stored)
            .transpose()
    }

    async fn add_passkey(
        &self,
        account: AccountId,
        passkey: NewPasskey,
        claim: IdempotencyClaim,
        respond: Respond<PasskeyView>,
    ) -> Result<PasskeyAdded, StoreError> {
        let view = PasskeyView {
            id: passkey.id.clone(),
            name: passkey.name.clone(),
            created_at: passkey.at,
            last_used_at: None,
        };
        let response = respond(&view);
        let mut client = self.conn().await?;
        let tx = client.transaction().await?;
        if !hold_account(&tx, &account.0).await? {
            return Ok(PasskeyAdded::NoAccount);
        }
        let inserted = tx
            .execute(
                "INSERT INTO passkeys (id, account_id, name, credential_id, user_handle, passkey, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (credential_id) DO NOTHING",
                &[
                    &passkey.id.0,
                    &account.0,
                    &passkey.name.as_str(),
                    &passkey.credential_id,
                    &passkey.user_handle,
                    &passkey.passkey,
                    &passkey.at.0,
                ],
            )
            .await?;
        if inserted == 0 {
            return Ok(PasskeyAdded::CredentialTaken);
        }
        idempotency::finish_with_write(&tx, &claim, &response).await?;
        tx.commit().await?;
        Ok(PasskeyAdded::Added(view))
    }

    async fn sign_in_with_passkey(
        &self,
        credential_id: String,
        passkey: String,
        device: NewDevice,
        at: UnixMillis,
    ) -> Result<Option<AccountView>, StoreError> {
        let mut client = self.conn().await?;
        let tx = client.transaction().await?;
        let Some(owner) = tx
            .query_opt(
                "SELECT account_id FROM passkeys WHERE credential_id = $1",
                &[&credential_id],
            )
            .await?
        else {
            return Ok(None);
        };
        let owner: String = owner.get(0);
        // The account first, then the passkey: the order a deletion locks them in.
        if !hold_account(&tx, &owner).await? {
            return Ok(None);
        }
        let updated = tx
            .execute(
                "UPDATE passkeys SET passkey = $2, last_used_at = $3 WHERE credential_id = $1 AND account_id = $4",
                &[&credential_id, &passkey, &at.0, &owner],
            )
            .await?;
        if updated == 0 {
            return Ok(None);
        }
        let Some(account) = accounts::account(&tx, &AccountId(owner)).await? else {
            return Ok(None);
        };
        tx.execute(
            "INSERT INTO devices (id, account_id, name, credential_sha256, signed_in_at, last_used_at)
             VALUES ($1, $2, $3, $4, $5, $5)",
            &[
                &device.id.0,
                &account.id.0,
                &device.name.as_str(),
                &device.credential_sha256,
                &at.0,
            ],
        )
        .await?;
        accounts::insert_access(&tx, &device.id, &device.access, at).await?;
        tx.commit().await?;
        Ok(Some(account))
    }

    async fn delete_passkey(&self, account: AccountId, id: PasskeyId) -> Result<bool, StoreError> {
        Ok(self
            .conn()
            .await?
            .execute(
                "DELETE FROM passkeys WHERE id = $1 AND account_id = $2",
                &[&id.0, &account.0],
            )
            .await?
            == 1)
    }
}
