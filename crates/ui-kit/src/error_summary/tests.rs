use crate::test_support::*;

#[test]
fn nothing_is_shown_before_a_failed_submit() {
    let html = example("error-summary-form", "ja");
    assert!(all(&html, ".mg-error-summary").is_empty());
    assert_eq!(attr(one(&html, "form"), "novalidate"), Some(""));
}

#[test]
fn a_shown_summary_is_a_focusable_alert_named_by_its_title_linking_to_each_field() {
    let html = example("error-summary-shown", "ja");
    let summary = one(&html, ".mg-error-summary");
    assert_eq!(attr(summary, "role"), Some("alert"));
    assert_eq!(attr(summary, "tabindex"), Some("-1"));
    assert_eq!(name(&html, summary), "入力内容に問題があります");
    let link = one(&html, ".mg-error-summary a");
    assert_eq!(attr(link, "href"), Some("#error-summary-shown-name"));
    assert_eq!(text(link), "氏名を入力してください");
    // The same message is beside the field, so it is read when the field gets focus.
    let input = one(&html, "#error-summary-shown-name");
    assert!(description(&html, input).contains("氏名を入力してください"));
}
