//! A single-line text input with its label, hint and error message.
//!
//! The width variants size the box to the expected answer (a postal code is 8 characters wide), which
//! tells sighted users what is expected; `autocomplete` lets browsers fill personal data (WCAG 1.3.5).

use leptos::prelude::*;

use crate::form_field;
use crate::ruby::marked;

#[cfg(test)]
mod tests;

pub mod examples;

/// How wide the box is, in characters of the expected answer. Never wider than its container.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputWidth {
    #[default]
    Full,
    Chars20,
    Chars10,
    Chars5,
    Chars3,
}

impl InputWidth {
    fn as_str(self) -> &'static str {
        match self {
            InputWidth::Full => "full",
            InputWidth::Chars20 => "20",
            InputWidth::Chars10 => "10",
            InputWidth::Chars5 => "5",
            InputWidth::Chars3 => "3",
        }
    }
}

#[component]
pub fn TextInput(
    /// The input's id; its hint and error ids derive from it.
    #[prop(into)]
    id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    /// The error message while the value is not accepted.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    /// The value, two-way.
    #[prop(optional, into)]
    value: RwSignal<String>,
    /// The `autocomplete` token (`postal-code`, `family-name`, `email`, …), WCAG 1.3.5.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
    #[prop(optional)] width: InputWidth,
    /// `text` unless given (`email`, `tel`).
    #[prop(optional)]
    input_type: Option<&'static str>,
    /// `inputmode` for on-screen keyboards (`numeric`).
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// Extra ids for `aria-describedby` (e.g. a live result under the field).
    #[prop(optional)]
    describedby_extra: Vec<String>,
    /// The `lang` of the expected input when it differs from the page (e.g. `ja` for フリガナ).
    #[prop(optional)]
    lang: Option<&'static str>,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let described = {
        let id = id.clone();
        move || form_field::described_by(&id, has_hint, error.get().is_some(), &describedby_extra)
    };
    view! {
        <div class="mg-field" data-invalid=move || error.get().is_some().to_string()>
            <label class="mg-field__label" for=id.clone()>{marked(label)}</label>
            {form_field::hint(&id, hint)}
            {form_field::error(&id, error)}
            <input
                class="mg-input"
                id=id.clone()
                name=id.clone()
                type=input_type.unwrap_or("text")
                inputmode=inputmode
                lang=lang
                data-width=width.as_str()
                autocomplete=autocomplete
                spellcheck="false"
                aria-describedby=described
                aria-invalid=move || error.get().is_some().then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </div>
    }
}
