//! The shell's events (app mode), part of the one typed door: an upload's progress, each change
//! on the city's notice stream. A [`Subscription`] lasts until it is dropped.

use js_sys::{Function, Promise, Reflect};
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast as _, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Following one event; dropping it stops (and frees the handler).
pub struct Subscription {
    unlisten: Function,
    _handler: Closure<dyn FnMut(JsValue)>,
}

impl Drop for Subscription {
    fn drop(&mut self) {
        let _ = self.unlisten.call0(&JsValue::NULL);
    }
}

/// Calls `handler` with each `event` the shell emits whose payload reads as `T` (others are
/// skipped). `None` outside the app, or when the shell's event API is missing.
pub(crate) async fn listen<T: DeserializeOwned + 'static>(
    event: &str,
    mut handler: impl FnMut(T) + 'static,
) -> Option<Subscription> {
    listen_raw(event, move |json| {
        if let Ok(payload) = serde_json::from_str::<T>(&json) {
            handler(payload);
        }
    })
    .await
}

/// [`listen`] with each payload as its JSON text: for a handler in a lazily loaded chunk, which
/// reads it there, so that the first download carries no code to decode it.
pub(crate) async fn listen_raw(
    event: &str,
    mut handler: impl FnMut(String) + 'static,
) -> Option<Subscription> {
    let window: JsValue = web_sys::window()?.into();
    let api = Reflect::get(&window, &"__TAURI__".into())
        .ok()
        .filter(|t| t.is_object())
        .and_then(|t| Reflect::get(&t, &"event".into()).ok())?;
    let listen: Function = Reflect::get(&api, &"listen".into()).ok()?.dyn_into().ok()?;
    let handler = Closure::<dyn FnMut(JsValue)>::new(move |e: JsValue| {
        let json = Reflect::get(&e, &"payload".into())
            .ok()
            .and_then(|p| js_sys::JSON::stringify(&p).ok())
            .and_then(|s| s.as_string());
        if let Some(json) = json {
            handler(json);
        }
    });
    let promise: Promise = listen
        .call2(&api, &event.into(), handler.as_ref().unchecked_ref())
        .ok()?
        .dyn_into()
        .ok()?;
    let unlisten = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
    Some(Subscription {
        unlisten,
        _handler: handler,
    })
}
