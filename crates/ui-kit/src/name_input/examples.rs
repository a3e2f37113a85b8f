//! Name input examples: an empty name, and one sent with mistakes (its errors on show).

use leptos::prelude::*;
use madoguchi_domain::{NameForm, PersonName, msg_id};

use super::{NameInput, NameLabels, NameValue};
use crate::example::{ComponentExamples, Example, Translate};

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "name-input",
        title: msg_id!("kit-name-input-title"),
        examples: vec![
            Example {
                id: "name-input-resident",
                title: msg_id!("kit-name-input-resident"),
                render: resident,
            },
            Example {
                id: "name-input-errors",
                title: msg_id!("kit-name-input-errors"),
                render: with_errors,
            },
        ],
    }
}

/// The labels every form uses (from `locales/*/forms.ftl`).
pub fn labels(t: &Translate) -> NameLabels {
    NameLabels {
        family: t.signal(msg_id!("name-family")),
        given: t.signal(msg_id!("name-given")),
        family_kana: t.signal(msg_id!("name-family-kana")),
        given_kana: t.signal(msg_id!("name-given-kana")),
    }
}

fn resident(t: &Translate) -> AnyView {
    let tr = t.clone();
    view! {
        <NameInput
            id="name-input-resident-name"
            legend=t.signal(msg_id!("name-legend"))
            hint=t.signal(msg_id!("name-hint"))
            labels=labels(t)
            kana_hint=t.signal(msg_id!("name-kana-hint"))
            message=Callback::new(move |id| tr.text(id))
        />
    }
    .into_any()
}

fn with_errors(t: &Translate) -> AnyView {
    let typed = NameForm {
        family: String::new(),
        given: "花子".into(),           // sample input: a given name as typed
        family_kana: "Yumesaki".into(), // sample input: a reading in Latin letters, to be refused
        given_kana: "はなこ".into(),    // sample input: a reading in hiragana, accepted
    };
    let value = NameValue::default();
    value.family.set(typed.family.clone());
    value.given.set(typed.given.clone());
    value.family_kana.set(typed.family_kana.clone());
    value.given_kana.set(typed.given_kana.clone());
    let problems = PersonName::parse(&typed).err().unwrap_or_default();
    let tr = t.clone();
    view! {
        <NameInput
            id="name-input-errors-name"
            legend=t.signal(msg_id!("name-legend"))
            labels=labels(t)
            kana_hint=t.signal(msg_id!("name-kana-hint"))
            value=value
            problems=Signal::stored(problems)
            message=Callback::new(move |id| tr.text(id))
        />
    }
    .into_any()
}
