//! "Keep running in the tray" (app mode): whether closing the window hides it to a tray icon, so
//! that the app keeps following the city's notices and raising their notifications, or ends the
//! app as by default. Off until the resident turns it on here; kept by the shell on the device
//! (`set_tray`). Web mode has no tray and does not show it.

use leptos::prelude::*;
use madoguchi_i18n::msg_id;
use madoguchi_ui_kit::{Button, ButtonVariant};

use crate::i18n::t;
use crate::ipc;
use crate::notice_alerts::{TrayKept, tray_words};

#[component]
pub fn TraySetting() -> impl IntoView {
    let kept = use_context::<TrayKept>().map(|k| k.0);
    let problem = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(false);
    let toggle = move |keep: bool| {
        let Some(kept) = kept else { return };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        problem.set(None);
        leptos::task::spawn_local(async move {
            match ipc::notices::set_tray(tray_words(), Some(keep)).await {
                Ok(now) => kept.set(Some(now)),
                Err(error) => problem.set(Some(error.code.message_id())),
            }
            busy.set(false);
        });
    };
    move || {
        let on = kept?.get()?;
        ipc::is_app().then(|| {
            view! {
                <section class="mg-section" aria-labelledby="notice-tray-title" id="notice-tray" data-state=if on { "on" } else { "off" }>
                    <h2 id="notice-tray-title">{move || t(msg_id!("notice-tray-title"))}</h2>
                    <p>{move || t(msg_id!("notice-tray-about"))}</p>
                    <p>{move || t(msg_id!("notice-tray-no-tray"))}</p>
                    <p role="status" id="notice-tray-state">{move || if on { t(msg_id!("notice-tray-on")) } else { t(msg_id!("notice-tray-off")) }}</p>
                    {move || problem.get().map(|message| view! {
                        <div class="mg-error" role="alert" id="notice-tray-error">
                            <p class="mg-error__message" data-message-id=message>{move || t(message)}</p>
                        </div>
                    })}
                    {if on {
                        view! {
                            <Button id="notice-tray-turn-off" variant=ButtonVariant::Secondary loading=busy
                                label=Signal::derive(|| t(msg_id!("notice-tray-turn-off")))
                                on_press=Callback::new(move |_| toggle(false)) />
                        }.into_any()
                    } else {
                        view! {
                            <Button id="notice-tray-turn-on" loading=busy
                                label=Signal::derive(|| t(msg_id!("notice-tray-turn-on")))
                                on_press=Callback::new(move |_| toggle(true)) />
                        }.into_any()
                    }}
                </section>
            }
        })
    }
}
