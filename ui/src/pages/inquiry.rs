//! お問い合わせ (ask the city): pick a department, write a subject and a message (with character
//! counts), optionally leave contact details, send. In the app it is saved on the device and
//! delivered by the outbox (so it works offline); the page lists the resident's inquiries with
//! where each is (waiting, received with its reference, refused). Plain accessible HTML for now:
//! every field has a label, hints and errors are tied to it with `aria-describedby`.

use leptos::prelude::*;
use leptos::task::spawn_local;
use madoguchi_domain::inquiry::{
    InquiryField, InquiryProblem, MESSAGE_MAX_CHARS, SUBJECT_MAX_CHARS, char_count,
};
use madoguchi_domain::{
    ApiError, Cached, DeliveryState, DepartmentCatalogue, IdempotencyKey, InquiryForm, LocalInquiry,
    NewInquiry,
};
use madoguchi_i18n::msg_id;

use crate::i18n::{self, t, t_args};
use crate::ipc;
use crate::pages::data_age::DataAge;

/// Departments: the server's list, else the device's copy (offline), else the error.
async fn departments() -> Result<(Cached<DepartmentCatalogue>, Option<ApiError>), ApiError> {
    match ipc::refresh_departments().await {
        Ok(fresh) => Ok((fresh, None)),
        Err(error) => match ipc::cached_departments().await.ok().flatten() {
            Some(cached) => Ok((cached, Some(error))),
            None => Err(error),
        },
    }
}

#[component]
pub fn InquiryPage() -> impl IntoView {
    let departments = LocalResource::new(departments);
    // Every page names itself in the window title, in the reader's language (WCAG 2.4.2).
    Effect::new(move |_| document().set_title(&t(msg_id!("inquiry-document-title"))));
    let mine = LocalResource::new(ipc::my_inquiries);
    let form = Form::new();
    let problems = RwSignal::new(Vec::<InquiryProblem>::new());
    let outcome = RwSignal::new(None::<Result<LocalInquiry, ApiError>>);
    let busy = RwSignal::new(false);
    // Web mode: one key per inquiry, kept until it is received, so a retry is replayed not doubled.
    let web_key = StoredValue::new(None::<IdempotencyKey>);

    // While something waits in the outbox, look again every 2 s so "sent" shows without a reload.
    let handle = set_interval_with_handle(
        move || {
            let waiting = mine.get_untracked().and_then(|r| r.ok()).is_some_and(|list| {
                list.iter()
                    .any(|i| matches!(i.delivery, DeliveryState::Pending { .. }))
            });
            if waiting {
                mine.refetch();
            }
        },
        std::time::Duration::from_secs(2),
    );
    on_cleanup(move || {
        if let Ok(h) = handle {
            h.clear();
        }
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let inquiry = match NewInquiry::parse(&form.snapshot()) {
            Ok(inquiry) => inquiry,
            Err(found) => {
                problems.set(found);
                outcome.set(None);
                return;
            }
        };
        problems.set(Vec::new());
        let key = match web_key.get_value() {
            Some(key) => key,
            None => match ipc::new_idempotency_key() {
                Ok(key) => {
                    web_key.set_value(Some(key.clone()));
                    key
                }
                Err(error) => {
                    outcome.set(Some(Err(error)));
                    return;
                }
            },
        };
        busy.set(true);
        spawn_local(async move {
            let result = ipc::submit_inquiry(&inquiry, &key).await;
            if result.is_ok() {
                form.clear();
                web_key.set_value(None);
            }
            outcome.set(Some(result));
            busy.set(false);
            mine.refetch();
        });
    };

    view! {
        <h1 class="mg-heading-xl">{move || t(msg_id!("inquiry-title"))}</h1>
        <p class="mg-lead">
            {move || if ipc::is_app() { t(msg_id!("inquiry-intro-app")) } else { t(msg_id!("inquiry-intro-web")) }}
        </p>
        {move || outcome.get().map(|o| view! { <Outcome outcome=o /> })}
        {move || match departments.get() {
            None => view! { <p class="mg-loading" role="status">{t(msg_id!("loading"))}</p> }.into_any(),
            Some(Err(error)) => {
                let id = error.code.message_id();
                view! { <div class="mg-error" role="alert"><p class="mg-error__message">{move || t(id)}</p></div> }.into_any()
            }
            Some(Ok((cached, refresh_error))) => view! {
                <DataAge fetched_at=cached.fetched_at fresh=cached.fresh refresh_error=refresh_error kept_nowhere=None />
                <form class="mg-form" novalidate on:submit=submit>
                    <ErrorSummary problems=problems />
                    <DepartmentField form=form departments=cached.value problems=problems />
                    <TextField form_value=form.subject field=InquiryField::Subject label=msg_id!("inquiry-subject") max=SUBJECT_MAX_CHARS multiline=false problems=problems />
                    <TextField form_value=form.message field=InquiryField::Message label=msg_id!("inquiry-message") max=MESSAGE_MAX_CHARS multiline=true problems=problems />
                    <fieldset class="mg-fieldset">
                        <legend>{move || t(msg_id!("inquiry-contact-legend"))}</legend>
                        <p class="mg-hint">{move || t(msg_id!("inquiry-contact-hint"))}</p>
                        <SimpleField form_value=form.name field=InquiryField::ContactName label=msg_id!("inquiry-contact-name") kind="text" autocomplete="name" problems=problems />
                        <SimpleField form_value=form.email field=InquiryField::ContactEmail label=msg_id!("inquiry-contact-email") kind="email" autocomplete="email" problems=problems />
                        <SimpleField form_value=form.phone field=InquiryField::ContactPhone label=msg_id!("inquiry-contact-phone") kind="tel" autocomplete="tel" problems=problems />
                    </fieldset>
                    <button type="submit" class="mg-button" id="inquiry-submit" aria-disabled=move || busy.get().to_string()>
                        {move || t(msg_id!("inquiry-submit"))}
                    </button>
                </form>
            }
            .into_any(),
        }}
        <MyInquiries mine=mine />
        {ipc::is_app().then(|| view! { <DeleteLocalData on_deleted=move || mine.refetch() /> })}
    }
}

/// The form's values, one signal each.
#[derive(Clone, Copy)]
struct Form {
    department: RwSignal<String>,
    subject: RwSignal<String>,
    message: RwSignal<String>,
    name: RwSignal<String>,
    email: RwSignal<String>,
    phone: RwSignal<String>,
}

impl Form {
    fn new() -> Self {
        let s = || RwSignal::new(String::new());
        Self {
            department: s(),
            subject: s(),
            message: s(),
            name: s(),
            email: s(),
            phone: s(),
        }
    }

    fn snapshot(&self) -> InquiryForm {
        InquiryForm {
            department: self.department.get_untracked(),
            subject: self.subject.get_untracked(),
            message: self.message.get_untracked(),
            contact_name: self.name.get_untracked(),
            contact_email: self.email.get_untracked(),
            contact_phone: self.phone.get_untracked(),
        }
    }

    fn clear(&self) {
        for s in [self.subject, self.message, self.name, self.email, self.phone] {
            s.set(String::new());
        }
    }
}

fn field_id(field: InquiryField) -> &'static str {
    match field {
        InquiryField::Department => "inquiry-department",
        InquiryField::Subject => "inquiry-subject",
        InquiryField::Message => "inquiry-message",
        InquiryField::ContactName => "inquiry-contact-name",
        InquiryField::ContactEmail => "inquiry-contact-email",
        InquiryField::ContactPhone => "inquiry-contact-phone",
    }
}

fn problem_for(problems: RwSignal<Vec<InquiryProblem>>, field: InquiryField) -> Option<&'static str> {
    problems
        .get()
        .iter()
        .find(|p| p.field == field)
        .map(|p| p.message_id)
}

/// The field's error message, if any (its id is in the field's `aria-describedby`).
#[component]
fn FieldError(field: InquiryField, problems: RwSignal<Vec<InquiryProblem>>) -> impl IntoView {
    let id = format!("{}-error", field_id(field));
    move || {
        problem_for(problems, field)
            .map(|message| view! { <p class="mg-field-error" id=id.clone()>{t(message)}</p> })
    }
}

#[component]
fn ErrorSummary(problems: RwSignal<Vec<InquiryProblem>>) -> impl IntoView {
    move || {
        let list = problems.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="mg-error" role="alert" id="inquiry-errors">
                    <p class="mg-error__message">{t(msg_id!("inquiry-errors-summary"))}</p>
                    <ul>
                        {list
                            .into_iter()
                            .map(|p| view! { <li><a href=format!("#{}", field_id(p.field))>{t(p.message_id)}</a></li> })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

fn described_by(
    problems: RwSignal<Vec<InquiryProblem>>,
    field: InquiryField,
    hint: Option<String>,
) -> String {
    let mut ids: Vec<String> = hint.into_iter().collect();
    if problem_for(problems, field).is_some() {
        ids.push(format!("{}-error", field_id(field)));
    }
    ids.join(" ")
}

#[component]
fn DepartmentField(
    form: Form,
    departments: DepartmentCatalogue,
    problems: RwSignal<Vec<InquiryProblem>>,
) -> impl IntoView {
    let field = InquiryField::Department;
    view! {
        <div class="mg-field">
            <label for=field_id(field)>{move || t(msg_id!("inquiry-department"))}</label>
            <FieldError field=field problems=problems />
            <select
                id=field_id(field)
                name="department"
                aria-invalid=move || problem_for(problems, field).is_some().to_string()
                aria-describedby=move || described_by(problems, field, None)
                on:change=move |ev| form.department.set(event_target_value(&ev))
                prop:value=move || form.department.get()
            >
                <option value="">{move || t(msg_id!("inquiry-department-choose"))}</option>
                {departments
                    .departments
                    .into_iter()
                    .map(|d| {
                        let name = d.name.clone();
                        let label = move || name.resolve(&i18n::current()).map(|r| r.text.to_owned()).unwrap_or_default();
                        view! { <option value=d.id.to_string()>{label}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

#[component]
fn TextField(
    form_value: RwSignal<String>,
    field: InquiryField,
    label: &'static str,
    max: usize,
    multiline: bool,
    problems: RwSignal<Vec<InquiryProblem>>,
) -> impl IntoView {
    let id = field_id(field);
    let count_id = format!("{id}-count");
    let count = move || {
        let n = char_count(form_value.get().trim());
        t_args(
            msg_id!("inquiry-char-count"),
            &[("count", n.into()), ("max", max.into())],
        )
    };
    let over = move || char_count(form_value.get().trim()) > max;
    let hint = Some(count_id.clone());
    let describedby = move || described_by(problems, field, hint.clone());
    let invalid = move || problem_for(problems, field).is_some().to_string();
    let input = if multiline {
        view! {
            <textarea id=id name=id rows="8" aria-invalid=invalid aria-describedby=describedby bind:value=form_value></textarea>
        }
        .into_any()
    } else {
        view! { <input id=id name=id type="text" aria-invalid=invalid aria-describedby=describedby bind:value=form_value /> }
            .into_any()
    };
    view! {
        <div class="mg-field">
            <label for=id>{move || t(label)}</label>
            <FieldError field=field problems=problems />
            {input}
            <p class="mg-hint mg-char-count" id=count_id data-over=move || over().to_string()>{count}</p>
        </div>
    }
}

#[component]
fn SimpleField(
    form_value: RwSignal<String>,
    field: InquiryField,
    label: &'static str,
    kind: &'static str,
    autocomplete: &'static str,
    problems: RwSignal<Vec<InquiryProblem>>,
) -> impl IntoView {
    let id = field_id(field);
    view! {
        <div class="mg-field">
            <label for=id>{move || t(label)}</label>
            <FieldError field=field problems=problems />
            <input
                id=id
                name=id
                type=kind
                autocomplete=autocomplete
                aria-invalid=move || problem_for(problems, field).is_some().to_string()
                aria-describedby=move || described_by(problems, field, None)
                bind:value=form_value
            />
        </div>
    }
}

/// What happened to the last submission: saved and waiting, received, or why not.
#[component]
fn Outcome(outcome: Result<LocalInquiry, ApiError>) -> impl IntoView {
    match outcome {
        Ok(saved) => {
            let text = move || match &saved.delivery {
                DeliveryState::Sent { reference } => t_args(
                    msg_id!("inquiry-sent"),
                    &[("reference", reference.to_string().into())],
                ),
                _ => t(msg_id!("inquiry-saved-pending")),
            };
            view! { <div class="mg-notice" role="status" id="inquiry-outcome"><p>{text}</p></div> }.into_any()
        }
        Err(error) => {
            let id = error.code.message_id();
            view! {
                <div class="mg-error" role="alert" id="inquiry-outcome">
                    <p class="mg-error__message" data-message-id=id>{move || t(id)}</p>
                </div>
            }
            .into_any()
        }
    }
}

#[component]
fn MyInquiries(mine: LocalResource<Result<Vec<LocalInquiry>, ApiError>>) -> impl IntoView {
    let send_now = move |_| {
        spawn_local(async move {
            let _ = ipc::send_outbox_now().await;
            mine.refetch();
        });
    };
    move || {
        let list = mine.get().and_then(|r| r.ok()).unwrap_or_default();
        if !ipc::is_app() {
            return ().into_any();
        }
        let waiting = list
            .iter()
            .any(|i| matches!(i.delivery, DeliveryState::Pending { .. }));
        view! {
            <section class="mg-section" aria-labelledby="my-inquiries-title">
                <h2 id="my-inquiries-title">{move || t(msg_id!("inquiry-mine-title"))}</h2>
                {list.is_empty().then(|| view! { <p>{move || t(msg_id!("inquiry-mine-empty"))}</p> })}
                <ul class="mg-inquiry-list">
                    {list.into_iter().map(|i| view! { <MyInquiry inquiry=i /> }).collect_view()}
                </ul>
                {waiting.then(|| view! {
                    <button type="button" class="mg-button" id="send-now" on:click=send_now>{move || t(msg_id!("inquiry-send-now"))}</button>
                })}
            </section>
        }
        .into_any()
    }
}

#[component]
fn MyInquiry(inquiry: LocalInquiry) -> impl IntoView {
    let state = match &inquiry.delivery {
        DeliveryState::Pending { .. } => "pending",
        DeliveryState::Sent { .. } => "sent",
        DeliveryState::Failed { .. } => "failed",
    };
    let delivery = inquiry.delivery.clone();
    let status = move || match &delivery {
        DeliveryState::Pending { .. } => t(msg_id!("inquiry-state-pending")),
        DeliveryState::Sent { reference } => t_args(
            msg_id!("inquiry-state-sent"),
            &[("reference", reference.to_string().into())],
        ),
        DeliveryState::Failed { error } => {
            format!(
                "{} {}",
                t(msg_id!("inquiry-state-failed")),
                t(error.code.message_id())
            )
        }
    };
    view! {
        <li class="mg-inquiry" data-state=state>
            <p class="mg-inquiry__subject">{inquiry.subject.clone()}</p>
            <p class="mg-inquiry__status">{status}</p>
        </li>
    }
}

/// "Delete my data on this device": the encrypted database and its key.
#[component]
fn DeleteLocalData(on_deleted: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let result = RwSignal::new(None::<Result<(), ApiError>>);
    let delete = move |_| {
        let confirmed = window()
            .confirm_with_message(&t(msg_id!("delete-data-confirm")))
            .unwrap_or(false);
        if !confirmed {
            return;
        }
        spawn_local(async move {
            result.set(Some(ipc::delete_local_data().await));
            on_deleted();
        });
    };
    view! {
        <section class="mg-section" aria-labelledby="delete-data-title">
            <h2 id="delete-data-title">{move || t(msg_id!("delete-data-title"))}</h2>
            <p>{move || t(msg_id!("delete-data-explain"))}</p>
            <button type="button" class="mg-button mg-button--warning" id="delete-data" on:click=delete>
                {move || t(msg_id!("delete-data-button"))}
            </button>
            {move || result.get().map(|r| match r {
                Ok(()) => view! { <p role="status">{t(msg_id!("delete-data-done"))}</p> }.into_any(),
                Err(e) => {
                    let id = e.code.message_id();
                    view! { <p role="alert" class="mg-error__message">{t(id)}</p> }.into_any()
                }
            })}
        </section>
    }
}
