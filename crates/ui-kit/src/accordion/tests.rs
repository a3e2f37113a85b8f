use crate::test_support::*;

#[test]
fn each_section_is_a_heading_with_a_collapsed_button_controlling_a_hidden_region() {
    let html = example("accordion-faq", "ja");
    assert_eq!(all(&html, "h3.mg-accordion__heading > button").len(), 2);
    for button in all(&html, ".mg-accordion__button") {
        assert_eq!(attr(button, "aria-expanded"), Some("false"));
        let panel = one(
            &html,
            &format!("#{}", attr(button, "aria-controls").unwrap_or_default()),
        );
        assert!(attr(panel, "hidden").is_some());
        assert_eq!(name(&html, panel), name(&html, button));
    }
    assert_eq!(
        text(all(&html, ".mg-accordion__button")[0]),
        "いつまでに届け出ればよいですか"
    );
}

#[test]
fn details_is_a_native_disclosure_named_by_its_summary() {
    let html = example("accordion-details", "en");
    let details = one(&html, "details");
    assert_eq!(attr(details, "open"), None);
    assert_eq!(text(one(&html, "summary")), "What is a My Number card?");
}
