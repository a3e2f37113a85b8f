use crate::test_support::*;

#[test]
fn the_select_is_named_by_its_label_with_the_first_option_chosen() {
    let html = example("select-counter", "ja");
    let select = one(&html, "select");
    assert_eq!(name(&html, select), "来庁する窓口");
    assert_eq!(description(&html, select), "住所に近い窓口を選べます。");
    let chosen: Vec<_> = all(&html, "option")
        .into_iter()
        .map(|o| (text(o), attr(o, "selected").is_some()))
        .collect();
    assert_eq!(
        chosen,
        [
            ("市役所本庁舎".to_owned(), true),
            ("北出張所".to_owned(), false),
            ("南出張所".to_owned(), false)
        ]
    );
}
