//! Summary list example: the answers of an application before it is sent.

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::{SummaryList, SummaryRow};
use crate::example::{ComponentExamples, Example, Translate};

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "summary-list",
        title: msg_id!("kit-summary-list-title"),
        examples: vec![Example {
            id: "summary-list-answers",
            title: msg_id!("kit-summary-list-answers"),
            render: answers,
        }],
    }
}

fn answers(t: &Translate) -> AnyView {
    let row = |key: &str, value: Vec<String>, href: Option<&str>| SummaryRow {
        key: t.text(key),
        value,
        change_href: href.map(str::to_owned),
    };
    let rows = vec![
        row(
            msg_id!("kit-summary-name"),
            vec![
                t.text(msg_id!("kit-summary-name-value")),
                t.text(msg_id!("kit-summary-kana-value")),
            ],
            Some("#summary-list-answers-list"),
        ),
        row(
            msg_id!("kit-summary-address"),
            vec![
                t.text(msg_id!("kit-summary-postal-value")),
                t.text(msg_id!("kit-summary-address-value")),
            ],
            Some("#summary-list-answers-list"),
        ),
        row(
            msg_id!("kit-summary-form"),
            vec![t.text(msg_id!("kit-summary-form-value"))],
            None,
        ),
    ];
    view! { <SummaryList id="summary-list-answers-list" rows=rows change_label=t.signal(msg_id!("kit-summary-change")) /> }.into_any()
}
