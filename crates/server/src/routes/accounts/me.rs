//! A signed-in resident's own account: what the city keeps about them, the devices they are signed
//! in on (any of which they can sign out), and every staff access to their data.

use axum::Json;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use madoguchi_domain::ApiError;
use madoguchi_domain::account::{AccountView, AuditLog, DeviceId, DeviceList};

use crate::error::ServerError;
use crate::routes::AppState;
use crate::routes::auth::Resident;

/// Personal data: never kept by a cache on the way.
const NO_STORE: [(header::HeaderName, &str); 1] = [(header::CACHE_CONTROL, "no-store")];

#[utoipa::path(
    get,
    path = "/api/v1/account",
    operation_id = "getAccount",
    tag = "accounts",
    security(("resident" = [])),
    responses(
        (status = 200, description = "Everything the city keeps about the account", body = AccountView),
        (status = 401, description = "`unauthorized`: no valid access token", body = ApiError),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn account(
    State(state): State<AppState>,
    Resident(me): Resident,
) -> Result<impl IntoResponse, ServerError> {
    let account = state
        .store
        .account(me.account)
        .await?
        .ok_or(ServerError::Unauthorized)?;
    Ok((NO_STORE, Json(account)))
}

#[utoipa::path(
    get,
    path = "/api/v1/account/devices",
    operation_id = "listDevices",
    tag = "accounts",
    security(("resident" = [])),
    responses(
        (status = 200, description = "The devices signed in to the account, newest first", body = DeviceList),
        (status = 401, description = "`unauthorized`: no valid access token", body = ApiError),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn devices(
    State(state): State<AppState>,
    Resident(me): Resident,
) -> Result<impl IntoResponse, ServerError> {
    let mut devices = state.store.devices(me.account).await?;
    for device in &mut devices {
        device.current = device.id == me.device;
    }
    Ok((NO_STORE, Json(DeviceList { devices })))
}

#[utoipa::path(
    post,
    path = "/api/v1/account/devices/{id}/revoke",
    operation_id = "revokeDevice",
    tag = "accounts",
    security(("resident" = [])),
    params((
        "id" = String,
        Path,
        description = "The device's id from the list",
        pattern = "^dev-[0-9a-f]{32}$",
        example = "dev-00112233445566778899aabbccddeeff"
    )),
    responses(
        (status = 204, description = "The device is signed out: its credential and tokens no longer work"),
        (status = 401, description = "`unauthorized`: no valid access token", body = ApiError),
        (status = 404, description = "`not_found`: the account has no such device signed in", body = ApiError),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn revoke(
    State(state): State<AppState>,
    Resident(me): Resident,
    id: Result<Path<String>, PathRejection>,
) -> Result<StatusCode, ServerError> {
    let device = id
        .ok()
        .and_then(|Path(id)| DeviceId::parse(&id))
        .ok_or(ServerError::NotFound)?;
    if state
        .store
        .revoke_device(me.account, device, state.clock.now())
        .await?
    {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ServerError::NotFound)
    }
}

#[utoipa::path(
    post,
    path = "/api/v1/account/sign-out",
    operation_id = "signOut",
    tag = "accounts",
    security(("resident" = [])),
    responses(
        (status = 204, description = "This device is signed out: its credential and tokens no longer work"),
        (status = 401, description = "`unauthorized`: no valid access token", body = ApiError),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn sign_out(
    State(state): State<AppState>,
    Resident(me): Resident,
) -> Result<StatusCode, ServerError> {
    state
        .store
        .revoke_device(me.account, me.device, state.clock.now())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    get,
    path = "/api/v1/account/audit",
    operation_id = "getAccountAudit",
    tag = "accounts",
    security(("resident" = [])),
    responses(
        (status = 200, description = "Every staff access to the resident's data, oldest first", body = AuditLog),
        (status = 401, description = "`unauthorized`: no valid access token", body = ApiError),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn audit(
    State(state): State<AppState>,
    Resident(me): Resident,
) -> Result<impl IntoResponse, ServerError> {
    let entries = state.store.audit_about(me.account).await?;
    Ok((NO_STORE, Json(AuditLog { entries })))
}
