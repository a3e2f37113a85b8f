use super::examples::count_text;
use crate::test_support::*;

#[test]
fn the_textarea_is_described_by_its_hint_and_its_count() {
    let html = example("textarea-count", "ja");
    let area = one(&html, "textarea");
    assert_eq!(name(&html, area), "市へのご意見");
    assert_eq!(
        description(&html, area),
        "個人を特定できる情報は書かないでください。 あと200文字入力できます"
    );
}

#[test]
fn the_live_region_stays_quiet_until_the_limit_is_near() {
    let html = example("textarea-count", "en");
    let live = one(&html, "[aria-live=polite]");
    assert_eq!(text(live), "");
}

#[test]
fn the_count_says_how_many_are_left_or_too_many() {
    assert_eq!(count_text(&translate("en"), 1), "You have 1 character remaining");
    assert_eq!(count_text(&translate("en"), -3), "You have 3 characters too many");
    assert_eq!(count_text(&translate("ja"), -3), "3文字多すぎます");
}
