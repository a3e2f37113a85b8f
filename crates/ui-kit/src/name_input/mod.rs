//! The Japanese name input: 氏 and 名, each with its reading (フリガナ) in katakana, in one group.
//!
//! Readings are checked where they are typed: when a reading field is left, hiragana and half-width
//! katakana become full-width katakana in place (the resident sees what will be sent), and anything
//! that cannot be katakana gets an error under the field at once, without waiting for the form to
//! be sent. The rules are `madoguchi_domain::person_name`, the same the server applies.

use leptos::prelude::*;
use madoguchi_domain::person_name::{KanaError, to_katakana};
use madoguchi_domain::{Katakana, NameField, NameForm, NameProblem};

use crate::form_field;
use crate::ruby::marked;
use crate::text_input::{InputWidth, TextInput};

#[cfg(test)]
mod tests;

pub mod examples;

/// The four fields' values, two-way.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NameValue {
    pub family: RwSignal<String>,
    pub given: RwSignal<String>,
    pub family_kana: RwSignal<String>,
    pub given_kana: RwSignal<String>,
}

impl NameValue {
    /// The fields as typed, for `PersonName::parse`.
    pub fn form(&self) -> NameForm {
        NameForm {
            family: self.family.get_untracked(),
            given: self.given.get_untracked(),
            family_kana: self.family_kana.get_untracked(),
            given_kana: self.given_kana.get_untracked(),
        }
    }
}

/// The labels of the four fields.
#[derive(Clone, Copy)]
pub struct NameLabels {
    pub family: Signal<String>,
    pub given: Signal<String>,
    pub family_kana: Signal<String>,
    pub given_kana: Signal<String>,
}

/// The id of one field of the name input `id` (for the error summary's links).
pub fn field_id(id: &str, field: NameField) -> String {
    let suffix = match field {
        NameField::Family => "family",
        NameField::Given => "given",
        NameField::FamilyKana => "family-kana",
        NameField::GivenKana => "given-kana",
    };
    format!("{id}-{suffix}")
}

/// What leaving a reading field does: the normalised reading to put back, and the problem to show.
/// An empty field is left alone (the form's check says it is missing, not every Tab through it).
pub fn check_reading(typed: &str) -> (Option<String>, Option<KanaError>) {
    match Katakana::parse(typed) {
        Ok(kana) => (Some(kana.as_str().to_owned()).filter(|k| k != typed), None),
        Err(KanaError::Missing) => (None, None),
        Err(e) => (to_katakana(typed).filter(|k| k != typed), Some(e)),
    }
}

#[component]
pub fn NameInput(
    /// The group's id; each field's id derives from it ([`field_id`]).
    #[prop(into)]
    id: String,
    #[prop(into)] legend: Signal<String>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    labels: NameLabels,
    /// Said once above the two reading fields and read with each of them.
    #[prop(into)]
    kana_hint: Signal<String>,
    #[prop(optional)] value: NameValue,
    /// Problems found when the form was sent (`PersonName::parse`).
    #[prop(optional, into)]
    problems: Signal<Vec<NameProblem>>,
    /// Puts a problem's message id into words.
    message: Callback<&'static str, String>,
) -> impl IntoView {
    // Problems found as the reader leaves a reading field; a later form check replaces them.
    let inline: RwSignal<Vec<NameProblem>> = RwSignal::new(Vec::new());
    let error_for = move |field: NameField| {
        Signal::derive(move || {
            let sent = problems.get();
            let found = inline.get();
            sent.iter()
                .chain(found.iter())
                .find(|p| p.field == field)
                .map(|p| message.run(p.message_id))
        })
    };
    let on_reading_left = move |field: NameField, signal: RwSignal<String>| {
        move |_| {
            let (normalised, problem) = check_reading(&signal.get_untracked());
            if let Some(n) = normalised {
                signal.set(n);
            }
            inline.update(|list| {
                list.retain(|p| p.field != field);
                if let Some(e) = problem {
                    list.push(NameProblem {
                        field,
                        message_id: e.message_id(),
                    });
                }
            });
        }
    };
    let kana_hint_id = format!("{id}-kana-hint");
    // A reading field: checked (and normalised) when focus leaves it, described by the kana hint.
    let reading = {
        let (id, kana_hint_id) = (id.clone(), kana_hint_id.clone());
        move |field: NameField, label: Signal<String>, signal: RwSignal<String>| {
            view! {
                <div on:focusout=on_reading_left(field, signal)>
                    <TextInput
                        id=field_id(&id, field)
                        label=label
                        value=signal
                        error=error_for(field)
                        width=InputWidth::Chars10
                        lang="ja"
                        describedby_extra=vec![kana_hint_id.clone()]
                    />
                </div>
            }
        }
    };
    let has_hint = hint.is_some();
    let group_described = form_field::described_by(&id, has_hint, false, &[]);
    view! {
        <fieldset class="mg-field mg-name-input" id=id.clone() aria-describedby=group_described>
            <legend class="mg-field__legend">{marked(legend)}</legend>
            {form_field::hint(&id, hint)}
            <div class="mg-name-input__row">
                <TextInput
                    id=field_id(&id, NameField::Family)
                    label=labels.family
                    value=value.family
                    error=error_for(NameField::Family)
                    autocomplete="family-name"
                    width=InputWidth::Chars10
                />
                <TextInput
                    id=field_id(&id, NameField::Given)
                    label=labels.given
                    value=value.given
                    error=error_for(NameField::Given)
                    autocomplete="given-name"
                    width=InputWidth::Chars10
                />
            </div>
            <p class="mg-field__hint" id=kana_hint_id>{marked(kana_hint)}</p>
            <div class="mg-name-input__row">
                {reading(NameField::FamilyKana, labels.family_kana, value.family_kana)}
                {reading(NameField::GivenKana, labels.given_kana, value.given_kana)}
            </div>
        </fieldset>
    }
}
