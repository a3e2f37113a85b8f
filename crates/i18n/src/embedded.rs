//! The Fluent files, as embedded by `build.rs`, and the list of locales we ship.

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

/// The locales we ship, in menu order (source first).
pub fn available_locales() -> Vec<LocaleTag> {
    let mut tags: Vec<LocaleTag> = LOCALE_FILES
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

/// The `(file name, Fluent source)` pairs of one locale; empty if we do not ship it.
pub fn ftl_sources(locale: &LocaleTag) -> &'static [(&'static str, &'static str)] {
    LOCALE_FILES
        .iter()
        .find(|(tag, _)| *tag == locale.as_str())
        .map(|(_, files)| *files)
        .unwrap_or(&[])
}
