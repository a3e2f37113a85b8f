use crate::test_support::*;

#[test]
fn pages_are_named_in_full_and_the_current_one_is_marked() {
    let html = example("pagination-notices", "ja");
    assert_eq!(name(&html, one(&html, "nav")), "ページ送り");
    let links: Vec<_> = all(&html, "a")
        .into_iter()
        .map(|a| (name(&html, a), attr(a, "aria-current")))
        .collect();
    assert_eq!(
        links,
        [
            ("前のページ".to_owned(), None),
            ("1ページ目".to_owned(), None),
            ("2ページ目".to_owned(), Some("page")),
            ("3ページ目".to_owned(), None),
            ("4ページ目".to_owned(), None),
            ("次のページ".to_owned(), None),
        ]
    );
}
