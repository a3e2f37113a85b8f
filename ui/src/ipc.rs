//! The one typed door from the UI to the outside world.
//!
//! **Architecture Invariant:** the UI reaches the shell (app mode) or the server (web mode) only
//! through the functions of this module, each typed with the wire types of `madoguchi-domain`.
//! Nothing else calls `invoke` or `fetch`, and no call unwraps: every failure becomes an
//! [`ApiError`] whose message id the page shows in the reader's language.

use js_sys::{Function, Promise, Reflect};
use madoguchi_domain::{ApiError, ErrorCode, ProcedureCatalogue};
use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast as _, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The city's procedure catalogue.
pub async fn procedure_catalogue() -> Result<ProcedureCatalogue, ApiError> {
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "procedure_catalogue").await,
        None => http_get("/api/v1/procedures").await,
    }
}

/// `window.__TAURI__.core.invoke`, present only inside the Tauri shell (`withGlobalTauri`).
fn tauri_invoke_fn() -> Option<Function> {
    let window: JsValue = web_sys::window()?.into();
    let tauri = Reflect::get(&window, &"__TAURI__".into())
        .ok()
        .filter(|v| v.is_object())?;
    let core = Reflect::get(&tauri, &"core".into())
        .ok()
        .filter(|v| v.is_object())?;
    Reflect::get(&core, &"invoke".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()
}

async fn call_shell<T: DeserializeOwned>(invoke: &Function, command: &str) -> Result<T, ApiError> {
    let promise: Promise = invoke
        .call1(&JsValue::NULL, &command.into())
        .ok()
        .and_then(|p| p.dyn_into().ok())
        .ok_or_else(|| ApiError::from(ErrorCode::Internal))?;
    match JsFuture::from(promise).await {
        Ok(value) => from_js(&value).ok_or_else(|| ErrorCode::BadResponse.into()),
        // The shell rejects with a serialised ApiError; anything else is a bug worth a generic message.
        Err(reason) => Err(from_js(&reason).unwrap_or_else(|| ErrorCode::Internal.into())),
    }
}

async fn http_get<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    let window = web_sys::window().ok_or_else(|| ApiError::from(ErrorCode::Internal))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(path))
        .await
        .ok()
        .and_then(|r| r.dyn_into().ok())
        // fetch rejects only when the network failed: the server is out of reach.
        .ok_or_else(|| ApiError::from(ErrorCode::ServerUnreachable))?;
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    if response.ok() {
        serde_json::from_str(&text).map_err(|_| ErrorCode::BadResponse.into())
    } else {
        Err(serde_json::from_str(&text).unwrap_or_else(|_| {
            // A proxy's 502/504 page, or a server that is gone: not the city's own error.
            let code = if matches!(response.status(), 502..=504) {
                ErrorCode::ServerUnreachable
            } else {
                ErrorCode::BadResponse
            };
            code.into()
        }))
    }
}

fn from_js<T: DeserializeOwned>(value: &JsValue) -> Option<T> {
    let json = js_sys::JSON::stringify(value).ok()?.as_string()?;
    serde_json::from_str(&json).ok()
}
