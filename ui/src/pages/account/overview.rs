//! A signed-in resident's account: what the city keeps about them (address, identity level, since
//! when) and what to do when a procedure needs a verified identity; the devices they are signed in
//! on, each of which they can sign out (a lost phone); their passkeys (web mode: each removable, and
//! "Add a passkey" where the browser can make one); every staff access to their data, from the
//! audit log; and signing out of this device.

use leptos::prelude::*;
use leptos::task::spawn_local;
use madoguchi_domain::ApiError;
use madoguchi_domain::account::{
    AccountView, AuditLog, DeviceId, DeviceList, DeviceName, DeviceView, IdentityLevel, PasskeyId,
    PasskeyList, PasskeyView, Role,
};
use madoguchi_i18n::msg_id;
use madoguchi_ui_kit::{
    Button, ButtonVariant, ErrorItem, ErrorSummary, SummaryList, SummaryRow, Table, Tag, TagColour, TextInput,
};

use super::HEADING_ID;
use crate::i18n::{self, t, t_args};
use crate::ipc;
use crate::ipc::account::PasskeyFailure;

#[component]
pub fn Overview(account: AccountView, on_signed_out: Callback<()>) -> impl IntoView {
    let devices = LocalResource::new(ipc::account::devices);
    let audit = LocalResource::new(ipc::account::audit);
    let leaving = RwSignal::new(false);
    let sign_out_error = RwSignal::new(None::<ApiError>);
    let sign_out = Callback::new(move |()| {
        leaving.set(true);
        spawn_local(async move {
            let result = ipc::account::sign_out().await;
            leaving.set(false);
            match result {
                Ok(()) => on_signed_out.run(()),
                Err(error) => sign_out_error.set(Some(error)),
            }
        });
    });
    let email = account.email.as_str().to_owned();
    let level = account.identity_level;
    let since = account.created_at;
    let facts = move || {
        let rows = vec![
            SummaryRow {
                key: t(msg_id!("account-email")),
                value: vec![email.clone()],
                change_href: None,
            },
            SummaryRow {
                key: t(msg_id!("account-identity")),
                value: vec![t(match level {
                    IdentityLevel::Verified => msg_id!("account-identity-verified"),
                    IdentityLevel::Unverified => msg_id!("account-identity-unverified"),
                })],
                change_href: None,
            },
            SummaryRow {
                key: t(msg_id!("account-since")),
                value: vec![i18n::moment(since)],
                change_href: None,
            },
        ];
        view! { <SummaryList id="account-facts" rows=rows change_label=Signal::derive(String::new) /> }
    };
    view! {
        <h1 class="mg-heading-xl" id=HEADING_ID tabindex="-1">{move || t(msg_id!("account-title"))}</h1>
        <p role="status" id="account-signed-in">{move || t(msg_id!("account-signed-in"))}</p>
        {facts}
        {(level == IdentityLevel::Unverified).then(|| view! {
            <p class="mg-hint" id="account-verify-how">{move || t(msg_id!("account-identity-how"))}</p>
        })}
        <section class="mg-section" aria-labelledby="account-devices-title">
            <h2 id="account-devices-title">{move || t(msg_id!("account-devices-title"))}</h2>
            {move || devices.get().map(|found| view! { <Devices found=found on_changed=Callback::new(move |()| devices.refetch()) /> })}
        </section>
        {(!ipc::is_app()).then(|| view! { <Passkeys /> })}
        <section class="mg-section" aria-labelledby="account-audit-title">
            <h2 id="account-audit-title">{move || t(msg_id!("account-audit-title"))}</h2>
            <p>{move || t(msg_id!("account-audit-lead"))}</p>
            {move || audit.get().map(|found| view! { <Audit found=found /> })}
        </section>
        <section class="mg-section" aria-labelledby="account-sign-out-title">
            <h2 id="account-sign-out-title">{move || t(msg_id!("account-sign-out-title"))}</h2>
            <p>{move || t(if ipc::is_app() { msg_id!("account-sign-out-explain-app") } else { msg_id!("account-sign-out-explain-web") })}</p>
            {move || sign_out_error.get().map(|error| {
                let id = error.code.message_id();
                view! { <p class="mg-error__message" role="alert" data-message-id=id>{move || t(id)}</p> }
            })}
            <Button id="account-sign-out" variant=ButtonVariant::Secondary loading=leaving label=Signal::derive(|| t(msg_id!("account-sign-out"))) on_press=sign_out />
        </section>
    }
}

/// The devices signed in, this one marked; every other one with its own "sign out" button, named
/// with the device so a screen reader's list of buttons says which.
#[component]
fn Devices(found: Result<DeviceList, ApiError>, on_changed: Callback<()>) -> impl IntoView {
    let list = match found {
        Ok(list) => list,
        Err(error) => {
            let id = error.code.message_id();
            return view! { <p class="mg-error__message" role="alert" id="account-devices-error" data-message-id=id>{move || t(id)}</p> }.into_any();
        }
    };
    let failed = RwSignal::new(None::<ApiError>);
    let revoke = Callback::new(move |device: DeviceId| {
        spawn_local(async move {
            match ipc::account::sign_out_device(&device).await {
                Ok(()) => on_changed.run(()),
                Err(error) => failed.set(Some(error)),
            }
        });
    });
    view! {
        {move || failed.get().map(|error| {
            let id = error.code.message_id();
            view! { <p class="mg-error__message" role="alert" data-message-id=id>{move || t(id)}</p> }
        })}
        <ul class="mg-device-list" id="account-devices">
            {list.devices.into_iter().map(|device| view! { <Device device=device on_revoke=revoke /> }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn Device(device: DeviceView, on_revoke: Callback<DeviceId>) -> impl IntoView {
    let name = String::from(device.name.clone());
    let id = device.id.clone();
    let signed_in = device.signed_in_at;
    let used = device.last_used_at;
    let action = (!device.current).then(|| {
        let name = name.clone();
        view! {
            <Button
                id=format!("account-device-revoke-{}", id.0)
                variant=ButtonVariant::Secondary
                label=Signal::derive(move || t_args(msg_id!("account-device-sign-out"), &[("device", name.clone().into())]))
                on_press=Callback::new(move |()| on_revoke.run(id.clone()))
            />
        }
    });
    view! {
        <li class="mg-device" data-current=device.current.to_string()>
            <h3>
                {name.clone()}
                {device.current.then(|| view! { " " <Tag label=Signal::derive(|| t(msg_id!("account-device-this"))) colour=TagColour::Success /> })}
            </h3>
            <p>{move || t_args(msg_id!("account-device-signed-in"), &[("when", i18n::moment(signed_in).into())])}</p>
            <p>{move || t_args(msg_id!("account-device-used"), &[("when", i18n::moment(used).into())])}</p>
            {action}
        </li>
    }
}

const PASSKEY_NAME_ID: &str = "account-passkey-name";

/// What went wrong with the resident's passkeys: the name (at its field and in the summary), or a
/// step the browser or the city refused (said in an alert).
#[derive(Clone, PartialEq)]
enum PasskeyProblem {
    Name,
    Alert(&'static str),
}

/// The resident's passkeys (web mode), each removable with a button named after it, and where the
/// browser can make one, a name and "Add a passkey".
#[component]
fn Passkeys() -> impl IntoView {
    let list = LocalResource::new(ipc::account::passkeys);
    let name = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<PasskeyProblem>);
    let adding = RwSignal::new(false);
    let added = RwSignal::new(false);
    let failed = move |failure: PasskeyFailure, browser: &'static str| {
        problem.set(Some(PasskeyProblem::Alert(match failure {
            PasskeyFailure::Browser => browser,
            PasskeyFailure::City(error) => error.code.message_id(),
        })));
    };
    let add = move || {
        let Some(given) = DeviceName::parse(name.get_untracked().trim()) else {
            added.set(false);
            problem.set(Some(PasskeyProblem::Name));
            return;
        };
        adding.set(true);
        added.set(false);
        spawn_local(async move {
            let result = ipc::account::add_passkey(&given).await;
            adding.set(false);
            match result {
                Ok(_) => {
                    problem.set(None);
                    name.set(String::new());
                    added.set(true);
                    list.refetch();
                }
                Err(failure) => failed(failure, msg_id!("account-passkey-add-failed")),
            }
        });
    };
    let remove = Callback::new(move |id: PasskeyId| {
        added.set(false);
        spawn_local(async move {
            match ipc::account::remove_passkey(&id).await {
                Ok(()) => {
                    problem.set(None);
                    list.refetch();
                }
                Err(error) => failed(PasskeyFailure::City(error), msg_id!("account-passkey-add-failed")),
            }
        });
    });
    let name_error = Signal::derive(move || {
        (problem.get() == Some(PasskeyProblem::Name)).then(|| t(msg_id!("account-passkey-name-invalid")))
    });
    let summary = Signal::derive(move || match problem.get() {
        Some(PasskeyProblem::Name) => vec![ErrorItem {
            target: PASSKEY_NAME_ID.to_owned(),
            message: t(msg_id!("account-passkey-name-invalid")),
        }],
        _ => Vec::new(),
    });
    view! {
        <section class="mg-section" aria-labelledby="account-passkeys-title">
            <h2 id="account-passkeys-title">{move || t(msg_id!("account-passkeys-title"))}</h2>
            <p>{move || t(msg_id!("account-passkeys-lead"))}</p>
            {move || match problem.get() {
                Some(PasskeyProblem::Alert(id)) => Some(view! {
                    <div class="mg-error" role="alert" id="account-passkey-error">
                        <p class="mg-error__message" data-message-id=id>{move || t(id)}</p>
                    </div>
                }),
                _ => None,
            }}
            {move || added.get().then(|| view! { <p role="status" id="account-passkey-added">{t(msg_id!("account-passkey-added"))}</p> })}
            {move || list.get().map(|found| view! { <PasskeyItems found=found on_remove=remove /> })}
            {if ipc::account::passkeys_available() {
                view! {
                    <form class="mg-form" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); if !adding.get_untracked() { add(); } }>
                        <ErrorSummary id="account-passkey-errors" title=Signal::derive(|| t(msg_id!("account-errors-summary"))) errors=summary />
                        <TextInput
                            id=PASSKEY_NAME_ID
                            label=Signal::derive(|| t(msg_id!("account-passkey-name")))
                            hint=Signal::derive(|| t(msg_id!("account-passkey-name-hint")))
                            error=name_error
                            value=name
                        />
                        <Button id="account-passkey-add" submit=true loading=adding label=Signal::derive(|| t(msg_id!("account-passkey-add"))) />
                    </form>
                }
                .into_any()
            } else {
                view! { <p class="mg-hint" id="account-passkeys-unsupported">{move || t(msg_id!("account-passkeys-unsupported"))}</p> }.into_any()
            }}
        </section>
    }
}

#[component]
fn PasskeyItems(found: Result<PasskeyList, ApiError>, on_remove: Callback<PasskeyId>) -> impl IntoView {
    let list = match found {
        Ok(list) => list,
        Err(error) => {
            let id = error.code.message_id();
            return view! { <p class="mg-error__message" role="alert" id="account-passkeys-error" data-message-id=id>{move || t(id)}</p> }.into_any();
        }
    };
    if list.passkeys.is_empty() {
        return view! { <p id="account-passkeys-empty">{move || t(msg_id!("account-passkeys-empty"))}</p> }
            .into_any();
    }
    view! {
        <ul class="mg-device-list" id="account-passkeys">
            {list.passkeys.into_iter().map(|passkey| view! { <PasskeyItem passkey=passkey on_remove=on_remove /> }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn PasskeyItem(passkey: PasskeyView, on_remove: Callback<PasskeyId>) -> impl IntoView {
    let name = String::from(passkey.name.clone());
    let id = passkey.id.clone();
    let created = passkey.created_at;
    let used = passkey.last_used_at;
    let label_name = name.clone();
    view! {
        <li class="mg-device">
            <h3>{name}</h3>
            <p>{move || t_args(msg_id!("account-passkey-created"), &[("when", i18n::moment(created).into())])}</p>
            <p>{move || match used {
                Some(when) => t_args(msg_id!("account-passkey-used"), &[("when", i18n::moment(when).into())]),
                None => t(msg_id!("account-passkey-unused")),
            }}</p>
            <Button
                id=format!("account-passkey-remove-{}", id.0)
                variant=ButtonVariant::Secondary
                label=Signal::derive(move || t_args(msg_id!("account-passkey-remove"), &[("passkey", label_name.clone().into())]))
                on_press=Callback::new(move |()| on_remove.run(id.clone()))
            />
        </li>
    }
}

/// The staff accesses to the resident's data, newest first, as a table.
#[component]
fn Audit(found: Result<AuditLog, ApiError>) -> impl IntoView {
    let log = match found {
        Ok(log) => log,
        Err(error) => {
            let id = error.code.message_id();
            return view! { <p class="mg-error__message" role="alert" id="account-audit-error" data-message-id=id>{move || t(id)}</p> }.into_any();
        }
    };
    if log.entries.is_empty() {
        return view! { <p id="account-audit-empty">{move || t(msg_id!("account-audit-empty"))}</p> }
            .into_any();
    }
    (move || {
        let rows = log
            .entries
            .iter()
            .rev()
            .map(|entry| {
                vec![
                    i18n::moment(entry.at),
                    t(entry.action.message_id()),
                    t(role_message(entry.role)),
                ]
            })
            .collect::<Vec<_>>();
        view! {
            <Table
                id="account-audit"
                caption=Signal::derive(|| t(msg_id!("account-audit-caption")))
                head=vec![t(msg_id!("account-audit-when")), t(msg_id!("account-audit-what")), t(msg_id!("account-audit-who"))]
                rows=rows
            />
        }
    })
    .into_any()
}

fn role_message(role: Role) -> &'static str {
    match role {
        Role::Clerk => msg_id!("account-role-clerk"),
        Role::Volunteer => msg_id!("account-role-volunteer"),
        Role::Admin => msg_id!("account-role-admin"),
    }
}
