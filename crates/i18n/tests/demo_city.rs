//! The demo city (夢咲市) is localized like the UI: every text in every locale we ship, real
//! translations rather than English copies, and furigana on every kanji in やさしい日本語. A city
//! importing its own catalogue would run the same checks.

use madoguchi_domain::{LocaleTag, LocalizedText, ProcedureCatalogue};
use madoguchi_i18n::available_locales;
use madoguchi_i18n::furigana::kanji_without_reading;

const DEMO: &str = include_str!("../../server/demo/yumesaki.json");

fn texts() -> Vec<(String, LocalizedText)> {
    let catalogue: ProcedureCatalogue = serde_json::from_str(DEMO).expect("the demo city parses");
    let mut out = vec![("city".to_owned(), catalogue.city)];
    for p in catalogue.procedures {
        out.push((format!("{} name", p.id), p.name));
        out.push((format!("{} summary", p.id), p.summary));
    }
    out
}

#[test]
fn every_demo_text_is_written_in_every_shipped_locale() {
    for (what, text) in texts() {
        for locale in available_locales() {
            let resolved = text.resolve(&locale).expect("every text has Japanese");
            assert_eq!(
                resolved.lang, &locale,
                "{what} falls back to {} for {locale}",
                resolved.lang
            );
        }
    }
}

#[test]
fn no_demo_translation_is_a_copy_of_the_english() {
    let en = LocaleTag::parse("en").unwrap();
    for (what, text) in texts() {
        let english = text.get(&en).expect("English exists");
        for locale in available_locales().into_iter().filter(|l| l != &en) {
            assert_ne!(
                text.get(&locale),
                Some(english),
                "{what} in {locale} is the English text"
            );
        }
    }
}

#[test]
fn easy_japanese_demo_texts_have_a_reading_on_every_kanji() {
    let easy = LocaleTag::parse("ja-x-easy").unwrap();
    for (what, text) in texts() {
        let bare = kanji_without_reading(text.get(&easy).unwrap_or_default());
        assert!(
            bare.is_empty(),
            "{what} (ja-x-easy) has kanji without a reading: {bare:?}"
        );
    }
}
