use crate::test_support::*;

#[test]
fn the_position_is_text_and_the_current_step_is_marked() {
    let html = example("step-indicator-application", "ja");
    let nav = one(&html, "nav");
    assert_eq!(name(&html, nav), "ステップ 2 / 5");
    assert_eq!(name(&html, one(&html, "ol")), "申請の流れ");
    let current = one(&html, "[aria-current=step]");
    assert_eq!(text(one(&html, "[aria-current=step] .mg-steps__name")), "住所");
    assert_eq!(attr(current, "data-state"), Some("current"));
    assert_eq!(all(&html, "[data-state=done]").len(), 1);
    assert_eq!(all(&html, "[data-state=todo]").len(), 3);
}

#[test]
fn the_position_reads_naturally_in_english() {
    let html = example("step-indicator-application", "en");
    assert_eq!(text(one(&html, ".mg-steps__position")), "Step 2 of 5");
}
