use crate::test_support::*;

#[test]
fn the_first_tab_is_selected_and_the_only_one_in_the_tab_order() {
    let html = example("tabs-procedure", "ja");
    let list = one(&html, "[role=tablist]");
    assert_eq!(name(&html, list), "手続きの詳しい情報");
    let tabs = all(&html, "[role=tab]");
    let state: Vec<_> = tabs
        .iter()
        .map(|t| (text(*t), attr(*t, "aria-selected"), attr(*t, "tabindex")))
        .collect();
    assert_eq!(
        state,
        vec![
            ("概要".to_owned(), Some("true"), Some("0")),
            ("必要なもの".to_owned(), Some("false"), Some("-1")),
            ("手数料".to_owned(), Some("false"), Some("-1")),
        ]
    );
}

#[test]
fn each_panel_is_named_by_its_tab_and_only_the_selected_one_is_shown() {
    let html = example("tabs-procedure", "en");
    let panels = all(&html, "[role=tabpanel]");
    assert_eq!(panels.len(), 3);
    for (tab, panel) in all(&html, "[role=tab]").iter().zip(&panels) {
        assert_eq!(attr(*tab, "aria-controls"), attr(*panel, "id"));
        assert_eq!(name(&html, *panel), text(*tab));
    }
    let hidden: Vec<bool> = panels.iter().map(|p| attr(*p, "hidden").is_some()).collect();
    assert_eq!(hidden, [false, true, true]);
}
