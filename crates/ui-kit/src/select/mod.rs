//! A native `<select>`: for choosing one of many options (for few, use radios). Nothing happens on
//! change except the value changing (WCAG 3.2.2).

use leptos::prelude::*;

use crate::form_field;
use crate::radios::Choice;
use crate::ruby::{marked, option_text};

#[cfg(test)]
mod tests;

pub mod examples;

#[component]
pub fn Select(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    /// The options; the first is chosen until the reader changes it.
    options: Vec<Choice>,
    #[prop(optional, into)] selected: RwSignal<String>,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let described = {
        let id = id.clone();
        move || form_field::described_by(&id, has_hint, error.get().is_some(), &[])
    };
    let options = options
        .into_iter()
        .map(|o| {
            let value = o.value.clone();
            view! { <option value=o.value selected=move || selected.get() == value>{option_text(o.label)}</option> }
        })
        .collect_view();
    view! {
        <div class="mg-field" data-invalid=move || error.get().is_some().to_string()>
            <label class="mg-field__label" for=id.clone()>{marked(label)}</label>
            {form_field::hint(&id, hint)}
            {form_field::error(&id, error)}
            <select
                class="mg-select"
                id=id.clone()
                name=id.clone()
                aria-describedby=described
                aria-invalid=move || error.get().is_some().then_some("true")
                on:change=move |ev| selected.set(event_target_value(&ev))
            >
                {options}
            </select>
        </div>
    }
}
