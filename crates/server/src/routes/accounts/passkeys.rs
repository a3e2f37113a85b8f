//! Passkeys (WebAuthn): a signed-in resident registers one, lists and removes theirs; anyone signs
//! in with one and gets what signing in by a mailed code gives (`SignedIn`: a device credential and
//! an access token), so everything after signing in is the same.
//!
//! The ceremonies are webauthn-rs' (kanidm): it makes the options, keeps nothing itself, and
//! checks the authenticator's answer against the state it made. That state is kept in the database
//! (`PasskeyStore`), taken once, for [`PASSKEY_CHALLENGE_LIFETIME_MILLIS`] judged by the server's
//! `Clock`, so any instance can finish a ceremony another began and a challenge never answers twice.
//!
//! **Signing in names no account:** the passkeys are registered as discoverable credentials
//! (`residentKey: required`), so the browser offers the resident's passkeys for this site and the
//! answer says which one it was (its credential id and the account's user handle). The city then
//! never says whether an address has an account, as the code sign-in does not either.
//!
//! **Relying party:** the host name of the server's `public_url` (`config.rs`) is the passkeys'
//! relying party id and its origin the only one accepted; for `localhost` any port is accepted
//! (development and tests run on free ports; browsers count `http://localhost` as secure).
//! WebAuthn takes no IP address, so a page opened at `http://127.0.0.1:…` cannot use passkeys.

use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::{Extension, Json};
use madoguchi_domain::account::{
    ACCESS_TOKEN_LIFETIME_MILLIS, AccessGrant, DeviceId, PASSKEY_CHALLENGE_LIFETIME_MILLIS, PasskeyChallenge,
    PasskeyChallengeId, PasskeyId, PasskeyList, PasskeyRegistration, PasskeySignIn, PasskeyView, SignedIn,
};
use madoguchi_domain::hex::to_hex;
use madoguchi_domain::{ApiError, UnixMillis};
use webauthn_rs::prelude::{
    DiscoverableAuthentication, DiscoverableKey, Passkey, PasskeyRegistration as RegistrationState,
    PublicKeyCredential, RegisterPublicKeyCredential, Url, Uuid, Webauthn, WebauthnBuilder,
};

use crate::config::PublicUrl;
use crate::credentials::{TokenKind, new_id, new_token, sha256_hex};
use crate::error::ServerError;
use crate::idempotency;
use crate::routes::AppState;
use crate::routes::auth::{ClientAddress, Resident};
use crate::routes::json::JsonBody;
use crate::routes::limits::{self, PASSKEY_SIGN_INS_PER_CLIENT};
use crate::storage::{
    ChallengePurpose, IdempotencyClaim, NewAccessToken, NewChallenge, NewDevice, NewPasskey, PasskeyAdded,
};

pub const REGISTER_OPTIONS_PATH: &str = "/api/v1/account/passkeys/options";
pub const SIGN_IN_OPTIONS_PATH: &str = "/api/v1/auth/passkey/options";
pub const SIGN_IN_PATH: &str = "/api/v1/auth/passkey/sign-in";

/// Personal data: never kept by a cache on the way.
const NO_STORE: [(header::HeaderName, &str); 1] = [(header::CACHE_CONTROL, "no-store")];

/// The relying party the city's passkeys belong to, from its public URL (see the module's doc).
pub fn relying_party(public_url: &PublicUrl) -> anyhow::Result<Webauthn> {
    let origin = Url::parse(public_url.as_str())?;
    let host = origin
        .domain()
        .ok_or_else(|| anyhow::anyhow!("the public URL has no domain name"))?
        .to_owned();
    let built = WebauthnBuilder::new(&host, &origin)
        .and_then(|b| b.rp_name("Madoguchi").allow_any_port(host == "localhost").build())
        .map_err(|e| anyhow::anyhow!("passkeys cannot be set up for {host}: {e}"))?;
    Ok(built)
}

/// A ceremony's options as the browser takes them (`publicKey`), under a new challenge id that
/// expires [`PASSKEY_CHALLENGE_LIFETIME_MILLIS`] after `now`.
fn challenge(public_key: serde_json::Value, now: UnixMillis) -> Result<PasskeyChallenge, ServerError> {
    let challenge_id = PasskeyChallengeId::parse(&new_id("pkc"))
        .ok_or_else(|| ServerError::Internal("a challenge id of the wrong form".into()))?;
    Ok(PasskeyChallenge {
        challenge_id,
        expires_at: now.plus_millis(PASSKEY_CHALLENGE_LIFETIME_MILLIS),
        public_key,
    })
}

/// A new WebAuthn user handle: 16 random bytes (a version 4 UUID), never the address or the
/// account id, so the authenticator learns nothing the city knows.
fn new_user_handle() -> Uuid {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("the OS has randomness");
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    Uuid::from_bytes(bytes)
}

fn state_json<T: serde::Serialize>(state: &T) -> Result<String, ServerError> {
    serde_json::to_string(state).map_err(|e| ServerError::Internal(format!("passkey state: {e}")))
}

fn public_key_of<T: serde::Serialize>(options: &T) -> Result<serde_json::Value, ServerError> {
    let mut value =
        serde_json::to_value(options).map_err(|e| ServerError::Internal(format!("passkey options: {e}")))?;
    Ok(value
        .get_mut("publicKey")
        .map(serde_json::Value::take)
        .unwrap_or_default())
}

/// A refusal by webauthn-rs: logged by its kind (no personal data in it), answered as
/// `passkey_refused`.
fn refused(what: &str, error: impl std::fmt::Display) -> ServerError {
    tracing::info!(error = %error, "a passkey {what} was refused");
    ServerError::PasskeyRefused
}

#[utoipa::path(
    post,
    path = "/api/v1/account/passkeys/options",
    operation_id = "beginPasskeyRegistration",
    tag = "accounts",
    security(("resident" = [])),
    responses(
        (status = 200, description = "The options for `navigator.credentials.create` (a discoverable credential with user verification, the resident's other passkeys excluded) and the challenge's id, which answers once within five minutes", body = PasskeyChallenge),
        (status = 401, description = "`unauthorized`: no valid access token", body = ApiError),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn register_options(
    State(state): State<AppState>,
    Resident(me): Resident,
) -> Result<impl IntoResponse, ServerError> {
    let account = state
        .store
        .account(me.account.clone())
        .await?
        .ok_or(ServerError::Unauthorized)?;
    let existing = state.store.passkeys(me.account.clone()).await?;
    // One user handle per account, so an authenticator replaces its old passkey for the account
    // instead of keeping two.
    let handle = existing
        .first()
        .and_then(|p| Uuid::parse_str(&p.user_handle).ok())
        .unwrap_or_else(new_user_handle);
    let exclude = existing
        .iter()
        .filter_map(|p| serde_json::from_str::<Passkey>(&p.passkey).ok())
        .map(|p| p.cred_id().clone())
        .collect::<Vec<_>>();
    // The address names the passkey in the resident's own authenticator (their list of passkeys
    // for this site); it never leaves their device otherwise.
    let email = account.email.as_str();
    let (options, registration) = state
        .webauthn
        .start_passkey_registration(handle, email, email, Some(exclude))
        .map_err(|e| ServerError::Internal(format!("passkey registration: {e}")))?;
    let mut public_key = public_key_of(&options)?;
    // A discoverable credential, so signing in needs no address first (see the module's doc).
    if let Some(selection) = public_key.get_mut("authenticatorSelection") {
        selection["residentKey"] = "required".into();
        selection["requireResidentKey"] = true.into();
    }
    let now = state.clock.now();
    let answer = challenge(public_key, now)?;
    let kept = serde_json::json!({ "handle": handle, "state": registration });
    state
        .store
        .put_passkey_challenge(
            NewChallenge {
                id: answer.challenge_id.clone(),
                purpose: ChallengePurpose::Register,
                account: Some(me.account),
                state: state_json(&kept)?,
                expires_at: answer.expires_at,
            },
            now,
        )
        .await?;
    Ok((NO_STORE, Json(answer)))
}

#[utoipa::path(
    post,
    path = "/api/v1/account/passkeys",
    operation_id = "registerPasskey",
    tag = "accounts",
    security(("resident" = [])),
    request_body = PasskeyRegistration,
    responses(
        (status = 201, description = "The passkey is registered: it signs in to this account from now on", body = PasskeyView),
        (status = 400, description = "`invalid_request`: the body is not a passkey registration", body = ApiError),
        (status = 401, description = "`unauthorized`: no valid access token", body = ApiError),
        (status = 422, description = "`passkey_challenge_invalid`: the challenge is unknown, used, expired or another account's (begin again); `passkey_refused`: the authenticator's answer did not check out, or its passkey is registered already", body = ApiError),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn register(
    State(state): State<AppState>,
    Resident(me): Resident,
    claim: Option<Extension<IdempotencyClaim>>,
    body: Bytes,
) -> Result<impl IntoResponse, ServerError> {
    let claim = idempotency::require_claim(claim)?;
    let request: PasskeyRegistration =
        serde_json::from_slice(&body).map_err(|e| ServerError::InvalidRequest(e.to_string()))?;
    let now = state.clock.now();
    let kept = state
        .store
        .take_passkey_challenge(
            request.challenge_id,
            ChallengePurpose::Register,
            Some(me.account.clone()),
            now,
        )
        .await?
        .ok_or(ServerError::PasskeyChallengeInvalid)?;
    #[derive(serde::Deserialize)]
    struct Kept {
        handle: Uuid,
        state: RegistrationState,
    }
    let kept: Kept = serde_json::from_str(&kept)
        .map_err(|e| ServerError::Internal(format!("a kept passkey registration: {e}")))?;
    let credential: RegisterPublicKeyCredential =
        serde_json::from_value(request.credential).map_err(|e| refused("registration", e))?;
    let passkey = state
        .webauthn
        .finish_passkey_registration(&credential, &kept.state)
        .map_err(|e| refused("registration", e))?;
    let new = NewPasskey {
        id: PasskeyId(new_id("pk")),
        name: request.name,
        credential_id: to_hex(passkey.cred_id().as_ref()),
        user_handle: kept.handle.to_string(),
        passkey: state_json(&passkey)?,
        at: now,
    };
    match state
        .store
        .add_passkey(me.account, new, claim, idempotency::keep_created())
        .await?
    {
        PasskeyAdded::Added(view) => Ok((StatusCode::CREATED, NO_STORE, Json(view))),
        PasskeyAdded::CredentialTaken => Err(ServerError::PasskeyRefused),
        PasskeyAdded::NoAccount => Err(ServerError::Unauthorized),
    }
}

#[utoipa::path(
    get,
    path = "/api/v1/account/passkeys",
    operation_id = "listPasskeys",
    tag = "accounts",
    security(("resident" = [])),
    responses(
        (status = 200, description = "The resident's passkeys, newest first", body = PasskeyList),
        (status = 401, description = "`unauthorized`: no valid access token", body = ApiError),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn list(
    State(state): State<AppState>,
    Resident(me): Resident,
) -> Result<impl IntoResponse, ServerError> {
    let passkeys = state
        .store
        .passkeys(me.account)
        .await?
        .into_iter()
        .map(|p| p.view)
        .collect();
    Ok((NO_STORE, Json(PasskeyList { passkeys })))
}

#[utoipa::path(
    delete,
    path = "/api/v1/account/passkeys/{id}",
    operation_id = "deletePasskey",
    tag = "accounts",
    security(("resident" = [])),
    params((
        "id" = String,
        Path,
        description = "The passkey's id from the list",
        pattern = "^pk-[0-9a-f]{32}$",
        example = "pk-00112233445566778899aabbccddeeff"
    )),
    responses(
        (status = 204, description = "The passkey is removed: it signs in no more (the resident may also delete it from their authenticator)"),
        (status = 401, description = "`unauthorized`: no valid access token", body = ApiError),
        (status = 404, description = "`not_found`: the account has no such passkey", body = ApiError),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn delete(
    State(state): State<AppState>,
    Resident(me): Resident,
    id: Result<Path<String>, PathRejection>,
) -> Result<StatusCode, ServerError> {
    let id = id
        .ok()
        .and_then(|Path(id)| PasskeyId::parse(&id))
        .ok_or(ServerError::NotFound)?;
    if state.store.delete_passkey(me.account, id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ServerError::NotFound)
    }
}

#[utoipa::path(
    post,
    path = "/api/v1/auth/passkey/options",
    operation_id = "beginPasskeySignIn",
    tag = "accounts",
    responses(
        (status = 200, description = "The options for `navigator.credentials.get` (no account named: the browser offers the resident's passkeys for this site) and the challenge's id, which answers once within five minutes", body = PasskeyChallenge),
        (status = 429, description = "`rate_limited`: too many sign-ins begun from this client; see Retry-After", body = ApiError,
            headers(("Retry-After" = u64, description = "Seconds until a new try is counted"))),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn sign_in_options(
    State(state): State<AppState>,
    client: ClientAddress,
) -> Result<impl IntoResponse, ServerError> {
    limits::count_client(&state, "passkey", &client, PASSKEY_SIGN_INS_PER_CLIENT).await?;
    let (options, authentication) = state
        .webauthn
        .start_discoverable_authentication()
        .map_err(|e| ServerError::Internal(format!("passkey sign-in: {e}")))?;
    let now = state.clock.now();
    let answer = challenge(public_key_of(&options)?, now)?;
    state
        .store
        .put_passkey_challenge(
            NewChallenge {
                id: answer.challenge_id.clone(),
                purpose: ChallengePurpose::SignIn,
                account: None,
                state: state_json(&authentication)?,
                expires_at: answer.expires_at,
            },
            now,
        )
        .await?;
    Ok((NO_STORE, Json(answer)))
}

#[utoipa::path(
    post,
    path = "/api/v1/auth/passkey/sign-in",
    operation_id = "signInWithPasskey",
    tag = "accounts",
    request_body = PasskeySignIn,
    responses(
        (status = 201, description = "Signed in, as with a mailed code: the device's credential (keep it in the OS keyring) and an access token", body = SignedIn),
        (status = 400, description = "`invalid_request`: the body is not a passkey sign-in", body = ApiError),
        (status = 413, description = "`invalid_request`: the body is too large", body = ApiError),
        (status = 422, description = "`passkey_challenge_invalid`: the challenge is unknown, used or expired (begin again); `passkey_refused`: the passkey is not registered here (removed, or never) or the authenticator's answer did not check out", body = ApiError),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn sign_in(
    State(state): State<AppState>,
    JsonBody(request): JsonBody<PasskeySignIn>,
) -> Result<(StatusCode, Json<SignedIn>), ServerError> {
    let now = state.clock.now();
    let kept = state
        .store
        .take_passkey_challenge(request.challenge_id, ChallengePurpose::SignIn, None, now)
        .await?
        .ok_or(ServerError::PasskeyChallengeInvalid)?;
    let authentication: DiscoverableAuthentication = serde_json::from_str(&kept)
        .map_err(|e| ServerError::Internal(format!("a kept passkey sign-in: {e}")))?;
    let credential: PublicKeyCredential =
        serde_json::from_value(request.credential).map_err(|e| refused("sign-in", e))?;
    let (handle, credential_id) = state
        .webauthn
        .identify_discoverable_authentication(&credential)
        .map_err(|e| refused("sign-in", e))?;
    let credential_id = to_hex(credential_id);
    let stored = state
        .store
        .passkey_by_credential(credential_id.clone())
        .await?
        .filter(|p| p.user_handle == handle.to_string())
        .ok_or_else(|| refused("sign-in", "no such passkey"))?;
    let mut passkey: Passkey = serde_json::from_str(&stored.passkey)
        .map_err(|e| ServerError::Internal(format!("a kept passkey: {e}")))?;
    let result = state
        .webauthn
        .finish_discoverable_authentication(&credential, authentication, &[DiscoverableKey::from(&passkey)])
        .map_err(|e| refused("sign-in", e))?;
    passkey.update_credential(&result);
    let device_credential = new_token(TokenKind::DeviceCredential);
    let access = new_token(TokenKind::Access);
    let expires_at = now.plus_millis(ACCESS_TOKEN_LIFETIME_MILLIS);
    let device_id = DeviceId(new_id("dev"));
    let device = NewDevice {
        id: device_id.clone(),
        name: request.device_name,
        credential_sha256: sha256_hex(&device_credential),
        access: NewAccessToken {
            token_sha256: sha256_hex(&access),
            expires_at,
        },
    };
    let account = state
        .store
        .sign_in_with_passkey(credential_id, state_json(&passkey)?, device, now)
        .await?
        .ok_or_else(|| refused("sign-in", "the passkey was removed meanwhile"))?;
    Ok((
        StatusCode::CREATED,
        Json(SignedIn {
            account,
            device_id,
            device_credential,
            access: AccessGrant {
                access_token: access,
                expires_at,
            },
        }),
    ))
}
