//! Picking the reader's language from what they (or their OS / browser) prefer.
//!
//! Two of our tags need care. `ja-x-easy` (やさしい日本語) is a private-use tag that unic-langid
//! cannot parse and no browser sends: it is chosen only when asked for by its exact tag (a saved
//! choice, a link), never by negotiation, so a Japanese browser gets ordinary Japanese. Tagalog is
//! `tl` for us but browsers say `fil` (Filipino, its standard form): `fil` is read as `tl`.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use madoguchi_domain::LocaleTag;
use unic_langid::LanguageIdentifier;

use crate::available_locales;

/// Language codes browsers send that we ship under another tag.
const ALIASES: &[(&str, &str)] = &[("fil", "tl")];

/// Regions whose Chinese is written in Traditional characters.
const TRADITIONAL_CHINESE_REGIONS: &[&str] = &["TW", "HK", "MO"];

/// The best shipped locale for `requested` (most preferred first, e.g. `navigator.languages`), or
/// Japanese when nothing matches. Tags we cannot parse are skipped, not fatal.
pub fn negotiate(requested: &[&str]) -> LocaleTag {
    let available = available_locales();
    let standard: Vec<(LanguageIdentifier, &LocaleTag)> = available
        .iter()
        .filter(|t| !t.is_private_use())
        .filter_map(|t| t.as_str().parse().ok().map(|id| (id, t)))
        .collect();
    let standard_ids: Vec<LanguageIdentifier> = standard.iter().map(|(id, _)| id.clone()).collect();
    // One preference at a time, in the reader's order: the first that matches anything wins.
    for wanted in requested {
        if let Some(private) = available
            .iter()
            .find(|t| t.is_private_use() && t.as_str().eq_ignore_ascii_case(wanted))
        {
            return private.clone();
        }
        let Ok(id) = dealias(wanted).parse::<LanguageIdentifier>() else {
            continue;
        };
        let chosen = negotiate_languages(&[id], &standard_ids, None, NegotiationStrategy::Lookup);
        if let Some((_, tag)) = chosen
            .first()
            .and_then(|c| standard.iter().find(|(id, _)| &id == c))
        {
            return (*tag).clone();
        }
    }
    LocaleTag::source()
}

/// `fil-PH` → `tl-PH`, `zh-TW` → `zh-Hant-TW`; anything else unchanged.
fn dealias(tag: &str) -> String {
    let mut subtags: Vec<&str> = tag.split(['-', '_']).collect();
    if let Some((_, to)) = ALIASES
        .iter()
        .find(|(from, _)| from.eq_ignore_ascii_case(subtags[0]))
    {
        subtags[0] = to;
    }
    let is_chinese = subtags[0].eq_ignore_ascii_case("zh");
    let has_script = subtags.get(1).is_some_and(|s| s.len() == 4);
    if is_chinese
        && !has_script
        && subtags.get(1).is_some_and(|r| {
            TRADITIONAL_CHINESE_REGIONS
                .iter()
                .any(|t| t.eq_ignore_ascii_case(r))
        })
    {
        subtags.insert(1, "Hant");
    }
    subtags.join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(requested: &[&str]) -> String {
        negotiate(requested).to_string()
    }

    #[test]
    fn english_browsers_get_english() {
        assert_eq!(pick(&["en-US", "en"]), "en");
        assert_eq!(pick(&["en-GB"]), "en");
    }

    #[test]
    fn japanese_is_chosen_when_nothing_matches() {
        assert_eq!(pick(&["xx", "not a tag"]), "ja");
        assert_eq!(pick(&[]), "ja");
    }

    #[test]
    fn the_first_shipped_preference_wins() {
        assert_eq!(pick(&["xx", "ja-JP", "en"]), "ja");
        assert_eq!(pick(&["fr-FR", "vi-VN", "en"]), "vi");
    }

    #[test]
    fn chinese_browsers_get_the_script_of_their_region() {
        assert_eq!(pick(&["zh-TW"]), "zh-Hant");
        assert_eq!(pick(&["zh-HK"]), "zh-Hant");
        assert_eq!(pick(&["zh-CN"]), "zh-Hans");
        assert_eq!(pick(&["zh"]), "zh-Hans");
    }

    #[test]
    fn regional_variants_find_the_language_we_ship() {
        assert_eq!(pick(&["pt-PT"]), "pt-BR");
        assert_eq!(pick(&["pt"]), "pt-BR");
        assert_eq!(pick(&["es-MX"]), "es");
        assert_eq!(pick(&["ko-KR"]), "ko");
        assert_eq!(pick(&["ne-NP"]), "ne");
        assert_eq!(pick(&["id-ID"]), "id");
    }

    #[test]
    fn a_filipino_browser_gets_tagalog() {
        assert_eq!(pick(&["fil-PH", "en"]), "tl");
        assert_eq!(pick(&["fil"]), "tl");
        assert_eq!(pick(&["tl"]), "tl");
    }

    #[test]
    fn easy_japanese_is_never_negotiated_from_an_ordinary_japanese_browser() {
        assert_eq!(pick(&["ja-JP"]), "ja");
        assert_eq!(pick(&["ja"]), "ja");
    }

    #[test]
    fn easy_japanese_is_chosen_when_asked_for_by_its_tag() {
        assert_eq!(pick(&["ja-x-easy", "ja"]), "ja-x-easy");
        assert_eq!(pick(&["en", "ja-x-easy"]), "en");
    }
}
