use crate::test_support::*;

#[test]
fn a_radio_group_is_a_fieldset_named_by_its_question() {
    let html = example("radios-contact", "ja");
    let group = one(&html, "fieldset");
    assert_eq!(name(&html, group), "連絡の方法");
    assert_eq!(description(&html, group), "ひとつ選んでください。");
    let radios = all(&html, "input[type=radio]");
    let names: Vec<_> = radios.iter().map(|r| name(&html, *r)).collect();
    assert_eq!(names, ["メール", "電話", "郵便"]);
    assert!(
        radios
            .iter()
            .all(|r| attr(*r, "name") == Some("radios-contact-method")),
        "one group"
    );
}

#[test]
fn an_answer_with_a_hint_is_described_by_it() {
    let html = example("radios-contact", "en");
    let phone = one(&html, "#radios-contact-method-phone");
    assert_eq!(description(&html, phone), "Weekdays 9:00–17:00");
}

#[test]
fn an_inline_group_is_marked_for_its_style() {
    let html = example("radios-inline", "en");
    assert_eq!(attr(one(&html, ".mg-choices"), "data-inline"), Some("true"));
    assert_eq!(all(&html, "input[type=radio]").len(), 2);
}

#[test]
fn a_group_in_error_is_described_by_its_error() {
    let html = example("radios-error", "en");
    let group = one(&html, "fieldset");
    assert_eq!(description(&html, group), "Select how we should contact you");
    assert_eq!(attr(group, "data-invalid"), Some("true"));
}
