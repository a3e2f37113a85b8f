//! The browser's WebAuthn API (`navigator.credentials.create` / `.get`) for the account's passkeys
//! (web mode only: the app's webview has no passkeys for the city's site, see `account.rs`).
//!
//! The city sends WebAuthn's options as JSON with bytes in base64url, and takes the answer back the
//! same way; the browser's API wants and gives `ArrayBuffer`s. This module converts between the two
//! (the few fields WebAuthn's JSON carries as bytes), and reads everything through `Reflect`, so
//! no browser without passkeys fails to load the page for want of a binding.

use js_sys::{Array, ArrayBuffer, Function, Object, Promise, Reflect, Uint8Array};
use serde_json::{Map, Value, json};
use wasm_bindgen::{JsCast as _, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Whether this browser has WebAuthn at all (`window.PublicKeyCredential`). A webview without it
/// (WebKitGTK in the app) shows no passkey option.
pub fn available() -> bool {
    web_sys::window().is_some_and(|window| {
        Reflect::get(&window, &"PublicKeyCredential".into()).is_ok_and(|v| !v.is_undefined() && !v.is_null())
    })
}

/// The browser gave no credential: the resident cancelled, no passkey was there, the page's
/// origin is not the city's relying party, or the browser cannot. WebAuthn does not say which
/// (on purpose: a page must not learn what passkeys exist), so neither can we.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoCredential;

/// `navigator.credentials.create({ publicKey })` with the city's creation options; the new
/// credential as WebAuthn's JSON (`RegistrationResponseJSON`).
pub async fn create(public_key: &Value) -> Result<Value, NoCredential> {
    let mut options = public_key.clone();
    bytes_at(&mut options, &["challenge"]);
    bytes_at(&mut options, &["user", "id"]);
    bytes_in_list(&mut options, "excludeCredentials");
    let credential = call("create", &options).await?;
    let response = get(&credential, "response")?;
    Ok(json!({
        "id": string(&credential, "id")?,
        "rawId": base64url_of(&get(&credential, "rawId")?)?,
        "type": string(&credential, "type")?,
        "response": {
            "clientDataJSON": base64url_of(&get(&response, "clientDataJSON")?)?,
            "attestationObject": base64url_of(&get(&response, "attestationObject")?)?,
        },
        "extensions": {},
    }))
}

/// `navigator.credentials.get({ publicKey })` with the city's request options; the signed answer
/// as WebAuthn's JSON (`AuthenticationResponseJSON`).
pub async fn get_assertion(public_key: &Value) -> Result<Value, NoCredential> {
    let mut options = public_key.clone();
    bytes_at(&mut options, &["challenge"]);
    bytes_in_list(&mut options, "allowCredentials");
    let credential = call("get", &options).await?;
    let response = get(&credential, "response")?;
    let user_handle = get(&response, "userHandle")?;
    let user_handle = if user_handle.is_null() || user_handle.is_undefined() {
        Value::Null
    } else {
        Value::String(base64url_of(&user_handle)?)
    };
    Ok(json!({
        "id": string(&credential, "id")?,
        "rawId": base64url_of(&get(&credential, "rawId")?)?,
        "type": string(&credential, "type")?,
        "response": {
            "clientDataJSON": base64url_of(&get(&response, "clientDataJSON")?)?,
            "authenticatorData": base64url_of(&get(&response, "authenticatorData")?)?,
            "signature": base64url_of(&get(&response, "signature")?)?,
            "userHandle": user_handle,
        },
        "extensions": {},
    }))
}

/// Calls `navigator.credentials[method]({ publicKey: options })` and awaits the credential.
async fn call(method: &str, options: &Value) -> Result<JsValue, NoCredential> {
    let window = web_sys::window().ok_or(NoCredential)?;
    let credentials = get(&window.navigator(), "credentials")?;
    let function: Function = get(&credentials, method)?.dyn_into().map_err(|_| NoCredential)?;
    let public_key = to_js(options)?;
    let argument = Object::new();
    Reflect::set(&argument, &"publicKey".into(), &public_key).map_err(|_| NoCredential)?;
    let promise: Promise = function
        .call1(&credentials, &argument)
        .ok()
        .and_then(|p| p.dyn_into().ok())
        .ok_or(NoCredential)?;
    let credential = JsFuture::from(promise).await.map_err(|_| NoCredential)?;
    if credential.is_null() || credential.is_undefined() {
        return Err(NoCredential);
    }
    Ok(credential)
}

/// The options as a JS object, with every field [`bytes_at`] marked turned into a `Uint8Array`.
fn to_js(options: &Value) -> Result<JsValue, NoCredential> {
    let text = serde_json::to_string(options).map_err(|_| NoCredential)?;
    let value = js_sys::JSON::parse(&text).map_err(|_| NoCredential)?;
    convert_marked(&value);
    Ok(value)
}

/// The key under which [`bytes_at`] leaves a base64url string to turn into bytes in JS.
const BYTES_MARK: &str = "$madoguchiBytes";

/// Marks the base64url string at `path` to become bytes (`{ "$madoguchiBytes": "…" }`).
fn bytes_at(value: &mut Value, path: &[&str]) {
    let mut at = value;
    for key in path {
        match at.get_mut(*key) {
            Some(next) => at = next,
            None => return,
        }
    }
    if let Value::String(text) = at {
        let mut mark = Map::new();
        mark.insert(BYTES_MARK.to_owned(), Value::String(std::mem::take(text)));
        *at = Value::Object(mark);
    }
}

/// Marks the `id` of every credential descriptor in the list at `key`.
fn bytes_in_list(value: &mut Value, key: &str) {
    if let Some(Value::Array(list)) = value.get_mut(key) {
        for descriptor in list {
            bytes_at(descriptor, &["id"]);
        }
    }
}

/// Replaces, in place and at any depth, each marked object with its bytes as a `Uint8Array`.
fn convert_marked(value: &JsValue) {
    let Some(object) = value.dyn_ref::<Object>() else {
        return;
    };
    for key in Object::keys(object).iter() {
        let Ok(child) = Reflect::get(value, &key) else {
            continue;
        };
        if !child.is_object() {
            continue;
        }
        let marked = Reflect::get(&child, &BYTES_MARK.into())
            .ok()
            .and_then(|v| v.as_string());
        match marked.and_then(|text| madoguchi_domain::base64url::decode(&text)) {
            Some(bytes) => {
                let _ = Reflect::set(value, &key, &Uint8Array::from(bytes.as_slice()));
            }
            None if Array::is_array(&child) => {
                for item in Array::from(&child).iter() {
                    convert_marked(&item);
                }
            }
            None => convert_marked(&child),
        }
    }
}

fn get(value: &JsValue, key: &str) -> Result<JsValue, NoCredential> {
    Reflect::get(value, &key.into()).map_err(|_| NoCredential)
}

fn string(value: &JsValue, key: &str) -> Result<String, NoCredential> {
    get(value, key)?.as_string().ok_or(NoCredential)
}

/// An `ArrayBuffer`'s bytes in base64url, as WebAuthn's JSON writes them.
fn base64url_of(buffer: &JsValue) -> Result<String, NoCredential> {
    let buffer: &ArrayBuffer = buffer.dyn_ref().ok_or(NoCredential)?;
    Ok(madoguchi_domain::base64url::encode(
        &Uint8Array::new(buffer).to_vec(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byte_fields_of_webauthn_options_are_marked_and_nothing_else() {
        let mut options = json!({
            "challenge": "AAEC",
            "user": { "id": "AwQ", "name": "hanako@example.jp" },
            "excludeCredentials": [{ "type": "public-key", "id": "BQY" }],
        });
        bytes_at(&mut options, &["challenge"]);
        bytes_at(&mut options, &["user", "id"]);
        bytes_in_list(&mut options, "excludeCredentials");
        assert_eq!(options["challenge"][BYTES_MARK], "AAEC");
        assert_eq!(options["user"]["id"][BYTES_MARK], "AwQ");
        assert_eq!(options["user"]["name"], "hanako@example.jp");
        assert_eq!(options["excludeCredentials"][0]["id"][BYTES_MARK], "BQY");
        assert_eq!(options["excludeCredentials"][0]["type"], "public-key");
    }
}
