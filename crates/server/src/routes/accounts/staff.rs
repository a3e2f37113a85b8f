//! Staff sign in with a password (argon2id) and the code of their authenticator app (TOTP), for a
//! session of one working day; a clerk records a resident's identity check at the counter.
//!
//! A failed sign-in is logged (the username, never the password) and counted: tries per username
//! and per client are limited (`routes/limits.rs`). A TOTP code signs in once.

use axum::Json;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use madoguchi_domain::ApiError;
use madoguchi_domain::account::{
    AccountId, AuditAction, STAFF_SESSION_LIFETIME_MILLIS, StaffSession, StaffSignIn, VerifyIdentity,
};

use crate::credentials::{TokenKind, check_totp, new_token, sha256_hex, verify_password};
use crate::error::ServerError;
use crate::routes::AppState;
use crate::routes::auth::{ClientAddress, Staff};
use crate::routes::json::JsonBody;
use crate::routes::limits::{self, STAFF_TRIES_PER_CLIENT, STAFF_TRIES_PER_USERNAME};

pub const SIGN_IN_PATH: &str = "/api/v1/staff/sign-in";

/// The argon2id hash checked when the username is unknown, so an unknown name takes as long as a
/// wrong password (nobody learns which usernames exist by timing).
static DUMMY_HASH: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| crate::credentials::hash_password("not anybody's password"));

#[utoipa::path(
    post,
    path = "/api/v1/staff/sign-in",
    operation_id = "staffSignIn",
    tag = "staff",
    request_body = StaffSignIn,
    responses(
        (status = 201, description = "A staff session", body = StaffSession),
        (status = 400, description = "`invalid_request`: the body is not a staff sign-in", body = ApiError),
        (status = 401, description = "`staff_sign_in_failed`: username, password or authenticator code wrong (or the code was used already)", body = ApiError),
        (status = 413, description = "`invalid_request`: the body is too large", body = ApiError),
        (status = 429, description = "`rate_limited`: too many tries for this username or from this client; see Retry-After", body = ApiError,
            headers(("Retry-After" = u64, description = "Seconds until a new try is counted"))),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn sign_in(
    State(state): State<AppState>,
    client: ClientAddress,
    JsonBody(sign_in): JsonBody<StaffSignIn>,
) -> Result<(StatusCode, Json<StaffSession>), ServerError> {
    let username = sign_in.username.clone();
    limits::count(
        &state,
        format!("staff-user:{}", username.as_str()),
        STAFF_TRIES_PER_USERNAME,
    )
    .await?;
    limits::count_client(&state, "staff", &client, STAFF_TRIES_PER_CLIENT).await?;
    let now = state.clock.now();
    let credentials = state.store.staff_credentials(username.clone()).await?;
    // argon2 is slow on purpose: off the async threads.
    let checked = tokio::task::spawn_blocking(move || {
        let hash = credentials
            .as_ref()
            .map_or(DUMMY_HASH.as_str(), |c| c.password_hash.as_str());
        let password_ok = verify_password(hash, &sign_in.password);
        credentials
            .filter(|_| password_ok)
            .and_then(|c| check_totp(&c.totp_secret, &sign_in.totp, now).map(|step| (c.role, step)))
    })
    .await
    .map_err(|e| ServerError::Internal(format!("password check: {e}")))?;
    let failed = || {
        tracing::warn!(username = username.as_str(), client = %client.0, "a staff sign-in failed");
        ServerError::StaffSignInFailed
    };
    let (role, step) = checked.ok_or_else(failed)?;
    let token = new_token(TokenKind::StaffSession);
    let expires_at = now.plus_millis(STAFF_SESSION_LIFETIME_MILLIS);
    if !state
        .store
        .start_staff_session(username.clone(), step, sha256_hex(&token), expires_at)
        .await?
    {
        return Err(failed());
    }
    tracing::info!(
        username = username.as_str(),
        role = role.as_str(),
        "staff signed in"
    );
    Ok((
        StatusCode::CREATED,
        Json(StaffSession {
            token,
            username,
            role,
            expires_at,
        }),
    ))
}

#[utoipa::path(
    post,
    path = "/api/v1/staff/sign-out",
    operation_id = "staffSignOut",
    tag = "staff",
    security(("staff" = [])),
    responses(
        (status = 204, description = "The session is ended"),
        (status = 401, description = "`unauthorized`: no valid staff session", body = ApiError),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn sign_out(State(state): State<AppState>, staff: Staff) -> Result<StatusCode, ServerError> {
    state
        .store
        .end_staff_session(staff.session_sha256, state.clock.now())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    post,
    path = "/api/v1/admin/residents/{account}/identity",
    operation_id = "verifyResidentIdentity",
    tag = "admin",
    security(("staff" = [])),
    params((
        "account" = String,
        Path,
        description = "The resident's account id (from their app's account page)",
        pattern = "^acc-[0-9a-f]{32}$",
        example = "acc-00112233445566778899aabbccddeeff"
    )),
    request_body = VerifyIdentity,
    responses(
        (status = 204, description = "The identity level is recorded, with an audit entry"),
        (status = 400, description = "`invalid_request`: the body is not an identity level", body = ApiError),
        (status = 401, description = "`unauthorized`: no valid staff session", body = ApiError),
        (status = 403, description = "`forbidden`: a resident's token, or a staff role that does not handle residents' data", body = ApiError),
        (status = 404, description = "`not_found`: no such account", body = ApiError),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn verify_identity(
    State(state): State<AppState>,
    staff: Staff,
    account: Result<Path<String>, PathRejection>,
    body: axum::body::Bytes,
) -> Result<StatusCode, ServerError> {
    let account = account
        .ok()
        .and_then(|Path(id)| AccountId::parse(&id))
        .ok_or(ServerError::NotFound)?;
    let request: VerifyIdentity =
        serde_json::from_slice(&body).map_err(|e| ServerError::InvalidRequest(e.to_string()))?;
    let entry = staff.entry(
        &state,
        AuditAction::VerifyIdentity,
        Some(account.clone()),
        account.0.clone(),
    );
    if state
        .store
        .set_identity_level(account, request.identity_level, entry)
        .await?
    {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ServerError::NotFound)
    }
}
