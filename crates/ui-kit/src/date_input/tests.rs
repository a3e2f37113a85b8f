use madoguchi_domain::{CalendarDate, Era, EraYear};

use super::Equivalent;
use super::examples::describe;
use crate::test_support::*;

#[test]
fn the_date_is_a_group_of_a_calendar_select_and_three_labelled_fields() {
    let html = example("date-input-birth", "ja");
    let group = one(&html, "fieldset");
    assert_eq!(name(&html, group), "生年月日");
    let select = one(&html, "select");
    assert_eq!(name(&html, select), "暦");
    let options: Vec<_> = all(&html, "option").into_iter().map(text).collect();
    assert_eq!(options, ["西暦", "令和", "平成", "昭和", "大正"]);
    let fields: Vec<_> = all(&html, "input")
        .into_iter()
        .map(|i| (name(&html, i), attr(i, "inputmode")))
        .collect();
    assert_eq!(
        fields,
        [
            ("年".to_owned(), Some("numeric")),
            ("月".to_owned(), Some("numeric")),
            ("日".to_owned(), Some("numeric"))
        ]
    );
    assert_eq!(
        attr(one(&html, ".mg-date-input__equivalent"), "aria-live"),
        Some("polite")
    );
}

#[test]
fn the_first_year_of_an_era_is_read_as_gannen_in_japanese() {
    let date = CalendarDate::new(2019, 5, 1).unwrap();
    let reiwa1 = Equivalent::Era(
        EraYear {
            era: Era::Reiwa,
            year: 1,
        },
        date,
    );
    assert_eq!(describe(&translate("ja"), reiwa1), "和暦では令和元年5月1日です");
    assert_eq!(
        describe(&translate("en"), reiwa1),
        "In the Japanese calendar: Reiwa 1 (the first year), 5/1"
    );
    assert_eq!(
        describe(&translate("ja"), Equivalent::Western(date)),
        "西暦では2019年5月1日です"
    );
}
