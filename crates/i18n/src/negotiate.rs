//! Picking the reader's language from what they (or their OS / browser) prefer.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use madoguchi_domain::LocaleTag;
use unic_langid::LanguageIdentifier;

use crate::available_locales;

/// The best shipped locale for `requested` (most preferred first, e.g. `navigator.languages`), or
/// Japanese when nothing matches. Tags we cannot parse are skipped, not fatal.
pub fn negotiate(requested: &[&str]) -> LocaleTag {
    let available = available_locales();
    let available_ids: Vec<LanguageIdentifier> =
        available.iter().filter_map(|t| t.as_str().parse().ok()).collect();
    let requested_ids: Vec<LanguageIdentifier> = requested.iter().filter_map(|r| r.parse().ok()).collect();
    let default: LanguageIdentifier = LocaleTag::source()
        .as_str()
        .parse()
        .expect("ja is a valid identifier");
    let chosen = negotiate_languages(
        &requested_ids,
        &available_ids,
        Some(&default),
        NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .and_then(|id| {
            let id = id.to_string();
            available.iter().find(|t| t.as_str() == id).cloned()
        })
        .unwrap_or_else(LocaleTag::source)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_browsers_get_english() {
        assert_eq!(negotiate(&["en-US", "en"]).as_str(), "en");
    }

    #[test]
    fn japanese_is_chosen_when_nothing_matches() {
        assert_eq!(negotiate(&["xx", "not a tag"]).as_str(), "ja");
        assert_eq!(negotiate(&[]).as_str(), "ja");
    }

    #[test]
    fn the_first_shipped_preference_wins() {
        assert_eq!(negotiate(&["xx", "ja-JP", "en"]).as_str(), "ja");
    }
}
