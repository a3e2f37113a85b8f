//! A resident signs in with a code mailed to them. Signing in the first time makes the account.
//!
//! `POST /auth/code` answers 202 whether or not the address has an account, so nobody can learn
//! who has one; the code works once, for 10 minutes, within 5 tries.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use madoguchi_domain::account::{
    ACCESS_TOKEN_LIFETIME_MILLIS, AccessGrant, AccountId, CODE_LIFETIME_MILLIS, CODE_MAX_ATTEMPTS,
    CodeRequest, CodeSignIn, DeviceId, Refresh, SignedIn,
};
use madoguchi_domain::form::FieldProblem;
use madoguchi_domain::{ApiError, LocaleTag, msg_id};

use crate::credentials::{TokenKind, code_digest, new_id, new_sign_in_code, new_token, sha256_hex};
use crate::error::ServerError;
use crate::routes::AppState;
use crate::routes::auth::ClientAddress;
use crate::routes::json::JsonBody;
use crate::routes::limits::{self, CODES_PER_ADDRESS, CODES_PER_CLIENT};
use crate::storage::{CodeAttempt, CodeOutcome, NewAccessToken, NewDevice};

pub const CODE_PATH: &str = "/api/v1/auth/code";
pub const SIGN_IN_PATH: &str = "/api/v1/auth/sign-in";
pub const REFRESH_PATH: &str = "/api/v1/auth/refresh";

#[utoipa::path(
    post,
    path = "/api/v1/auth/code",
    operation_id = "requestSignInCode",
    tag = "accounts",
    request_body = CodeRequest,
    responses(
        (status = 202, description = "A code is on its way to the address (the same answer whether or not it has an account)"),
        (status = 400, description = "`invalid_request`: the body is not a code request", body = ApiError),
        (status = 413, description = "`invalid_request`: the body is too large", body = ApiError),
        (status = 422, description = "`invalid_submission`: mail cannot carry this address (over 64 characters before the `@`, or over 254 in all); the problem names `email`", body = ApiError),
        (status = 429, description = "`rate_limited`: too many codes asked for this address or from this client; see Retry-After", body = ApiError,
            headers(("Retry-After" = u64, description = "Seconds until a new try is counted"))),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`mail_unavailable`: the mail could not be sent now; `unavailable`: the database does not answer", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn request_code(
    State(state): State<AppState>,
    client: ClientAddress,
    JsonBody(request): JsonBody<CodeRequest>,
) -> Result<StatusCode, ServerError> {
    if !request.email.fits_smtp() {
        return Err(ServerError::InvalidSubmission(vec![FieldProblem::new(
            "email",
            msg_id!("form-error-email"),
        )]));
    }
    // Buckets are named by hashes: the table of counters holds no address.
    let address = sha256_hex(request.email.as_str());
    limits::count(&state, format!("code-address:{address}"), CODES_PER_ADDRESS).await?;
    limits::count_client(&state, "code", &client, CODES_PER_CLIENT).await?;
    let code = new_sign_in_code();
    let now = state.clock.now();
    state
        .store
        .put_sign_in_code(
            request.email.clone(),
            code_digest(request.email.as_str(), code.as_str()),
            now.plus_millis(CODE_LIFETIME_MILLIS),
            CODE_MAX_ATTEMPTS,
        )
        .await?;
    let locale = request.locale.unwrap_or_else(LocaleTag::source);
    state
        .mailer
        .send_sign_in_code(&request.email, &code, &locale)
        .await
        .map_err(|e| {
            tracing::warn!(error = %e, "a sign-in code could not be mailed");
            ServerError::MailUnavailable
        })?;
    Ok(StatusCode::ACCEPTED)
}

#[utoipa::path(
    post,
    path = "/api/v1/auth/sign-in",
    operation_id = "signInWithCode",
    tag = "accounts",
    request_body = CodeSignIn,
    responses(
        (status = 201, description = "Signed in: the device's credential (keep it in the OS keyring) and an access token", body = SignedIn),
        (status = 400, description = "`invalid_request`: the body is not a sign-in", body = ApiError),
        (status = 413, description = "`invalid_request`: the body is too large", body = ApiError),
        (status = 422, description = "`sign_in_code_invalid`: the code is wrong, used or expired", body = ApiError),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn sign_in(
    State(state): State<AppState>,
    JsonBody(sign_in): JsonBody<CodeSignIn>,
) -> Result<(StatusCode, Json<SignedIn>), ServerError> {
    let now = state.clock.now();
    let credential = new_token(TokenKind::DeviceCredential);
    let access = new_token(TokenKind::Access);
    let expires_at = now.plus_millis(ACCESS_TOKEN_LIFETIME_MILLIS);
    let device_id = DeviceId(new_id("dev"));
    let attempt = CodeAttempt {
        code_digest: code_digest(sign_in.email.as_str(), sign_in.code.as_str()),
        email: sign_in.email,
        at: now,
        new_account: AccountId(new_id("acc")),
        device: NewDevice {
            id: device_id.clone(),
            name: sign_in.device_name,
            credential_sha256: sha256_hex(&credential),
            access: NewAccessToken {
                token_sha256: sha256_hex(&access),
                expires_at,
            },
        },
    };
    match state.store.sign_in_with_code(attempt).await? {
        CodeOutcome::Refused => Err(ServerError::SignInCodeInvalid),
        CodeOutcome::SignedIn(account) => Ok((
            StatusCode::CREATED,
            Json(SignedIn {
                account,
                device_id,
                device_credential: credential,
                access: AccessGrant {
                    access_token: access,
                    expires_at,
                },
            }),
        )),
    }
}

#[utoipa::path(
    post,
    path = "/api/v1/auth/refresh",
    operation_id = "refreshAccess",
    tag = "accounts",
    request_body = Refresh,
    responses(
        (status = 200, description = "A new access token", body = AccessGrant),
        (status = 400, description = "`invalid_request`: the body is not a refresh", body = ApiError),
        (status = 401, description = "`unauthorized`: the credential is unknown or its device was signed out", body = ApiError),
        (status = 413, description = "`invalid_request`: the body is too large", body = ApiError),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn refresh(
    State(state): State<AppState>,
    JsonBody(refresh): JsonBody<Refresh>,
) -> Result<Json<AccessGrant>, ServerError> {
    if !TokenKind::DeviceCredential.matches(&refresh.device_credential) {
        return Err(ServerError::Unauthorized);
    }
    let now = state.clock.now();
    let access = new_token(TokenKind::Access);
    let expires_at = now.plus_millis(ACCESS_TOKEN_LIFETIME_MILLIS);
    let token = NewAccessToken {
        token_sha256: sha256_hex(&access),
        expires_at,
    };
    state
        .store
        .refresh_access(sha256_hex(&refresh.device_credential), token, now)
        .await?
        .ok_or(ServerError::Unauthorized)?;
    Ok(Json(AccessGrant {
        access_token: access,
        expires_at,
    }))
}
