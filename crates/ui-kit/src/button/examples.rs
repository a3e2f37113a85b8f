//! Button examples: the three variants, unavailable, loading, and a press that counts.

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::{Button, ButtonVariant};
use crate::example::{Arg, ComponentExamples, Example, Translate};
use crate::ruby::marked_str;

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "button",
        title: msg_id!("kit-button-title"),
        examples: vec![
            Example {
                id: "button-primary",
                title: msg_id!("kit-button-primary"),
                render: primary,
            },
            Example {
                id: "button-secondary",
                title: msg_id!("kit-button-secondary"),
                render: secondary,
            },
            Example {
                id: "button-tertiary",
                title: msg_id!("kit-button-tertiary"),
                render: tertiary,
            },
            Example {
                id: "button-disabled",
                title: msg_id!("kit-button-disabled"),
                render: disabled,
            },
            Example {
                id: "button-loading",
                title: msg_id!("kit-button-loading"),
                render: loading,
            },
        ],
    }
}

fn primary(t: &Translate) -> AnyView {
    let presses = RwSignal::new(0_i64);
    let tr = t.clone();
    view! {
        <Button id="button-primary-save" label=t.signal(msg_id!("kit-button-save")) on_press=Callback::new(move |()| presses.update(|n| *n += 1)) />
        <p class="mg-gallery__output" role="status" id="button-primary-output">
            {move || marked_str(tr.args(msg_id!("kit-button-pressed"), &[("count", Arg::Number(presses.get()))]))}
        </p>
    }
    .into_any()
}

fn secondary(t: &Translate) -> AnyView {
    view! { <Button id="button-secondary-draft" label=t.signal(msg_id!("kit-button-save-draft")) variant=ButtonVariant::Secondary /> }.into_any()
}

fn tertiary(t: &Translate) -> AnyView {
    view! { <Button id="button-tertiary-cancel" label=t.signal(msg_id!("kit-button-cancel")) variant=ButtonVariant::Tertiary /> }.into_any()
}

fn disabled(t: &Translate) -> AnyView {
    view! { <Button id="button-disabled-send" label=t.signal(msg_id!("kit-button-send")) disabled=true /> }
        .into_any()
}

fn loading(t: &Translate) -> AnyView {
    view! {
        <Button
            id="button-loading-send"
            label=t.signal(msg_id!("kit-button-send"))
            loading=true
            loading_label=t.signal(msg_id!("kit-button-sending"))
        />
    }
    .into_any()
}
