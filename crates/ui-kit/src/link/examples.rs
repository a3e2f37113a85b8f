//! Link examples: an ordinary link in a sentence, and one that opens a new tab.

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::Link;
use crate::example::{ComponentExamples, Example, Translate};

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "link",
        title: msg_id!("kit-link-title"),
        examples: vec![
            Example {
                id: "link-inline",
                title: msg_id!("kit-link-inline"),
                render: inline,
            },
            Example {
                id: "link-new-tab",
                title: msg_id!("kit-link-new-tab"),
                render: new_tab,
            },
        ],
    }
}

fn inline(t: &Translate) -> AnyView {
    view! { <p><Link href="/" label=t.signal(msg_id!("kit-link-procedures")) /></p> }.into_any()
}

fn new_tab(t: &Translate) -> AnyView {
    view! {
        <p>
            <Link href="/" label=t.signal(msg_id!("kit-link-map")) new_tab_note=t.signal(msg_id!("kit-link-new-tab-note")) />
        </p>
    }
    .into_any()
}
