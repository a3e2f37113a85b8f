//! Status tag example: an application's states.

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::{Tag, TagColour};
use crate::example::{ComponentExamples, Example, Translate};

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "tag",
        title: msg_id!("kit-tag-title"),
        examples: vec![Example {
            id: "tag-statuses",
            title: msg_id!("kit-tag-statuses"),
            render: statuses,
        }],
    }
}

fn statuses(t: &Translate) -> AnyView {
    let tags = [
        (msg_id!("kit-status-draft"), TagColour::Neutral),
        (msg_id!("kit-status-received"), TagColour::Information),
        (msg_id!("kit-status-needs-information"), TagColour::Warning),
        (msg_id!("kit-status-completed"), TagColour::Success),
        (msg_id!("kit-status-rejected"), TagColour::Error),
    ];
    view! {
        <ul class="mg-gallery__tags">
            {tags.into_iter().map(|(id, colour)| view! { <li><Tag label=t.signal(id) colour=colour /></li> }).collect_view()}
        </ul>
    }
    .into_any()
}
