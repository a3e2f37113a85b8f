//! Select example: the counter to visit.

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::Select;
use crate::example::{ComponentExamples, Example, Translate};
use crate::radios::Choice;

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "select",
        title: msg_id!("kit-select-title"),
        examples: vec![Example {
            id: "select-counter",
            title: msg_id!("kit-select-counter"),
            render: counter,
        }],
    }
}

fn counter(t: &Translate) -> AnyView {
    view! {
        <Select
            id="select-counter-place"
            label=t.signal(msg_id!("kit-counter-label"))
            hint=t.signal(msg_id!("kit-counter-hint"))
            options=vec![
                Choice::new("city-hall", t.text(msg_id!("kit-counter-city-hall"))),
                Choice::new("north", t.text(msg_id!("kit-counter-north"))),
                Choice::new("south", t.text(msg_id!("kit-counter-south"))),
            ]
            selected=RwSignal::new("city-hall".to_string())
        />
    }
    .into_any()
}
