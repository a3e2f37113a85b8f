//! Breadcrumbs example: home › procedures › moving in.

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::{Breadcrumbs, Crumb};
use crate::example::{ComponentExamples, Example, Translate};

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "breadcrumbs",
        title: msg_id!("kit-breadcrumbs-title"),
        examples: vec![Example {
            id: "breadcrumbs-procedure",
            title: msg_id!("kit-breadcrumbs-procedure"),
            render: procedure,
        }],
    }
}

fn procedure(t: &Translate) -> AnyView {
    let trail = vec![
        Crumb {
            label: t.text(msg_id!("kit-crumb-home")),
            href: "/".into(),
        },
        Crumb {
            label: t.text(msg_id!("kit-crumb-procedures")),
            href: "/".into(),
        },
    ];
    view! { <Breadcrumbs label=t.signal(msg_id!("kit-breadcrumbs-label")) trail=trail current=t.signal(msg_id!("kit-crumb-moving-in")) /> }
        .into_any()
}
