//! The store trait of passkeys (`routes/accounts/passkeys.rs`): residents' passkeys and the
//! WebAuthn ceremonies begun and not yet finished. What WebAuthn itself keeps (the public key, the
//! ceremony's state) arrives here as webauthn-rs' JSON, opaque to the store.

use async_trait::async_trait;
use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::{
    AccountId, AccountView, DeviceName, PasskeyChallengeId, PasskeyId, PasskeyView,
};

use super::{IdempotencyClaim, NewDevice, Respond, StoreError};

/// What a ceremony is for; a challenge of one purpose never answers for the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChallengePurpose {
    /// A signed-in resident adds a passkey.
    Register,
    /// Anyone signs in with one.
    SignIn,
}

impl ChallengePurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            ChallengePurpose::Register => "register",
            ChallengePurpose::SignIn => "sign-in",
        }
    }
}

/// A ceremony begun: webauthn-rs' state, kept until it is taken or expires.
#[derive(Debug, Clone)]
pub struct NewChallenge {
    pub id: PasskeyChallengeId,
    pub purpose: ChallengePurpose,
    /// The account a registration is for; `None` for a sign-in.
    pub account: Option<AccountId>,
    pub state: String,
    pub expires_at: UnixMillis,
}

/// A passkey as kept: what the resident sees, and what WebAuthn needs.
#[derive(Debug, Clone)]
pub struct StoredPasskey {
    pub view: PasskeyView,
    pub account: AccountId,
    /// The authenticator's credential id, base64url.
    pub credential_id: String,
    /// The account's WebAuthn user handle, base64url.
    pub user_handle: String,
    /// webauthn-rs' `Passkey` as JSON.
    pub passkey: String,
}

/// A passkey to register.
#[derive(Debug, Clone)]
pub struct NewPasskey {
    pub id: PasskeyId,
    pub name: DeviceName,
    pub credential_id: String,
    pub user_handle: String,
    pub passkey: String,
    pub at: UnixMillis,
}

/// What registering a passkey did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasskeyAdded {
    Added(PasskeyView),
    /// The authenticator's credential is registered already (to this account or another): nothing
    /// was written.
    CredentialTaken,
    /// The account was deleted meanwhile: nothing was written.
    NoAccount,
}

#[async_trait]
pub trait PasskeyStore: Send + Sync {
    /// Keeps a ceremony's state until it is taken or expires; expired ones are dropped on the way.
    async fn put_passkey_challenge(&self, challenge: NewChallenge, at: UnixMillis) -> Result<(), StoreError>;

    /// Takes a ceremony's state: it is deleted in the same statement, so it answers **once**
    /// (two racing answers to one challenge: one finds it, the other nothing). `None` when there
    /// is no such challenge for this purpose and account, or it expired by `at`.
    async fn take_passkey_challenge(
        &self,
        id: PasskeyChallengeId,
        purpose: ChallengePurpose,
        account: Option<AccountId>,
        at: UnixMillis,
    ) -> Result<Option<String>, StoreError>;

    /// The account's passkeys, newest first.
    async fn passkeys(&self, account: AccountId) -> Result<Vec<StoredPasskey>, StoreError>;

    /// The passkey with this credential id (base64url), whoever's it is.
    async fn passkey_by_credential(&self, credential_id: String)
    -> Result<Option<StoredPasskey>, StoreError>;

    /// Registers a passkey to the account and finishes `claim` with `respond`'s response in the
    /// same transaction.
    async fn add_passkey(
        &self,
        account: AccountId,
        passkey: NewPasskey,
        claim: IdempotencyClaim,
        respond: Respond<PasskeyView>,
    ) -> Result<PasskeyAdded, StoreError>;

    /// A checked passkey sign-in, in **one transaction**: keeps the passkey's new state (its
    /// signature counter), marks it used and registers the device with its first access token.
    /// `None` (nothing written) when the passkey was removed meanwhile.
    async fn sign_in_with_passkey(
        &self,
        credential_id: String,
        passkey: String,
        device: NewDevice,
        at: UnixMillis,
    ) -> Result<Option<AccountView>, StoreError>;

    /// Removes one of the account's passkeys; false when the account has no such passkey (another
    /// resident's is "no such passkey" too).
    async fn delete_passkey(&self, account: AccountId, id: PasskeyId) -> Result<bool, StoreError>;
}
