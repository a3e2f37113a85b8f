//! Radios: one answer from a few, as native radio buttons in a `fieldset` whose `legend` is the
//! question. Native radios give the arrow-key behaviour screen-reader users expect for free.

use leptos::prelude::*;

use crate::form_field::Fieldset;
use crate::ruby::marked_str;

#[cfg(test)]
mod tests;

pub mod examples;

/// One answer of a radio group or checkbox list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    /// The submitted value; also the last part of the input's id.
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
}

impl Choice {
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            value: value.into(),
            label: label.into(),
            hint: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// The id of the input for `value` in the group `id`.
pub fn choice_id(id: &str, value: &str) -> String {
    format!("{id}-{value}")
}

#[component]
pub fn Radios(
    /// The group's id: the fieldset's, and the prefix of each input's.
    #[prop(into)]
    id: String,
    /// The question, as the fieldset's legend.
    #[prop(into)]
    legend: Signal<String>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    choices: Vec<Choice>,
    /// The chosen value, two-way.
    #[prop(optional, into)]
    selected: RwSignal<Option<String>>,
    /// Side by side (for two short answers such as はい/いいえ).
    #[prop(optional)]
    inline: bool,
) -> impl IntoView {
    let items = choices
        .into_iter()
        .map(|choice| {
            let input_id = choice_id(&id, &choice.value);
            let hint_id = format!("{input_id}-hint");
            let value = choice.value.clone();
            let checked_value = choice.value.clone();
            view! {
                <div class="mg-choice">
                    <input
                        class="mg-choice__input"
                        type="radio"
                        id=input_id.clone()
                        name=id.clone()
                        value=choice.value.clone()
                        aria-describedby=choice.hint.is_some().then(|| hint_id.clone())
                        prop:checked=move || selected.get().as_deref() == Some(checked_value.as_str())
                        on:change=move |_| selected.set(Some(value.clone()))
                    />
                    <label class="mg-choice__label" for=input_id>{marked_str(choice.label)}</label>
                    {choice.hint.map(|h| view! { <p class="mg-choice__hint" id=hint_id>{marked_str(h)}</p> })}
                </div>
            }
        })
        .collect_view();
    view! {
        <Fieldset id=id.clone() legend=legend hint=hint error=error>
            <div class="mg-choices" data-inline=inline.to_string()>{items}</div>
        </Fieldset>
    }
}
