use crate::test_support::*;

#[test]
fn the_times_are_one_radio_group_with_the_places_left_in_words() {
    let html = example("time-picker-morning", "ja");
    let group = one(&html, "fieldset");
    assert_eq!(name(&html, group), "来庁する時間");
    let radios = all(&html, "input[type=radio]");
    let read: Vec<_> = radios
        .iter()
        .map(|r| (name(&html, *r), description(&html, *r)))
        .collect();
    let said = |time: &str, left: &str| (time.to_owned(), left.to_owned());
    assert_eq!(
        read,
        [
            said("8:30～9:00", "あと3人予約できます"),
            said("9:30～10:00", "あと1人予約できます"),
            said("10:00～10:30", "あと2人予約できます"),
        ]
    );
    assert!(
        radios
            .iter()
            .all(|r| attr(*r, "name") == Some("time-picker-morning-time"))
    );
}

#[test]
fn a_full_time_says_so_in_words_and_is_no_choice() {
    let html = example("time-picker-morning", "en");
    let full = one(&html, "li[data-available=false]");
    assert_eq!(
        text(one(&html, "li[data-available=false] .mg-slot-picker__status")),
        "Full: cannot be booked"
    );
    assert_eq!(attr(full, "data-value"), Some("0900"));
    assert!(all(&html, "li[data-available=false] input").is_empty());
    assert_eq!(attr(one(&html, "ul"), "data-kind"), Some("time"));
}
