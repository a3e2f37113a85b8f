//! Accordion and details examples: questions about a procedure, and an optional explanation.

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::{Accordion, AccordionItem, Details};
use crate::example::{ComponentExamples, Example, Translate};
use crate::ruby::marked_str;

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "accordion",
        title: msg_id!("kit-accordion-title"),
        examples: vec![
            Example {
                id: "accordion-faq",
                title: msg_id!("kit-accordion-faq"),
                render: faq,
            },
            Example {
                id: "accordion-details",
                title: msg_id!("kit-accordion-details"),
                render: details,
            },
        ],
    }
}

fn section(t: &Translate, key: &'static str, heading: &'static str, body: &'static str) -> AccordionItem {
    let text = t.text(body);
    AccordionItem {
        key,
        heading: t.signal(heading),
        content: ViewFn::from(move || view! { <p>{marked_str(text.clone())}</p> }),
    }
}

fn faq(t: &Translate) -> AnyView {
    let items = vec![
        section(t, "when", msg_id!("kit-faq-when"), msg_id!("kit-faq-when-answer")),
        section(
            t,
            "proxy",
            msg_id!("kit-faq-proxy"),
            msg_id!("kit-faq-proxy-answer"),
        ),
    ];
    view! { <Accordion id="accordion-faq-list" items=items /> }.into_any()
}

fn details(t: &Translate) -> AnyView {
    let text = t.text(msg_id!("kit-details-my-number-answer"));
    view! {
        <Details summary=t.signal(msg_id!("kit-details-my-number"))>
            <p>{marked_str(text)}</p>
        </Details>
    }
    .into_any()
}
