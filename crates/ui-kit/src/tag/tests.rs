use crate::test_support::*;

#[test]
fn each_status_is_a_word_with_its_colour_as_data() {
    let html = example("tag-statuses", "ja");
    let tags: Vec<_> = all(&html, ".mg-status-tag")
        .into_iter()
        .map(|t| (text(t), attr(t, "data-colour")))
        .collect();
    assert_eq!(
        tags,
        [
            ("下書き".to_owned(), Some("neutral")),
            ("受付済み".to_owned(), Some("info")),
            ("追加の情報が必要".to_owned(), Some("warning")),
            ("完了".to_owned(), Some("success")),
            ("却下".to_owned(), Some("error")),
        ]
    );
}
