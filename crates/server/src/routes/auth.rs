//! Who is asking, decided once per route group: the [`Resident`] extractor for the resident's own
//! routes, the [`staff_layer`] for every route under `/api/v1/admin`, the [`Staff`] extractor for a
//! staff member's own session. A handler of a guarded group cannot forget the check: it is not in
//! the handler.
//!
//! Tokens are looked up by their SHA-256 (`credentials.rs`), after a cheap check of their form, so
//! a token of one kind is never taken for another.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse as _, Response};
use madoguchi_domain::account::{AccountId, AuditAction, AuditEntry};

use super::{AppState, bearer_token};
use crate::credentials::{TokenKind, sha256_hex};
use crate::error::ServerError;
use crate::storage::{ResidentPrincipal, StaffPrincipal};

/// Where a request came from, as this server saw it (the peer's address; behind a reverse proxy,
/// the proxy's: `deploy/README.md` says how to keep per-client limits meaningful there).
#[derive(Debug, Clone)]
pub struct ClientAddress(pub String);

impl ClientAddress {
    pub fn of(parts: &Parts) -> Self {
        Self(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map_or_else(|| "unknown".to_owned(), |ConnectInfo(addr)| addr.ip().to_string()),
        )
    }
}

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = ServerError;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, Self::Rejection> {
        Ok(Self::of(parts))
    }
}

/// A signed-in resident: `Authorization: Bearer at-…`, unexpired, its device not revoked.
/// Anything else is 401 `unauthorized`.
#[derive(Debug, Clone)]
pub struct Resident(pub ResidentPrincipal);

impl FromRequestParts<AppState> for Resident {
    type Rejection = ServerError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if let Some(resident) = parts.extensions.get::<Resident>() {
            return Ok(resident.clone());
        }
        let token = bearer_token(&parts.headers)?;
        resident(state, token)
            .await?
            .map(Resident)
            .ok_or(ServerError::Unauthorized)
    }
}

/// Whose idempotency keys a request's are (`idempotency.rs`): a resident's account id,
/// `staff:<username>`, `cred:<hash>` for any other credential, or empty for a request without
/// one. Who was found is left in the
/// request's extensions, so the route's extractor does not look them up again.
pub async fn idempotency_scope(state: &AppState, parts: &mut Parts) -> Result<String, ServerError> {
    // Found already by a layer outside this one (the uploads' gate).
    if let Some(Resident(found)) = parts.extensions.get::<Resident>() {
        return Ok(found.account.0.clone());
    }
    let Ok(token) = bearer_token(&parts.headers).map(str::to_owned) else {
        return Ok(String::new());
    };
    if let Some(found) = resident(state, &token).await? {
        let scope = found.account.0.clone();
        parts.extensions.insert(Resident(found));
        return Ok(scope);
    }
    if TokenKind::StaffSession.matches(&token)
        && let Ok(staff) = Staff::from_request_parts(parts, state).await
    {
        let scope = format!("staff:{}", staff.principal.username.as_str());
        parts.extensions.insert(staff);
        return Ok(scope);
    }
    // Any other credential (an application's or a booking's access token, or one that is no
    // good): the key is kept apart by the credential itself, so a kept answer (a receipt with its
    // token) is never replayed to a request that did not send it.
    Ok(format!("cred:{}", &sha256_hex(&token)[..32]))
}

/// The resident an access token stands for, if it is one (`None` for any other token).
pub async fn resident(state: &AppState, token: &str) -> Result<Option<ResidentPrincipal>, ServerError> {
    if !TokenKind::Access.matches(token) {
        return Ok(None);
    }
    Ok(state
        .store
        .resident_by_token(sha256_hex(token), state.clock.now())
        .await?)
}

/// A signed-in member of staff (any role), with where they are working from.
#[derive(Debug, Clone)]
pub struct Staff {
    pub principal: StaffPrincipal,
    pub device: ClientAddress,
    /// The session token's hash (sign-out ends this session).
    pub session_sha256: String,
}

impl Staff {
    /// Writes one entry of the audit log; the caller serves the data only after it is written.
    pub async fn audit(
        &self,
        state: &AppState,
        action: AuditAction,
        resident: Option<AccountId>,
        subject: impl Into<String>,
    ) -> Result<(), ServerError> {
        state
            .store
            .append_audit(self.entry(state, action, resident, subject))
            .await?;
        Ok(())
    }

    /// The audit entry for an action, for a store method that writes it in its own transaction.
    pub fn entry(
        &self,
        state: &AppState,
        action: AuditAction,
        resident: Option<AccountId>,
        subject: impl Into<String>,
    ) -> AuditEntry {
        AuditEntry {
            at: state.clock.now(),
            staff: self.principal.username.clone(),
            role: self.principal.role,
            action,
            resident,
            subject: subject.into(),
            device: self.device.0.clone(),
        }
    }
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = ServerError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if let Some(staff) = parts.extensions.get::<Staff>() {
            return Ok(staff.clone());
        }
        let token = bearer_token(&parts.headers)?;
        if !TokenKind::StaffSession.matches(token) {
            return Err(ServerError::Unauthorized);
        }
        let session_sha256 = sha256_hex(token);
        let principal = state
            .store
            .staff_by_token(session_sha256.clone(), state.clock.now())
            .await?
            .ok_or(ServerError::Unauthorized)?;
        Ok(Self {
            principal,
            device: ClientAddress::of(parts),
            session_sha256,
        })
    }
}

/// The layer of the `/api/v1/admin` group: a staff session whose role handles residents' data
/// (clerk, admin). No session: 401; a resident's token or a volunteer's session: 403.
pub async fn staff_layer(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let (mut parts, body) = request.into_parts();
    let staff = match Staff::from_request_parts(&mut parts, &state).await {
        Ok(staff) => staff,
        Err(ServerError::Unauthorized) => {
            let is_resident = match bearer_token(&parts.headers) {
                Ok(token) => resident(&state, token).await.ok().flatten().is_some(),
                Err(_) => false,
            };
            let error = if is_resident {
                ServerError::Forbidden
            } else {
                ServerError::Unauthorized
            };
            return error.into_response();
        }
        Err(other) => return other.into_response(),
    };
    if !staff.principal.role.handles_residents_data() {
        return ServerError::Forbidden.into_response();
    }
    parts.extensions.insert(staff);
    next.run(Request::from_parts(parts, body)).await
}

/// The signed-in resident a request to an open route came from (a booking, a waitlist place, an
/// application: linked to them, and judged at their identity level); `None` for a request without
/// a resident's token (anonymous, or a booking's own token). A resident's token (`at-…`) that the
/// idempotency layer did not find — lapsed, revoked, or its account deleted — is 401: taking it as
/// anonymous would do the thing without the link (and the notices) the resident expects.
pub fn optional_resident(
    headers: &axum::http::HeaderMap,
    resident: Option<axum::Extension<Resident>>,
) -> Result<Option<ResidentPrincipal>, ServerError> {
    match resident {
        Some(axum::Extension(Resident(who))) => Ok(Some(who)),
        None => match super::bearer_token(headers) {
            Ok(token) if TokenKind::Access.matches(token) => Err(ServerError::Unauthorized),
            _ => Ok(None),
        },
    }
}
