//! Radio examples: a question with hints per answer, an inline yes/no, and one in error.

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::{Choice, Radios};
use crate::example::{ComponentExamples, Example, Translate};

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "radios",
        title: msg_id!("kit-radios-title"),
        examples: vec![
            Example {
                id: "radios-contact",
                title: msg_id!("kit-radios-contact"),
                render: contact,
            },
            Example {
                id: "radios-inline",
                title: msg_id!("kit-radios-inline"),
                render: inline,
            },
            Example {
                id: "radios-error",
                title: msg_id!("kit-radios-error"),
                render: with_error,
            },
        ],
    }
}

/// How to be contacted: the answers shared by the examples here and the error-summary example.
pub fn contact_choices(t: &Translate) -> Vec<Choice> {
    vec![
        Choice::new("email", t.text(msg_id!("kit-contact-email"))),
        Choice::new("phone", t.text(msg_id!("kit-contact-phone")))
            .with_hint(t.text(msg_id!("kit-contact-phone-hint"))),
        Choice::new("post", t.text(msg_id!("kit-contact-post"))),
    ]
}

fn contact(t: &Translate) -> AnyView {
    view! {
        <Radios
            id="radios-contact-method"
            legend=t.signal(msg_id!("kit-contact-legend"))
            hint=t.signal(msg_id!("kit-contact-hint"))
            choices=contact_choices(t)
        />
    }
    .into_any()
}

fn inline(t: &Translate) -> AnyView {
    view! {
        <Radios
            id="radios-inline-moved"
            legend=t.signal(msg_id!("kit-moved-legend"))
            choices=vec![Choice::new("yes", t.text(msg_id!("kit-yes"))), Choice::new("no", t.text(msg_id!("kit-no")))]
            inline=true
        />
    }
    .into_any()
}

fn with_error(t: &Translate) -> AnyView {
    let error = t.text(msg_id!("kit-contact-error"));
    view! {
        <Radios
            id="radios-error-method"
            legend=t.signal(msg_id!("kit-contact-legend"))
            choices=contact_choices(t)
            error=Signal::derive(move || Some(error.clone()))
        />
    }
    .into_any()
}
