//! The date input: year, month and day as separate fields (easier to type and to correct than one
//! field or a calendar widget), with a calendar choice: 西暦 or an era (令和/平成/昭和/大正).
//!
//! Switching the calendar converts the year already typed (2019 → 令和 1, 元年; 平成 31 → 2019), and
//! a polite live region under the fields reads the same date in the other calendar, without moving
//! focus. The conversion is `madoguchi_domain::era` (no IO, unit-tested there).

use leptos::prelude::*;
use madoguchi_domain::era::parse_year;
use madoguchi_domain::{CalendarDate, Era, EraYear};

use crate::form_field::Fieldset;
use crate::ruby::{marked, marked_str, option_text};

#[cfg(test)]
mod tests;

pub mod examples;

/// The value of the calendar select for the Gregorian calendar (eras use [`Era::as_str`]).
pub const WESTERN: &str = "western";

/// The date in the other calendar, for the caller to put in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Equivalent {
    /// Typed in an era; this is the Gregorian date.
    Western(CalendarDate),
    /// Typed in 西暦; this is its era and era year (the date's month and day are the same).
    Era(EraYear, CalendarDate),
}

/// The date the fields hold, if they make one in the chosen calendar.
pub fn read(calendar: &str, year: &str, month: &str, day: &str) -> Option<CalendarDate> {
    let (month, day) = (month.trim().parse().ok()?, day.trim().parse().ok()?);
    let year = parse_year(year)?;
    match Era::parse(calendar) {
        Some(era) => era.date(year, month, day).ok(),
        None => CalendarDate::new(i32::from(year), month, day).ok(),
    }
}

/// What the form keeps for the fields: the ISO date when they make one, nothing when all are blank,
/// and otherwise what was typed (`year-month-day`, which no validator reads as a date, so the
/// resident is told to correct it rather than it being taken as unanswered).
pub fn value_of(calendar: &str, year: &str, month: &str, day: &str) -> String {
    if let Some(date) = read(calendar, year, month, day) {
        return date.iso();
    }
    if [year, month, day].iter().all(|p| p.trim().is_empty()) {
        return String::new();
    }
    format!("{}-{}-{}", year.trim(), month.trim(), day.trim())
}

/// The year field's new text when the calendar changes from `from` to `to`.
pub fn convert_year(from: &str, to: &str, year: &str, month: &str, day: &str) -> Option<String> {
    // A whole date converts exactly (平成31年4月30日 → 2019 → 令和 is outside, so arithmetic below).
    let gregorian = match read(from, year, month, day) {
        Some(date) => date.year(),
        None => {
            let n = parse_year(year)?;
            Era::parse(from).map_or(i32::from(n), |era| era.gregorian_year(n))
        }
    };
    let converted = Era::parse(to).map_or(gregorian, |era| era.era_year(gregorian));
    (converted >= 1).then(|| converted.to_string())
}

/// What the live region says about the fields.
fn equivalent(calendar: &str, date: CalendarDate) -> Option<Equivalent> {
    if Era::parse(calendar).is_some() {
        Some(Equivalent::Western(date))
    } else {
        date.era_year().ok().map(|e| Equivalent::Era(e, date))
    }
}

#[component]
pub fn DateInput(
    #[prop(into)] id: String,
    #[prop(into)] legend: Signal<String>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    /// Label of the calendar select (e.g. "暦").
    #[prop(into)]
    calendar_label: Signal<String>,
    /// The select's options: [`WESTERN`] and each era's `as_str()`, with their names.
    calendars: Vec<(String, String)>,
    /// The calendar chosen at first.
    #[prop(into)]
    initial_calendar: String,
    #[prop(into)] year_label: Signal<String>,
    #[prop(into)] month_label: Signal<String>,
    #[prop(into)] day_label: Signal<String>,
    /// Puts the date in the other calendar into words for the live region.
    describe: Callback<Equivalent, String>,
    /// The date as the form keeps it ([`value_of`]): ISO `YYYY-MM-DD` when the fields make a date,
    /// empty when they are all blank. A date already here (a resumed draft) fills the fields, in
    /// 西暦.
    #[prop(optional)]
    value: RwSignal<String>,
) -> impl IntoView {
    let restored = CalendarDate::parse_iso(&value.get_untracked()).ok();
    let calendar = RwSignal::new(if restored.is_some() {
        WESTERN.to_owned()
    } else {
        initial_calendar
    });
    let part_of = |f: fn(CalendarDate) -> String| restored.map(f).unwrap_or_default();
    let (year, month, day) = (
        RwSignal::new(part_of(|d| d.year().to_string())),
        RwSignal::new(part_of(|d| d.month().to_string())),
        RwSignal::new(part_of(|d| d.day().to_string())),
    );
    Effect::new(move |_| {
        let kept = value_of(&calendar.get(), &year.get(), &month.get(), &day.get());
        if value.get_untracked() != kept {
            value.set(kept);
        }
    });
    let readout = move || {
        let cal = calendar.get();
        read(&cal, &year.get(), &month.get(), &day.get())
            .and_then(|d| equivalent(&cal, d))
            .map(|e| marked_str(describe.run(e)))
    };
    let on_calendar = move |ev: leptos::ev::Event| {
        let to = event_target_value(&ev);
        let from = calendar.get_untracked();
        if let Some(converted) = convert_year(
            &from,
            &to,
            &year.get_untracked(),
            &month.get_untracked(),
            &day.get_untracked(),
        ) {
            year.set(converted);
        }
        calendar.set(to);
    };
    let part = |suffix: &str, label: Signal<String>, value: RwSignal<String>, width: &'static str| {
        let field_id = format!("{id}-{suffix}");
        view! {
            <div class="mg-date-input__item">
                <label class="mg-date-input__label" for=field_id.clone()>{marked(label)}</label>
                <input
                    class="mg-input"
                    id=field_id.clone()
                    name=field_id
                    type="text"
                    inputmode="numeric"
                    data-width=width
                    aria-invalid=move || error.get().is_some().then_some("true")
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
            </div>
        }
    };
    let calendar_id = format!("{id}-calendar");
    let options = calendars
        .into_iter()
        .map(|(value, name)| {
            let selected_value = value.clone();
            view! { <option value=value selected=move || calendar.get() == selected_value>{option_text(name)}</option> }
        })
        .collect_view();
    // Built before the fieldset: its children must own what they show, and `part` borrows `id`.
    let fields = view! {
            <div class="mg-date-input">
                <div class="mg-date-input__item">
                    <label class="mg-date-input__label" for=calendar_id.clone()>{marked(calendar_label)}</label>
                    <select class="mg-select" id=calendar_id.clone() name=calendar_id on:change=on_calendar>{options}</select>
                </div>
                {part("year", year_label, year, "5")}
                {part("month", month_label, month, "3")}
                {part("day", day_label, day, "3")}
            </div>
            <p class="mg-date-input__equivalent" id=format!("{id}-equivalent") aria-live="polite">{readout}</p>
    };
    view! { <Fieldset id=id legend=legend hint=hint error=error>{fields}</Fieldset> }
}

#[cfg(test)]
mod conversion_tests {
    use super::*;

    #[test]
    fn the_kept_value_is_an_iso_date_nothing_or_what_was_typed() {
        assert_eq!(value_of("reiwa", "元", "5", "1"), "2019-05-01");
        assert_eq!(value_of(WESTERN, "2019", "05", "01"), "2019-05-01");
        assert_eq!(value_of(WESTERN, " ", "", ""), "");
        assert_eq!(value_of(WESTERN, "2019", "2", "30"), "2019-2-30");
    }

    #[test]
    fn switching_2019_to_reiwa_gives_gannen() {
        assert_eq!(
            convert_year(WESTERN, "reiwa", "2019", "5", "1").as_deref(),
            Some("1")
        );
    }

    #[test]
    fn switching_heisei_31_to_western_gives_2019() {
        assert_eq!(
            convert_year("heisei", WESTERN, "31", "4", "30").as_deref(),
            Some("2019")
        );
    }

    #[test]
    fn switching_between_eras_goes_through_the_gregorian_year() {
        assert_eq!(
            convert_year("showa", "heisei", "64", "", "").as_deref(),
            Some("1")
        );
        assert_eq!(
            convert_year("heisei", "showa", "元", "", "").as_deref(),
            Some("64")
        );
    }

    #[test]
    fn a_year_before_the_era_does_not_convert() {
        assert_eq!(convert_year(WESTERN, "reiwa", "1990", "", ""), None);
    }

    #[test]
    fn the_live_region_gives_the_other_calendar() {
        let date = CalendarDate::new(2019, 5, 1).unwrap();
        assert_eq!(equivalent("reiwa", date), Some(Equivalent::Western(date)));
        assert_eq!(
            equivalent(WESTERN, date),
            Some(Equivalent::Era(
                EraYear {
                    era: Era::Reiwa,
                    year: 1
                },
                date
            ))
        );
        assert_eq!(
            read("heisei", "31", "5", "1"),
            None,
            "平成31年5月1日 does not exist"
        );
        assert_eq!(read("reiwa", "元", "5", "1"), Some(date));
    }
}
