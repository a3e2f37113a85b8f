//! Checkboxes: any number of answers, optionally with an exclusive "none of these" after a divider
//! ("または"). Checking the exclusive answer clears the others and checking any other clears it, so
//! the answer is never contradictory.

use leptos::prelude::*;

use crate::form_field::Fieldset;
use crate::radios::{Choice, choice_id};
use crate::ruby::marked_str;

#[cfg(test)]
mod tests;

pub mod examples;

/// The new set of checked values after `value` is set to `checked`.
fn toggle(current: &[String], value: &str, checked: bool, exclusive: Option<&str>) -> Vec<String> {
    if !checked {
        return current.iter().filter(|v| *v != value).cloned().collect();
    }
    if Some(value) == exclusive {
        return vec![value.to_owned()];
    }
    let mut next: Vec<String> = current
        .iter()
        .filter(|v| Some(v.as_str()) != exclusive && *v != value)
        .cloned()
        .collect();
    next.push(value.to_owned());
    next
}

#[component]
pub fn Checkboxes(
    #[prop(into)] id: String,
    #[prop(into)] legend: Signal<String>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    choices: Vec<Choice>,
    /// The "none of these" answer, shown last after `divider`.
    #[prop(optional)]
    exclusive: Option<Choice>,
    /// The word between the answers and the exclusive one (e.g. "または").
    #[prop(optional, into)]
    divider: Option<Signal<String>>,
    /// The checked values, two-way.
    #[prop(optional, into)]
    checked: RwSignal<Vec<String>>,
) -> impl IntoView {
    let exclusive_value = exclusive.as_ref().map(|c| c.value.clone());
    let item = {
        let id = id.clone();
        move |choice: Choice, is_exclusive: bool| {
            let input_id = choice_id(&id, &choice.value);
            let hint_id = format!("{input_id}-hint");
            let value = choice.value.clone();
            let shown = choice.value.clone();
            let exclusive_value = exclusive_value.clone();
            view! {
                <div class="mg-choice" data-exclusive=is_exclusive.to_string()>
                    <input
                        class="mg-choice__input"
                        type="checkbox"
                        id=input_id.clone()
                        name=id.clone()
                        value=choice.value.clone()
                        aria-describedby=choice.hint.is_some().then(|| hint_id.clone())
                        prop:checked=move || checked.with(|c| c.contains(&shown))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            checked.update(|c| *c = toggle(c, &value, on, exclusive_value.as_deref()));
                        }
                    />
                    <label class="mg-choice__label" for=input_id>{marked_str(choice.label)}</label>
                    {choice.hint.map(|h| view! { <p class="mg-choice__hint" id=hint_id>{marked_str(h)}</p> })}
                </div>
            }
        }
    };
    let items = choices.into_iter().map(|c| item(c, false)).collect_view();
    let last = exclusive.map(|c| {
        view! {
            {divider.map(|d| view! { <p class="mg-choices__divider">{d}</p> })}
            {item(c, true)}
        }
    });
    view! {
        <Fieldset id=id.clone() legend=legend hint=hint error=error>
            <div class="mg-choices">{items} {last}</div>
        </Fieldset>
    }
}

#[cfg(test)]
mod toggle_tests {
    use super::toggle;

    fn v(values: &[&str]) -> Vec<String> {
        values.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn checking_none_of_these_clears_every_other_answer() {
        assert_eq!(toggle(&v(&["a", "b"]), "none", true, Some("none")), v(&["none"]));
    }

    #[test]
    fn checking_an_answer_clears_none_of_these() {
        assert_eq!(toggle(&v(&["none"]), "a", true, Some("none")), v(&["a"]));
    }

    #[test]
    fn unchecking_keeps_the_rest() {
        assert_eq!(toggle(&v(&["a", "b"]), "a", false, Some("none")), v(&["b"]));
    }
}
