//! Which CLDR locale's data formats each of our locales (see the `madoguchi-cldr-data` crate,
//! whose lookups are exact).

use icu_locale_core::{LanguageIdentifier, langid};
use madoguchi_domain::LocaleTag;

pub(crate) use madoguchi_cldr_data::Cldr;

/// Our tag as the CLDR locale whose data we baked: private-use variants are their base language
/// (`ja-x-easy` → `ja`), Tagalog is CLDR's Filipino (`tl` → `fil`), and anything we did not
/// generate is formatted as Japanese, the source language. Written as constants rather than
/// parsed, so the UI's WASM carries no locale parser for this.
pub(crate) fn icu_locale(tag: &LocaleTag) -> LanguageIdentifier {
    match tag.standard_part() {
        "en" => langid!("en"),
        "zh-Hans" => langid!("zh-Hans"),
        "zh-Hant" => langid!("zh-Hant"),
        "ko" => langid!("ko"),
        "vi" => langid!("vi"),
        "pt-BR" => langid!("pt-BR"),
        "es" => langid!("es"),
        "tl" => langid!("fil"),
        "ne" => langid!("ne"),
        "id" => langid!("id"),
        _ => langid!("ja"),
    }
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
    fn the_mapping_only_names_locales_the_data_was_generated_for() {
        for tag in available_locales() {
            let icu = icu(tag.as_str());
            assert!(
                madoguchi_cldr_data::LOCALES.contains(&icu.as_str()),
                "{tag} → {icu}, which has no data"
            );
        }
    }

    #[test]
    fn every_shipped_locale_has_its_own_cldr_data() {
        for tag in available_locales() {
            let expected = if tag.as_str() == "tl" {
                "fil"
            } else {
                tag.standard_part()
            };
            assert_eq!(icu(tag.as_str()), expected, "no CLDR data generated for {tag}");
        }
    }
}
