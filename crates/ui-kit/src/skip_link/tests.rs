use crate::test_support::*;

#[test]
fn the_skip_link_points_at_the_main_region_and_is_named_in_the_readers_language() {
    let ja = example("skip-link-default", "ja");
    let link = one(&ja, "a");
    assert_eq!(attr(link, "href"), Some("#main"));
    assert_eq!(name(&ja, link), "本文へ移動");
    let en = example("skip-link-default", "en");
    assert_eq!(name(&en, one(&en, "a")), "Skip to main content");
}
