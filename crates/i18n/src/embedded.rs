//! The Fluent files, as embedded by `build.rs`.

use madoguchi_domain::LocaleTag;

include!(concat!(env!("OUT_DIR"), "/locale_files.rs"));

/// The locales we ship, source (`ja`) first, then alphabetical.
pub fn available_locales() -> Vec<LocaleTag> {
    let mut tags: Vec<LocaleTag> = LOCALE_FILES
        .iter()
        .filter_map(|(tag, _)| LocaleTag::parse(tag).ok())
        .collect();
    tags.sort_by_key(|t| (t != &LocaleTag::source(), t.clone()));
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
