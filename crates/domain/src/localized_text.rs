//! Text that comes from the city (procedure names, summaries, later form labels and notices), held
//! in several languages at once and resolved through a declared fallback chain
//! ([`LocaleTag::fallback_chain`]) that always ends in Japanese.
//!
//! The whole map travels over the wire, so a language switch in the UI needs no new request and
//! the offline cache serves every language.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// The language every city text must have: Japanese is the source of truth.
pub const SOURCE_LOCALE: &str = "ja";

/// A BCP 47 language tag as we use it (`ja`, `en`, `zh-Hans`, `pt-BR`, `ja-x-easy`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, pattern = "^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$", example = "ja"))]
pub struct LocaleTag(String);

/// Why a string is not a language tag we accept.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a language tag: {0:?}")]
pub struct InvalidLocaleTag(pub String);

impl LocaleTag {
    /// Accepts `language(-subtag)*` where the language is 2–3 ASCII letters and each subtag 1–8
    /// ASCII alphanumerics. Canonical case is kept as given; comparisons elsewhere are exact.
    pub fn parse(s: &str) -> Result<Self, InvalidLocaleTag> {
        let mut parts = s.split('-');
        let language = parts.next().unwrap_or_default();
        let language_ok =
            (2..=3).contains(&language.len()) && language.bytes().all(|b| b.is_ascii_lowercase());
        let subtags_ok =
            parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
        if language_ok && subtags_ok {
            Ok(Self(s.to_owned()))
        } else {
            Err(InvalidLocaleTag(s.to_owned()))
        }
    }

    /// The tag of the source language, Japanese.
    pub fn source() -> Self {
        Self(SOURCE_LOCALE.to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The primary language subtag: `pt` for `pt-BR`, `ja` for `ja-x-easy`.
    pub fn language(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }

    /// Whether this is a private-use variant of its language (`ja-x-easy`): a locale of ours that
    /// no browser asks for and that standard libraries (unic-langid, ICU4X) cannot parse.
    pub fn is_private_use(&self) -> bool {
        self.0.contains("-x-")
    }

    /// The tag without its private-use part: `ja` for `ja-x-easy`, itself otherwise. This is the
    /// language a screen reader, a spell checker or a plural rule should assume.
    pub fn standard_part(&self) -> &str {
        self.0
            .split_once("-x-")
            .map_or(self.0.as_str(), |(standard, _)| standard)
    }

    /// Where to look, in order, for text in this locale. The declared chain is:
    ///
    /// 1. the locale itself;
    /// 2. its declared neighbours ([`NEIGHBOURS`]: the other Chinese script);
    /// 3. its bare language (`pt-BR` finds `pt`, `ja-x-easy` finds `ja`);
    /// 4. English, for every reader who is not reading Japanese: most foreign residents read it
    ///    better than Japanese, and it is the language the city translates first;
    /// 5. Japanese, which every city text has.
    ///
    /// A reader of やさしい日本語 goes straight to ordinary Japanese, never to English.
    pub fn fallback_chain(&self) -> Vec<LocaleTag> {
        let mut chain = vec![self.clone()];
        let mut push = |tag: LocaleTag| {
            if !chain.contains(&tag) {
                chain.push(tag);
            }
        };
        for (tag, neighbours) in NEIGHBOURS {
            if *tag == self.0 {
                neighbours.iter().for_each(|n| push(Self((*n).to_owned())));
            }
        }
        push(Self(self.language().to_owned()));
        if self.language() != SOURCE_LOCALE {
            push(Self(ENGLISH.to_owned()));
        }
        push(Self::source());
        chain
    }
}

/// English, the second step of every non-Japanese fallback chain.
const ENGLISH: &str = "en";

/// Locales whose readers read another locale better than English: Simplified and Traditional
/// Chinese readers read each other's script (with some effort) far better than a fallback in
/// English or Japanese. Checked before the bare language.
pub const NEIGHBOURS: &[(&str, &[&str])] = &[("zh-Hant", &["zh-Hans"]), ("zh-Hans", &["zh-Hant"])];

impl fmt::Display for LocaleTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for LocaleTag {
    type Error = InvalidLocaleTag;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<LocaleTag> for String {
    fn from(tag: LocaleTag) -> Self {
        tag.0
    }
}

/// One text in several languages. Serialised as a JSON object from tag to text:
/// `{"ja": "転入届", "en": "Moving-in notification"}`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(value_type = std::collections::BTreeMap<String, String>,
    example = json!({"ja": "転入届", "en": "Moving-in notification"})))]
pub struct LocalizedText(BTreeMap<LocaleTag, String>);

/// A text picked for a reader, with the language it is actually in, so the UI can say when it fell
/// back (and mark the element with the right `lang`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved<'a> {
    pub text: &'a str,
    pub lang: &'a LocaleTag,
}

impl Resolved<'_> {
    /// Whether the reader asked for another language than the one this text is in.
    pub fn is_fallback_for(&self, wanted: &LocaleTag) -> bool {
        self.lang != wanted
    }
}

impl LocalizedText {
    /// Builds a text from `(tag, text)` pairs; fails if a tag is invalid.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, InvalidLocaleTag> {
        let mut map = BTreeMap::new();
        for (tag, text) in pairs {
            map.insert(LocaleTag::parse(tag)?, text.to_owned());
        }
        Ok(Self(map))
    }

    /// Whether the source (Japanese) text is present: a city text without it is incomplete.
    pub fn has_source(&self) -> bool {
        self.0
            .get(&LocaleTag::source())
            .is_some_and(|t| !t.trim().is_empty())
    }

    pub fn get(&self, tag: &LocaleTag) -> Option<&str> {
        self.0.get(tag).map(String::as_str)
    }

    /// The source (Japanese) text alone, where room is short (a Web Push payload).
    pub fn source_only(&self) -> Self {
        let source = LocaleTag::source();
        Self(
            self.0
                .get_key_value(&source)
                .map(|(t, s)| (t.clone(), s.clone()))
                .into_iter()
                .collect(),
        )
    }

    pub fn locales(&self) -> impl Iterator<Item = &LocaleTag> {
        self.0.keys()
    }

    /// The text for `wanted`, following its fallback chain; `None` only if not even Japanese exists.
    pub fn resolve(&self, wanted: &LocaleTag) -> Option<Resolved<'_>> {
        wanted.fallback_chain().iter().find_map(|tag| {
            self.0
                .get_key_value(tag)
                .filter(|(_, text)| !text.trim().is_empty())
                .map(|(lang, text)| Resolved {
                    text: text.as_str(),
                    lang,
                })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(s: &str) -> LocaleTag {
        LocaleTag::parse(s).unwrap()
    }

    #[test]
    fn common_tags_are_accepted() {
        for s in ["ja", "en", "zh-Hans", "zh-Hant", "pt-BR", "ja-x-easy", "fil"] {
            assert_eq!(tag(s).as_str(), s);
        }
    }

    #[test]
    fn malformed_tags_are_rejected() {
        for s in ["", "j", "JA", "ja_JP", "ja-", "english", "ja-toolongsubtag"] {
            assert!(LocaleTag::parse(s).is_err(), "{s:?} should be rejected");
        }
    }

    fn chain(s: &str) -> Vec<String> {
        tag(s).fallback_chain().into_iter().map(String::from).collect()
    }

    #[test]
    fn the_chain_goes_from_region_to_language_to_english_to_japanese() {
        assert_eq!(chain("pt-BR"), ["pt-BR", "pt", "en", "ja"]);
        assert_eq!(chain("vi"), ["vi", "en", "ja"]);
        assert_eq!(chain("en"), ["en", "ja"]);
        assert_eq!(chain("ja"), ["ja"]);
    }

    #[test]
    fn easy_japanese_falls_back_to_ordinary_japanese_and_never_to_english() {
        assert_eq!(chain("ja-x-easy"), ["ja-x-easy", "ja"]);
    }

    #[test]
    fn chinese_readers_get_the_other_chinese_script_before_english() {
        assert_eq!(chain("zh-Hant"), ["zh-Hant", "zh-Hans", "zh", "en", "ja"]);
        assert_eq!(chain("zh-Hans"), ["zh-Hans", "zh-Hant", "zh", "en", "ja"]);
    }

    #[test]
    fn a_private_use_tag_keeps_its_standard_part_for_libraries_and_screen_readers() {
        assert!(tag("ja-x-easy").is_private_use());
        assert_eq!(tag("ja-x-easy").standard_part(), "ja");
        assert!(!tag("pt-BR").is_private_use());
        assert_eq!(tag("pt-BR").standard_part(), "pt-BR");
    }

    #[test]
    fn a_traditional_chinese_reader_sees_simplified_chinese_rather_than_english() {
        let text =
            LocalizedText::from_pairs([("ja", "転入届"), ("en", "Moving in"), ("zh-Hans", "迁入申报")])
                .unwrap();
        let resolved = text.resolve(&tag("zh-Hant")).unwrap();
        assert_eq!((resolved.text, resolved.lang.as_str()), ("迁入申报", "zh-Hans"));
    }

    #[test]
    fn a_missing_translation_falls_back_along_the_chain_and_says_so() {
        let text = LocalizedText::from_pairs([("ja", "転入届"), ("en", "Moving in")]).unwrap();
        let vi = tag("vi");
        let resolved = text.resolve(&vi).unwrap();
        assert_eq!(resolved.text, "Moving in");
        assert_eq!(resolved.lang, &tag("en"));
        assert!(resolved.is_fallback_for(&vi));

        let only_ja = LocalizedText::from_pairs([("ja", "転入届")]).unwrap();
        let resolved = only_ja.resolve(&vi).unwrap();
        assert_eq!((resolved.text, resolved.lang.as_str()), ("転入届", "ja"));
        let easy = tag("ja-x-easy");
        assert!(only_ja.resolve(&easy).unwrap().is_fallback_for(&easy));

        let en = tag("en");
        let resolved = text.resolve(&en).unwrap();
        assert_eq!(resolved.text, "Moving in");
        assert!(!resolved.is_fallback_for(&en));
    }

    #[test]
    fn a_blank_translation_counts_as_missing() {
        let text = LocalizedText::from_pairs([("ja", "転入届"), ("en", "  ")]).unwrap();
        assert_eq!(text.resolve(&tag("en")).unwrap().text, "転入届");
        assert_eq!(text.resolve(&tag("vi")).unwrap().text, "転入届");
    }

    #[test]
    fn it_serialises_as_an_object_of_tags() {
        let text = LocalizedText::from_pairs([("ja", "転入届"), ("en", "Moving in")]).unwrap();
        let json = serde_json::to_string(&text).unwrap();
        assert_eq!(json, r#"{"en":"Moving in","ja":"転入届"}"#);
        assert_eq!(serde_json::from_str::<LocalizedText>(&json).unwrap(), text);
        assert!(serde_json::from_str::<LocalizedText>(r#"{"EN":"x"}"#).is_err());
    }
}
