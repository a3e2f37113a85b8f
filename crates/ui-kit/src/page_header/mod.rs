//! The page header (`banner` landmark): the service name and the language menu.
//!
//! The language menu is a list of buttons, one per locale, each written in its own language and
//! marked with its `lang` (WCAG 3.1.2), the current one `aria-pressed="true"`. Buttons rather than a
//! `<select>`: choosing a language re-renders the page, which must not happen on mere input (3.2.2).

use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;

/// One entry of the language menu.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanguageOption {
    /// The locale tag, e.g. `en`.
    pub tag: String,
    /// The `lang` attribute for the name (`ja` for やさしい日本語).
    pub lang: String,
    /// The language's own name (endonym), e.g. `English`, `日本語`.
    pub name: String,
}

#[component]
pub fn PageHeader(
    /// The service name, shown at the start of the header.
    #[prop(into)]
    service_name: Signal<String>,
    /// Accessible name of the language menu (e.g. "Language").
    #[prop(into)]
    language_label: Signal<String>,
    /// Every locale offered.
    #[prop(into)]
    languages: Signal<Vec<LanguageOption>>,
    /// The current locale tag.
    #[prop(into)]
    current: Signal<String>,
    /// Called with a tag when the reader picks a language.
    on_select: Callback<String>,
) -> impl IntoView {
    view! {
        <header class="mg-page-header">
            <p class="mg-page-header__service">{service_name}</p>
            <nav class="mg-page-header__languages" aria-label=language_label>
                <ul class="mg-page-header__language-list">
                    <For
                        each=move || languages.get()
                        key=|option| option.tag.clone()
                        children=move |option| {
                            let tag = option.tag.clone();
                            let pressed_tag = option.tag.clone();
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class="mg-page-header__language"
                                        lang=option.lang
                                        data-locale=option.tag
                                        aria-pressed=move || (current.get() == pressed_tag).to_string()
                                        on:click=move |_| on_select.run(tag.clone())
                                    >
                                        {option.name}
                                    </button>
                                </li>
                            }
                        }
                    />
                </ul>
            </nav>
        </header>
    }
}
