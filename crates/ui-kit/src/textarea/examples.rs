//! Textarea example: a message to the city of at most 200 characters.

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::Textarea;
use crate::example::{Arg, ComponentExamples, Example, Translate};

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "textarea",
        title: msg_id!("kit-textarea-title"),
        examples: vec![Example {
            id: "textarea-count",
            title: msg_id!("kit-textarea-count"),
            render: count,
        }],
    }
}

/// "あと N 文字入力できます" / "N 文字多すぎます".
pub fn count_text(t: &Translate, left: i64) -> String {
    if left >= 0 {
        t.args(msg_id!("kit-chars-left"), &[("count", Arg::Number(left))])
    } else {
        t.args(msg_id!("kit-chars-over"), &[("count", Arg::Number(-left))])
    }
}

fn count(t: &Translate) -> AnyView {
    let tr = t.clone();
    view! {
        <Textarea
            id="textarea-count-message"
            label=t.signal(msg_id!("kit-message-label"))
            hint=t.signal(msg_id!("kit-message-hint"))
            max_chars=200
            count_text=Callback::new(move |left| count_text(&tr, left))
        />
    }
    .into_any()
}
