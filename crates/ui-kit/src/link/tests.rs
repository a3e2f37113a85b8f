use crate::test_support::*;

#[test]
fn an_ordinary_link_opens_in_place() {
    let html = example("link-inline", "ja");
    let link = one(&html, "a");
    assert_eq!(name(&html, link), "手続きの一覧を見る");
    assert_eq!(attr(link, "target"), None);
}

#[test]
fn a_new_tab_link_says_so_in_its_name() {
    let html = example("link-new-tab", "en");
    let link = one(&html, "a");
    assert_eq!(attr(link, "target"), Some("_blank"));
    assert_eq!(attr(link, "rel"), Some("noopener noreferrer"));
    assert_eq!(name(&html, link), "Map of the city hall (opens in a new tab)");
}
