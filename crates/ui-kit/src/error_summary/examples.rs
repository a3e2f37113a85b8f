//! Error summary examples: a small form that fails when sent empty, and a summary shown already.

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::{ErrorItem, ErrorSummary};
use crate::button::Button;
use crate::example::{ComponentExamples, Example, Translate};
use crate::radios::{Radios, choice_id, examples::contact_choices};
use crate::text_input::TextInput;

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "error-summary",
        title: msg_id!("kit-error-summary-title"),
        examples: vec![
            Example {
                id: "error-summary-form",
                title: msg_id!("kit-error-summary-form"),
                render: form,
            },
            Example {
                id: "error-summary-shown",
                title: msg_id!("kit-error-summary-shown"),
                render: shown,
            },
        ],
    }
}

const NAME: &str = "error-summary-form-name";
const CONTACT: &str = "error-summary-form-contact";

fn form(t: &Translate) -> AnyView {
    let name = RwSignal::new(String::new());
    let contact = RwSignal::new(None::<String>);
    let errors = RwSignal::new(Vec::<ErrorItem>::new());
    let (name_error, contact_error) = (
        t.text(msg_id!("kit-name-error")),
        t.text(msg_id!("kit-contact-error")),
    );
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut found = Vec::new();
        if name.get().trim().is_empty() {
            found.push(ErrorItem {
                target: NAME.into(),
                message: name_error.clone(),
            });
        }
        if contact.get().is_none() {
            found.push(ErrorItem {
                target: choice_id(CONTACT, "email"),
                message: contact_error.clone(),
            });
        }
        errors.set(found);
    };
    let error_for = move |target: &'static str| {
        Signal::derive(move || {
            errors
                .get()
                .into_iter()
                .find(|e| e.target.starts_with(target))
                .map(|e| e.message)
        })
    };
    view! {
        <form novalidate on:submit=submit>
            <ErrorSummary id="error-summary-form-summary" title=t.signal(msg_id!("kit-error-summary-heading")) errors=errors />
            <TextInput id=NAME label=t.signal(msg_id!("kit-name-label")) value=name error=error_for(NAME) autocomplete="name" />
            <Radios
                id=CONTACT
                legend=t.signal(msg_id!("kit-contact-legend"))
                choices=contact_choices(t)
                selected=contact
                error=error_for(CONTACT)
            />
            <Button label=t.signal(msg_id!("kit-button-send")) submit=true />
        </form>
    }
    .into_any()
}

fn shown(t: &Translate) -> AnyView {
    let errors = vec![ErrorItem {
        target: "error-summary-shown-name".into(),
        message: t.text(msg_id!("kit-name-error")),
    }];
    let error = t.text(msg_id!("kit-name-error"));
    view! {
        <ErrorSummary id="error-summary-shown-summary" title=t.signal(msg_id!("kit-error-summary-heading")) errors=errors />
        <TextInput
            id="error-summary-shown-name"
            label=t.signal(msg_id!("kit-name-label"))
            error=Signal::derive(move || Some(error.clone()))
            autocomplete="name"
        />
    }
    .into_any()
}
