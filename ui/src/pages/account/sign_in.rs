//! Signing in without a password: the resident gives their email address, the city mails a
//! six-digit code, the resident types it here. The first sign-in also makes the account, so there
//! is no separate sign-up. Each stage is a form built from the kit (text input, error summary,
//! buttons); a problem is named at its field and in the summary, and the server's refusals
//! (too many tries, mail not working, out of reach) are said in the reader's language.
//!
//! Where the browser has WebAuthn (web mode; not the app's webview), the first stage also offers
//! "Sign in with a passkey": the browser lists the resident's passkeys for the city's site, so no
//! address is asked. A passkey that fails is said in the same alert as the city's refusals.

use leptos::prelude::*;
use leptos::task::spawn_local;
use madoguchi_domain::account::{AccountView, DeviceName, EmailAddress, SignInCode};
use madoguchi_domain::{ApiError, ErrorCode};
use madoguchi_i18n::msg_id;
use madoguchi_ui_kit::{Button, ButtonVariant, ErrorItem, ErrorSummary, InputWidth, TextInput};

use super::HEADING_ID;
use crate::i18n::{self, t, t_args};
use crate::ipc;
use crate::ipc::account::PasskeyFailure;
use crate::pages::apply::focus_heading;

const EMAIL_ID: &str = "sign-in-email";
const CODE_ID: &str = "sign-in-code";

/// Where the resident is in signing in.
#[derive(Clone, PartialEq)]
enum Stage {
    /// Giving the address.
    Email,
    /// A code was mailed to this address.
    Code(EmailAddress),
}

/// What went wrong: at a field (named in the summary too), or with the whole request.
#[derive(Clone, PartialEq)]
enum Problem {
    Field {
        id: &'static str,
        message: &'static str,
    },
    Request(ApiError),
    /// The browser gave no passkey (cancelled, none for this site, or it cannot here).
    Passkey,
}

#[component]
pub fn SignIn(on_signed_in: Callback<AccountView>) -> impl IntoView {
    let stage = RwSignal::new(Stage::Email);
    let email = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Problem>);
    let busy = RwSignal::new(false);
    // Said after a new code was sent, so a screen reader hears that something happened.
    let resent = RwSignal::new(false);

    let ask_code = move || {
        let Some(address) = EmailAddress::parse(&email.get_untracked()).filter(EmailAddress::fits_smtp)
        else {
            problem.set(Some(Problem::Field {
                id: EMAIL_ID,
                message: msg_id!("account-email-invalid"),
            }));
            return;
        };
        busy.set(true);
        spawn_local(async move {
            let sent = ipc::account::request_code(&address, &i18n::current()).await;
            busy.set(false);
            match sent {
                Ok(()) => {
                    problem.set(None);
                    code.set(String::new());
                    let again = stage.get_untracked() == Stage::Code(address.clone());
                    resent.set(again);
                    if !again {
                        stage.set(Stage::Code(address));
                        focus_heading(HEADING_ID);
                    }
                }
                // The city's own check of the address (422 at the field).
                Err(error) if error.code == ErrorCode::InvalidSubmission => {
                    problem.set(Some(Problem::Field {
                        id: EMAIL_ID,
                        message: msg_id!("account-email-invalid"),
                    }))
                }
                Err(error) => problem.set(Some(Problem::Request(error))),
            }
        });
    };

    let sign_in = move |address: EmailAddress| {
        let Some(typed) = SignInCode::parse(&code.get_untracked()) else {
            problem.set(Some(Problem::Field {
                id: CODE_ID,
                message: msg_id!("account-code-format"),
            }));
            return;
        };
        let Some(device) = DeviceName::parse(&t(msg_id!("account-device-web"))) else {
            return;
        };
        busy.set(true);
        spawn_local(async move {
            let result = ipc::account::sign_in(&address, &typed, &device).await;
            busy.set(false);
            match result {
                Ok(account) => {
                    problem.set(None);
                    on_signed_in.run(account);
                    focus_heading(HEADING_ID);
                }
                Err(error) if error.code == ErrorCode::SignInCodeInvalid => {
                    problem.set(Some(Problem::Field {
                        id: CODE_ID,
                        message: error.code.message_id(),
                    }))
                }
                Err(error) => problem.set(Some(Problem::Request(error))),
            }
        });
    };

    let passkey_busy = RwSignal::new(false);
    let sign_in_with_passkey = move || {
        let Some(device) = DeviceName::parse(&t(msg_id!("account-device-web"))) else {
            return;
        };
        passkey_busy.set(true);
        spawn_local(async move {
            let result = ipc::account::sign_in_with_passkey(&device).await;
            passkey_busy.set(false);
            match result {
                Ok(account) => {
                    problem.set(None);
                    on_signed_in.run(account);
                    focus_heading(HEADING_ID);
                }
                Err(PasskeyFailure::Browser) => problem.set(Some(Problem::Passkey)),
                Err(PasskeyFailure::City(error)) => problem.set(Some(Problem::Request(error))),
            }
        });
    };

    let field_error = move |id: &'static str| {
        Signal::derive(move || match problem.get() {
            Some(Problem::Field { id: at, message }) if at == id => Some(t(message)),
            _ => None,
        })
    };
    let summary = Signal::derive(move || match problem.get() {
        Some(Problem::Field { id, message }) => vec![ErrorItem {
            target: id.to_owned(),
            message: t(message),
        }],
        _ => Vec::new(),
    });
    let request_error = move || {
        let id = match problem.get() {
            Some(Problem::Request(error)) => error.code.message_id(),
            Some(Problem::Passkey) => msg_id!("account-passkey-sign-in-failed"),
            _ => return None,
        };
        Some(view! {
            <div class="mg-error" role="alert" id="sign-in-error">
                <p class="mg-error__message" data-message-id=id>{move || t(id)}</p>
            </div>
        })
    };

    let heading = move || match stage.get() {
        Stage::Email => t(msg_id!("account-sign-in-title")),
        Stage::Code(_) => t(msg_id!("account-code-title")),
    };
    view! {
        <h1 class="mg-heading-xl" id=HEADING_ID tabindex="-1">{heading}</h1>
        {request_error}
        {move || match stage.get() {
            Stage::Email => view! {
                <p class="mg-lead">{move || t(msg_id!("account-sign-in-lead"))}</p>
                {(!ipc::is_app()).then(|| view! { <p class="mg-hint" id="sign-in-web-note">{move || t(msg_id!("account-web-note"))}</p> })}
                <form class="mg-form" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); if !busy.get_untracked() { ask_code(); } }>
                    <ErrorSummary id="sign-in-errors" title=Signal::derive(|| t(msg_id!("account-errors-summary"))) errors=summary />
                    <TextInput
                        id=EMAIL_ID
                        label=Signal::derive(|| t(msg_id!("account-email")))
                        hint=Signal::derive(|| t(msg_id!("account-email-hint")))
                        error=field_error(EMAIL_ID)
                        value=email
                        input_type="email"
                        autocomplete="email"
                    />
                    <Button id="sign-in-send-code" submit=true loading=busy label=Signal::derive(|| t(msg_id!("account-send-code"))) />
                </form>
                {ipc::account::passkeys_available().then(|| view! {
                    <div class="mg-section" id="sign-in-passkey-option">
                        <p>{move || t(msg_id!("account-passkey-lead"))}</p>
                        <Button
                            id="sign-in-passkey"
                            variant=ButtonVariant::Secondary
                            loading=passkey_busy
                            label=Signal::derive(|| t(msg_id!("account-passkey-sign-in")))
                            on_press=Callback::new(move |()| if !passkey_busy.get_untracked() { sign_in_with_passkey() })
                        />
                    </div>
                })}
            }
            .into_any(),
            Stage::Code(address) => {
                let shown = address.as_str().to_owned();
                let for_submit = address.clone();
                view! {
                    <p class="mg-lead" id="sign-in-code-sent">
                        {move || t_args(msg_id!("account-code-sent"), &[("email", shown.clone().into())])}
                    </p>
                    {move || resent.get().then(|| view! { <p role="status" id="sign-in-resent">{t(msg_id!("account-code-resent"))}</p> })}
                    <form class="mg-form" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); if !busy.get_untracked() { sign_in(for_submit.clone()); } }>
                        <ErrorSummary id="sign-in-errors" title=Signal::derive(|| t(msg_id!("account-errors-summary"))) errors=summary />
                        <TextInput
                            id=CODE_ID
                            label=Signal::derive(|| t(msg_id!("account-code")))
                            hint=Signal::derive(|| t(msg_id!("account-code-hint")))
                            error=field_error(CODE_ID)
                            value=code
                            autocomplete="one-time-code"
                            inputmode="numeric"
                            width=InputWidth::Chars10
                        />
                        <Button id="sign-in-submit" submit=true loading=busy label=Signal::derive(|| t(msg_id!("account-sign-in"))) />
                    </form>
                    <div class="mg-button-group">
                        <Button
                            id="sign-in-resend"
                            variant=ButtonVariant::Secondary
                            label=Signal::derive(|| t(msg_id!("account-code-resend")))
                            on_press=Callback::new(move |()| if !busy.get_untracked() { ask_code() })
                        />
                        <Button
                            id="sign-in-other-address"
                            variant=ButtonVariant::Secondary
                            label=Signal::derive(|| t(msg_id!("account-other-address")))
                            on_press=Callback::new(move |()| {
                                problem.set(None);
                                resent.set(false);
                                stage.set(Stage::Email);
                                focus_heading(HEADING_ID);
                            })
                        />
                    </div>
                }
                .into_any()
            }
        }}
    }
}
