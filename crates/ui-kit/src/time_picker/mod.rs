//! Time picker: a chosen day's times, offered as a list of radios like the day picker's (the same
//! rows: each time says in words how many places are left; a full time is listed as text, not a
//! choice), laid out in columns where the screen is wide enough, one column where it is not.

use leptos::prelude::*;

use crate::day_picker::{SlotOption, slot_options};
use crate::form_field::Fieldset;

#[cfg(test)]
mod tests;

pub mod examples;

#[component]
pub fn TimePicker(
    /// The group's id: the fieldset's, and the prefix of each radio's.
    #[prop(into)]
    id: String,
    /// The question ("来庁する時間"), as the fieldset's legend.
    #[prop(into)]
    legend: Signal<String>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    /// The day's times, earliest first; full ones as [`SlotOption::unavailable`].
    times: Vec<SlotOption>,
    /// The chosen time's value, two-way.
    #[prop(optional, into)]
    selected: RwSignal<Option<String>>,
) -> impl IntoView {
    let options = slot_options(&id, "time", times, selected);
    view! {
        <Fieldset id=id legend=legend hint=hint error=error>
            {options}
        </Fieldset>
    }
}
