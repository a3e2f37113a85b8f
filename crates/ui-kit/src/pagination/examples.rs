//! Pagination example: page 2 of 4 of a list of notices.

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::Pagination;
use crate::example::{Arg, ComponentExamples, Example, Translate};

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "pagination",
        title: msg_id!("kit-pagination-title"),
        examples: vec![Example {
            id: "pagination-notices",
            title: msg_id!("kit-pagination-notices"),
            render: notices,
        }],
    }
}

fn notices(t: &Translate) -> AnyView {
    let tr = t.clone();
    view! {
        <Pagination
            label=t.signal(msg_id!("kit-pagination-label"))
            current=2
            total=4
            href=Callback::new(|n: usize| format!("?page={n}"))
            page_name=Callback::new(move |n: usize| tr.args(msg_id!("kit-pagination-page"), &[("page", Arg::Number(n as i64))]))
            previous=t.signal(msg_id!("kit-pagination-previous"))
            next=t.signal(msg_id!("kit-pagination-next"))
        />
    }
    .into_any()
}
