//! Skip link example: the link every page starts with (it jumps to the page's `#main`).

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::SkipLink;
use crate::example::{ComponentExamples, Example, Translate};

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "skip-link",
        title: msg_id!("kit-skip-link-title"),
        examples: vec![Example {
            id: "skip-link-default",
            title: msg_id!("kit-skip-link-default"),
            render: default,
        }],
    }
}

fn default(t: &Translate) -> AnyView {
    view! { <SkipLink label=t.signal(msg_id!("skip-link")) target="main" /> }.into_any()
}
