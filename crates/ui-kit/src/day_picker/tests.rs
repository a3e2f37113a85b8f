use crate::test_support::*;

#[test]
fn a_day_picker_is_a_fieldset_named_by_its_question() {
    let html = example("day-picker-week", "ja");
    let group = one(&html, "fieldset");
    assert_eq!(name(&html, group), "来庁する日");
    assert_eq!(description(&html, group), "満員の日と休みの日は選べません。");
}

#[test]
fn each_open_day_is_a_radio_named_by_its_day_and_described_by_the_places_left() {
    let html = example("day-picker-week", "ja");
    let radios = all(&html, "input[type=radio]");
    let names: Vec<_> = radios.iter().map(|r| name(&html, *r)).collect();
    assert_eq!(names, ["1月7日(木)", "1月11日(月)"]);
    let places: Vec<_> = radios.iter().map(|r| description(&html, *r)).collect();
    assert_eq!(places, ["あと1人予約できます", "あと12人予約できます"]);
    assert!(
        radios
            .iter()
            .all(|r| attr(*r, "name") == Some("day-picker-week-day")),
        "one group"
    );
}

#[test]
fn a_full_or_closed_day_is_listed_in_words_and_is_no_choice() {
    let html = example("day-picker-week", "en");
    let days = all(&html, "li");
    assert_eq!(days.len(), 5, "every day of the range is listed, in order");
    let unavailable: Vec<_> = all(&html, "li[data-available=false]")
        .into_iter()
        .map(|day| {
            let words = |css: &str| day.select(&sel(css)).map(text).collect::<String>();
            (words(".mg-choice__label"), words(".mg-slot-picker__status"))
        })
        .collect();
    let said = |day: &str, status: &str| (day.to_owned(), status.to_owned());
    assert_eq!(
        unavailable,
        [
            said("Fri 8 Jan", "Full: cannot be booked"),
            said("Sat 9 Jan", "Closed: cannot be booked"),
            said("Sun 10 Jan", "Closed: cannot be booked"),
        ]
    );
    assert!(
        all(&html, "li[data-available=false] input").is_empty(),
        "no radio to land on"
    );
    assert_eq!(
        attr(one(&html, "ul"), "role"),
        Some("list"),
        "still a list without bullets"
    );
}

#[test]
fn a_day_picker_in_error_is_described_by_its_error() {
    let html = example("day-picker-error", "en");
    let group = one(&html, "fieldset");
    assert_eq!(description(&html, group), "Choose the day you will come");
    assert_eq!(attr(group, "data-invalid"), Some("true"));
}
