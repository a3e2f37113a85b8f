//! ICU4X data for Madoguchi: CLDR's date, time and number data for exactly the locales we ship
//! and the data markers our formatters use, generated into `data/` by `regenerate.sh` (never edit
//! it by hand; rerun the script after adding a locale or a formatter).
//!
//! ICU4X's own compiled data holds every CLDR locale: the date formatters alone would add about
//! 150 KB gzip to the UI's WASM, whose whole budget is 200 KB. This subset is a few KB.
//!
//! The data is generated without ICU4X's runtime locale fallback (which would bring fallback tables
//! for every locale), so lookups are exact: ask for one of [`LOCALES`].
//!
//! This crate does not use the workspace's lints: baked data is built with `unsafe` constructors
//! over bytes the generator validated (see Cargo.toml).

/// The CLDR locales `data/` holds (keep in step with `regenerate.sh`). Tagalog is CLDR's `fil`.
pub const LOCALES: &[&str] = &[
    "ja", "en", "zh-Hans", "zh-Hant", "ko", "vi", "pt-BR", "es", "fil", "ne", "id",
];

#[rustfmt::skip]
#[macro_use]
#[allow(clippy::all, clippy::pedantic, missing_docs, unused_qualifications)]
mod data;

/// A data provider for ICU4X's `try_new_unstable` constructors, backed by `data/`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cldr;

// The generated macros call each other by their unqualified names.
#[allow(clippy::wildcard_imports)]
use data::*;
impl_data_provider!(Cldr);
