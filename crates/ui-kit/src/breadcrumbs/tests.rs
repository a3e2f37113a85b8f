use crate::test_support::*;

#[test]
fn the_trail_is_a_named_navigation_ending_in_the_current_page() {
    let html = example("breadcrumbs-procedure", "ja");
    assert_eq!(name(&html, one(&html, "nav")), "現在の位置");
    let links: Vec<_> = all(&html, "ol a").into_iter().map(text).collect();
    assert_eq!(links, ["ホーム", "手続きの一覧"]);
    let current = one(&html, "[aria-current=page]");
    assert_eq!(text(current), "転入届");
    assert!(
        all(&html, "[aria-current=page] a").is_empty(),
        "the current page is not a link"
    );
}
