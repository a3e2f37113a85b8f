use crate::test_support::*;

#[test]
fn an_input_is_named_by_its_label_and_described_by_its_hint() {
    let html = example("text-input-email", "ja");
    let input = one(&html, "input");
    assert_eq!(name(&html, input), "メールアドレス");
    assert_eq!(description(&html, input), "確認のメールを送ります。");
    assert_eq!(attr(input, "autocomplete"), Some("email"));
    assert_eq!(attr(input, "type"), Some("email"));
    assert_eq!(attr(input, "aria-invalid"), None);
}

#[test]
fn a_width_variant_is_marked_for_its_style() {
    let html = example("text-input-width", "en");
    let input = one(&html, "input");
    assert_eq!(attr(input, "data-width"), Some("20"));
    assert_eq!(attr(input, "autocomplete"), Some("tel"));
    assert_eq!(name(&html, input), "Phone number");
}

#[test]
fn an_input_in_error_is_invalid_and_described_by_hint_then_error() {
    let html = example("text-input-error", "en");
    let input = one(&html, "input");
    assert_eq!(attr(input, "aria-invalid"), Some("true"));
    assert_eq!(
        attr(input, "aria-describedby"),
        Some("text-input-error-field-hint text-input-error-field-error")
    );
    assert!(description(&html, input).ends_with("Enter an email address in the format name@example.jp"));
    assert_eq!(attr(one(&html, ".mg-field"), "data-invalid"), Some("true"));
}

#[test]
fn a_label_with_readings_shows_them_as_ruby_and_the_input_is_named_by_its_text() {
    let html = example("text-input-readings", "ja");
    let label = one(&html, "label");
    assert!(
        label.inner_html().starts_with(
            r#"<ruby class="mg-ruby">市区町村<rt class="mg-ruby__reading">しくちょうそん</rt></ruby>"#
        ),
        "{}",
        label.inner_html()
    );
    assert!(!html.html().contains('《'), "{}", html.html());
    assert_eq!(attr(one(&html, "input"), "id"), Some("text-input-readings-field"));
}
