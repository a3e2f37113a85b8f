//! The one typed door from the UI to the outside world.
//!
//! **Architecture Invariant:** the UI reaches the shell (app mode) or the server (web mode) only
//! through the functions of this module, each typed with the wire types of `madoguchi-domain`.
//! Nothing else calls `invoke` or `fetch`, and no call unwraps: every failure becomes an
//! [`ApiError`] whose message id the page shows in the reader's language.
//!
//! App mode keeps data in the shell's encrypted store and sends mutations through its outbox. Web
//! mode has no device store (a browser profile is no place for residents' data): nothing is cached,
//! and an application is POSTed directly with an idempotency key the page keeps until it succeeds,
//! so a retry or a double click is replayed by the server, never doubled.

pub mod account;
pub mod applications;
pub mod bookings;
pub mod events;
pub mod notices;
mod passkey;
pub mod services;
mod upload;
pub mod web_push;

use js_sys::{Function, Promise, Reflect};
use madoguchi_domain::{
    ApiError, Cached, ErrorCode, IDEMPOTENCY_KEY_HEADER, IdempotencyKey, LocaleTag, ProcedureCatalogue,
    UnixMillis,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast as _, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Whether the page runs inside the app (with the shell's encrypted store and outbox).
pub fn is_app() -> bool {
    tauri_invoke_fn().is_some()
}

/// The catalogue as cached on this device (app mode), if it was ever fetched here.
pub async fn cached_procedure_catalogue() -> Result<Option<Cached<ProcedureCatalogue>>, ApiError> {
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "cached_procedure_catalogue", &()).await,
        None => Ok(None),
    }
}

/// The catalogue from the city's server (cached on the way in app mode).
pub async fn refresh_procedure_catalogue() -> Result<Cached<ProcedureCatalogue>, ApiError> {
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "refresh_procedure_catalogue", &()).await,
        None => http_get("/api/v1/procedures").await.map(fresh),
    }
}

/// "Send now": the outbox retries every waiting item at once.
pub async fn send_outbox_now() -> Result<(), ApiError> {
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "send_outbox_now", &()).await,
        None => Ok(()),
    }
}

/// Deletes everything the app keeps on this device, and its key.
pub async fn delete_local_data() -> Result<(), ApiError> {
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "delete_local_data", &()).await,
        None => Ok(()),
    }
}

/// The messages of `locale` as `cargo xtask build-ui` wrote them (`locales/<tag>-<hash>.ftl`, one
/// Fluent source), fetched from the page's own origin in both modes: the server in web mode, the
/// app's bundled files in app mode. The page lists the files in its
/// `<meta name="madoguchi-locale-files" content="en=/locales/en-….ftl …">`.
pub async fn locale_messages(locale: &LocaleTag) -> Result<String, ApiError> {
    let response = listed_file("madoguchi-locale-files", locale.as_str()).await?;
    let text = response
        .text()
        .map_err(|_| ApiError::from(ErrorCode::BadResponse))?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| ErrorCode::ServerUnreachable.into())
}

/// The file the page names for `key` in `<meta name="{meta}" content="key=/path …">`, fetched
/// from the page's own origin; a file not listed is `not_found`.
async fn listed_file(meta: &str, key: &str) -> Result<web_sys::Response, ApiError> {
    let window = web_sys::window().ok_or_else(|| ApiError::from(ErrorCode::Internal))?;
    let path = window
        .document()
        .and_then(|d| {
            d.query_selector(&format!(r#"meta[name="{meta}"]"#))
                .ok()
                .flatten()
        })
        .and_then(|meta| meta.get_attribute("content"))
        .and_then(|files| {
            files.split_whitespace().find_map(|entry| {
                let (listed, path) = entry.split_once('=')?;
                (listed == key).then(|| path.to_owned())
            })
        })
        .ok_or_else(|| ApiError::from(ErrorCode::NotFound))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&path))
        .await
        .ok()
        .and_then(|r| r.dyn_into().ok())
        .ok_or_else(|| ApiError::from(ErrorCode::ServerUnreachable))?;
    if !response.ok() {
        return Err(ErrorCode::NotFound.into());
    }
    Ok(response)
}

/// A fresh idempotency key from the browser's random source (web mode's retries reuse it).
pub fn new_idempotency_key() -> Result<IdempotencyKey, ApiError> {
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or_else(|| ApiError::from(ErrorCode::Internal))?;
    let mut bytes = [0u8; 16];
    crypto
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| ApiError::from(ErrorCode::Internal))?;
    Ok(IdempotencyKey::from_random(bytes))
}

/// What "now" is for the page (web mode stamps fresh data with it).
pub fn now() -> UnixMillis {
    #[allow(clippy::cast_possible_truncation)]
    UnixMillis(js_sys::Date::now() as i64)
}

fn fresh<T>(value: T) -> Cached<T> {
    Cached {
        value,
        fetched_at: now(),
        fresh: true,
    }
}

/// `window.__TAURI__.core.invoke`, present only inside the Tauri shell (`withGlobalTauri`).
pub(crate) fn tauri_invoke_fn() -> Option<Function> {
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

pub(crate) async fn call_shell_raw(
    invoke: &Function,
    command: &str,
    args: &JsValue,
    options: &JsValue,
) -> Result<JsValue, ApiError> {
    let promise: Promise = invoke
        .call3(&JsValue::NULL, &command.into(), args, options)
        .ok()
        .and_then(|p| p.dyn_into().ok())
        .ok_or_else(|| ApiError::from(ErrorCode::Internal))?;
    JsFuture::from(promise)
        .await
        .map_err(|reason| from_js(&reason).unwrap_or_else(|| ErrorCode::Internal.into()))
}

async fn call_shell<A: Serialize, T: DeserializeOwned>(
    invoke: &Function,
    command: &str,
    args: &A,
) -> Result<T, ApiError> {
    let args = to_js(args).ok_or_else(|| ApiError::from(ErrorCode::Internal))?;
    let value = call_shell_raw(invoke, command, &args, &JsValue::UNDEFINED).await?;
    from_js(&value).ok_or_else(|| ErrorCode::BadResponse.into())
}

async fn http_get<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    let window = web_sys::window().ok_or_else(|| ApiError::from(ErrorCode::Internal))?;
    read_response(JsFuture::from(window.fetch_with_str(path)).await).await
}

/// A GET with `Authorization: Bearer {token}` (an application's or a booking's access token).
async fn http_get_with_token<T: DeserializeOwned>(path: &str, token: &str) -> Result<T, ApiError> {
    let window = web_sys::window().ok_or_else(|| ApiError::from(ErrorCode::Internal))?;
    let internal = || ApiError::from(ErrorCode::Internal);
    let headers = web_sys::Headers::new().map_err(|_| internal())?;
    headers
        .set("authorization", &format!("Bearer {token}"))
        .map_err(|_| internal())?;
    let init = web_sys::RequestInit::new();
    init.set_headers(&headers);
    read_response(JsFuture::from(window.fetch_with_str_and_init(path, &init)).await).await
}

/// A POST with an idempotency key and, when given, `Authorization: Bearer {token}` (a booking's
/// access token, for its cancellation or move).
async fn http_post_as<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
    key: &IdempotencyKey,
    token: Option<&str>,
) -> Result<T, ApiError> {
    send_json("POST", path, body, Some(key), token).await
}

/// A JSON POST, with an idempotency key and a bearer token when given.
async fn post_json<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
    key: Option<&IdempotencyKey>,
    token: Option<&str>,
) -> Result<T, ApiError> {
    send_json("POST", path, body, key, token).await
}

/// A JSON request (`POST`, `DELETE` with a body), with an idempotency key and a bearer token when
/// given.
async fn send_json<B: Serialize, T: DeserializeOwned>(
    method: &str,
    path: &str,
    body: &B,
    key: Option<&IdempotencyKey>,
    token: Option<&str>,
) -> Result<T, ApiError> {
    let window = web_sys::window().ok_or_else(|| ApiError::from(ErrorCode::Internal))?;
    let internal = || ApiError::from(ErrorCode::Internal);
    let headers = web_sys::Headers::new().map_err(|_| internal())?;
    headers
        .set("content-type", "application/json")
        .map_err(|_| internal())?;
    if let Some(key) = key {
        headers
            .set(IDEMPOTENCY_KEY_HEADER, key.as_str())
            .map_err(|_| internal())?;
    }
    if let Some(token) = token {
        headers
            .set("authorization", &format!("Bearer {token}"))
            .map_err(|_| internal())?;
    }
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    init.set_headers(&headers);
    init.set_body(&JsValue::from_str(
        &serde_json::to_string(body).map_err(|_| internal())?,
    ));
    read_response(JsFuture::from(window.fetch_with_str_and_init(path, &init)).await).await
}

/// A DELETE with an idempotency key and `Authorization: Bearer {token}` (a resident's own thing).
async fn http_delete_as<T: DeserializeOwned>(
    path: &str,
    key: &IdempotencyKey,
    token: &str,
) -> Result<T, ApiError> {
    let window = web_sys::window().ok_or_else(|| ApiError::from(ErrorCode::Internal))?;
    let internal = || ApiError::from(ErrorCode::Internal);
    let headers = web_sys::Headers::new().map_err(|_| internal())?;
    headers
        .set(IDEMPOTENCY_KEY_HEADER, key.as_str())
        .map_err(|_| internal())?;
    headers
        .set("authorization", &format!("Bearer {token}"))
        .map_err(|_| internal())?;
    let init = web_sys::RequestInit::new();
    init.set_method("DELETE");
    init.set_headers(&headers);
    read_response(JsFuture::from(window.fetch_with_str_and_init(path, &init)).await).await
}

/// A POST outside the idempotency layer: the sign-in routes, whose answers carry secrets the
/// server must not keep for replay (a repeated request asks anew).
async fn http_post_unkeyed<B: Serialize, T: DeserializeOwned>(path: &str, body: &B) -> Result<T, ApiError> {
    send_json("POST", path, body, None, None).await
}

async fn read_response<T: DeserializeOwned>(fetched: Result<JsValue, JsValue>) -> Result<T, ApiError> {
    let response: web_sys::Response = fetched
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
    parse_reply(response.status(), &text)
}

/// A reply's body as `T` (2xx) or as the city's `ApiError`.
pub(crate) fn parse_reply<T: DeserializeOwned>(status: u16, text: &str) -> Result<T, ApiError> {
    if (200..300).contains(&status) {
        // 202 and 204 carry no body: read as `null`, which is what `()` expects.
        let text = if text.is_empty() { "null" } else { text };
        serde_json::from_str(text).map_err(|_| ErrorCode::BadResponse.into())
    } else {
        Err(serde_json::from_str(text).unwrap_or_else(|_| {
            // A proxy's 502/504 page, or a server that is gone: not the city's own error.
            let code = if matches!(status, 502..=504) {
                ErrorCode::ServerUnreachable
            } else {
                ErrorCode::BadResponse
            };
            code.into()
        }))
    }
}

fn to_js<T: Serialize>(value: &T) -> Option<JsValue> {
    let json = serde_json::to_string(value).ok()?;
    // `()` serialises as `null`; Tauri wants an object of named arguments.
    let json = if json == "null" { "{}".to_owned() } else { json };
    js_sys::JSON::parse(&json).ok()
}

pub(crate) fn from_js<T: DeserializeOwned>(value: &JsValue) -> Option<T> {
    // `undefined` (a command returning `()`) stringifies to nothing; read it as `null`.
    let json = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| "null".to_owned());
    serde_json::from_str(&json).ok()
}
