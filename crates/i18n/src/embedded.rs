//! The locales we ship and their names, and the Fluent files embedded by `build.rs`: Japanese
//! always, every locale with the `all-locales` feature.

use madoguchi_domain::LocaleTag;

include!(concat!(env!("OUT_DIR"), "/locale_files.rs"));

/// The order of the language menu: Japanese, its easy variant, English, then roughly by how many
/// residents of Japan read each language (the order cities' multilingual pages commonly use). A
/// locale folder not listed here still ships, after these, alphabetically.
const MENU_ORDER: &[&str] = &[
    "ja",
    "ja-x-easy",
    "en",
    "zh-Hans",
    "zh-Hant",
    "ko",
    "vi",
    "pt-BR",
    "es",
    "tl",
    "ne",
    "id",
];

/// The locales we ship, in menu order (source first), whether or not their messages are embedded.
pub fn available_locales() -> Vec<LocaleTag> {
    let mut tags: Vec<LocaleTag> = LOCALE_NAMES
        .iter()
        .filter_map(|(tag, _)| LocaleTag::parse(tag).ok())
        .collect();
    tags.sort_by_key(|t| {
        (
            MENU_ORDER
                .iter()
                .position(|m| *m == t.as_str())
                .unwrap_or(MENU_ORDER.len()),
            t.clone(),
        )
    });
    tags
}

/// A shipped language's own name (its `language-name` message, which `build.rs` reads from every
/// locale folder, as written: furigana marks included). Known without the locale's messages, so
/// the language menu can list every language.
pub fn endonym(locale: &LocaleTag) -> Option<&'static str> {
    LOCALE_NAMES
        .iter()
        .find(|(tag, _)| *tag == locale.as_str())
        .map(|(_, name)| *name)
}

/// Whether this build carries `locale`'s messages (else they are given to
/// [`crate::Localizer::with_messages`] when the reader needs them).
pub fn is_embedded(locale: &LocaleTag) -> bool {
    !ftl_sources(locale).is_empty()
}

/// The `(file name, Fluent source)` pairs of one locale; empty if this build does not embed it.
pub fn ftl_sources(locale: &LocaleTag) -> &'static [(&'static str, &'static str)] {
    LOCALE_FILES
        .iter()
        .find(|(tag, _)| *tag == locale.as_str())
        .map(|(_, files)| *files)
        .unwrap_or(&[])
}
