//! My applications (`#/applications`): drafts to resume or discard (after the kit's Dialog asks),
//! and what was sent with where it is — waiting in the outbox, received with its reference, or
//! refused — and, where the city can be asked (web mode, with the receipt's access token), its
//! status and history.

use leptos::prelude::*;
use leptos::task::spawn_local;
use madoguchi_domain::application::Application;
use madoguchi_domain::{ApiError, DeliveryState, Draft, LocalApplication, ProcedureCatalogue, ProcedureId};
use madoguchi_i18n::msg_id;
use madoguchi_ui_kit::{Button, ButtonVariant, Dialog, SummaryList, SummaryRow, Tag, TagColour};

use crate::i18n::{self, t, t_args, tr};
use crate::ipc;
use crate::pages::apply::{city_plain, session};
use crate::routes::{Route, Stage};

/// The procedures' names, to say what each draft and application is for: the device's copy at
/// once (app mode), then the city's when it answers. Asking the city first would show the
/// procedures' ids until it answers, or for as long as an unreachable network takes to fail.
/// `known` turns true once the device's copy was read (or there is none): the lists wait for it.
fn load_names(names: RwSignal<Option<ProcedureCatalogue>>, known: RwSignal<bool>) {
    spawn_local(async move {
        if let Ok(Some(kept)) = ipc::cached_procedure_catalogue().await {
            names.set(Some(kept.value));
        }
        known.set(true);
        if let Ok(fresh) = ipc::refresh_procedure_catalogue().await {
            names.set(Some(fresh.value));
        }
    });
}

fn name_of(catalogue: Option<&ProcedureCatalogue>, id: &ProcedureId) -> String {
    catalogue
        .and_then(|c| c.procedures.iter().find(|p| &p.id == id))
        .map_or_else(|| id.to_string(), |p| city_plain(&p.name))
}

#[component]
pub fn ApplicationsPage() -> impl IntoView {
    Effect::new(move |_| document().set_title(&t(msg_id!("applications-document-title"))));
    let names = RwSignal::new(None::<ProcedureCatalogue>);
    let names_known = RwSignal::new(false);
    load_names(names, names_known);
    let drafts = LocalResource::new(ipc::applications::my_drafts);
    let sent = LocalResource::new(ipc::applications::my_applications);
    // While something waits in the outbox, look again every 2 s so "received" shows by itself.
    let handle = set_interval_with_handle(
        move || {
            let waiting = sent.get_untracked().and_then(|r| r.ok()).is_some_and(|list| {
                list.iter()
                    .any(|a| matches!(a.delivery, DeliveryState::Pending { .. }))
            });
            if waiting {
                sent.refetch();
            }
        },
        std::time::Duration::from_secs(2),
    );
    on_cleanup(move || {
        if let Ok(h) = handle {
            h.clear();
        }
    });
    let name = move |id: &ProcedureId| names.with(|n| name_of(n.as_ref(), id));
    let to_discard = RwSignal::new(None::<Draft>);
    let dialog_open = RwSignal::new(false);
    let discarded = RwSignal::new(false);
    let discard = Callback::new(move |()| {
        let Some(draft) = to_discard.get_untracked() else {
            return;
        };
        dialog_open.set(false);
        spawn_local(async move {
            if ipc::applications::discard_draft(draft.local_id).await.is_ok() {
                session::close_draft(draft.local_id);
                discarded.set(true);
            }
            drafts.refetch();
        });
    });
    view! {
        <h1 class="mg-heading-xl">{tr(msg_id!("applications-title"))}</h1>
        <p class="mg-lead">{tr(if ipc::is_app() { msg_id!("applications-intro-app") } else { msg_id!("applications-intro-web") })}</p>
        <p role="status" id="applications-discarded">{move || discarded.get().then(|| t(msg_id!("applications-draft-discarded")))}</p>
        <section aria-labelledby="applications-drafts-title">
            <h2 id="applications-drafts-title">{tr(msg_id!("applications-drafts-title"))}</h2>
            {move || match drafts.get().filter(|_| names_known.get()) {
                None => view! { <p class="mg-loading" role="status">{t(msg_id!("loading"))}</p> }.into_any(),
                Some(Err(error)) => view! { <Problem error=error /> }.into_any(),
                Some(Ok(list)) if list.is_empty() => view! { <p id="applications-no-drafts">{tr(msg_id!("applications-no-drafts"))}</p> }.into_any(),
                Some(Ok(list)) => view! {
                    <ul class="mg-application-list" id="applications-drafts">
                        {list.into_iter().map(|draft| {
                            let title = name(&draft.procedure);
                            let resume = Route::Apply(draft.procedure.clone(), Stage::Step(draft.step as usize)).href();
                            let saved = draft.updated_at.date_in_japan().map(|d| i18n::date(&d.iso())).unwrap_or_default();
                            let local_id = draft.local_id;
                            let discard_label = t_args(msg_id!("applications-discard"), &[("procedure", title.clone().into())]);
                            let resume_label = t_args(msg_id!("applications-resume"), &[("procedure", title.clone().into())]);
                            view! {
                                <li data-draft=local_id.to_string()>
                                    <h3>{title.clone()}</h3>
                                    <p>{t_args(msg_id!("applications-draft-saved"), &[("date", saved.into())])}</p>
                                    <p class="mg-button-group">
                                        <a class="mg-link" href=resume>{resume_label}</a>
                                        <Button
                                            variant=ButtonVariant::Secondary
                                            label=Signal::derive(move || discard_label.clone())
                                            on_press=Callback::new(move |()| {
                                                to_discard.set(Some(draft.clone()));
                                                dialog_open.set(true);
                                            })
                                        />
                                    </p>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any(),
            }}
        </section>
        <section aria-labelledby="applications-sent-title">
            <h2 id="applications-sent-title">{tr(msg_id!("applications-sent-title"))}</h2>
            {move || match sent.get().filter(|_| names_known.get()) {
                None => view! { <p class="mg-loading" role="status">{t(msg_id!("loading"))}</p> }.into_any(),
                Some(Err(error)) => view! { <Problem error=error /> }.into_any(),
                Some(Ok(list)) if list.is_empty() => view! { <p id="applications-none-sent">{tr(msg_id!("applications-none-sent"))}</p> }.into_any(),
                Some(Ok(list)) => {
                    // In the app, something still waiting can be sent at once (the outbox otherwise
                    // waits up to a minute between tries), e.g. just after the connection is back.
                    let waiting = ipc::is_app()
                        && list.iter().any(|a| matches!(a.delivery, DeliveryState::Pending { .. }));
                    view! {
                        <ul class="mg-application-list" id="applications-sent">
                            {list.into_iter().map(|a| view! { <Sent application=a.clone() title=name(&a.procedure) /> }).collect_view()}
                        </ul>
                        {waiting.then(|| view! {
                            <Button
                                id="applications-send-now"
                                variant=ButtonVariant::Secondary
                                label=Signal::derive(|| t(msg_id!("applications-send-now")))
                                on_press=Callback::new(move |()| spawn_local(async move {
                                    let _ = ipc::send_outbox_now().await;
                                    sent.refetch();
                                }))
                            />
                        })}
                    }
                    .into_any()
                }
            }}
        </section>
        // The device's data (app mode): it holds these drafts and applications, so it is deleted here.
        {ipc::is_app().then(|| view! { <DeleteLocalData on_deleted=move || { drafts.refetch(); sent.refetch(); } /> })}
        <Dialog
            id="applications-discard-dialog"
            open=dialog_open
            title=Signal::derive(|| t(msg_id!("applications-discard-title")))
            close_label=Signal::derive(|| t(msg_id!("applications-dialog-close")))
        >
            <p>{tr(msg_id!("applications-discard-text"))}</p>
            <Button id="applications-discard-yes" label=Signal::derive(|| t(msg_id!("applications-discard-yes"))) on_press=discard />
            <Button
                id="applications-discard-no"
                variant=ButtonVariant::Secondary
                label=Signal::derive(|| t(msg_id!("applications-discard-no")))
                on_press=Callback::new(move |()| dialog_open.set(false))
            />
        </Dialog>
    }
}

/// "Delete my data on this device": the encrypted database and its key, after the kit's Dialog asks.
#[component]
fn DeleteLocalData(on_deleted: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let result = RwSignal::new(None::<Result<(), ApiError>>);
    let asking = RwSignal::new(false);
    let delete = Callback::new(move |()| {
        asking.set(false);
        spawn_local(async move {
            result.set(Some(ipc::delete_local_data().await));
            on_deleted();
        });
    });
    view! {
        <section class="mg-section" aria-labelledby="delete-data-title">
            <h2 id="delete-data-title">{tr(msg_id!("delete-data-title"))}</h2>
            <p>{tr(msg_id!("delete-data-explain"))}</p>
            <Button
                id="delete-data"
                variant=ButtonVariant::Secondary
                label=Signal::derive(|| t(msg_id!("delete-data-button")))
                on_press=Callback::new(move |()| asking.set(true))
            />
            <Dialog
                id="delete-data-dialog"
                open=asking
                title=Signal::derive(|| t(msg_id!("delete-data-title")))
                close_label=Signal::derive(|| t(msg_id!("applications-dialog-close")))
            >
                <p>{tr(msg_id!("delete-data-confirm"))}</p>
                <Button id="delete-data-yes" label=Signal::derive(|| t(msg_id!("delete-data-button"))) on_press=delete />
                <Button
                    id="delete-data-no"
                    variant=ButtonVariant::Secondary
                    label=Signal::derive(|| t(msg_id!("applications-discard-no")))
                    on_press=Callback::new(move |()| asking.set(false))
                />
            </Dialog>
            {move || result.get().map(|r| match r {
                Ok(()) => view! { <p role="status" id="delete-data-done">{tr(msg_id!("delete-data-done"))}</p> }.into_any(),
                Err(e) => view! { <Problem error=e /> }.into_any(),
            })}
        </section>
    }
}

#[component]
fn Problem(error: ApiError) -> impl IntoView {
    let id = error.code.message_id();
    view! { <div class="mg-error" role="alert"><p class="mg-error__message" data-message-id=id>{move || t(id)}</p></div> }
}

/// One application sent: where it is on its way, and the city's status and history when known.
#[component]
fn Sent(application: LocalApplication, title: String) -> impl IntoView {
    let sent_on = application
        .created_at
        .date_in_japan()
        .map(|d| i18n::date(&d.iso()))
        .unwrap_or_default();
    let (state, tag, colour) = match &application.delivery {
        DeliveryState::Pending { .. } => (
            "pending",
            t(msg_id!("applications-state-pending")),
            TagColour::Information,
        ),
        DeliveryState::Sent { .. } => ("sent", t(msg_id!("applications-state-sent")), TagColour::Success),
        DeliveryState::Failed { .. } => (
            "failed",
            t(msg_id!("applications-state-failed")),
            TagColour::Error,
        ),
    };
    let detail = match &application.delivery {
        DeliveryState::Sent { reference } => {
            let reference = reference.clone();
            let status = LocalResource::new({
                let reference = reference.clone();
                move || {
                    let reference = reference.clone();
                    async move { ipc::applications::application_status(&reference).await }
                }
            });
            view! {
                <p>{t_args(msg_id!("apply-reference"), &[("reference", reference.clone().into())])}</p>
                {move || status.get().and_then(Result::ok).map(|a| view! { <History application=a /> })}
            }
            .into_any()
        }
        DeliveryState::Failed { error } => view! { <Problem error=error.clone() /> }.into_any(),
        DeliveryState::Pending { .. } => view! { <p>{tr(msg_id!("apply-queued-text"))}</p> }.into_any(),
    };
    view! {
        <li data-state=state>
            <h3>{title}</h3>
            <p><Tag label=Signal::stored(tag) colour=colour />" "{t_args(msg_id!("applications-sent-on"), &[("date", sent_on.into())])}</p>
            {detail}
        </li>
    }
}

/// The city's status and each change, oldest first.
#[component]
fn History(application: Application) -> impl IntoView {
    let rows = application
        .history
        .iter()
        .map(|change| SummaryRow {
            key: change
                .at
                .date_in_japan()
                .map(|d| i18n::date(&d.iso()))
                .unwrap_or_default(),
            value: std::iter::once(t(change.status.message_id()))
                .chain(change.message.clone())
                .collect(),
            change_href: None,
        })
        .collect();
    let status = application.status.message_id();
    view! {
        <p class="mg-application-status">{t_args(msg_id!("applications-status"), &[("status", t(status).into())])}</p>
        <SummaryList id=format!("history-{}", application.reference) rows=rows change_label=Signal::derive(String::new) />
    }
}
