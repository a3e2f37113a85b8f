//! The parts every form field shares: label, hint, error message and the `aria-describedby` that ties
//! them to the control (WCAG 1.3.1, 3.3.1, 3.3.2). Not a component on its own, so it has no examples.

use leptos::prelude::*;

use crate::ruby::{marked, marked_str};

/// The id of a field's hint.
pub fn hint_id(id: &str) -> String {
    format!("{id}-hint")
}

/// The id of a field's error message.
pub fn error_id(id: &str) -> String {
    format!("{id}-error")
}

/// `aria-describedby` for a control: its hint, then its error (when shown), then any extra ids.
pub fn described_by(id: &str, has_hint: bool, has_error: bool, extra: &[String]) -> Option<String> {
    let mut ids = Vec::new();
    if has_hint {
        ids.push(hint_id(id));
    }
    if has_error {
        ids.push(error_id(id));
    }
    ids.extend(extra.iter().cloned());
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The hint under a label, if any.
pub fn hint(id: &str, hint: Option<Signal<String>>) -> impl IntoView + use<> {
    hint.map(|h| view! { <p class="mg-field__hint" id=hint_id(id)>{marked(h)}</p> })
}

/// The error message, shown only while there is an error. Its text is also in the error summary.
pub fn error(id: &str, error: Signal<Option<String>>) -> impl IntoView + use<> {
    let error_id = error_id(id);
    move || {
        error
            .get()
            .map(|message| view! { <p class="mg-field__error" id=error_id.clone()>{marked_str(message)}</p> })
    }
}

/// One question answered by several controls (radios, checkboxes, a date's parts): a `<fieldset>`
/// whose `<legend>` is the question, with the hint and error under it and tied to the group by
/// `aria-describedby`, so a screen reader reads them on entering the group (WCAG 1.3.1, 3.3.2).
#[component]
pub fn Fieldset(
    /// The group's id; the hint's and error's ids derive from it.
    #[prop(into)]
    id: String,
    legend: Signal<String>,
    hint: Option<Signal<String>>,
    error: Signal<Option<String>>,
    children: Children,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let described = {
        let id = id.clone();
        move || described_by(&id, has_hint, error.get().is_some(), &[])
    };
    view! {
        <fieldset
            class="mg-field"
            id=id.clone()
            data-invalid=move || error.get().is_some().to_string()
            aria-describedby=described
        >
            <legend class="mg-field__legend">{marked(legend)}</legend>
            {self::hint(&id, hint)}
            {self::error(&id, error)}
            {children()}
        </fieldset>
    }
}
