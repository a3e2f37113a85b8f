//! The resident's account through the one typed door: asking for a sign-in code by mail, signing
//! in with it, who is signed in, the devices signed in and the staff accesses to their data, and
//! signing out (this device or another), and the resident's own details a new form starts with.
//!
//! App mode calls the shell's commands: the shell keeps the long-lived device credential in the OS
//! keyring and the short-lived access token in its memory, and sends signing out through its
//! outbox (`src-tauri/src/account`).
//!
//! Web mode talks to the city's server and, like the rest of web mode, keeps **nothing in browser
//! storage**: the device credential and the access token live in this page's memory, so closing or
//! reloading the tab ends the sign-in on this page (the page says so; a kiosk's next visitor finds
//! nobody signed in). The access token is renewed from the credential a minute before it expires.
//! [`resident_token`] gives the routes that link what a resident does to their account (a booking,
//! a waitlist place) the token to send.
//!
//! **Passkeys** are web mode's only: the city binds them to its public site, and the app's webview
//! (WebKitGTK on Linux) has no WebAuthn for it, so in the app [`passkeys_available`] is false and
//! no page offers them. Signing in with one ends like the code's sign-in, in the same session.

use std::cell::RefCell;

use madoguchi_domain::account::{
    AccessGrant, AccountView, AuditLog, CodeRequest, CodeSignIn, DeviceId, DeviceList, DeviceName,
    EmailAddress, PasskeyChallenge, PasskeyId, PasskeyList, PasskeyRegistration, PasskeySignIn, PasskeyView,
    Refresh, SignInCode, SignedIn,
};
use madoguchi_domain::form::ResidentDetails;
use madoguchi_domain::{ApiError, ErrorCode, LocaleTag, UnixMillis};
use serde::Serialize;

use super::passkey::{self, NoCredential};
use super::{
    call_shell, http_delete_as, http_get_with_token, http_post_as, http_post_unkeyed, new_idempotency_key,
    now, post_json, tauri_invoke_fn,
};

/// How long before its expiry an access token is renewed, so a request never carries one that
/// runs out on the way.
const RENEW_BEFORE_MILLIS: i64 = 60_000;

/// A sign-in made on this page (web mode).
struct Session {
    account: AccountView,
    credential: String,
    access: AccessGrant,
}

thread_local! {
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
}

/// Mails a six-digit code to `email`, written in `locale`. The city answers the same whether or not
/// the address has an account.
pub async fn request_code(email: &EmailAddress, locale: &LocaleTag) -> Result<(), ApiError> {
    let request = CodeRequest {
        email: email.clone(),
        locale: Some(locale.clone()),
    };
    match tauri_invoke_fn() {
        Some(invoke) => {
            #[derive(Serialize)]
            struct Args<'a> {
                request: &'a CodeRequest,
            }
            call_shell(&invoke, "request_sign_in_code", &Args { request: &request }).await
        }
        None => http_post_unkeyed("/api/v1/auth/code", &request).await,
    }
}

/// Signs in (and up, on first use) with the mailed code. `web_device` names this browser in the
/// resident's list of devices (the shell names the app itself).
pub async fn sign_in(
    email: &EmailAddress,
    code: &SignInCode,
    web_device: &DeviceName,
) -> Result<AccountView, ApiError> {
    match tauri_invoke_fn() {
        Some(invoke) => {
            #[derive(Serialize)]
            struct Args<'a> {
                email: &'a EmailAddress,
                code: &'a SignInCode,
            }
            call_shell(&invoke, "sign_in_with_code", &Args { email, code }).await
        }
        None => {
            let body = CodeSignIn {
                email: email.clone(),
                code: code.clone(),
                device_name: web_device.clone(),
            };
            let signed: SignedIn = http_post_unkeyed("/api/v1/auth/sign-in", &body).await?;
            Ok(keep(signed))
        }
    }
}

/// Keeps a web sign-in in this page's memory; the account it is for.
fn keep(signed: SignedIn) -> AccountView {
    let account = signed.account.clone();
    SESSION.with(|s| {
        *s.borrow_mut() = Some(Session {
            account: signed.account,
            credential: signed.device_credential,
            access: signed.access,
        })
    });
    account
}

/// Why a passkey step failed: the browser gave no credential (cancelled, none there, or it cannot
/// here; WebAuthn does not say which), or the city refused.
#[derive(Debug, Clone, PartialEq)]
pub enum PasskeyFailure {
    Browser,
    City(ApiError),
}

impl From<ApiError> for PasskeyFailure {
    fn from(error: ApiError) -> Self {
        PasskeyFailure::City(error)
    }
}

impl From<NoCredential> for PasskeyFailure {
    fn from(_: NoCredential) -> Self {
        PasskeyFailure::Browser
    }
}

/// Whether this page can offer passkeys: web mode, in a browser with WebAuthn.
pub fn passkeys_available() -> bool {
    tauri_invoke_fn().is_none() && passkey::available()
}

/// Signs in with a passkey the browser offers (no address asked first). `web_device` names this
/// browser in the resident's list of devices, as the code's sign-in does.
pub async fn sign_in_with_passkey(web_device: &DeviceName) -> Result<AccountView, PasskeyFailure> {
    let challenge: PasskeyChallenge =
        post_json("/api/v1/auth/passkey/options", &Nothing {}, None, None).await?;
    let credential = passkey::get_assertion(&challenge.public_key).await?;
    let body = PasskeySignIn {
        challenge_id: challenge.challenge_id,
        device_name: web_device.clone(),
        credential,
    };
    let signed: SignedIn = http_post_unkeyed("/api/v1/auth/passkey/sign-in", &body).await?;
    Ok(keep(signed))
}

/// The signed-in resident's passkeys, newest first.
pub async fn passkeys() -> Result<PasskeyList, ApiError> {
    http_get_with_token("/api/v1/account/passkeys", &signed_in_token().await?).await
}

/// Makes a passkey in the browser for the signed-in resident and registers it as `name`.
pub async fn add_passkey(name: &DeviceName) -> Result<PasskeyView, PasskeyFailure> {
    let token = signed_in_token().await?;
    let challenge: PasskeyChallenge = post_json(
        "/api/v1/account/passkeys/options",
        &Nothing {},
        None,
        Some(&token),
    )
    .await?;
    let credential = passkey::create(&challenge.public_key).await?;
    let body = PasskeyRegistration {
        challenge_id: challenge.challenge_id,
        name: name.clone(),
        credential,
    };
    let key = new_idempotency_key()?;
    Ok(http_post_as("/api/v1/account/passkeys", &body, &key, Some(&token)).await?)
}

/// Removes one of the resident's passkeys (it signs in no more).
pub async fn remove_passkey(id: &PasskeyId) -> Result<(), ApiError> {
    let token = signed_in_token().await?;
    let key = new_idempotency_key()?;
    http_delete_as(&format!("/api/v1/account/passkeys/{}", id.0), &key, &token).await
}

/// Who is signed in here, if anyone. App mode: the shell's answer (the last known account when the
/// city cannot be reached). Web mode: this page's sign-in, read again from the city so an identity
/// level a clerk raised shows; a credential the city no longer takes (signed out from another
/// device) ends it.
pub async fn current() -> Result<Option<AccountView>, ApiError> {
    if let Some(invoke) = tauri_invoke_fn() {
        return call_shell(&invoke, "signed_in_account", &()).await;
    }
    let Some(token) = resident_token().await else {
        return Ok(None);
    };
    match http_get_with_token::<AccountView>("/api/v1/account", &token).await {
        Ok(account) => {
            SESSION.with(|s| {
                if let Some(session) = s.borrow_mut().as_mut() {
                    session.account = account.clone();
                }
            });
            Ok(Some(account))
        }
        Err(error) if error.code == ErrorCode::Unauthorized => {
            forget();
            Ok(None)
        }
        // Out of reach: still signed in on this page, as last seen.
        Err(error) if error.code == ErrorCode::ServerUnreachable => {
            Ok(SESSION.with(|s| s.borrow().as_ref().map(|s| s.account.clone())))
        }
        Err(error) => Err(error),
    }
}

/// Signs this device out: at once here, and on the city's server (app mode: through the outbox,
/// so also when offline now).
pub async fn sign_out() -> Result<(), ApiError> {
    if let Some(invoke) = tauri_invoke_fn() {
        return call_shell(&invoke, "sign_out", &()).await;
    }
    let token = resident_token().await;
    // Forgotten first: whatever the city answers, this page is signed out.
    forget();
    if let Some(token) = token {
        let key = new_idempotency_key()?;
        let sent: Result<(), ApiError> =
            http_post_as("/api/v1/account/sign-out", &Nothing {}, &key, Some(&token)).await;
        // Already signed out there (from another device): the same outcome.
        if let Err(error) = sent
            && error.code != ErrorCode::Unauthorized
        {
            return Err(error);
        }
    }
    Ok(())
}

/// The devices the resident is signed in on, newest first.
pub async fn devices() -> Result<DeviceList, ApiError> {
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "my_devices", &()).await,
        None => http_get_with_token("/api/v1/account/devices", &signed_in_token().await?).await,
    }
}

/// Signs another device out (its credential stops working at once).
pub async fn sign_out_device(device: &DeviceId) -> Result<(), ApiError> {
    match tauri_invoke_fn() {
        Some(invoke) => {
            #[derive(Serialize)]
            struct Args<'a> {
                device: &'a DeviceId,
            }
            call_shell(&invoke, "sign_out_device", &Args { device }).await
        }
        None => {
            let token = signed_in_token().await?;
            let key = new_idempotency_key()?;
            let path = format!("/api/v1/account/devices/{}/revoke", device.0);
            http_post_as(&path, &Nothing {}, &key, Some(&token)).await
        }
    }
}

/// The signed-in resident's own details the city already has, for a new form to start with
/// ("once only"); nothing when nobody is signed in here. Asked now (the app does not keep a copy).
pub async fn details() -> Result<ResidentDetails, ApiError> {
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "resident_details", &()).await,
        None => match resident_token().await {
            Some(token) => http_get_with_token("/api/v1/account/details", &token).await,
            None => Ok(ResidentDetails::default()),
        },
    }
}

/// Every staff access to the resident's data, oldest first.
pub async fn audit() -> Result<AuditLog, ApiError> {
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "account_audit", &()).await,
        None => http_get_with_token("/api/v1/account/audit", &signed_in_token().await?).await,
    }
}

/// Web mode: the access token of the resident signed in on this page, renewed when it is about to
/// expire; `None` when nobody is (or the city no longer takes the credential). App mode: `None`,
/// because the shell adds the token to what it sends.
pub(crate) async fn resident_token() -> Option<String> {
    if tauri_invoke_fn().is_some() {
        return None;
    }
    let (credential, access) = SESSION.with(|s| {
        s.borrow()
            .as_ref()
            .map(|s| (s.credential.clone(), s.access.clone()))
    })?;
    if !needs_renewal(&access, now()) {
        return Some(access.access_token);
    }
    match http_post_unkeyed::<_, AccessGrant>(
        "/api/v1/auth/refresh",
        &Refresh {
            device_credential: credential,
        },
    )
    .await
    {
        Ok(fresh) => {
            let token = fresh.access_token.clone();
            SESSION.with(|s| {
                if let Some(session) = s.borrow_mut().as_mut() {
                    session.access = fresh;
                }
            });
            Some(token)
        }
        Err(error) if error.code == ErrorCode::Unauthorized => {
            forget();
            None
        }
        // Out of reach: the old token, which the request will find out about itself.
        Err(_) => Some(access.access_token),
    }
}

/// The signed-in resident's token, or `unauthorized` (the page then shows the sign-in form).
async fn signed_in_token() -> Result<String, ApiError> {
    resident_token()
        .await
        .ok_or_else(|| ErrorCode::Unauthorized.into())
}

fn forget() {
    SESSION.with(|s| *s.borrow_mut() = None);
}

/// Whether `access` should be renewed before it is sent at `now`.
fn needs_renewal(access: &AccessGrant, now: UnixMillis) -> bool {
    access.expires_at.0 - now.0 < RENEW_BEFORE_MILLIS
}

/// An empty JSON object, for the POSTs that take no body.
#[derive(Serialize)]
struct Nothing {}

#[cfg(test)]
mod tests {
    use super::*;

    fn grant(expires_at: i64) -> AccessGrant {
        AccessGrant {
            access_token: "at-x".into(),
            expires_at: UnixMillis(expires_at),
        }
    }

    #[test]
    fn a_token_is_renewed_a_minute_before_it_expires_not_earlier() {
        let expiry = 1_000_000_000;
        assert!(!needs_renewal(&grant(expiry), UnixMillis(expiry - 61_000)));
        assert!(needs_renewal(&grant(expiry), UnixMillis(expiry - 59_000)));
        assert!(needs_renewal(&grant(expiry), UnixMillis(expiry + 1)));
    }
}
