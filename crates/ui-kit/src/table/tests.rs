use crate::test_support::*;

#[test]
fn the_table_has_a_caption_column_headers_and_row_headers() {
    let html = example("table-fees", "ja");
    assert_eq!(text(one(&html, "caption")), "証明書の手数料");
    let wrap = one(&html, ".mg-table-wrap");
    assert_eq!(name(&html, wrap), "証明書の手数料");
    assert_eq!(
        attr(wrap, "tabindex"),
        Some("0"),
        "a scrolling region must be reachable by keyboard"
    );
    assert_eq!(all(&html, "thead th[scope=col]").len(), 3);
    let row_heads: Vec<_> = all(&html, "tbody th[scope=row]").into_iter().map(text).collect();
    assert_eq!(row_heads, ["住民票の写し", "印鑑登録証明書", "課税証明書"]);
    assert_eq!(all(&html, "td[data-numeric=true]").len(), 6);
}
