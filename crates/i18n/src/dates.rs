//! Which calendar and which formatting locale each of our languages reads dates in.
//!
//! The words and patterns themselves come from the reader's browser or webview: the UI formats
//! with JavaScript's `Intl.DateTimeFormat` and `Intl.NumberFormat` (`ui/src/intl.rs`), which ship
//! CLDR's data for every language in the engine. Formatting in Rust meant ICU4X's code and a CLDR
//! blob per language inside the UI's download (issue 14). What stays here is our rule, pure and
//! tested natively: which locale and calendar to ask `Intl` for.
//!
//! City times are in `Asia/Tokyo`. Japanese readers get the Japanese calendar (令和7年11月23日,
//! with 元年 for an era's first year); every other locale gets the Gregorian calendar, and so does
//! やさしい日本語, because the easy-Japanese guidelines ask for Western years (西暦) that foreign
//! residents know from their residence card. Era names and their start dates come from CLDR
//! through the engine's ICU: there is no era table in our code.

use madoguchi_domain::LocaleTag;

/// The city's time zone, as `Intl` names it. Japan has observed no daylight saving time since
/// 1951, so its offset from UTC is one constant (`madoguchi_domain::days`).
pub const CITY_TIME_ZONE: &str = "Asia/Tokyo";

/// The calendar a locale's readers count years in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarSystem {
    /// 和暦: era name and year (令和7年).
    Japanese,
    /// 西暦.
    Gregorian,
}

/// Japanese (`ja`) reads the Japanese calendar; everyone else, including やさしい日本語, Gregorian.
pub fn calendar_for(locale: &LocaleTag) -> CalendarSystem {
    if locale.as_str() == madoguchi_domain::localized_text::SOURCE_LOCALE {
        CalendarSystem::Japanese
    } else {
        CalendarSystem::Gregorian
    }
}

/// The BCP 47 locales to hand `Intl` for `tag`'s dates, times and numbers, best first: the calendar
/// chosen by [`calendar_for`] as a `-u-ca-` extension; private-use variants are their base language
/// (`ja-x-easy` → `ja-JP`, Western years); Tagalog is CLDR's Filipino (`tl` → `fil`).
///
/// An engine may lack a language's data: Chromium's ICU has no Nepali, for one. It then uses the
/// next locale given, so every list but Japanese's ends in English — the next step of every
/// foreign reader's fallback chain (`LocalizedText::resolve`), as for a city text missing in their
/// language — rather than the device's own default. Written as constants for the locales we ship,
/// so no engine ever sees a tag it could reject.
pub fn intl_locales(tag: &LocaleTag) -> &'static [&'static str] {
    if calendar_for(tag) == CalendarSystem::Japanese {
        return &["ja-JP-u-ca-japanese"];
    }
    match tag.standard_part() {
        "en" => &["en"],
        "zh-Hans" => &["zh-Hans", "en"],
        "zh-Hant" => &["zh-Hant", "en"],
        "ko" => &["ko", "en"],
        "vi" => &["vi", "en"],
        "pt-BR" => &["pt-BR", "en"],
        "es" => &["es", "en"],
        "tl" => &["fil", "en"],
        "ne" => &["ne", "en"],
        "id" => &["id", "en"],
        // やさしい日本語, and anything we do not ship: Japanese words with Western years.
        _ => &["ja-JP"],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(s: &str) -> LocaleTag {
        LocaleTag::parse(s).unwrap()
    }

    #[test]
    fn only_japanese_readers_count_years_in_eras() {
        assert_eq!(calendar_for(&tag("ja")), CalendarSystem::Japanese);
        assert_eq!(intl_locales(&tag("ja")), ["ja-JP-u-ca-japanese"]);
        for other in ["ja-x-easy", "en", "vi", "zh-Hant", "ne"] {
            assert_eq!(calendar_for(&tag(other)), CalendarSystem::Gregorian, "{other}");
            assert!(
                intl_locales(&tag(other)).iter().all(|l| !l.contains("-u-ca-")),
                "{other}"
            );
        }
    }

    #[test]
    fn easy_japanese_is_japanese_with_western_years() {
        assert_eq!(intl_locales(&tag("ja-x-easy")), ["ja-JP"]);
    }

    #[test]
    fn tagalog_is_formatted_as_cldrs_filipino() {
        assert_eq!(intl_locales(&tag("tl")), ["fil", "en"]);
    }

    #[test]
    fn every_shipped_language_asks_for_itself_first_then_english_as_its_fallback_chain_does() {
        for shipped in crate::available_locales() {
            let locales = intl_locales(&shipped);
            match shipped.as_str() {
                // Japanese readers' dates never fall back to English.
                "ja" | "ja-x-easy" => {
                    assert!(locales.len() == 1 && locales[0].starts_with("ja-JP"), "{shipped}")
                }
                "en" => assert_eq!(locales, ["en"]),
                "tl" => assert_eq!(locales, ["fil", "en"]),
                other => assert_eq!(locales, [other, "en"]),
            }
        }
    }
}
