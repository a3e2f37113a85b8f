//! Formatting messages for one reader's language.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use madoguchi_domain::LocaleTag;
use unic_langid::LanguageIdentifier;

use crate::embedded::ftl_sources;

/// Named arguments of a message, e.g. `&[("count", 3.into())]`.
pub type Args<'a> = [(&'a str, FluentValue<'a>)];

/// Formats the messages of one locale, falling back to Japanese for any message a locale lacks
/// (the i18n check keeps that from happening in a release, but a reader never sees a raw id).
pub struct Localizer {
    locale: LocaleTag,
    /// The reader's bundle first, then Japanese.
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl Localizer {
    /// A localizer for `locale`; a locale this build does not embed gets the first locale of its
    /// fallback chain that it does (English for most when every locale is embedded, Japanese in
    /// the end).
    pub fn new(locale: &LocaleTag) -> Self {
        let mut bundles = Vec::new();
        for tag in locale.fallback_chain() {
            let sources = ftl_sources(&tag);
            if !sources.is_empty() && !bundles.iter().any(|(t, _)| t == &tag) {
                bundles.push((tag.clone(), bundle_for(&tag, sources)));
            }
        }
        let locale = bundles
            .first()
            .map(|(t, _)| t.clone())
            .unwrap_or_else(LocaleTag::source);
        Self {
            locale,
            bundles: bundles.into_iter().map(|(_, b)| b).collect(),
        }
    }

    /// A localizer for `locale` from its messages as fetched (one Fluent source: the locale's
    /// files without comments, one after the other, as `cargo xtask build-ui` writes them), then
    /// the embedded locales of its fallback chain. Text that does not parse (not a locale file, a
    /// broken download) is refused rather than shown as message ids.
    pub fn with_messages(locale: &LocaleTag, messages: &str) -> Result<Self, InvalidMessages> {
        let resource = FluentResource::try_new(messages.to_owned()).map_err(|_| InvalidMessages)?;
        let mut bundle = new_bundle(locale);
        bundle.add_resource(resource).map_err(|_| InvalidMessages)?;
        let mut localizer = Self::new(locale);
        localizer.locale = locale.clone();
        localizer.bundles.insert(0, bundle);
        Ok(localizer)
    }

    /// The locale actually used (after falling back for unknown locales).
    pub fn locale(&self) -> &LocaleTag {
        &self.locale
    }

    /// Whether any bundle in the chain has this message.
    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(id))
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with named arguments. An unknown id renders as the id itself, which tests catch.
    pub fn format(&self, id: &str, args: &Args<'_>) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        for bundle in &self.bundles {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, Some(&fluent_args), &mut errors)
                    .into_owned();
            }
        }
        id.to_owned()
    }
}

/// Messages given to [`Localizer::with_messages`] that are not a Fluent file of ours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidMessages;

fn new_bundle(tag: &LocaleTag) -> FluentBundle<FluentResource> {
    // unic-langid cannot parse private-use tags: やさしい日本語 takes Japanese plural rules.
    let langid: LanguageIdentifier = tag.standard_part().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    // Our locales are all left-to-right; isolation marks (U+2068/9) would only leak into attributes
    // and test expectations.
    bundle.set_use_isolating(false);
    bundle
}

fn bundle_for(tag: &LocaleTag, sources: &[(&str, &str)]) -> FluentBundle<FluentResource> {
    let mut bundle = new_bundle(tag);
    for (name, source) in sources {
        let resource = FluentResource::try_new((*source).to_owned())
            .unwrap_or_else(|(_, errors)| panic!("locales/{tag}/{name} does not parse: {errors:?}"));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|e| panic!("locales/{tag}/{name}: duplicate message {e:?}"));
    }
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::available_locales;
    use fluent_bundle::FluentResource;
    use fluent_syntax::ast;

    fn ids_of(locale: &LocaleTag) -> Vec<String> {
        let mut ids: Vec<String> = ftl_sources(locale)
            .iter()
            .flat_map(|(_, src)| {
                let resource = FluentResource::try_new((*src).to_owned()).unwrap();
                resource
                    .entries()
                    .filter_map(|e| match e {
                        ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        ids.sort();
        ids
    }

    #[test]
    fn every_shipped_locale_parses_and_has_exactly_the_messages_of_japanese() {
        let ja = ids_of(&LocaleTag::source());
        assert!(ja.len() > 10, "Japanese should have the slice's messages");
        for locale in available_locales() {
            let _ = Localizer::new(&locale); // panics if a file does not parse
            assert_eq!(ids_of(&locale), ja, "messages of {locale} differ from ja");
        }
    }

    #[test]
    fn japanese_and_english_both_ship() {
        let tags: Vec<String> = available_locales().into_iter().map(String::from).collect();
        assert_eq!(tags.first().map(String::as_str), Some("ja"));
        assert!(tags.iter().any(|t| t == "en"));
    }

    #[test]
    fn the_home_title_is_translated() {
        let ja = Localizer::new(&LocaleTag::parse("ja").unwrap());
        let en = Localizer::new(&LocaleTag::parse("en").unwrap());
        assert_ne!(ja.text("home-title"), en.text("home-title"));
        assert!(ja.text("home-title").contains("手続き"));
    }

    #[test]
    fn an_unknown_locale_follows_its_fallback_chain() {
        let l = Localizer::new(&LocaleTag::parse("xx").unwrap());
        assert_eq!(l.locale().as_str(), "en");
        let l = Localizer::new(&LocaleTag::parse("ja-x-unknown").unwrap());
        assert_eq!(l.locale().as_str(), "ja");
    }

    /// A locale's files as `cargo xtask build-ui` writes them for the browser.
    fn fetched_file(locale: &LocaleTag) -> String {
        ftl_sources(locale).iter().map(|(_, source)| *source).collect()
    }

    #[test]
    fn fetched_messages_make_a_localizer_of_that_locale_with_japanese_behind() {
        let ko = LocaleTag::parse("ko").unwrap();
        let l = Localizer::with_messages(&ko, &fetched_file(&ko)).unwrap();
        assert_eq!(l.locale(), &ko);
        assert_eq!(l.text("home-title"), Localizer::new(&ko).text("home-title"));
        let partial = Localizer::with_messages(&ko, "home-title = 절차 목록\n").unwrap();
        assert_eq!(partial.text("home-title"), "절차 목록");
        // A message the fetched file lacks comes from the embedded locales of the chain (in the
        // residents' UI that is Japanese only; these tests embed every locale).
        assert_eq!(partial.text("skip-link"), Localizer::new(&ko).text("skip-link"));
    }

    #[test]
    fn text_that_is_not_fluent_is_refused() {
        let en = LocaleTag::parse("en").unwrap();
        assert_eq!(
            Localizer::with_messages(&en, "<!doctype html><title>404</title>").err(),
            Some(InvalidMessages)
        );
    }

    #[test]
    fn every_shipped_locale_has_an_endonym_even_when_not_embedded() {
        for locale in available_locales() {
            let name = crate::endonym(&locale).unwrap();
            let read = Localizer::new(&locale).text(crate::msg_id!("language-name"));
            assert_eq!(name, read, "{locale}");
        }
    }

    #[test]
    fn arguments_are_inserted_without_isolation_marks() {
        let en = Localizer::new(&LocaleTag::parse("en").unwrap());
        let text = en.format("home-procedure-count", &[("count", 12.into())]);
        assert_eq!(text, "12 procedures");
        assert!(!text.contains('\u{2068}'));
    }

    fn count(locale: &str, n: usize) -> String {
        Localizer::new(&LocaleTag::parse(locale).unwrap())
            .format("home-procedure-count", &[("count", n.into())])
    }

    #[test]
    fn english_chooses_singular_for_one_and_plural_otherwise() {
        assert_eq!(count("en", 1), "1 procedure");
        assert_eq!(count("en", 0), "0 procedures");
        assert_eq!(count("en", 14), "14 procedures");
    }

    #[test]
    fn japanese_and_vietnamese_have_one_form_for_every_count() {
        assert_eq!(count("ja", 1), "1件の手続き");
        assert_eq!(count("ja", 14), "14件の手続き");
        assert_eq!(count("vi", 1), "1 thủ tục");
        assert_eq!(count("vi", 14), "14 thủ tục");
    }

    #[test]
    fn portuguese_counts_zero_as_singular_as_cldr_says() {
        assert_eq!(count("pt-BR", 0), "0 procedimento");
        assert_eq!(count("pt-BR", 2), "2 procedimentos");
    }

    #[test]
    fn easy_japanese_is_its_own_locale_with_japanese_plural_rules() {
        let easy = Localizer::new(&LocaleTag::parse("ja-x-easy").unwrap());
        assert_eq!(easy.locale().as_str(), "ja-x-easy");
        assert_eq!(
            easy.format("home-procedure-count", &[("count", 1.into())]),
            "手続《てつづ》きが 1件《けん》 あります"
        );
    }

    #[test]
    fn the_fallback_notice_names_the_fallback_language_in_the_readers_language() {
        let vi = Localizer::new(&LocaleTag::parse("vi").unwrap());
        let notice = |lang: &str, name: &str| {
            vi.format(
                "fallback-notice",
                &[("lang", lang.into()), ("language", name.to_owned().into())],
            )
        };
        assert!(
            notice("ja", "日本語").contains("tiếng Nhật"),
            "{}",
            notice("ja", "日本語")
        );
        assert!(notice("en", "English").contains("tiếng Anh"));
        assert!(notice("ko", "한국어").contains("한국어"));
    }
}
