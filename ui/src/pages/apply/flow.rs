//! The pages of an application, one route each (`#/procedures/<id>/apply/…`): a step of the form
//! per page with the kit's step indicator, "check your answers" (the kit's summary list, a change
//! link per answer), the declaration and submit, and the confirmation with the reference.
//!
//! Each page opens the [`session`](super::session) (the form and the answers so far, resumed from a
//! draft when there is one, or started with the resident's own details the city already has) and saves the draft as the resident goes: when they leave a field and
//! when they move between pages.

use leptos::prelude::*;
use leptos::task::spawn_local;
use madoguchi_domain::application::ApplicationSubmission;
use madoguchi_domain::form::{self, Answers, FieldProblem, FormSchema};
use madoguchi_domain::{ApiError, DeliveryState, ErrorCode, LocalApplication, LocalizedText, ProcedureId};
use madoguchi_i18n::msg_id;
use madoguchi_ui_kit::{
    AttachmentUpload, BannerKind, Button, ButtonVariant, Checkboxes, Choice, ErrorSummary,
    NotificationBanner, PostalLookup, StepIndicator, SummaryList, SummaryRow,
};

use super::renderer::{SignedInHere, StepFields, answer_lines, summary_items};
use super::session::{self, Session};
use super::{city_marked, city_plain, focus_heading, go, today};
use crate::i18n::{self, t, t_args, tm, tm_args, tr};
use crate::ipc;
use crate::routes::{Route, Stage};

/// The id of every stage's `h1` (focused when the page opens).
const HEADING_ID: &str = "apply-heading";

#[component]
pub fn ApplyPage(route: Route) -> impl IntoView {
    let Route::Apply(procedure, stage) = route else {
        return ().into_any();
    };
    provide_context(PostalLookup(ipc::services::postal_lookup));
    provide_context(AttachmentUpload(ipc::services::attachment_upload));
    let signed_in = LocalResource::new(|| async { ipc::account::current().await.ok().flatten().is_some() });
    provide_context(SignedInHere(Signal::derive(move || {
        signed_in.get().unwrap_or(true)
    })));
    let opened = {
        let procedure = procedure.clone();
        LocalResource::new(move || {
            let procedure = procedure.clone();
            async move { session::open(&procedure).await }
        })
    };
    view! {
        {move || match opened.get() {
            None => view! { <p class="mg-loading" role="status">{tr(msg_id!("loading"))}</p> }.into_any(),
            Some(Err(error)) => view! { <LoadProblem error=error procedure=procedure.clone() /> }.into_any(),
            Some(Ok(session)) => match stage {
                Stage::Step(n) if n < session.schema.steps.len() => view! { <StepPage session=session step=n /> }.into_any(),
                Stage::Step(_) => view! { <StepPage session=session step=0 /> }.into_any(),
                Stage::Check => view! { <CheckPage session=session /> }.into_any(),
                Stage::Declaration => view! { <DeclarationPage session=session /> }.into_any(),
                Stage::Sent => view! { <SentPage session=session /> }.into_any(),
            },
        }}
    }
    .into_any()
}

/// The form could not be had: offline (and never kept here), or the procedure has none.
#[component]
fn LoadProblem(error: ApiError, procedure: ProcedureId) -> impl IntoView {
    let id = error.code.message_id();
    Effect::new(move |_| document().set_title(&t(msg_id!("apply-document-title-problem"))));
    view! {
        <h1 class="mg-heading-xl" id=HEADING_ID tabindex="-1">{tr(msg_id!("apply-problem-title"))}</h1>
        <div class="mg-error" role="alert">
            <p class="mg-error__message" data-message-id=id>{tr(id)}</p>
        </div>
        <p><a class="mg-link" href=Route::Procedure(procedure).href()>{tr(msg_id!("apply-back-to-procedure"))}</a></p>
    }
}

/// The step indicator's names: the form's steps, then check, then the declaration.
fn stage_names(schema: &FormSchema) -> Vec<String> {
    schema
        .steps
        .iter()
        .map(|s| city_marked(&s.title))
        .chain([
            tm(msg_id!("apply-check-title")),
            tm(msg_id!("apply-declaration-title")),
        ])
        .collect()
}

#[component]
fn Indicator(schema: FormSchema, current: usize) -> impl IntoView {
    let names = stage_names(&schema);
    let total = names.len();
    view! {
        <StepIndicator
            id="apply-steps"
            label=Signal::derive(|| t(msg_id!("apply-steps-label")))
            position=Signal::derive(move || tm_args(msg_id!("apply-step-position"), &[("current", current.into()), ("total", total.into())]))
            steps=names
            current=current
        />
    }
}

/// The form's title above every stage, and where its answers are kept.
#[component]
fn FormHeader(schema: FormSchema) -> impl IntoView {
    let title = schema.title.clone();
    view! {
        <p class="mg-lead">{move || i18n::ruby_view(Signal::stored(city_marked(&title)))}</p>
    }
}

/// Whether the answers are kept on the device (app) or only in this page (web).
#[component]
fn KeptWhere() -> impl IntoView {
    let id = if ipc::is_app() {
        msg_id!("apply-kept-on-device")
    } else {
        msg_id!("apply-kept-in-page")
    };
    view! { <p class="mg-hint" id="apply-kept">{tr(id)}</p> }
}

#[component]
fn StepPage(session: Session, step: usize) -> impl IntoView {
    let procedure = session.schema.procedure.clone();
    let step_title = session.schema.steps[step].title.clone();
    let title_for_doc = step_title.clone();
    Effect::new(move |_| {
        document().set_title(&t_args(
            msg_id!("apply-document-title"),
            &[("page", city_plain(&title_for_doc).into())],
        ));
    });
    focus_heading(HEADING_ID);
    session::update(|s| s.step = u32::try_from(step).unwrap_or(0));
    // Problems handed over (the city's refusal, a failed check) are shown on arrival, this step's only.
    let arrived: Vec<FieldProblem> = session
        .problems
        .iter()
        .filter(|p| {
            session.schema.steps[step]
                .fields
                .iter()
                .any(|f| f.id.as_str() == p.field_id())
        })
        .cloned()
        .collect();
    session::update(|s| s.problems.clear());
    // "Once only": the answers of this step filled from what the resident told the city before.
    let filled_here: Vec<LocalizedText> = session.schema.steps[step]
        .fields
        .iter()
        .filter(|f| session.prefilled.contains(&f.id))
        .map(|f| f.label.clone())
        .collect();
    let schema_value = session.schema.clone();
    let schema = StoredValue::new(session.schema.clone());
    let answers = RwSignal::new(session.answers.clone());
    let problems = RwSignal::new(arrived);
    // Every change is kept in the session at once (so Back and the next page see it), and saved
    // as the draft once the resident pauses: an answer typed is kept even if the app is closed or
    // killed before the field is left (not on the first run: opening a step changes nothing).
    Effect::new(move |seen: Option<()>| {
        let now = answers.get();
        session::update(|s| s.answers = now);
        if seen.is_some() {
            session::save_draft_soon();
        }
    });
    let errors = Signal::derive(move || schema.with_value(|s| summary_items(s, &problems.get())));
    let last = session.schema.steps.len() - 1;
    let back_to_check = session.back_to_check;
    let back = if step == 0 {
        Route::Procedure(procedure.clone())
    } else {
        Route::Apply(procedure.clone(), Stage::Step(step - 1))
    };
    let next_procedure = procedure.clone();
    let on_continue = Callback::new(move |()| {
        let Some(today) = today() else { return };
        let found = schema.with_value(|s| answers.with_untracked(|a| form::validate_step(s, step, a, today)));
        if !found.is_empty() {
            problems.set(found);
            return;
        }
        problems.set(Vec::new());
        session::save_draft();
        let next = if back_to_check || step == last {
            session::update(|s| s.back_to_check = false);
            Stage::Check
        } else {
            Stage::Step(step + 1)
        };
        go(&Route::Apply(next_procedure.clone(), next));
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_continue.run(());
    };
    view! {
        <FormHeader schema=schema_value.clone() />
        <h1 class="mg-heading-xl" id=HEADING_ID tabindex="-1">{move || i18n::ruby_view(Signal::stored(city_marked(&step_title)))}</h1>
        <Indicator schema=schema_value current={step + 1} />
        <KeptWhere />
        <Prefilled labels=filled_here />
        <form class="mg-form" novalidate on:submit=on_submit on:focusout=move |_| session::save_draft()>
            <ErrorSummary id="apply-errors" title=Signal::derive(|| tm(msg_id!("apply-errors-title"))) errors=errors />
            <StepFields schema=schema step=step answers=answers problems=problems />
            <div class="mg-button-group">
                <Button id="apply-continue" submit=true label=Signal::derive(|| tm(msg_id!("apply-continue"))) />
                <a class="mg-link" id="apply-back" href=back.href() on:click=move |_| session::save_draft()>{tr(msg_id!("apply-back"))}</a>
            </div>
        </form>
    }
}

/// Says which answers of the step were filled from what the resident told the city before, so
/// they are checked rather than trusted (nothing when none were).
#[component]
fn Prefilled(labels: Vec<LocalizedText>) -> impl IntoView {
    (!labels.is_empty()).then(|| {
        view! {
            <NotificationBanner
                id="apply-prefilled"
                title=Signal::derive(|| tm(msg_id!("apply-prefilled-banner")))
                heading=Signal::derive(|| tm(msg_id!("apply-prefilled-heading")))
            >
                <ul class="mg-list" role="list">
                    {labels
                        .into_iter()
                        .map(|label| view! { <li>{move || i18n::ruby_view(Signal::stored(city_marked(&label)))}</li> })
                        .collect_view()}
                </ul>
                <p>{tr(msg_id!("apply-prefilled-hint"))}</p>
            </NotificationBanner>
        }
    })
}

/// Which step holds the field of `problem` (to send the resident back to it).
fn step_of(schema: &FormSchema, problem: &FieldProblem) -> usize {
    schema
        .steps
        .iter()
        .position(|s| s.fields.iter().any(|f| f.id.as_str() == problem.field_id()))
        .unwrap_or(0)
}

#[component]
fn CheckPage(session: Session) -> impl IntoView {
    Effect::new(move |_| {
        document().set_title(&t_args(
            msg_id!("apply-document-title"),
            &[("page", t(msg_id!("apply-check-title")).into())],
        ));
    });
    focus_heading(HEADING_ID);
    let schema = session.schema.clone();
    let procedure = schema.procedure.clone();
    let answers = session.answers.clone();
    let steps = schema.steps.len();
    let sections = schema
        .steps
        .iter()
        .enumerate()
        .map(|(n, step)| {
            let shown = form::visible_fields(&schema, &answers);
            let rows: Vec<SummaryRow> = step
                .fields
                .iter()
                .filter(|f| shown.iter().any(|s| s.id == f.id))
                .map(|f| {
                    let lines = answer_lines(f, answers.get(f.id.as_str()));
                    SummaryRow {
                        key: city_marked(&f.label),
                        value: if lines.is_empty() { vec![tm(msg_id!("apply-not-answered"))] } else { lines },
                        change_href: Some(Route::Apply(procedure.clone(), Stage::Step(n)).href()),
                    }
                })
                .collect();
            let title = step.title.clone();
            let heading_id = format!("apply-check-{n}");
            let labelled_by = heading_id.clone();
            view! {
                <section aria-labelledby=labelled_by>
                    <h2 id=heading_id>{move || i18n::ruby_view(Signal::stored(city_marked(&title)))}</h2>
                    <SummaryList id=format!("apply-answers-{n}") rows=rows change_label=Signal::derive(|| tm(msg_id!("apply-change"))) />
                </section>
            }
        })
        .collect_view();
    let next_procedure = procedure.clone();
    let check_schema = schema.clone();
    let on_continue = Callback::new(move |()| {
        let Some(today) = today() else { return };
        // The whole form once more (a condition may have changed a later answer's relevance).
        let all = session::get(&next_procedure)
            .map(|s| s.answers)
            .unwrap_or_default();
        if let Err(found) = form::validate(&check_schema, &all, true, today) {
            let first = found.first().map_or(0, |p| step_of(&check_schema, p));
            session::update(|s| {
                s.problems = found;
                s.back_to_check = true;
            });
            go(&Route::Apply(next_procedure.clone(), Stage::Step(first)));
            return;
        }
        go(&Route::Apply(next_procedure.clone(), Stage::Declaration));
    });
    // A change link comes back here after its step.
    let on_change = move |ev: leptos::ev::MouseEvent| {
        use wasm_bindgen::JsCast as _;
        let is_change = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest(".mg-summary-list__action a").ok().flatten())
            .is_some();
        if is_change {
            session::update(|s| s.back_to_check = true);
        }
    };
    view! {
        <FormHeader schema=schema.clone() />
        <h1 class="mg-heading-xl" id=HEADING_ID tabindex="-1">{tr(msg_id!("apply-check-title"))}</h1>
        <Indicator schema=schema.clone() current={steps + 1} />
        <div on:click=on_change>{sections}</div>
        <div class="mg-button-group">
            <Button id="apply-continue" label=Signal::derive(|| tm(msg_id!("apply-continue"))) on_press=on_continue />
        </div>
    }
}

#[component]
fn DeclarationPage(session: Session) -> impl IntoView {
    Effect::new(move |_| {
        document().set_title(&t_args(
            msg_id!("apply-document-title"),
            &[("page", t(msg_id!("apply-declaration-title")).into())],
        ));
    });
    focus_heading(HEADING_ID);
    let schema = session.schema.clone();
    let procedure = schema.procedure.clone();
    let steps = schema.steps.len();
    let agreed = RwSignal::new(Vec::<String>::new());
    let problems = RwSignal::new(Vec::<FieldProblem>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(false);
    let declaration = schema.declaration.clone();
    let needs_declaration = declaration.is_some();
    let summary_schema = schema.clone();
    let errors = Signal::derive(move || {
        problems
            .get()
            .into_iter()
            .map(|p| madoguchi_ui_kit::ErrorItem {
                target: "apply-declaration-agree".to_owned(),
                message: super::renderer::problem_text(&summary_schema, &p),
            })
            .collect::<Vec<_>>()
    });
    let submit_schema = schema.clone();
    let on_submit = Callback::new(move |()| {
        if busy.get_untracked() {
            return;
        }
        let Some(today) = today() else { return };
        let declared = agreed.with_untracked(|a| a.iter().any(|v| v == "agree"));
        let Some(current) = session::get(&procedure) else {
            return;
        };
        if let Err(found) = form::validate(&submit_schema, &current.answers, declared, today) {
            let (here, elsewhere): (Vec<_>, Vec<_>) =
                found.into_iter().partition(|p| p.field == "declaration");
            if elsewhere.is_empty() {
                problems.set(here);
            } else {
                back_to_field(&submit_schema, &procedure, elsewhere);
            }
            return;
        }
        problems.set(Vec::new());
        let key = match current
            .web_key
            .clone()
            .map(Ok)
            .unwrap_or_else(ipc::new_idempotency_key)
        {
            Ok(key) => key,
            Err(error) => {
                failure.set(Some(error));
                return;
            }
        };
        session::update(|s| s.web_key = Some(key.clone()));
        let submission = ApplicationSubmission {
            procedure: procedure.clone(),
            form_version: submit_schema.version,
            answers: current.answers.clone(),
            declared,
        };
        let (procedure, schema) = (procedure.clone(), submit_schema.clone());
        busy.set(true);
        failure.set(None);
        spawn_local(async move {
            let result = ipc::applications::submit_application(&submission, current.draft, &key).await;
            busy.set(false);
            match result {
                Ok(sent) => {
                    session::update(|s| {
                        s.sent = Some(sent);
                        s.web_key = None;
                        s.draft = None;
                        s.answers = Answers::new();
                    });
                    go(&Route::Apply(procedure, Stage::Sent));
                }
                Err(error) if error.code == ErrorCode::InvalidSubmission && !error.problems.is_empty() => {
                    // The city (or the shell) refused answers: each problem at its field. The key
                    // is spent on this refusal; corrected answers go with a new one.
                    session::update(|s| s.web_key = None);
                    let (here, elsewhere): (Vec<_>, Vec<_>) =
                        error.problems.into_iter().partition(|p| p.field == "declaration");
                    if elsewhere.is_empty() {
                        problems.set(here);
                    } else {
                        back_to_field(&schema, &procedure, elsewhere);
                    }
                }
                Err(error) => failure.set(Some(error)),
            }
        });
    });
    view! {
        <FormHeader schema=schema.clone() />
        <h1 class="mg-heading-xl" id=HEADING_ID tabindex="-1">{tr(msg_id!("apply-declaration-title"))}</h1>
        <Indicator schema=schema.clone() current={steps + 2} />
        {move || failure.get().map(|error| {
            let id = error.code.message_id();
            view! {
                <div class="mg-error" role="alert" id="apply-failure">
                    <p class="mg-error__message" data-message-id=id>{tr(id)}</p>
                </div>
            }
        })}
        <ErrorSummary id="apply-errors" title=Signal::derive(|| tm(msg_id!("apply-errors-title"))) errors=errors />
        {declaration.clone().map(|text| view! {
            <div id="apply-declaration-text">{move || i18n::ruby_view(Signal::stored(city_marked(&text)))}</div>
            <Checkboxes
                id="apply-declaration"
                legend=Signal::derive(|| tm(msg_id!("apply-declaration-legend")))
                error=Signal::derive(move || problems.with(|p| p.first().map(|_| tm(msg_id!("form-error-declaration")))))
                choices=vec![Choice::new("agree", tm(msg_id!("apply-declaration-agree")))]
                checked=agreed
            />
        })}
        {(!needs_declaration).then(|| view! { <p>{tr(msg_id!("apply-submit-intro"))}</p> })}
        <p class="mg-hint">{tr(if ipc::is_app() { msg_id!("apply-submit-app") } else { msg_id!("apply-submit-web") })}</p>
        <div class="mg-button-group">
            <Button
                id="apply-submit"
                label=Signal::derive(|| tm(msg_id!("apply-submit")))
                loading=busy
                loading_label=Signal::derive(|| tm(msg_id!("apply-submitting")))
                on_press=on_submit
            />
        </div>
    }
}

/// Sends the resident to the first step with a problem, the problems shown there.
fn back_to_field(schema: &FormSchema, procedure: &ProcedureId, problems: Vec<FieldProblem>) {
    let first = problems.first().map_or(0, |p| step_of(schema, p));
    session::update(|s| {
        s.problems = problems;
        s.back_to_check = true;
    });
    go(&Route::Apply(procedure.clone(), Stage::Step(first)));
}

#[component]
fn SentPage(session: Session) -> impl IntoView {
    Effect::new(move |_| document().set_title(&t(msg_id!("apply-sent-document-title"))));
    focus_heading(HEADING_ID);
    let title = session.schema.title.clone();
    let Some(sent) = session.sent.clone() else {
        return view! {
            <h1 class="mg-heading-xl" id=HEADING_ID tabindex="-1">{tr(msg_id!("apply-sent-nothing"))}</h1>
            <p><a class="mg-link" href=Route::Applications.href()>{tr(msg_id!("apply-see-applications"))}</a></p>
        }
        .into_any();
    };
    let shown = RwSignal::new(sent);
    // Queued (app mode, offline): look again every 2 s, so the reference shows once the city has it.
    let local_id = shown.get_untracked().local_id;
    let handle = set_interval_with_handle(
        move || {
            if !matches!(shown.get_untracked().delivery, DeliveryState::Pending { .. }) {
                return;
            }
            spawn_local(async move {
                if let Ok(list) = ipc::applications::my_applications().await
                    && let Some(now) = list.into_iter().find(|a| a.local_id == local_id)
                {
                    session::update(|s| s.sent = Some(now.clone()));
                    shown.set(now);
                }
            });
        },
        std::time::Duration::from_secs(2),
    );
    on_cleanup(move || {
        if let Ok(h) = handle {
            h.clear();
        }
    });
    let print = Callback::new(|()| {
        let _ = window().print();
    });
    view! {
        {move || match shown.get() {
            LocalApplication { delivery: DeliveryState::Sent { reference }, created_at, .. } => {
                let receipt = vec![
                    SummaryRow { key: tm(msg_id!("apply-receipt-procedure")), value: vec![city_marked(&title)], change_href: None },
                    SummaryRow { key: tm(msg_id!("apply-receipt-reference")), value: vec![reference.clone()], change_href: None },
                    SummaryRow {
                        key: tm(msg_id!("apply-receipt-sent-at")),
                        value: vec![created_at.date_in_japan().map(|d| i18n::date_marked(&d.iso())).unwrap_or_default()],
                        change_href: None,
                    },
                ];
                let heading = tm_args(msg_id!("apply-reference"), &[("reference", reference.clone().into())]);
                view! {
                    <h1 class="mg-heading-xl" id=HEADING_ID tabindex="-1">{tr(msg_id!("apply-sent-title"))}</h1>
                    <NotificationBanner
                        id="apply-confirmation"
                        kind=BannerKind::Success
                        title=Signal::derive(|| tm(msg_id!("apply-sent-banner")))
                        heading=heading
                    >
                        <p>{tr(msg_id!("apply-reference-hint"))}</p>
                    </NotificationBanner>
                    <SummaryList id="apply-receipt" rows=receipt change_label=Signal::derive(|| tm(msg_id!("apply-change"))) />
                    <h2>{tr(msg_id!("apply-next-title"))}</h2>
                    <p>{tr(msg_id!("apply-next-text"))}</p>
                    <div class="mg-button-group mg-no-print">
                        <Button id="apply-print" variant=ButtonVariant::Secondary label=Signal::derive(|| tm(msg_id!("apply-print"))) on_press=print />
                        <a class="mg-link" href=Route::Applications.href()>{tr(msg_id!("apply-see-applications"))}</a>
                    </div>
                }
                .into_any()
            }
            LocalApplication { delivery: DeliveryState::Pending { .. }, .. } => view! {
                <h1 class="mg-heading-xl" id=HEADING_ID tabindex="-1">{tr(msg_id!("apply-queued-title"))}</h1>
                <NotificationBanner
                    id="apply-queued"
                    title=Signal::derive(|| tm(msg_id!("apply-queued-banner")))
                    heading=Signal::derive(|| tm(msg_id!("apply-queued-text")))
                >
                    <p>{tr(msg_id!("apply-queued-hint"))}</p>
                </NotificationBanner>
                <p><a class="mg-link" href=Route::Applications.href()>{tr(msg_id!("apply-see-applications"))}</a></p>
            }
            .into_any(),
            LocalApplication { delivery: DeliveryState::Failed { error }, .. } => {
                let id = error.code.message_id();
                view! {
                    <h1 class="mg-heading-xl" id=HEADING_ID tabindex="-1">{tr(msg_id!("apply-failed-title"))}</h1>
                    <div class="mg-error" role="alert" id="apply-failure"><p class="mg-error__message" data-message-id=id>{tr(id)}</p></div>
                    <p><a class="mg-link" href=Route::Applications.href()>{tr(msg_id!("apply-see-applications"))}</a></p>
                }
                .into_any()
            }
        }}
    }
    .into_any()
}
