//! Text input examples: with a hint and `autocomplete`, a narrow width, and in error.

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::{InputWidth, TextInput};
use crate::example::{ComponentExamples, Example, Translate};

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "text-input",
        title: msg_id!("kit-text-input-title"),
        examples: vec![
            Example {
                id: "text-input-email",
                title: msg_id!("kit-text-input-email"),
                render: email,
            },
            Example {
                id: "text-input-width",
                title: msg_id!("kit-text-input-width"),
                render: narrow,
            },
            Example {
                id: "text-input-error",
                title: msg_id!("kit-text-input-error"),
                render: with_error,
            },
        ],
    }
}

fn email(t: &Translate) -> AnyView {
    view! {
        <TextInput
            id="text-input-email-field"
            label=t.signal(msg_id!("kit-email-label"))
            hint=t.signal(msg_id!("kit-email-hint"))
            autocomplete="email"
            input_type="email"
        />
    }
    .into_any()
}

fn narrow(t: &Translate) -> AnyView {
    view! {
        <TextInput
            id="text-input-width-phone"
            label=t.signal(msg_id!("kit-phone-label"))
            autocomplete="tel"
            input_type="tel"
            width=InputWidth::Chars20
        />
    }
    .into_any()
}

fn with_error(t: &Translate) -> AnyView {
    let error = t.text(msg_id!("kit-email-error"));
    view! {
        <TextInput
            id="text-input-error-field"
            label=t.signal(msg_id!("kit-email-label"))
            hint=t.signal(msg_id!("kit-email-hint"))
            error=Signal::derive(move || Some(error.clone()))
            autocomplete="email"
            input_type="email"
        />
    }
    .into_any()
}
