//! Day picker: the days a resident may book, offered as a list of radios (not only a grid), each
//! saying in words how many places are left. A full or closed day is listed in its place too, as
//! text without a radio: it reads as unavailable (not by colour alone), and the arrow keys, which
//! move between radios, pass over it. The time picker (`time_picker/`) lists a day's times the
//! same way.

use leptos::prelude::*;

use crate::form_field::Fieldset;
use crate::radios::choice_id;
use crate::ruby::marked_str;

#[cfg(test)]
mod tests;

pub mod examples;

/// One day (or time) on offer, and what is left of it, both as text the caller localized.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlotOption {
    /// The submitted value (`2027-01-05`); also the last part of the radio's id.
    pub value: String,
    /// The day or time as the reader reads it (`1月5日(火)`, `9:00～9:30`).
    pub label: String,
    /// What is left, in words ("あと3人予約できます", "満員です", "休みの日です").
    pub status: String,
    /// Whether it can be chosen: places are left.
    pub available: bool,
}

impl SlotOption {
    /// A day or time with places left.
    pub fn open(value: impl Into<String>, label: impl Into<String>, status: impl Into<String>) -> Self {
        Self {
            value: value.into(),
            label: label.into(),
            status: status.into(),
            available: true,
        }
    }

    /// A full or closed day or time: listed, but not a choice.
    pub fn unavailable(
        value: impl Into<String>,
        label: impl Into<String>,
        status: impl Into<String>,
    ) -> Self {
        Self {
            available: false,
            ..Self::open(value, label, status)
        }
    }
}

/// The options as one list: a radio (named by its label, described by its status) for each
/// available one, the label and status as text for the others. Shared with the time picker.
pub(crate) fn slot_options(
    id: &str,
    kind: &'static str,
    options: Vec<SlotOption>,
    selected: RwSignal<Option<String>>,
) -> impl IntoView + use<> {
    let items = options
        .into_iter()
        .map(|option| {
            let input_id = choice_id(id, &option.value);
            let status_id = format!("{input_id}-status");
            if !option.available {
                return view! {
                    <li class="mg-choice mg-slot-picker__option" data-available="false" data-value=option.value>
                        <span class="mg-choice__label mg-slot-picker__label">{marked_str(option.label)}</span>
                        <p class="mg-choice__hint mg-slot-picker__status">{marked_str(option.status)}</p>
                    </li>
                }
                .into_any();
            }
            let value = option.value.clone();
            let checked_value = option.value.clone();
            let listed_value = option.value.clone();
            view! {
                <li class="mg-choice mg-slot-picker__option" data-available="true" data-value=listed_value>
                    <input
                        class="mg-choice__input"
                        type="radio"
                        id=input_id.clone()
                        name=id.to_owned()
                        value=option.value
                        aria-describedby=status_id.clone()
                        prop:checked=move || selected.get().as_deref() == Some(checked_value.as_str())
                        on:change=move |_| selected.set(Some(value.clone()))
                    />
                    <label class="mg-choice__label" for=input_id>{marked_str(option.label)}</label>
                    <p class="mg-choice__hint mg-slot-picker__status" id=status_id>{marked_str(option.status)}</p>
                </li>
            }
            .into_any()
        })
        .collect_view();
    // `role="list"`: a list styled without bullets stays a list for VoiceOver, which says how
    // many days there are.
    view! { <ul class="mg-choices mg-slot-picker" data-kind=kind role="list">{items}</ul> }
}

#[component]
pub fn DayPicker(
    /// The group's id: the fieldset's, and the prefix of each radio's.
    #[prop(into)]
    id: String,
    /// The question ("来庁する日"), as the fieldset's legend.
    #[prop(into)]
    legend: Signal<String>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    /// Every day of the range, earliest first: the bookable ones and, in their place, the full and
    /// closed ones.
    days: Vec<SlotOption>,
    /// The chosen day's value, two-way.
    #[prop(optional, into)]
    selected: RwSignal<Option<String>>,
) -> impl IntoView {
    let options = slot_options(&id, "day", days, selected);
    view! {
        <Fieldset id=id legend=legend hint=hint error=error>
            {options}
        </Fieldset>
    }
}
