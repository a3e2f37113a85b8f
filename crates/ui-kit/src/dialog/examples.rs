//! Dialog example: confirming that an application is withdrawn.

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::Dialog;
use crate::button::{Button, ButtonVariant};
use crate::example::{ComponentExamples, Example, Translate};
use crate::ruby::marked_str;

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "dialog",
        title: msg_id!("kit-dialog-title"),
        examples: vec![Example {
            id: "dialog-confirm",
            title: msg_id!("kit-dialog-confirm"),
            render: confirm,
        }],
    }
}

fn confirm(t: &Translate) -> AnyView {
    let open = RwSignal::new(false);
    let outcome = RwSignal::new(None::<&'static str>);
    let tr = t.clone();
    let text = t.text(msg_id!("kit-dialog-text"));
    let (withdraw, keep) = (
        t.signal(msg_id!("kit-dialog-withdraw")),
        t.signal(msg_id!("kit-dialog-keep")),
    );
    view! {
        <Button
            id="dialog-confirm-open"
            label=t.signal(msg_id!("kit-dialog-open"))
            variant=ButtonVariant::Secondary
            on_press=Callback::new(move |()| open.set(true))
        />
        <p class="mg-gallery__output" role="status" id="dialog-confirm-outcome">
            {move || outcome.get().map(|id| marked_str(tr.text(id)))}
        </p>
        <Dialog id="dialog-confirm-dialog" open=open title=t.signal(msg_id!("kit-dialog-heading")) close_label=t.signal(msg_id!("kit-dialog-close"))>
            <p>{marked_str(text)}</p>
            <Button
                id="dialog-confirm-yes"
                label=withdraw
                on_press=Callback::new(move |()| {
                    outcome.set(Some(msg_id!("kit-dialog-withdrawn")));
                    open.set(false);
                })
            />
            <Button
                id="dialog-confirm-no"
                label=keep
                variant=ButtonVariant::Secondary
                on_press=Callback::new(move |()| open.set(false))
            />
        </Dialog>
    }
    .into_any()
}
