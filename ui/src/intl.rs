//! Dates, times and numbers as the reader's language writes them, by the browser's (or the app
//! webview's) own `Intl`: the engine already carries CLDR's data for every language and calendar,
//! so the UI's WASM carries no formatter and no locale data, and switching language fetches only
//! messages (issue 14). Which locale and calendar to ask for is our rule, in
//! `madoguchi_i18n::dates::intl_locales` (和暦 for Japanese, 西暦 for everyone else; English where
//! an engine lacks a language, as Chromium lacks Nepali).
//!
//! Every instant is shown on the city's clock (`Asia/Tokyo`), whatever the device's time zone; a
//! calendar day is the day it is in the city. Nothing here reads a clock.

use js_sys::{Array, Date, Intl, Object, Reflect};
use madoguchi_domain::{CalendarDate, LocaleTag, UnixMillis};
use madoguchi_i18n::dates::{CITY_TIME_ZONE, intl_locales};
use wasm_bindgen::JsValue;

/// How much of a date to spell out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateLength {
    /// Weekday and month in words: 令和7年11月23日日曜日, Sunday, November 23, 2025.
    Long,
    /// Abbreviated: 令和7年11月23日(日), Sun, Nov 23, 2025.
    Medium,
}

/// `day` in `locale`'s language and calendar, with its weekday.
pub fn date(locale: &LocaleTag, day: CalendarDate, length: DateLength) -> String {
    let (weekday, month) = match length {
        DateLength::Long => ("long", "long"),
        DateLength::Medium => ("short", "short"),
    };
    let options = options(&[
        ("weekday", weekday),
        ("year", "numeric"),
        ("month", month),
        ("day", "numeric"),
    ]);
    // Noon in the city: the day it names, far from either midnight.
    let noon = day
        .start_in_japan()
        .plus_millis(12 * madoguchi_domain::days::MILLIS_PER_HOUR);
    format(locale, noon, &options)
}

/// The city's clock at `at` as `locale` writes the time of day: 9:30, 14:05, 2:05 PM, 오후 2:05.
pub fn time(locale: &LocaleTag, at: UnixMillis) -> String {
    format(
        locale,
        at,
        &options(&[("hour", "numeric"), ("minute", "2-digit")]),
    )
}

/// A whole number grouped the way `locale` groups digits: 1,200, 1.200.
pub fn integer(locale: &LocaleTag, n: i64) -> String {
    let formatter = Intl::NumberFormat::new(&locales(locale), &Object::new());
    #[allow(clippy::cast_precision_loss)] // amounts of yen are far below 2^53
    call(&formatter.format(), &JsValue::from_f64(n as f64))
}

fn format(locale: &LocaleTag, at: UnixMillis, options: &Object) -> String {
    let formatter = Intl::DateTimeFormat::new(&locales(locale), options);
    #[allow(clippy::cast_precision_loss)] // milliseconds since 1970 are below 2^53 until the year 287,396
    call(&formatter.format(), &Date::new(&JsValue::from_f64(at.0 as f64)))
}

/// Calls a formatter's bound `format` on `value`. It throws only for a value out of range (an
/// invalid date), which no caller passes; that would show as an empty text, not a broken page.
fn call(format: &js_sys::Function, value: &JsValue) -> String {
    format
        .call1(&JsValue::NULL, value)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

fn locales(locale: &LocaleTag) -> Array {
    intl_locales(locale)
        .iter()
        .map(|l| JsValue::from_str(l))
        .collect()
}

/// `Intl` options for the city's time zone and `fields`.
fn options(fields: &[(&str, &str)]) -> Object {
    let options = Object::new();
    for (key, value) in std::iter::once(&("timeZone", CITY_TIME_ZONE)).chain(fields) {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    options
}
