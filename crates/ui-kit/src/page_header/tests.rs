use crate::test_support::*;

#[test]
fn the_language_menu_is_a_named_navigation_with_each_language_in_its_own_lang() {
    let html = example("page-header-default", "en");
    let nav = one(&html, "nav");
    assert_eq!(name(&html, nav), "Language");
    let buttons = all(&html, "nav button[data-locale]");
    let langs: Vec<_> = buttons
        .iter()
        .map(|b| (attr(*b, "lang"), text(*b), attr(*b, "aria-pressed")))
        .collect();
    assert_eq!(
        langs,
        vec![
            (Some("ja"), "日本語".to_owned(), Some("true")),
            (Some("en"), "English".to_owned(), Some("false"))
        ]
    );
}
