//! A signed-in resident's own account: what the city keeps about them, the devices they are signed
//! in on (any of which they can sign out), every staff access to their data, all of it as one
//! download, and the account's deletion.

use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::{Extension, Json};
use madoguchi_domain::ApiError;
use madoguchi_domain::account::{AccountExport, AccountView, AuditLog, DeviceId, DeviceList};

use crate::error::ServerError;
use crate::idempotency;
use crate::routes::AppState;
use crate::routes::auth::Resident;
use crate::storage::{IdempotencyClaim, Respond, StoredResponse};

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

#[utoipa::path(
    get,
    path = "/api/v1/account/export",
    operation_id = "exportAccount",
    tag = "accounts",
    security(("resident" = [])),
    responses(
        (status = 200, description = "Everything the city keeps about the resident, as one JSON document to download (no secrets: the server keeps none in the clear)", body = AccountExport,
            headers(("Content-Disposition" = String, description = "`attachment; filename=\"madoguchi-account.json\"`"))),
        (status = 401, description = "`unauthorized`: no valid access token", body = ApiError),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn export(
    State(state): State<AppState>,
    Resident(me): Resident,
) -> Result<impl IntoResponse, ServerError> {
    let export = state
        .store
        .export_account(me.account, state.clock.now())
        .await?
        .ok_or(ServerError::Unauthorized)?;
    let download = (
        header::CONTENT_DISPOSITION,
        "attachment; filename=\"madoguchi-account.json\"",
    );
    Ok((NO_STORE, [download], Json(export)))
}

#[utoipa::path(
    delete,
    path = "/api/v1/account",
    operation_id = "deleteAccount",
    tag = "accounts",
    security(("resident" = [])),
    responses(
        (status = 204, description = "The account is deleted with its devices, tokens and personal notices; every device is signed out. Applications stay with the city (read with their own tokens) and the audit entries about the account stay in the audit log (docs/accounts.md)"),
        (status = 401, description = "`unauthorized`: no valid access token (also the answer to a retry after the deletion: the token went with the account)", body = ApiError),
        (status = 500, description = "`internal`: the server failed", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn delete(
    State(state): State<AppState>,
    Resident(me): Resident,
    claim: Option<Extension<IdempotencyClaim>>,
) -> Result<StatusCode, ServerError> {
    let claim = idempotency::require_claim(claim)?;
    let respond: Respond<()> = Box::new(|()| StoredResponse {
        status: StatusCode::NO_CONTENT.as_u16(),
        content_type: String::new(),
        body: Vec::new(),
    });
    if state.store.delete_account(me.account, claim, respond).await? {
        tracing::info!("an account was deleted by its resident");
        Ok(StatusCode::NO_CONTENT)
    } else {
        // Deleted meanwhile (by another device's request): the token stands for no one now.
        Err(ServerError::Unauthorized)
    }
}
