//! The reader's language in the UI: chosen from the saved choice, else the browser's / OS's
//! languages, else Japanese; switching re-renders every text at once (no reload) and updates
//! `<html lang>` and `dir`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use leptos::prelude::*;
use madoguchi_domain::LocaleTag;
use madoguchi_i18n::{Args, Localizer, msg_id};

/// Where the reader's choice is kept between visits (per browser profile / app webview).
const STORAGE_KEY: &str = "madoguchi.locale";

thread_local! {
    /// The current locale, readable from any view without passing it down.
    static CURRENT: RefCell<Option<RwSignal<LocaleTag>>> = const { RefCell::new(None) };
    /// Localizers are built once per locale; parsing Fluent on every render would be wasteful.
    static LOCALIZERS: RefCell<HashMap<LocaleTag, Rc<Localizer>>> = RefCell::new(HashMap::new());
}

/// Creates the locale signal for the app, and keeps the document's `lang`, `dir` and title in step.
pub fn provide_locale() -> RwSignal<LocaleTag> {
    let locale = RwSignal::new(initial_locale());
    CURRENT.with(|c| *c.borrow_mut() = Some(locale));
    Effect::new(move |_| {
        let tag = locale.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", html_lang(&tag));
            let _ = root.set_attribute("dir", "ltr");
        }
    });
    locale
}

/// Switches to `tag` (if we ship it) and remembers the choice.
pub fn choose(locale: RwSignal<LocaleTag>, tag: &str) {
    let Ok(tag) = LocaleTag::parse(tag) else { return };
    if !offered_locales().contains(&tag) {
        return;
    }
    if let Some(storage) = window().local_storage().ok().flatten() {
        let _ = storage.set_item(STORAGE_KEY, tag.as_str());
    }
    locale.set(tag);
}

/// The locale in effect; tracked, so a view calling it re-renders on a switch.
pub fn current() -> LocaleTag {
    CURRENT
        .with(|c| c.borrow().map(|s| s.get()))
        .unwrap_or_else(LocaleTag::source)
}

/// A message in the current language (reactive).
pub fn t(id: &str) -> String {
    localizer().text(id)
}

/// A message with arguments in the current language (reactive).
pub fn t_args(id: &str, args: &Args<'_>) -> String {
    localizer().format(id, args)
}

fn localizer() -> Rc<Localizer> {
    let tag = current();
    LOCALIZERS.with(|l| {
        Rc::clone(
            l.borrow_mut()
                .entry(tag.clone())
                .or_insert_with(|| Rc::new(Localizer::new(&tag))),
        )
    })
}

/// Every locale offered in the language menu, source first.
pub fn offered_locales() -> Vec<LocaleTag> {
    madoguchi_i18n::available_locales()
}

/// The language's own name, from its `language-name-<tag>` message (same text in every locale).
pub fn endonym(tag: &LocaleTag) -> String {
    let id = match tag.as_str() {
        "ja" => msg_id!("language-name-ja"),
        "en" => msg_id!("language-name-en"),
        _ => return tag.to_string(),
    };
    Localizer::new(tag).text(id)
}

/// The value for a `lang` attribute. Private-use variants (e.g. やさしい日本語) are still Japanese.
pub fn html_lang(tag: &LocaleTag) -> &str {
    if tag.as_str().contains("-x-") {
        tag.language()
    } else {
        tag.as_str()
    }
}

fn initial_locale() -> LocaleTag {
    let saved = window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    if let Some(tag) = saved
        .and_then(|s| LocaleTag::parse(&s).ok())
        .filter(|t| offered_locales().contains(t))
    {
        return tag;
    }
    let preferred: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    let preferred: Vec<&str> = preferred.iter().map(String::as_str).collect();
    madoguchi_i18n::negotiate(&preferred)
}
