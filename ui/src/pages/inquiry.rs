//! お問い合わせ (ask the city): pick a department, write a subject and a message (with character
//! counts), optionally leave contact details, send. In the app it is saved on the device and
//! delivered by the outbox (so it works offline); the page lists the resident's inquiries with
//! where each is (waiting, received with its reference, refused). Built from the kit: its select,
//! text input, textarea, error summary, button and dialog (deleting the device's data asks through
//! the kit's Dialog, never `window.confirm`).

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
use madoguchi_ui_kit::{
    Button, ButtonVariant, Choice, Dialog, ErrorItem, ErrorSummary, Select, TextInput, Textarea,
};

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
                    <ErrorSummary
                        id="inquiry-errors"
                        title=Signal::derive(|| t(msg_id!("inquiry-errors-summary")))
                        errors=Signal::derive(move || {
                            problems
                                .get()
                                .into_iter()
                                .map(|p| ErrorItem { target: field_id(p.field).to_owned(), message: t(p.message_id) })
                                .collect::<Vec<_>>()
                        })
                    />
                    <DepartmentField form=form departments=cached.value problems=problems />
                    <SubjectField form=form problems=problems />
                    <Textarea
                        id=field_id(InquiryField::Message)
                        label=Signal::derive(|| t(msg_id!("inquiry-message")))
                        error=error_for(problems, InquiryField::Message)
                        value=form.message
                        max_chars=MESSAGE_MAX_CHARS
                        rows=8
                        count_text=Callback::new(|left: i64| {
                            let max = i64::try_from(MESSAGE_MAX_CHARS).unwrap_or(i64::MAX);
                            t_args(msg_id!("inquiry-char-count"), &[("count", (max - left).into()), ("max", max.into())])
                        })
                    />
                    <fieldset class="mg-fieldset">
                        <legend>{move || t(msg_id!("inquiry-contact-legend"))}</legend>
                        <p class="mg-hint">{move || t(msg_id!("inquiry-contact-hint"))}</p>
                        <SimpleField form_value=form.name field=InquiryField::ContactName label=msg_id!("inquiry-contact-name") kind="text" autocomplete="name" problems=problems />
                        <SimpleField form_value=form.email field=InquiryField::ContactEmail label=msg_id!("inquiry-contact-email") kind="email" autocomplete="email" problems=problems />
                        <SimpleField form_value=form.phone field=InquiryField::ContactPhone label=msg_id!("inquiry-contact-phone") kind="tel" autocomplete="tel" problems=problems />
                    </fieldset>
                    <Button id="inquiry-submit" submit=true loading=busy label=Signal::derive(|| t(msg_id!("inquiry-submit"))) />
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

/// The field's error message, if any, in the reader's language.
fn error_for(problems: RwSignal<Vec<InquiryProblem>>, field: InquiryField) -> Signal<Option<String>> {
    Signal::derive(move || {
        problems
            .get()
            .iter()
            .find(|p| p.field == field)
            .map(|p| t(p.message_id))
    })
}

#[component]
fn DepartmentField(
    form: Form,
    departments: DepartmentCatalogue,
    problems: RwSignal<Vec<InquiryProblem>>,
) -> impl IntoView {
    let field = InquiryField::Department;
    // Re-drawn when the language changes: the options' names are city texts in the reader's language.
    move || {
        let options = std::iter::once(Choice::new("", t(msg_id!("inquiry-department-choose"))))
            .chain(departments.departments.iter().map(|d| {
                let name = d
                    .name
                    .resolve(&i18n::current())
                    .map(|r| r.text.to_owned())
                    .unwrap_or_default();
                Choice::new(d.id.to_string(), name)
            }))
            .collect::<Vec<_>>();
        view! {
            <Select
                id=field_id(field)
                label=Signal::derive(|| t(msg_id!("inquiry-department")))
                error=error_for(problems, field)
                options=options
                selected=form.department
            />
        }
    }
}

/// The subject, with its count of characters under it (read with the field).
#[component]
fn SubjectField(form: Form, problems: RwSignal<Vec<InquiryProblem>>) -> impl IntoView {
    let field = InquiryField::Subject;
    let id = field_id(field);
    let count_id = format!("{id}-count");
    let count = move || {
        let n = char_count(form.subject.get().trim());
        t_args(
            msg_id!("inquiry-char-count"),
            &[("count", n.into()), ("max", SUBJECT_MAX_CHARS.into())],
        )
    };
    let over = move || char_count(form.subject.get().trim()) > SUBJECT_MAX_CHARS;
    view! {
        <TextInput
            id=id
            label=Signal::derive(|| t(msg_id!("inquiry-subject")))
            error=error_for(problems, field)
            value=form.subject
            describedby_extra=vec![count_id.clone()]
        />
        <p class="mg-hint mg-char-count" id=count_id data-over=move || over().to_string()>{count}</p>
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
    view! {
        <TextInput
            id=field_id(field)
            label=Signal::derive(move || t(label))
            error=error_for(problems, field)
            value=form_value
            input_type=kind
            autocomplete=autocomplete
        />
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
            <h2 id="delete-data-title">{move || t(msg_id!("delete-data-title"))}</h2>
            <p>{move || t(msg_id!("delete-data-explain"))}</p>
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
                <p>{move || t(msg_id!("delete-data-confirm"))}</p>
                <Button id="delete-data-yes" label=Signal::derive(|| t(msg_id!("delete-data-button"))) on_press=delete />
                <Button
                    id="delete-data-no"
                    variant=ButtonVariant::Secondary
                    label=Signal::derive(|| t(msg_id!("applications-discard-no")))
                    on_press=Callback::new(move |()| asking.set(false))
                />
            </Dialog>
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
