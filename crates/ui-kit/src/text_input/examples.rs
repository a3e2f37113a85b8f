//! Text input examples: with a hint and `autocomplete`, a narrow width, in error, and with readings
//! over its label.

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::{InputWidth, TextInput};
use crate::example::{ComponentExamples, Example, Translate};
use crate::ruby::TextMarkup;
use leptos::context::Provider;

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
            Example {
                id: "text-input-readings",
                title: msg_id!("kit-text-input-readings"),
                render: with_readings,
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

/// A label that carries readings (`市区町村《しくちょうそん》` in Japanese), shown over it whatever
/// the reader's furigana setting, so the gallery's axe, keyboard and reflow tests meet `<ruby>` in
/// a label. The app's [`TextMarkup`] reads the marks (none here: the label shows as written).
fn with_readings(t: &Translate) -> AnyView {
    let label = t.signal(msg_id!("kit-readings-label"));
    let input = move || view! { <TextInput id="text-input-readings-field" label=label autocomplete="address-level2" /> };
    match use_context::<TextMarkup>() {
        Some(markup) => {
            let shown = TextMarkup {
                show_readings: Signal::stored(true),
                ..markup
            };
            view! { <Provider value=shown>{input()}</Provider> }.into_any()
        }
        None => input().into_any(),
    }
}
