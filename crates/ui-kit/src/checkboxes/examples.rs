//! Checkbox examples: several answers with an exclusive "none of these".

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::Checkboxes;
use crate::example::{ComponentExamples, Example, Translate};
use crate::radios::Choice;

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "checkboxes",
        title: msg_id!("kit-checkboxes-title"),
        examples: vec![Example {
            id: "checkboxes-support",
            title: msg_id!("kit-checkboxes-support"),
            render: support,
        }],
    }
}

fn support(t: &Translate) -> AnyView {
    view! {
        <Checkboxes
            id="checkboxes-support-needs"
            legend=t.signal(msg_id!("kit-support-legend"))
            hint=t.signal(msg_id!("kit-support-hint"))
            choices=vec![
                Choice::new("wheelchair", t.text(msg_id!("kit-support-wheelchair"))),
                Choice::new("sign-language", t.text(msg_id!("kit-support-sign-language"))),
                Choice::new("large-print", t.text(msg_id!("kit-support-large-print"))),
            ]
            exclusive=Choice::new("none", t.text(msg_id!("kit-support-none")))
            divider=t.signal(msg_id!("kit-or"))
        />
    }
    .into_any()
}
