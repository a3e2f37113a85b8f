use madoguchi_domain::person_name::KanaError;

use super::check_reading;
use crate::test_support::*;

#[test]
fn the_name_is_one_group_of_four_labelled_fields() {
    let html = example("name-input-resident", "ja");
    let group = one(&html, "fieldset");
    assert_eq!(name(&html, group), "氏名");
    let fields: Vec<_> = all(&html, "input")
        .into_iter()
        .map(|i| (name(&html, i), attr(i, "autocomplete"), attr(i, "lang")))
        .collect();
    assert_eq!(
        fields,
        [
            ("氏(姓)".to_owned(), Some("family-name"), None),
            ("名".to_owned(), Some("given-name"), None),
            ("氏のフリガナ".to_owned(), None, Some("ja")),
            ("名のフリガナ".to_owned(), None, Some("ja")),
        ]
    );
}

#[test]
fn both_reading_fields_carry_the_katakana_hint() {
    let html = example("name-input-resident", "en");
    let kana = one(&html, "#name-input-resident-name-family-kana");
    assert_eq!(
        description(&html, kana),
        "Write how your name is read, in katakana. Hiragana is changed to katakana for you."
    );
    let given = one(&html, "#name-input-resident-name-given-kana");
    assert_eq!(description(&html, kana), description(&html, given));
}

#[test]
fn problems_from_a_sent_form_show_under_their_fields() {
    let html = example("name-input-errors", "ja");
    let family = one(&html, "#name-input-errors-name-family");
    assert_eq!(attr(family, "aria-invalid"), Some("true"));
    assert_eq!(description(&html, family), "氏を入力してください");
    let kana = one(&html, "#name-input-errors-name-family-kana");
    assert_eq!(attr(kana, "aria-invalid"), Some("true"));
    assert!(description(&html, kana).starts_with("フリガナはカタカナで入力してください "));
    let given = one(&html, "#name-input-errors-name-given");
    assert_eq!(attr(given, "aria-invalid"), None, "花子 is fine");
    assert_eq!(all(&html, ".mg-field__error").len(), 2);
}

#[test]
fn leaving_a_reading_field_normalises_it_or_says_what_is_wrong() {
    assert_eq!(check_reading("ゆめさき"), (Some("ユメサキ".into()), None));
    assert_eq!(
        check_reading("ユメサキ"),
        (None, None),
        "already katakana: untouched"
    );
    assert_eq!(
        check_reading(""),
        (None, None),
        "empty: not nagged while tabbing through"
    );
    assert_eq!(check_reading("夢咲"), (None, Some(KanaError::NotKatakana)));
}
