//! Web Push in web mode (issue 13): alerts of the city's urgent notices while no page is open.
//!
//! Turning alerts on asks the browser for permission (the resident pressed the button: browsers
//! ask only after a gesture), registers the site's service worker (`/push-sw.js`), leaves it the
//! words it needs ([`ServiceWorkerSettings`], from `locales/` through this page), subscribes with
//! the city's VAPID key and hands the subscription to the city. Turning them off ends the
//! subscription at the city (with its `auth` secret, the proof of holding it) and in the browser.
//!
//! The app has no use for this: its shell follows the stream and raises OS notifications.

use js_sys::{Promise, Uint8Array};
use madoguchi_domain::notice::push::{
    PUSH_KEY_PATH, PUSH_SUBSCRIPTIONS_PATH, PushKey, PushSubscriptionInput, PushUnsubscribe,
    SERVICE_WORKER_CACHE, SERVICE_WORKER_PATH, SERVICE_WORKER_SETTINGS_KEY, ServiceWorkerSettings,
    base64url_decode,
};
use madoguchi_domain::{ApiError, ErrorCode};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{NotificationPermission, PushSubscription, ServiceWorkerRegistration};

/// Where alerts stand in this browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WebPushState {
    /// No service worker, no Push API or no notifications here (or this is the app).
    Unsupported,
    /// The resident (or a policy) blocked this site's notifications.
    Blocked,
    Off,
    On,
}

/// Why alerts could not be turned on or off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WebPushError {
    /// The resident did not allow notifications.
    Blocked,
    /// The browser refused (no push service reachable, storage off, …).
    Browser,
    /// The city refused or was out of reach.
    City(ApiError),
}

fn browser<T>(_: T) -> WebPushError {
    WebPushError::Browser
}

async fn wait(promise: Promise) -> Result<JsValue, WebPushError> {
    JsFuture::from(promise).await.map_err(browser)
}

/// Whether the page can offer alerts at all, and whether they are on.
pub async fn state() -> WebPushState {
    if super::is_app() || !supported() {
        return WebPushState::Unsupported;
    }
    if web_sys::Notification::permission() == NotificationPermission::Denied {
        return WebPushState::Blocked;
    }
    match subscription().await {
        Ok(Some(_)) if web_sys::Notification::permission() == NotificationPermission::Granted => {
            WebPushState::On
        }
        Ok(_) => WebPushState::Off,
        Err(_) => WebPushState::Unsupported,
    }
}

fn supported() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let has = |target: &JsValue, name: &str| {
        js_sys::Reflect::has(target, &JsValue::from_str(name)).unwrap_or(false)
    };
    // Every browser with the Push API has notifications too (it shows each push as one).
    has(&window.navigator(), "serviceWorker") && has(&window, "PushManager") && has(&window, "caches")
}

/// This site's service worker registration, if one is registered.
async fn registration() -> Result<Option<ServiceWorkerRegistration>, WebPushError> {
    let window = web_sys::window().ok_or(WebPushError::Browser)?;
    let found = wait(
        window
            .navigator()
            .service_worker()
            .get_registration_with_document_url("/"),
    )
    .await?;
    Ok(found.dyn_into::<ServiceWorkerRegistration>().ok())
}

async fn subscription() -> Result<Option<PushSubscription>, WebPushError> {
    let Some(registration) = registration().await? else {
        return Ok(None);
    };
    let manager = registration.push_manager().map_err(browser)?;
    let found = wait(manager.get_subscription().map_err(browser)?).await?;
    Ok(found.dyn_into::<PushSubscription>().ok())
}

/// Turns alerts on: permission, the worker and its words, the subscription, the city.
pub async fn turn_on(settings: &ServiceWorkerSettings) -> Result<(), WebPushError> {
    let window = web_sys::window().ok_or(WebPushError::Browser)?;
    let answer = wait(web_sys::Notification::request_permission().map_err(browser)?).await?;
    if answer.as_string().as_deref() != Some("granted") {
        return Err(WebPushError::Blocked);
    }
    let key: PushKey = super::http_get(PUSH_KEY_PATH).await.map_err(WebPushError::City)?;
    let key = base64url_decode(&key.public_key).ok_or(WebPushError::City(ErrorCode::BadResponse.into()))?;
    let container = window.navigator().service_worker();
    wait(container.register(SERVICE_WORKER_PATH)).await?;
    let registration: ServiceWorkerRegistration = wait(container.ready().map_err(browser)?)
        .await?
        .dyn_into()
        .map_err(browser)?;
    keep_settings(settings).await?;
    let options = web_sys::PushSubscriptionOptionsInit::new();
    // Every push shows a notification: browsers allow no other kind of subscription.
    options.set_user_visible_only(true);
    options.set_application_server_key(&Uint8Array::from(key.as_slice()));
    let manager = registration.push_manager().map_err(browser)?;
    let subscription: PushSubscription = wait(manager.subscribe_with_options(&options).map_err(browser)?)
        .await?
        .dyn_into()
        .map_err(browser)?;
    let input: PushSubscriptionInput =
        super::from_js(&subscription.to_json().map_err(browser)?.into()).ok_or(WebPushError::Browser)?;
    let key = super::new_idempotency_key().map_err(WebPushError::City)?;
    let sent =
        super::send_json::<_, serde_json::Value>("POST", PUSH_SUBSCRIPTIONS_PATH, &input, Some(&key), None)
            .await;
    if let Err(error) = sent {
        // Not kept by the city: a subscription the city would never push to must not look "on".
        if let Ok(promise) = subscription.unsubscribe() {
            let _ = JsFuture::from(promise).await;
        }
        return Err(WebPushError::City(error));
    }
    Ok(())
}

/// Updates the words the worker shows (the resident changed language since turning alerts on).
pub async fn keep_settings(settings: &ServiceWorkerSettings) -> Result<(), WebPushError> {
    let window = web_sys::window().ok_or(WebPushError::Browser)?;
    let caches = window.caches().map_err(browser)?;
    let cache: web_sys::Cache = wait(caches.open(SERVICE_WORKER_CACHE))
        .await?
        .dyn_into()
        .map_err(browser)?;
    let json = serde_json::to_string(settings).map_err(browser)?;
    let response = web_sys::Response::new_with_opt_str(Some(&json)).map_err(browser)?;
    wait(cache.put_with_str(SERVICE_WORKER_SETTINGS_KEY, &response)).await?;
    Ok(())
}

/// Turns alerts off: the city forgets the subscription, then the browser ends it.
pub async fn turn_off() -> Result<(), WebPushError> {
    let Some(subscription) = subscription().await? else {
        return Ok(());
    };
    let kept: PushSubscriptionInput =
        super::from_js(&subscription.to_json().map_err(browser)?.into()).ok_or(WebPushError::Browser)?;
    let body = PushUnsubscribe {
        endpoint: kept.endpoint,
        auth: kept.keys.auth,
    };
    let key = super::new_idempotency_key().map_err(WebPushError::City)?;
    match super::send_json::<_, ()>("DELETE", PUSH_SUBSCRIPTIONS_PATH, &body, Some(&key), None).await {
        // Unknown to the city already (it dropped a subscription its push service said was gone).
        Ok(()) => {}
        Err(error) if error.code == ErrorCode::NotFound => {}
        Err(error) => return Err(WebPushError::City(error)),
    }
    wait(subscription.unsubscribe().map_err(browser)?).await?;
    if let Some(window) = web_sys::window()
        && let Ok(caches) = window.caches()
    {
        let _ = JsFuture::from(caches.delete(SERVICE_WORKER_CACHE)).await;
    }
    Ok(())
}
