//! The store traits of accounts: residents and their devices, staff and their sessions, the audit
//! log, and the rate limits every instance shares. Secrets arrive here already hashed
//! (`credentials.rs`): no store method ever sees a code, token or password in the clear.

use async_trait::async_trait;
use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::{
    AccountExport, AccountId, AccountView, AuditEntry, DeviceId, DeviceName, DeviceView, EmailAddress,
    IdentityLevel, KioskId, KioskPlace, Role, Username,
};

use super::{IdempotencyClaim, Respond, StoreError};

/// A sign-in code's check, and what to create if it is right.
#[derive(Debug, Clone)]
pub struct CodeAttempt {
    pub email: EmailAddress,
    /// `credentials::code_digest` of the address and the code typed.
    pub code_digest: String,
    pub at: UnixMillis,
    /// The account to create if the address has none (a new random id).
    pub new_account: AccountId,
    pub device: NewDevice,
}

/// A device to register, with its first access token.
#[derive(Debug, Clone)]
pub struct NewDevice {
    pub id: DeviceId,
    pub name: DeviceName,
    pub credential_sha256: String,
    pub access: NewAccessToken,
}

/// An access token to keep (its hash) until it expires.
#[derive(Debug, Clone)]
pub struct NewAccessToken {
    pub token_sha256: String,
    pub expires_at: UnixMillis,
}

/// What checking a sign-in code found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeOutcome {
    /// Right: the code is spent, the account exists (created if new) and the device is registered.
    SignedIn(AccountView),
    /// Wrong, expired, spent or never sent; a wrong try counts against the code.
    Refused,
}

/// Who an access token stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResidentPrincipal {
    pub account: AccountId,
    pub device: DeviceId,
    pub identity_level: IdentityLevel,
}

/// A kiosk to register: its credential arrives hashed, like every secret.
#[derive(Debug, Clone)]
pub struct NewKiosk {
    pub id: KioskId,
    pub place: KioskPlace,
    pub credential_sha256: String,
    pub at: UnixMillis,
}

/// A registered kiosk, as the admin lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KioskRecord {
    pub id: KioskId,
    pub place: KioskPlace,
    pub registered_at: UnixMillis,
    pub revoked_at: Option<UnixMillis>,
}

/// The kiosks an admin registered to places (`madoguchi-server kiosk …`).
#[async_trait]
pub trait KioskStore: Send + Sync {
    /// Registers a kiosk; `false` (nothing written) if its id is taken.
    async fn register_kiosk(&self, kiosk: NewKiosk) -> Result<bool, StoreError>;

    /// The kiosk a credential belongs to, unless it was revoked.
    async fn kiosk_by_credential(&self, credential_sha256: String)
    -> Result<Option<KioskRecord>, StoreError>;

    /// Every kiosk ever registered, in the order they were.
    async fn kiosks(&self) -> Result<Vec<KioskRecord>, StoreError>;

    /// Revokes a kiosk's credential at `at`; `false` if there is no such kiosk or it was revoked.
    async fn revoke_kiosk(&self, id: KioskId, at: UnixMillis) -> Result<bool, StoreError>;
}

/// Residents' accounts, the devices they signed in on and their access tokens.
#[async_trait]
pub trait AccountStore: Send + Sync {
    /// Keeps a new code for `email`, replacing any earlier one (only the newest mail's code works).
    async fn put_sign_in_code(
        &self,
        email: EmailAddress,
        code_digest: String,
        expires_at: UnixMillis,
        attempts: u32,
    ) -> Result<(), StoreError>;

    /// Checks a code and, when right, in **one transaction**: spends it, creates the account if the
    /// address has none, and registers the device with its first access token. A wrong code uses
    /// up one attempt (the row is locked, so racing guesses cannot share one attempt).
    async fn sign_in_with_code(&self, attempt: CodeAttempt) -> Result<CodeOutcome, StoreError>;

    /// A new access token for the device whose credential hashes to `credential_sha256`, unless it
    /// is revoked or unknown (`None`). Marks the device used.
    async fn refresh_access(
        &self,
        credential_sha256: String,
        access: NewAccessToken,
        at: UnixMillis,
    ) -> Result<Option<ResidentPrincipal>, StoreError>;

    /// Who holds this access token, if it is known, unexpired and its device not revoked.
    async fn resident_by_token(
        &self,
        token_sha256: String,
        at: UnixMillis,
    ) -> Result<Option<ResidentPrincipal>, StoreError>;

    async fn account(&self, id: AccountId) -> Result<Option<AccountView>, StoreError>;

    /// The account's devices not revoked, newest first (`current` is left false: the route knows
    /// which one is asking).
    async fn devices(&self, account: AccountId) -> Result<Vec<DeviceView>, StoreError>;

    /// Revokes one of the account's devices and drops its access tokens; false when the account
    /// has no such (unrevoked) device.
    async fn revoke_device(
        &self,
        account: AccountId,
        device: DeviceId,
        at: UnixMillis,
    ) -> Result<bool, StoreError>;

    /// Everything kept about the account (`GET /api/v1/account/export`), read as one snapshot and
    /// stamped `at`; `None` when there is no such account.
    async fn export_account(
        &self,
        account: AccountId,
        at: UnixMillis,
    ) -> Result<Option<AccountExport>, StoreError>;

    /// Deletes the account and everything kept for it — devices, tokens, the sign-in code of its
    /// address, its personal notices, its link to the applications it submitted (which the city
    /// keeps, readable with their own tokens) and the answers kept for its idempotency keys — but
    /// not the audit entries about it (`docs/accounts.md` says why). In the same transaction it
    /// finishes `claim` with `respond`'s response. False (nothing written) when there is no such
    /// account.
    async fn delete_account(
        &self,
        account: AccountId,
        claim: IdempotencyClaim,
        respond: Respond<()>,
    ) -> Result<bool, StoreError>;

    /// The account whose address is `email` (as sign-in keys them: lower-cased), if there is one.
    /// A clerk's booking for a resident is linked to it; nothing is ever created from it.
    async fn account_by_email(&self, email: EmailAddress) -> Result<Option<AccountId>, StoreError>;

    /// Sets an account's identity level and appends `audit` in the same transaction; false when
    /// there is no such account (nothing is written).
    async fn set_identity_level(
        &self,
        account: AccountId,
        level: IdentityLevel,
        audit: AuditEntry,
    ) -> Result<bool, StoreError>;
}

/// A member of staff as the CLI creates them.
#[derive(Debug, Clone)]
pub struct NewStaff {
    pub username: Username,
    pub role: Role,
    /// argon2id PHC string.
    pub password_hash: String,
    /// Base32 TOTP secret.
    pub totp_secret: String,
    pub at: UnixMillis,
}

/// What checking a staff sign-in needs.
#[derive(Debug, Clone)]
pub struct StaffCredentials {
    pub role: Role,
    pub password_hash: String,
    pub totp_secret: String,
}

/// A signed-in member of staff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffPrincipal {
    pub username: Username,
    pub role: Role,
}

/// Staff accounts and sessions.
#[async_trait]
pub trait StaffStore: Send + Sync {
    /// Creates a member of staff; false (nothing changed) when the username is taken.
    async fn create_staff(&self, staff: NewStaff) -> Result<bool, StoreError>;

    async fn staff_credentials(&self, username: Username) -> Result<Option<StaffCredentials>, StoreError>;

    /// Starts a session for a checked sign-in, unless its TOTP step was already used to sign in
    /// (then false: one code signs in once). The step is compared and recorded in one statement.
    async fn start_staff_session(
        &self,
        username: Username,
        totp_step: u64,
        token_sha256: String,
        expires_at: UnixMillis,
    ) -> Result<bool, StoreError>;

    /// Who holds this session token, if unexpired and not ended.
    async fn staff_by_token(
        &self,
        token_sha256: String,
        at: UnixMillis,
    ) -> Result<Option<StaffPrincipal>, StoreError>;

    /// Ends a session (sign-out).
    async fn end_staff_session(&self, token_sha256: String, at: UnixMillis) -> Result<(), StoreError>;
}

/// The append-only audit log.
#[async_trait]
pub trait AuditStore: Send + Sync {
    async fn append_audit(&self, entry: AuditEntry) -> Result<(), StoreError>;

    /// The entries about one resident, oldest first.
    async fn audit_about(&self, resident: AccountId) -> Result<Vec<AuditEntry>, StoreError>;
}

/// Fixed-window counters shared by every instance.
#[async_trait]
pub trait RateLimitStore: Send + Sync {
    /// Counts one hit on `bucket` in the window starting at `window_start` and says whether it is
    /// within `limit` (the count and the increment are one statement, so racing instances never
    /// both take the last place). Windows older than `forget_before` are dropped on the way.
    async fn hit_rate_limit(
        &self,
        bucket: String,
        window_start: UnixMillis,
        limit: u32,
        forget_before: UnixMillis,
    ) -> Result<bool, StoreError>;
}
