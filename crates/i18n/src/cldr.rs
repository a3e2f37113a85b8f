//! Which CLDR locale's data formats each of our locales (see the `madoguchi-cldr-data` crate,
//! whose lookups are exact).

use icu_locale_core::Locale;
use madoguchi_domain::LocaleTag;

pub(crate) use madoguchi_cldr_data::Cldr;

/// Our tag as the CLDR locale whose data we baked: private-use variants are their base language
/// (`ja-x-easy` → `ja`), Tagalog is CLDR's Filipino (`tl` → `fil`), and anything we did not
/// generate is formatted as Japanese, the source language.
pub(crate) fn icu_locale(tag: &LocaleTag) -> Locale {
    let standard = match tag.standard_part() {
        "tl" => "fil",
        other => other,
    };
    let generated = madoguchi_cldr_data::LOCALES.iter().find(|g| **g == standard).copied().unwrap_or("ja");
    generated.parse().unwrap_or(Locale::UNKNOWN)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::available_locales;

    fn icu(tag: &str) -> String {
        icu_locale(&LocaleTag::parse(tag).unwrap()).to_string()
    }

    #[test]
    fn our_tags_map_to_the_cldr_locales_we_generated() {
        assert_eq!(icu("ja-x-easy"), "ja");
        assert_eq!(icu("tl"), "fil");
        assert_eq!(icu("pt-BR"), "pt-BR");
        assert_eq!(icu("zh-Hant"), "zh-Hant");
        assert_eq!(icu("fr"), "ja");
    }

    #[test]
    fn every_shipped_locale_has_its_own_cldr_data() {
        for tag in available_locales() {
            let expected = if tag.as_str() == "tl" { "fil" } else { tag.standard_part() };
            assert_eq!(icu(tag.as_str()), expected, "no CLDR data generated for {tag}");
        }
    }
}
