//! The resident's sign-in on this device (issue 10): a code mailed by the city gets the device a
//! long-lived credential, kept in the OS keyring ([`credential`]), and 15-minute access tokens,
//! kept only in memory ([`tokens`]). The account as last read is kept in the encrypted store
//! ([`cached`]) so the app says "signed in as …" offline.
//!
//! **Signing out** is at once on the device: the credential leaves its entry, the token and the
//! kept account go, and what is queued from then on is anonymous. Telling the city (revoking the
//! credential) is an outbox item like every mutation ([`outbox_kind`]), so it happens even when
//! the device is offline now. It is queued *behind* the items queued while signed in, which still
//! go under the account (the city scopes idempotency keys by principal: sending them anonymously
//! after a try under the account could book twice; see `outbox`'s module doc). Until the last of
//! them and the sign-out itself have left the queue, the credential waits in a second keyring
//! entry (`#signing-out-<device>`), read only by the outbox sender; then it is deleted
//! ([`Account::settled`]). A credential the city refuses (signed out on another device) is
//! wiped, and items still queued under it are stopped with `unauthorized`, never sent anonymously.
//!
//! "Delete my data" wipes every credential entry with the store (`LocalData::delete_all`).

pub mod cached;
pub mod commands;
pub mod credential;
pub mod outbox_kind;
pub mod tokens;

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use madoguchi_domain::account::{
    AccessGrant, AccountView, AuditLog, CodeRequest, CodeSignIn, DeviceId, DeviceList, DeviceName,
    EmailAddress, Refresh, SignInCode, SignedIn,
};
use madoguchi_domain::form::ResidentDetails;
use madoguchi_domain::notice::wire::PersonalNoticeList;
use madoguchi_domain::{Cached, ErrorCode};
use serde::de::DeserializeOwned;
use tokio::sync::{Mutex as AsyncMutex, Notify};

use crate::city_server::CityServer;
use crate::clock::{self, Clock};
use crate::error::{Result, ShellError};
use crate::outbox::{self, PrincipalError, Principals};
use crate::store::key::KeyError;
use crate::store::{LocalStore, StoreError};
use credential::{Credentials, DeviceCredential};
use tokens::Tokens;

pub use outbox_kind::AccountKind;

const CODE_PATH: &str = "api/v1/auth/code";
const SIGN_IN_PATH: &str = "api/v1/auth/sign-in";
const REFRESH_PATH: &str = "api/v1/auth/refresh";
const ACCOUNT_PATH: &str = "api/v1/account";
const DEVICES_PATH: &str = "api/v1/account/devices";
const DETAILS_PATH: &str = "api/v1/account/details";
const AUDIT_PATH: &str = "api/v1/account/audit";
const PERSONAL_NOTICES_PATH: &str = "api/v1/account/notices";

/// Why a device's token cannot be had.
enum TokenError {
    /// No credential, or the city refused it: signed out.
    Gone,
    Failed(ShellError),
}

/// The sign-in of one data folder.
pub struct Account {
    store: Arc<LocalStore>,
    city: CityServer,
    clock: Arc<dyn Clock>,
    credentials: Credentials,
    tokens: Tokens,
    /// One refresh at a time: two callers wanting a token get one refresh, not two.
    refreshing: AsyncMutex<()>,
    /// The outbox sender's step lock: a sign-out waits for a send on the wire, so the sender never
    /// sees the sign-out queued while the credential is still the signed-in one.
    sending: Arc<AsyncMutex<()>>,
    wake: Arc<Notify>,
    /// Counts sign-ins and sign-outs on this device, so what depends on who is signed in (the
    /// notice stream: the resident's own or the public one) can start again at once.
    session: tokio::sync::watch::Sender<u64>,
}

impl Account {
    pub fn new(
        store: Arc<LocalStore>,
        city: CityServer,
        clock: Arc<dyn Clock>,
        sending: Arc<AsyncMutex<()>>,
        wake: Arc<Notify>,
    ) -> Self {
        let credentials = Credentials::new(store.keys().clone());
        Self {
            store,
            city,
            clock,
            credentials,
            tokens: Tokens::default(),
            refreshing: AsyncMutex::new(()),
            sending,
            wake,
            session: tokio::sync::watch::Sender::new(0),
        }
    }

    /// Changes whenever this device signs in or out.
    pub fn session_changes(&self) -> tokio::sync::watch::Receiver<u64> {
        self.session.subscribe()
    }

    fn session_changed(&self) {
        self.session.send_modify(|count| *count = count.wrapping_add(1));
    }

    /// The keyring entries (tests look at them as the OS keeps them).
    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }

    /// Asks the city to mail a code (nothing of the resident's changes: not through the outbox).
    pub async fn request_code(&self, request: CodeRequest) -> Result<()> {
        self.city.post_unkeyed_empty(CODE_PATH, &request).await
    }

    /// Signs this device in with the mailed code: the credential into the keyring, the token into
    /// memory, the account into the store. A sign-in already here is signed out first.
    pub async fn sign_in(&self, email: EmailAddress, code: SignInCode) -> Result<AccountView> {
        self.sign_out().await?;
        let request = CodeSignIn {
            email,
            code,
            device_name: device_name(),
        };
        let signed: SignedIn = self.city.post_unkeyed(SIGN_IN_PATH, &request).await?;
        let device = signed.device_id.0.clone();
        let credential = DeviceCredential {
            device_id: signed.device_id.clone(),
            credential: signed.device_credential.clone(),
        };
        let credentials = self.credentials.clone();
        keyring(move || credentials.save_current(&credential)).await?;
        self.tokens.keep(&device, &signed.access, self.clock.now());
        let (view, now) = (signed.account.clone(), self.clock.now());
        let kept = device.clone();
        if let Err(e) = self
            .store
            .run(move |conn| cached::save(conn, &kept, &view, now))
            .await
        {
            // Without the row, items would be queued anonymously while the app says signed in.
            self.tokens.forget(&device);
            let credentials = self.credentials.clone();
            keyring(move || credentials.delete_current()).await?;
            return Err(e.into());
        }
        self.session_changed();
        Ok(signed.account)
    }

    /// Who the app is signed in as: read from the city, the kept account when it cannot be
    /// reached, `None` without a credential or when the city refuses it (then it is wiped).
    pub async fn signed_in(&self) -> Result<Option<AccountView>> {
        let Some(current) = self.current().await? else {
            self.forget_view().await?;
            return Ok(None);
        };
        let device = current.device_id.0.clone();
        match self.get_signed_in::<AccountView>(ACCOUNT_PATH).await {
            Ok(view) => {
                let (kept, now) = (view.clone(), self.clock.now());
                self.store
                    .run(move |conn| cached::save(conn, &device, &kept, now))
                    .await?;
                Ok(Some(view))
            }
            Err(ShellError::Refused(ErrorCode::Unauthorized)) => {
                self.wipe_current(&device).await?;
                Ok(None)
            }
            Err(e) if e.to_api_error().code.is_transient() => {
                let kept = self.store.run(move |conn| cached::read(conn, &device)).await?;
                kept.map(Some).ok_or(e)
            }
            Err(e) => Err(e),
        }
    }

    /// The resident's own notices (a visit tomorrow, an application's new status): asked now and
    /// kept with the account; the kept ones when the city cannot be reached; `None` when nobody is
    /// signed in (or the city no longer takes the credential, which is then wiped).
    pub async fn personal_notices(&self) -> Result<Option<Cached<PersonalNoticeList>>> {
        let Some(current) = self.current().await? else {
            return Ok(None);
        };
        let device = current.device_id.0.clone();
        match self
            .get_signed_in::<PersonalNoticeList>(PERSONAL_NOTICES_PATH)
            .await
        {
            Ok(list) => {
                let now = self.clock.now();
                let kept = list.clone();
                self.store
                    .run(move |conn| cached::save_notices(conn, &device, &kept, now))
                    .await?;
                Ok(Some(Cached {
                    value: list,
                    fetched_at: now,
                    fresh: true,
                }))
            }
            Err(ShellError::Refused(ErrorCode::Unauthorized)) => {
                self.wipe_current(&device).await?;
                Ok(None)
            }
            Err(e) if e.to_api_error().code.is_transient() => {
                let kept = self
                    .store
                    .run(move |conn| cached::read_notices(conn, &device))
                    .await?;
                kept.map(Some).ok_or(e)
            }
            Err(e) => Err(e),
        }
    }

    /// Signs out now (see the module's doc); the city is told through the outbox.
    pub async fn sign_out(&self) -> Result<()> {
        let _sending = self.sending.lock().await;
        let Some(current) = self.current().await? else {
            self.forget_view().await?;
            return Ok(());
        };
        let device = current.device_id.0.clone();
        let credentials = self.credentials.clone();
        keyring(move || credentials.keep_for_sign_out(&current)).await?;
        let key = new_key()?;
        let now = self.clock.now();
        let queued = device.clone();
        self.store
            .run(move |conn| outbox_kind::queue_sign_out(conn, &queued, &key, now))
            .await?;
        let credentials = self.credentials.clone();
        keyring(move || credentials.delete_current()).await?;
        self.tokens.forget(&device);
        self.wake.notify_one();
        self.session_changed();
        Ok(())
    }

    /// The devices the resident is signed in on (asked now).
    pub async fn devices(&self) -> Result<DeviceList> {
        self.get_signed_in(DEVICES_PATH).await
    }

    /// Signs another of the resident's devices out (through the outbox); this one: [`Self::sign_out`].
    pub async fn sign_out_device(&self, device: DeviceId) -> Result<()> {
        let device = DeviceId::parse(&device.0).ok_or(ShellError::Refused(ErrorCode::InvalidRequest))?;
        let current = self
            .current()
            .await?
            .ok_or(ShellError::Refused(ErrorCode::Unauthorized))?;
        if current.device_id == device {
            return self.sign_out().await;
        }
        let key = new_key()?;
        let now = self.clock.now();
        let this = current.device_id.0.clone();
        self.store
            .run(move |conn| outbox_kind::queue_revoke(conn, &this, &device.0, &key, now))
            .await?;
        self.wake.notify_one();
        Ok(())
    }

    /// The resident's own details the city already has, to start a new form with ("once only";
    /// asked now: offline, the form starts empty rather than from a copy kept here).
    pub async fn resident_details(&self) -> Result<ResidentDetails> {
        self.get_signed_in(DETAILS_PATH).await
    }

    /// What staff did with the resident's data (asked now).
    pub async fn audit(&self) -> Result<AuditLog> {
        self.get_signed_in(AUDIT_PATH).await
    }

    /// "Delete my data": every credential entry of this data folder goes (the signed-in one and
    /// those kept for a sign-out still queued, found from the outbox's principals), and the
    /// tokens. The caller holds the sender's lock and wipes the store after.
    pub(crate) async fn forget_everything(&self) -> Result<()> {
        let mut devices = if self.store.exists() {
            self.store
                .run(|conn| outbox::principals(conn))
                .await
                .inspect_err(|e| tracing::warn!("delete my data: the outbox's principals: {e}"))
                .unwrap_or_default()
        } else {
            Vec::new()
        };
        if let Some(current) = self.current().await? {
            devices.push(current.device_id.0.clone());
        }
        let credentials = self.credentials.clone();
        keyring(move || {
            credentials.delete_current()?;
            devices
                .iter()
                .try_for_each(|device| credentials.signing_out_entry(device).delete())
        })
        .await?;
        self.tokens.forget_all();
        Ok(())
    }

    /// No item of `device` is left to send: if it is not the signed-in device, its credential
    /// (kept for those items) and its token go.
    pub async fn settled(&self, device: &str) {
        let credentials = self.credentials.clone();
        let owned = device.to_owned();
        let forgotten = keyring(move || match credentials.current()? {
            Some(current) if current.device_id.0 == owned => Ok(false),
            _ => credentials.signing_out_entry(&owned).delete().map(|()| true),
        })
        .await;
        match forgotten {
            Ok(true) => self.tokens.forget(device),
            Ok(false) => {}
            Err(e) => tracing::warn!("account: a signed-out credential stays in the keyring: {e}"),
        }
    }

    /// The signed-in device's access token (renewed if it is about to run out), for a request
    /// that goes straight to the city rather than through the outbox (a file upload); `None`
    /// when nobody is signed in, so the city answers `unauthorized` and the UI says to sign in.
    pub async fn access_token(&self) -> Result<Option<String>> {
        let Some(current) = self.current().await? else {
            return Ok(None);
        };
        match self.token(&current.device_id.0).await {
            Ok(token) => Ok(Some(token)),
            Err(TokenError::Gone) => Ok(None),
            Err(TokenError::Failed(e)) => Err(e),
        }
    }

    async fn current(&self) -> Result<Option<DeviceCredential>> {
        let credentials = self.credentials.clone();
        Ok(keyring(move || credentials.current()).await?)
    }

    /// A GET as the signed-in device; `unauthorized` when no one is signed in or the city refuses.
    async fn get_signed_in<T: DeserializeOwned>(&self, path: &str) -> Result<T> {
        let current = self
            .current()
            .await?
            .ok_or(ShellError::Refused(ErrorCode::Unauthorized))?;
        let device = current.device_id.0.clone();
        for _ in 0..2 {
            let token = match self.token(&device).await {
                Ok(token) => token,
                Err(TokenError::Gone) => return Err(ShellError::Refused(ErrorCode::Unauthorized)),
                Err(TokenError::Failed(e)) => return Err(e),
            };
            match self.city.get_as::<T>(path, &token).await {
                // The token ran out on the way: once more with a new one.
                Err(ShellError::Server { status: 401, .. }) => self.tokens.forget(&device),
                other => return other,
            }
        }
        Err(ShellError::Refused(ErrorCode::Unauthorized))
    }

    /// `device`'s access token, refreshed with its credential when it has run out or is about to.
    async fn token(&self, device: &str) -> std::result::Result<String, TokenError> {
        let _one = self.refreshing.lock().await;
        if let Some(token) = self.tokens.get(device, self.clock.now()) {
            return Ok(token);
        }
        let credentials = self.credentials.clone();
        let owned = device.to_owned();
        let credential = keyring(move || credentials.of(&owned))
            .await
            .map_err(|e| TokenError::Failed(e.into()))?
            .ok_or(TokenError::Gone)?;
        let refresh = Refresh {
            device_credential: credential.credential.clone(),
        };
        match self
            .city
            .post_unkeyed::<_, AccessGrant>(REFRESH_PATH, &refresh)
            .await
        {
            Ok(grant) => {
                self.tokens.keep(device, &grant, self.clock.now());
                Ok(grant.access_token.clone())
            }
            Err(ShellError::Server { status: 401, .. }) => {
                // Signed out elsewhere, or the account deleted: the credential is worth nothing.
                self.wipe_current(device).await.map_err(TokenError::Failed)?;
                Err(TokenError::Gone)
            }
            Err(e) => Err(TokenError::Failed(e)),
        }
    }

    /// The city refused `device`'s credential: if it is the signed-in one, the app is signed out.
    async fn wipe_current(&self, device: &str) -> Result<()> {
        self.tokens.forget(device);
        let credentials = self.credentials.clone();
        let owned = device.to_owned();
        let was_current = keyring(move || match credentials.current()? {
            Some(current) if current.device_id.0 == owned => credentials.delete_current().map(|()| true),
            _ => Ok(false),
        })
        .await?;
        if was_current {
            self.forget_view().await?;
        }
        Ok(())
    }

    /// The kept account goes (no store: nothing kept, and none is made).
    async fn forget_view(&self) -> Result<()> {
        if self.store.exists() {
            self.store.run(|conn| cached::forget(conn)).await?;
        }
        Ok(())
    }
}

impl Principals for Account {
    fn bearer<'a>(
        &'a self,
        principal: &'a str,
    ) -> Pin<Box<dyn Future<Output = std::result::Result<String, PrincipalError>> + Send + 'a>> {
        Box::pin(async move {
            match self.token(principal).await {
                Ok(token) => Ok(token),
                Err(TokenError::Gone) => Err(PrincipalError::Gone),
                Err(TokenError::Failed(e)) => Err(PrincipalError::Transient(e.to_api_error())),
            }
        })
    }

    fn token_refused(&self, principal: &str) {
        self.tokens.forget(principal);
    }

    fn settled<'a>(&'a self, principal: &'a str) -> Pin<Box<dyn Future<Output = ()> + Send + 'a>> {
        Box::pin(Account::settled(self, principal))
    }
}

/// What the resident's device list calls this device: the app and the OS it runs on.
fn device_name() -> DeviceName {
    let os = match std::env::consts::OS {
        "linux" => "Linux",
        "macos" => "macOS",
        "windows" => "Windows",
        "ios" => "iOS",
        "android" => "Android",
        other => other,
    };
    // Always a valid name (short, no control characters); the fallback keeps the type honest.
    DeviceName::parse(&format!("Madoguchi app ({os})"))
        .or_else(|| DeviceName::parse("Madoguchi app"))
        .unwrap_or_else(|| unreachable!("a fixed device name is valid"))
}

fn new_key() -> Result<madoguchi_domain::IdempotencyKey> {
    clock::new_idempotency_key().map_err(|e| StoreError::Key(KeyError::Unavailable(e.to_string())).into())
}

/// A keyring call on Tokio's blocking pool (the Secret Service answers over D-Bus, synchronously).
async fn keyring<T: Send + 'static>(
    f: impl FnOnce() -> std::result::Result<T, KeyError> + Send + 'static,
) -> std::result::Result<T, StoreError> {
    Ok(tokio::task::spawn_blocking(f).await??)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_device_is_named_after_the_app_and_its_os() {
        let name = super::device_name();
        assert!(name.as_str().starts_with("Madoguchi app ("), "{}", name.as_str());
    }
}
