//! "From this device, updated N minutes ago": shown whenever a page shows cached data, so a
//! resident offline knows what they are looking at (and that it may be out of date). On a device
//! that can keep nothing (no keyring), it says so instead: the data shown came from the server and
//! is kept nowhere.

use leptos::prelude::*;
use madoguchi_domain::{ApiError, UnixMillis};
use madoguchi_i18n::msg_id;

use crate::i18n::{t, t_args};
use crate::ipc;

/// Nothing when the data is fresh from the server and kept; otherwise its age and why it is not
/// fresh, or, when the device can keep nothing (no keyring: `kept_nowhere`, the error its cache
/// gave), that the data came from the server and is kept nowhere.
#[component]
pub fn DataAge(
    fetched_at: UnixMillis,
    fresh: bool,
    refresh_error: Option<ApiError>,
    kept_nowhere: Option<ApiError>,
) -> impl IntoView {
    if let Some(error) = kept_nowhere {
        let id = error.code.message_id();
        return view! {
            <div class="mg-data-age" role="status" data-source="server-only" data-message-id=id>
                <p>{move || t(id)}</p>
            </div>
        }
        .into_any();
    }
    if fresh {
        return ().into_any();
    }
    let minutes = fetched_at.minutes_until(ipc::now());
    let reason = refresh_error.map(|e| e.code.message_id());
    view! {
        <div class="mg-data-age" role="status" data-source="cache" data-age-minutes=minutes.to_string()>
            <p>{move || t_args(msg_id!("data-from-device"), &[("minutes", minutes.into())])}</p>
            {reason.map(|id| view! { <p class="mg-data-age__reason">{move || t(id)}</p> })}
        </div>
    }
    .into_any()
}
