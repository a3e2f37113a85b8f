//! "Alerts in this browser" (web mode): turning Web Push on or off for the city's urgent notices
//! (`ipc::web_push`). What it is for, who gets what and what the browser keeps is said before the
//! button; a shared computer is warned off. The app does not show it: the shell raises OS
//! notifications from its own stream, matched to the profile.

use leptos::prelude::*;
use madoguchi_domain::notice::push::{ServiceWorkerSettings, TITLE_SLOT};
use madoguchi_i18n::msg_id;
use madoguchi_ui_kit::{Button, ButtonVariant};

use crate::i18n::{self, t, t_args};
use crate::ipc::web_push::{self, WebPushError, WebPushState};

/// The words the service worker shows, in the language the resident reads now.
fn worker_settings() -> ServiceWorkerSettings {
    let locale = i18n::current();
    ServiceWorkerSettings {
        chain: locale.fallback_chain().iter().map(ToString::to_string).collect(),
        urgent_title: t_args(msg_id!("notice-os-urgent-title"), &[("title", TITLE_SLOT.into())]),
        body: t(msg_id!("notices-push-notification-body")),
        lang: locale.to_string(),
    }
}

#[component]
pub fn WebAlerts() -> impl IntoView {
    let state = RwSignal::new(None::<WebPushState>);
    let problem = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        let now = web_push::state().await;
        if now == WebPushState::On {
            // The resident may read another language than when they turned alerts on.
            let _ = web_push::keep_settings(&worker_settings()).await;
        }
        state.set(Some(now));
    });
    let toggle = move |turn_on: bool| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        problem.set(None);
        leptos::task::spawn_local(async move {
            let done = if turn_on {
                web_push::turn_on(&worker_settings()).await
            } else {
                web_push::turn_off().await
            };
            if let Err(error) = done {
                problem.set(Some(match error {
                    WebPushError::Blocked => msg_id!("notices-push-blocked"),
                    WebPushError::Browser => msg_id!("notices-push-failed-browser"),
                    WebPushError::City(error) => error.code.message_id(),
                }));
            }
            state.set(Some(web_push::state().await));
            busy.set(false);
        });
    };
    move || {
        let now = state.get()?;
        (now != WebPushState::Unsupported).then(|| {
            view! {
                <section class="mg-section" aria-labelledby="notices-push-title" id="notices-push" data-state=format!("{now:?}").to_lowercase()>
                    <h2 id="notices-push-title">{move || t(msg_id!("notices-push-title"))}</h2>
                    <p>{move || t(msg_id!("notices-push-about"))}</p>
                    <p>{move || t(msg_id!("notices-push-kept"))}</p>
                    <p><strong>{move || t(msg_id!("notices-push-shared"))}</strong></p>
                    <p role="status" id="notices-push-state">{move || match state.get() {
                        Some(WebPushState::On) => t(msg_id!("notices-push-on")),
                        Some(WebPushState::Blocked) => t(msg_id!("notices-push-blocked")),
                        _ => t(msg_id!("notices-push-off")),
                    }}</p>
                    {move || problem.get().map(|message| view! {
                        <div class="mg-error" role="alert" id="notices-push-error">
                            <p class="mg-error__message" data-message-id=message>{move || t(message)}</p>
                        </div>
                    })}
                    {match now {
                        WebPushState::On => view! {
                            <Button id="notices-push-off" variant=ButtonVariant::Secondary
                                label=Signal::derive(|| t(msg_id!("notices-push-turn-off")))
                                on_press=Callback::new(move |_| toggle(false)) />
                        }.into_any(),
                        WebPushState::Off => view! {
                            <Button id="notices-push-on"
                                label=Signal::derive(|| t(msg_id!("notices-push-turn-on")))
                                on_press=Callback::new(move |_| toggle(true)) />
                        }.into_any(),
                        _ => ().into_any(),
                    }}
                </section>
            }
        })
    }
}
