//! Dates and times as a resident of the city reads them, formatted by ICU4X from CLDR data.
//!
//! City times are in `Asia/Tokyo`. Japanese readers get the Japanese calendar (令和7年11月23日,
//! with 元年 for an era's first year); every other locale gets the Gregorian calendar, and so does
//! やさしい日本語, because the easy-Japanese guidelines ask for Western years (西暦) that foreign
//! residents know from their residence card. Era names and their start dates come from CLDR
//! through ICU4X: there is no era table in our code.
//!
//! Nothing here reads a clock: the caller passes the moment in (the UI passes `Date.now()`), so
//! tests pin their dates.

use icu_calendar::cal::{Gregorian, Japanese};
use icu_calendar::{Date, Iso};
use icu_datetime::fieldsets::{T, YMDE};
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu_locale_core::langid;
use icu_time::zone::UtcOffset;
use icu_time::{Time, ZonedDateTime};
use madoguchi_domain::LocaleTag;

use crate::cldr::{BAKED, Cldr, cldr_name, loaded};

/// The city's time zone. Japan has observed no daylight saving time since 1951, so its offset
/// from UTC is one constant; a test checks it against ICU4X's time zone data.
pub const CITY_TIME_ZONE: &str = "Asia/Tokyo";
const CITY_UTC_OFFSET_SECONDS: i32 = 9 * 3600;

/// A calendar day in the city.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CityDate(Date<Iso>);

/// Why three numbers are not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidDate;

impl CityDate {
    /// The day `year-month-day` (Gregorian / ISO numbering).
    pub fn new(year: i32, month: u8, day: u8) -> Result<Self, InvalidDate> {
        Date::try_new_iso(year, month, day)
            .map(Self)
            .map_err(|_| InvalidDate)
    }

    /// `2025-11-23`: the machine-readable form, for `<time datetime>`.
    pub fn iso(&self) -> String {
        format!(
            "{:04}-{:02}-{:02}",
            self.0.year().extended_year(),
            self.0.month().ordinal,
            self.0.day_of_month().0
        )
    }
}

/// A moment as the city's clocks show it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CityDateTime {
    date: Date<Iso>,
    time: Time,
}

impl CityDateTime {
    /// The city's wall-clock time at `epoch_millis` (milliseconds since 1970-01-01T00:00Z, what
    /// JavaScript's `Date.now()` returns).
    pub fn from_epoch_millis(epoch_millis: i64) -> Self {
        let offset = UtcOffset::from_seconds_unchecked(CITY_UTC_OFFSET_SECONDS);
        let zoned =
            ZonedDateTime::<Iso, UtcOffset>::from_epoch_milliseconds_and_utc_offset(epoch_millis, offset);
        Self {
            date: zoned.date,
            time: zoned.time,
        }
    }

    pub fn date(&self) -> CityDate {
        CityDate(self.date)
    }

    /// `(hour, minute)` on the city's 24-hour clock.
    pub fn hour_minute(&self) -> (u8, u8) {
        (self.time.hour.number(), self.time.minute.number())
    }
}

/// How much of a date to spell out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateLength {
    /// Weekday and month in words: 令和7年11月23日日曜日, Sunday, November 23, 2025.
    Long,
    /// Abbreviated: 令和7年11月23日(日), Sun, Nov 23, 2025.
    Medium,
}

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

/// A date with its weekday, in the reader's language and calendar.
pub fn format_date(locale: &LocaleTag, date: CityDate, length: DateLength) -> String {
    let formatted = match (calendar_for(locale), cldr_name(locale)) {
        (CalendarSystem::Japanese, _) => Japanese::try_new_unstable(&Cldr).ok().and_then(|calendar| {
            FixedCalendarDateTimeFormatter::<Japanese, _>::try_new_unstable(&Cldr, baked(), fields(length))
                .ok()
                .map(|f| f.format(&date.0.to_calendar(calendar)).to_string())
        }),
        (CalendarSystem::Gregorian, BAKED) => {
            FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new_unstable(&Cldr, baked(), fields(length))
                .ok()
                .map(|f| f.format(&date.0.to_calendar(Gregorian)).to_string())
        }
        (CalendarSystem::Gregorian, name) => loaded(name).map(|f| {
            let formatter = match length {
                DateLength::Long => &f.date_long,
                DateLength::Medium => &f.date_medium,
            };
            formatter.format(&date.0.to_calendar(Gregorian)).to_string()
        }),
    };
    // Only a locale whose data never arrived (or a broken data build) gets here: an ISO date is
    // still readable in any language.
    formatted.unwrap_or_else(|| date.iso())
}

fn fields(length: DateLength) -> YMDE {
    match length {
        DateLength::Long => YMDE::long(),
        DateLength::Medium => YMDE::medium(),
    }
}

fn baked() -> icu_datetime::DateTimeFormatterPreferences {
    langid!("ja").into()
}

/// Hours and minutes on the city's clock, the way the reader's language writes them (14:05,
/// 2:05 PM, 오후 2:05).
pub fn format_time(locale: &LocaleTag, at: CityDateTime) -> String {
    let formatted = match cldr_name(locale) {
        BAKED => NoCalendarFormatter::<T>::try_new_unstable(&Cldr, baked(), T::hm())
            .ok()
            .map(|f| f.format(&at.time).to_string()),
        name => loaded(name).map(|f| f.time.format(&at.time).to_string()),
    };
    formatted.unwrap_or_else(|| {
        let (h, m) = at.hour_minute();
        format!("{h:02}:{m:02}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(s: &str) -> LocaleTag {
        LocaleTag::parse(s).unwrap()
    }

    fn long(locale: &str, y: i32, m: u8, d: u8) -> String {
        format_date(&tag(locale), CityDate::new(y, m, d).unwrap(), DateLength::Long)
    }

    fn medium(locale: &str, y: i32, m: u8, d: u8) -> String {
        format_date(&tag(locale), CityDate::new(y, m, d).unwrap(), DateLength::Medium)
    }

    #[test]
    fn japanese_readers_get_the_japanese_calendar_with_the_weekday() {
        assert_eq!(medium("ja", 2025, 11, 23), "令和7年11月23日(日)");
        assert_eq!(long("ja", 2025, 11, 23), "令和7年11月23日日曜日");
    }

    #[test]
    fn the_showa_heisei_boundary_falls_between_7_and_8_january_1989() {
        assert_eq!(long("ja", 1989, 1, 7), "昭和64年1月7日土曜日");
        assert_eq!(long("ja", 1989, 1, 8), "平成元年1月8日日曜日");
    }

    #[test]
    fn the_heisei_reiwa_boundary_falls_between_30_april_and_1_may_2019() {
        assert_eq!(long("ja", 2019, 4, 30), "平成31年4月30日火曜日");
        assert_eq!(long("ja", 2019, 5, 1), "令和元年5月1日水曜日");
        assert_eq!(long("ja", 2020, 5, 1), "令和2年5月1日金曜日");
    }

    #[test]
    fn other_readers_get_the_gregorian_calendar_in_their_language() {
        assert_eq!(long("en", 2025, 11, 23), "Sunday, November 23, 2025");
        assert_eq!(long("vi", 2025, 11, 23), "Chủ Nhật, 23 tháng 11, 2025");
        assert_eq!(long("pt-BR", 2025, 11, 23), "domingo, 23 de novembro de 2025");
        assert_eq!(long("es", 2025, 11, 23), "domingo, 23 de noviembre de 2025");
        assert_eq!(long("ko", 2025, 11, 23), "2025년 11월 23일 일요일");
        assert_eq!(long("zh-Hans", 2025, 11, 23), "2025年11月23日星期日");
        assert_eq!(long("zh-Hant", 2025, 11, 23), "2025年11月23日星期日");
        assert_eq!(long("id", 2025, 11, 23), "Minggu, 23 November 2025");
        assert_eq!(long("ne", 2025, 11, 23), "२०२५ नोभेम्बर २३, आइतबार");
    }

    #[test]
    fn tagalog_is_formatted_with_cldrs_filipino_data() {
        assert_eq!(long("tl", 2025, 11, 23), "Linggo, Nobyembre 23, 2025");
    }

    #[test]
    fn easy_japanese_uses_western_years_in_japanese() {
        assert_eq!(calendar_for(&tag("ja-x-easy")), CalendarSystem::Gregorian);
        assert_eq!(long("ja-x-easy", 2025, 11, 23), "2025年11月23日日曜日");
    }

    #[test]
    fn the_city_date_is_tokyos_date_not_utcs() {
        // 2025-11-22T15:00Z is midnight in Tokyo: already the 23rd there.
        let at = CityDateTime::from_epoch_millis(1_763_823_600_000);
        assert_eq!(at.date().iso(), "2025-11-23");
        assert_eq!(at.hour_minute(), (0, 0));
        let before = CityDateTime::from_epoch_millis(1_763_823_600_000 - 60_000);
        assert_eq!(before.date().iso(), "2025-11-22");
        assert_eq!(before.hour_minute(), (23, 59));
    }

    #[test]
    fn times_follow_the_readers_clock_conventions() {
        // 2025-11-23T05:05Z is 14:05 in Tokyo.
        let at = CityDateTime::from_epoch_millis(1_763_874_300_000);
        assert_eq!(format_time(&tag("ja"), at), "14:05");
        assert_eq!(format_time(&tag("en"), at), "2:05\u{202f}PM");
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert_eq!(CityDate::new(2025, 2, 29), Err(InvalidDate));
        assert!(CityDate::new(2024, 2, 29).is_ok());
    }

    #[test]
    #[allow(deprecated)] // VariantOffsetsCalculator is ICU4X's approximation of a tz database: enough to check one zone.
    fn tokyo_has_had_one_utc_offset_since_1951_according_to_icu4x() {
        use icu_time::zone::{IanaParser, VariantOffsetsCalculator, ZoneNameTimestamp};
        let zone = IanaParser::new().parse(CITY_TIME_ZONE);
        for epoch_seconds in [0, 1_000_000_000, 1_763_823_600, 2_000_000_000] {
            let offsets = VariantOffsetsCalculator::new()
                .compute_offsets_from_time_zone_and_name_timestamp(
                    zone,
                    ZoneNameTimestamp::from_epoch_seconds(epoch_seconds),
                )
                .expect("ICU4X knows Asia/Tokyo");
            assert_eq!(offsets.standard.to_seconds(), CITY_UTC_OFFSET_SECONDS);
            assert_eq!(offsets.daylight, None);
        }
    }
}
