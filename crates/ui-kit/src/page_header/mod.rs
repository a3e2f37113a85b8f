//! The page header (`banner` landmark): the service name, optional tools, and the language menu.
//!
//! The language menu is a disclosure: one button (a globe and the localized word for "language")
//! shows or hides the list of languages, so twelve languages fit a 320 px screen at 200% text
//! without pushing the page below the fold. The list is in the page flow (not a floating popup):
//! it never covers content and reflows with the text. Each choice is a button written in its own
//! language and marked with its `lang` (WCAG 3.1.2), the current one `aria-pressed="true"`.
//! Buttons rather than a `<select>`: choosing a language re-renders the page, which must not
//! happen on mere input (3.2.2).
//!
//! Keyboard: Enter/Space on the menu button opens or closes the list; Tab moves through the
//! languages; Escape closes the list and returns focus to the menu button, as does choosing one.

use leptos::html;
use leptos::prelude::*;

use crate::ruby::{marked, plain};

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

/// The id of the language list, which the menu button controls.
const LIST_ID: &str = "mg-language-list";

#[component]
pub fn PageHeader(
    /// The service name, shown at the start of the header.
    #[prop(into)]
    service_name: Signal<String>,
    /// The menu button's text and the menu's accessible name (e.g. "言語（Language）").
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
    /// Other controls shown before the language menu (e.g. the furigana toggle).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let toggle_ref = NodeRef::<html::Button>::new();
    let close = move || {
        open.set(false);
        if let Some(button) = toggle_ref.get_untracked() {
            let _ = button.focus();
        }
    };
    view! {
        <header class="mg-page-header">
            <p class="mg-page-header__service">{marked(service_name)}</p>
            <div class="mg-page-header__tools">
                {children.map(|c| c())}
                <nav
                    class="mg-page-header__languages"
                    aria-label=plain(language_label)
                    on:keydown=move |ev| {
                        if ev.key() == "Escape" && open.get_untracked() {
                            close();
                        }
                    }
                >
                    <button
                        type="button"
                        class="mg-page-header__language-toggle"
                        node_ref=toggle_ref
                        aria-expanded=move || open.get().to_string()
                        aria-controls=LIST_ID
                        on:click=move |_| open.update(|o| *o = !*o)
                    >
                        <svg class="mg-page-header__globe" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                            <circle cx="12" cy="12" r="9.5" />
                            <ellipse cx="12" cy="12" rx="4" ry="9.5" />
                            <path d="M2.5 12h19M4.5 7h15M4.5 17h15" />
                        </svg>
                        <span>{marked(language_label)}</span>
                    </button>
                    <ul id=LIST_ID class="mg-page-header__language-list" hidden=move || !open.get()>
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
                                            on:click=move |_| {
                                                on_select.run(tag.clone());
                                                close();
                                            }
                                        >
                                            {option.name}
                                        </button>
                                    </li>
                                }
                            }
                        />
                    </ul>
                </nav>
            </div>
        </header>
    }
}
