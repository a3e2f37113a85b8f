//! Page header example: the service name and a language menu with Japanese selected.

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::{LanguageOption, PageHeader};
use crate::example::{ComponentExamples, Example, Translate};

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "page-header",
        title: msg_id!("kit-page-header-title"),
        examples: vec![Example {
            id: "page-header-default",
            title: msg_id!("kit-page-header-default"),
            render: default,
        }],
    }
}

fn default(t: &Translate) -> AnyView {
    // Each language's name is its endonym, the same in every locale, so it is read in its own language.
    let languages = vec![
        LanguageOption {
            tag: "ja".into(),
            lang: "ja".into(),
            name: endonym("ja"),
        },
        LanguageOption {
            tag: "en".into(),
            lang: "en".into(),
            name: endonym("en"),
        },
    ];
    view! {
        <PageHeader
            service_name=t.signal(msg_id!("app-name"))
            language_label=t.signal(msg_id!("language-switch-label"))
            languages=languages
            current="ja".to_string()
            on_select=Callback::new(|_tag: String| {})
        />
    }
    .into_any()
}

/// A language's own name: its `language-name` message, known for every shipped language.
fn endonym(tag: &str) -> String {
    let tag = madoguchi_domain::LocaleTag::parse(tag).expect("a shipped locale tag");
    madoguchi_i18n::endonym(&tag)
        .expect("a shipped locale has a language-name")
        .to_owned()
}
