use crate::test_support::*;

#[test]
fn a_primary_button_is_a_plain_button_named_by_its_label() {
    let html = example("button-primary", "ja");
    let button = one(&html, "button");
    assert_eq!(attr(button, "type"), Some("button"));
    assert_eq!(attr(button, "data-variant"), Some("primary"));
    assert_eq!(name(&html, button), "保存する");
    assert_eq!(attr(button, "aria-disabled"), None);
}

#[test]
fn each_variant_is_marked_for_its_style() {
    for (id, variant) in [("button-secondary", "secondary"), ("button-tertiary", "tertiary")] {
        let html = example(id, "en");
        assert_eq!(attr(one(&html, "button"), "data-variant"), Some(variant));
    }
}

#[test]
fn an_unavailable_button_stays_focusable_and_says_it_is_unavailable() {
    let html = example("button-disabled", "en");
    let button = one(&html, "button");
    assert_eq!(attr(button, "aria-disabled"), Some("true"));
    assert_eq!(
        attr(button, "disabled"),
        None,
        "`disabled` would take it out of the tab order"
    );
    assert_eq!(name(&html, button), "Send");
}

#[test]
fn a_loading_button_is_unavailable_and_named_by_its_loading_label() {
    let html = example("button-loading", "ja");
    let button = one(&html, "button");
    assert_eq!(attr(button, "aria-disabled"), Some("true"));
    assert_eq!(attr(button, "data-loading"), Some("true"));
    assert_eq!(name(&html, button), "送信しています");
    assert_eq!(
        attr(one(&html, ".mg-button__spinner"), "aria-hidden"),
        Some("true")
    );
}
