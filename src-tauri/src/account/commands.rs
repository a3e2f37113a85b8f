//! The sign-in commands the UI may invoke (`ui/src/ipc/account.rs`), each listed in `build.rs`
//! and the main window's capability. Thin: the work is in [`super::Account`].

use madoguchi_domain::account::{
    AccountView, AuditLog, CodeRequest, DeviceId, DeviceList, EmailAddress, SignInCode,
};
use madoguchi_domain::form::ResidentDetails;
use tauri::State;

use crate::commands::ShellState;
use crate::error::Result;

/// Asks the city to mail a sign-in code (a direct call: it changes no resident data).
#[tauri::command]
pub async fn request_sign_in_code(state: State<'_, ShellState>, request: CodeRequest) -> Result<()> {
    state
        .data
        .account()
        .request_code(request)
        .await
        .inspect_err(|e| tracing::warn!("sign-in code: {e}"))
}

/// Signs this device in with the mailed code; the credential goes to the OS keyring.
#[tauri::command]
pub async fn sign_in_with_code(
    state: State<'_, ShellState>,
    email: EmailAddress,
    code: SignInCode,
) -> Result<AccountView> {
    state
        .data
        .account()
        .sign_in(email, code)
        .await
        .inspect_err(|e| tracing::warn!("sign in: {e}"))
}

/// Who the app is signed in as (`None`: no one); the kept account when offline.
#[tauri::command]
pub async fn signed_in_account(state: State<'_, ShellState>) -> Result<Option<AccountView>> {
    state
        .data
        .account()
        .signed_in()
        .await
        .inspect_err(|e| tracing::warn!("signed-in account: {e}"))
}

/// Signs out now; the city revokes the credential when the outbox reaches it.
#[tauri::command]
pub async fn sign_out(state: State<'_, ShellState>) -> Result<()> {
    state
        .data
        .account()
        .sign_out()
        .await
        .inspect_err(|e| tracing::warn!("sign out: {e}"))
}

/// The devices the resident is signed in on (asked now).
#[tauri::command]
pub async fn my_devices(state: State<'_, ShellState>) -> Result<DeviceList> {
    state
        .data
        .account()
        .devices()
        .await
        .inspect_err(|e| tracing::warn!("devices: {e}"))
}

/// The resident's own details the city already has, for a new form to start with (asked now).
#[tauri::command]
pub async fn resident_details(state: State<'_, ShellState>) -> Result<ResidentDetails> {
    state
        .data
        .account()
        .resident_details()
        .await
        .inspect_err(|e| tracing::warn!("resident details: {e}"))
}

/// Signs one of the resident's devices out (through the outbox).
#[tauri::command]
pub async fn sign_out_device(state: State<'_, ShellState>, device: DeviceId) -> Result<()> {
    state
        .data
        .account()
        .sign_out_device(device)
        .await
        .inspect_err(|e| tracing::warn!("sign out a device: {e}"))
}

/// What staff did with the resident's data.
#[tauri::command]
pub async fn account_audit(state: State<'_, ShellState>) -> Result<AuditLog> {
    state
        .data
        .account()
        .audit()
        .await
        .inspect_err(|e| tracing::warn!("audit: {e}"))
}
