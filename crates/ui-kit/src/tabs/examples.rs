//! Tabs example: a procedure's details in three tabs.

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::{TabItem, Tabs};
use crate::example::{ComponentExamples, Example, Translate};
use crate::ruby::marked_str;

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "tabs",
        title: msg_id!("kit-tabs-title"),
        examples: vec![Example {
            id: "tabs-procedure",
            title: msg_id!("kit-tabs-procedure"),
            render: procedure,
        }],
    }
}

fn panel(t: &Translate, id: &'static str) -> ViewFn {
    let text = t.text(id);
    ViewFn::from(move || view! { <p>{marked_str(text.clone())}</p> })
}

fn procedure(t: &Translate) -> AnyView {
    let tabs = vec![
        TabItem {
            key: "overview",
            label: t.signal(msg_id!("kit-tab-overview")),
            content: panel(t, msg_id!("kit-tab-overview-text")),
        },
        TabItem {
            key: "documents",
            label: t.signal(msg_id!("kit-tab-documents")),
            content: panel(t, msg_id!("kit-tab-documents-text")),
        },
        TabItem {
            key: "fees",
            label: t.signal(msg_id!("kit-tab-fees")),
            content: panel(t, msg_id!("kit-tab-fees-text")),
        },
    ];
    view! { <Tabs id="tabs-procedure-details" label=t.signal(msg_id!("kit-tabs-label")) tabs=tabs /> }
        .into_any()
}
