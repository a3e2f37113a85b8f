//! Which CLDR locale's data formats each of our locales, and where that data comes from.
//!
//! Japanese, the source language and every reader's last fallback, is baked into the code
//! (`madoguchi-cldr-data`). Every other locale's data is a postcard blob that arrives when a reader
//! needs it (issue 14: ICU4X data only for the locales loaded): the UI fetches the blob with the
//! locale's messages and hands it to [`load_cldr_data`], which builds that locale's formatters once
//! and keeps them for the session. The residents' WASM therefore carries one locale's CLDR data,
//! not eleven. With the `all-locales` feature (tests, the server, the gallery) the blobs are
//! compiled in and loaded on first use.
//!
//! Lookups are exact (the data was generated without ICU4X's locale fallback): ask for one of
//! `madoguchi_cldr_data::LOCALES`.

use std::cell::RefCell;
use std::rc::Rc;

use icu_calendar::cal::Gregorian;
use icu_datetime::fieldsets::{T, YMDE};
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu_decimal::DecimalFormatter;
use icu_locale_core::{LanguageIdentifier, langid};
use icu_provider_blob::BlobDataProvider;
use madoguchi_domain::LocaleTag;

pub(crate) use madoguchi_cldr_data::Cldr;

/// The CLDR locale baked into the code: Japanese's data is always here.
pub(crate) const BAKED: &str = "ja";

/// Our tag as the CLDR locale whose data we generated: private-use variants are their base
/// language (`ja-x-easy` → `ja`), Tagalog is CLDR's Filipino (`tl` → `fil`), and anything we did
/// not generate is formatted as Japanese, the source language.
pub(crate) fn cldr_name(tag: &LocaleTag) -> &'static str {
    match tag.standard_part() {
        "en" => "en",
        "zh-Hans" => "zh-Hans",
        "zh-Hant" => "zh-Hant",
        "ko" => "ko",
        "vi" => "vi",
        "pt-BR" => "pt-BR",
        "es" => "es",
        "tl" => "fil",
        "ne" => "ne",
        "id" => "id",
        _ => BAKED,
    }
}

/// [`cldr_name`] as ICU4X's identifier. Written as constants rather than parsed, so the UI's WASM
/// carries no locale parser for this.
pub(crate) fn icu_locale(tag: &LocaleTag) -> LanguageIdentifier {
    match cldr_name(tag) {
        "en" => langid!("en"),
        "zh-Hans" => langid!("zh-Hans"),
        "zh-Hant" => langid!("zh-Hant"),
        "ko" => langid!("ko"),
        "vi" => langid!("vi"),
        "pt-BR" => langid!("pt-BR"),
        "es" => langid!("es"),
        "fil" => langid!("fil"),
        "ne" => langid!("ne"),
        "id" => langid!("id"),
        _ => langid!("ja"),
    }
}

/// A blob that is not CLDR data for the locale it was given as (a broken download, another file).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidCldrData;

/// The CLDR locale whose data `tag` needs and does not have yet: what to fetch (as
/// `cldr-<name>.postcard`, see `cargo xtask build-ui`) and give to [`load_cldr_data`] before
/// switching to `tag`. `None` when nothing is missing (Japanese, or loaded before).
pub fn cldr_data_to_load(tag: &LocaleTag) -> Option<&'static str> {
    let name = cldr_name(tag);
    (name != BAKED && loaded(name).is_none()).then_some(name)
}

/// Builds the formatters of CLDR locale `name` from its blob and keeps them for the session.
pub fn load_cldr_data(name: &str, blob: Vec<u8>) -> Result<(), InvalidCldrData> {
    let name = madoguchi_cldr_data::LOCALES
        .iter()
        .copied()
        .find(|l| *l == name && *l != BAKED)
        .ok_or(InvalidCldrData)?;
    let provider =
        BlobDataProvider::try_new_from_blob(blob.into_boxed_slice()).map_err(|_| InvalidCldrData)?;
    register(name, &provider)
}

/// One locale's formatters, built once from its blob.
pub(crate) struct Formatters {
    pub(crate) date_long: FixedCalendarDateTimeFormatter<Gregorian, YMDE>,
    pub(crate) date_medium: FixedCalendarDateTimeFormatter<Gregorian, YMDE>,
    pub(crate) time: NoCalendarFormatter<T>,
    pub(crate) decimal: DecimalFormatter,
}

thread_local! {
    /// The formatters of every locale loaded so far. Per thread because ICU4X's data is
    /// reference-counted without atomics; the UI has one thread.
    static LOADED: RefCell<Vec<(&'static str, Rc<Formatters>)>> = const { RefCell::new(Vec::new()) };
}

fn register(name: &'static str, provider: &BlobDataProvider) -> Result<(), InvalidCldrData> {
    let locale = icu_locale_of(name);
    let formatters = Formatters {
        date_long: FixedCalendarDateTimeFormatter::try_new_with_buffer_provider(
            provider,
            locale.clone().into(),
            YMDE::long(),
        )
        .map_err(|_| InvalidCldrData)?,
        date_medium: FixedCalendarDateTimeFormatter::try_new_with_buffer_provider(
            provider,
            locale.clone().into(),
            YMDE::medium(),
        )
        .map_err(|_| InvalidCldrData)?,
        time: NoCalendarFormatter::try_new_with_buffer_provider(provider, locale.clone().into(), T::hm())
            .map_err(|_| InvalidCldrData)?,
        decimal: DecimalFormatter::try_new_with_buffer_provider(provider, locale.into(), Default::default())
            .map_err(|_| InvalidCldrData)?,
    };
    LOADED.with(|l| {
        let mut l = l.borrow_mut();
        l.retain(|(n, _)| *n != name);
        l.push((name, Rc::new(formatters)));
    });
    Ok(())
}

fn icu_locale_of(name: &str) -> LanguageIdentifier {
    // Our tags name CLDR's locales but Filipino, so mapping the name back through a tag is exact.
    let tag = if name == "fil" { "tl" } else { name };
    LocaleTag::parse(tag).map_or_else(|_| langid!("ja"), |t| icu_locale(&t))
}

/// The formatters of CLDR locale `name` if they are loaded; with `all-locales`, loaded from the
/// compiled-in blob on first use.
pub(crate) fn loaded(name: &str) -> Option<Rc<Formatters>> {
    let found = LOADED.with(|l| {
        l.borrow()
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, f)| f.clone())
    });
    #[cfg(feature = "all-locales")]
    if found.is_none() {
        let (name, blob) = madoguchi_cldr_data::blob(name)?;
        let provider = BlobDataProvider::try_new_from_static_blob(blob).ok()?;
        register(name, &provider).ok()?;
        return LOADED.with(|l| {
            l.borrow()
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, f)| f.clone())
        });
    }
    found
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
            let name = cldr_name(&tag);
            assert!(
                madoguchi_cldr_data::LOCALES.contains(&name),
                "{tag} → {name}, which has no data"
            );
            assert_eq!(icu(tag.as_str()), name);
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
            assert_eq!(cldr_name(&tag), expected, "no CLDR data generated for {tag}");
        }
    }

    #[test]
    fn every_locale_but_japanese_has_a_blob_that_builds_its_formatters() {
        for name in madoguchi_cldr_data::LOCALES {
            let blob = madoguchi_cldr_data::blob(name);
            if *name == BAKED {
                assert!(blob.is_none(), "Japanese is baked, not a blob");
                continue;
            }
            let (_, bytes) = blob.unwrap_or_else(|| panic!("no blob for {name}"));
            assert_eq!(load_cldr_data(name, bytes.to_vec()), Ok(()), "{name}");
        }
    }

    #[test]
    fn a_blob_that_is_not_cldr_data_is_refused() {
        assert_eq!(
            load_cldr_data("en", b"<!doctype html>".to_vec()),
            Err(InvalidCldrData)
        );
        assert_eq!(load_cldr_data("en", Vec::new()), Err(InvalidCldrData));
    }

    #[test]
    fn a_blob_is_only_taken_for_a_locale_we_generated_and_never_for_japanese() {
        let (_, en) = madoguchi_cldr_data::blob("en").unwrap();
        assert_eq!(load_cldr_data("fr", en.to_vec()), Err(InvalidCldrData));
        assert_eq!(load_cldr_data("ja", en.to_vec()), Err(InvalidCldrData));
    }

    #[test]
    fn another_locales_blob_does_not_pass_for_this_one() {
        // A mix-up of files must not format Korean dates in Vietnamese without saying so.
        let (_, vi) = madoguchi_cldr_data::blob("vi").unwrap();
        assert_eq!(load_cldr_data("ko", vi.to_vec()), Err(InvalidCldrData));
    }

    #[test]
    fn japanese_needs_nothing_loaded_and_a_loaded_locale_nothing_more() {
        let tag = |s| LocaleTag::parse(s).unwrap();
        assert_eq!(cldr_data_to_load(&tag("ja")), None);
        assert_eq!(cldr_data_to_load(&tag("ja-x-easy")), None);
        let (_, id) = madoguchi_cldr_data::blob("id").unwrap();
        load_cldr_data("id", id.to_vec()).unwrap();
        assert_eq!(cldr_data_to_load(&tag("id")), None);
    }
}
