//! Table example: the fees for certificates.

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::Table;
use crate::example::{ComponentExamples, Example, Translate};

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "table",
        title: msg_id!("kit-table-title"),
        examples: vec![Example {
            id: "table-fees",
            title: msg_id!("kit-table-fees"),
            render: fees,
        }],
    }
}

fn fees(t: &Translate) -> AnyView {
    let head = vec![
        t.text(msg_id!("kit-fee-certificate")),
        t.text(msg_id!("kit-fee-counter")),
        t.text(msg_id!("kit-fee-kiosk")),
    ];
    let rows = vec![
        vec![
            t.text(msg_id!("kit-fee-residence")),
            t.text(msg_id!("kit-fee-300")),
            t.text(msg_id!("kit-fee-200")),
        ],
        vec![
            t.text(msg_id!("kit-fee-seal")),
            t.text(msg_id!("kit-fee-300")),
            t.text(msg_id!("kit-fee-200")),
        ],
        vec![
            t.text(msg_id!("kit-fee-tax")),
            t.text(msg_id!("kit-fee-300")),
            t.text(msg_id!("kit-fee-200")),
        ],
    ];
    view! { <Table id="table-fees-list" caption=t.signal(msg_id!("kit-fee-caption")) head=head rows=rows numeric=vec![1, 2] /> }
        .into_any()
}
