use crate::test_support::*;

#[test]
fn the_checkboxes_are_a_named_group_with_none_of_these_last_after_a_divider() {
    let html = example("checkboxes-support", "ja");
    let group = one(&html, "fieldset");
    assert_eq!(name(&html, group), "窓口で必要な支援");
    assert_eq!(
        description(&html, group),
        "当てはまるものをすべて選んでください。"
    );
    let boxes = all(&html, "input[type=checkbox]");
    assert_eq!(boxes.len(), 4);
    let last = boxes[3];
    assert_eq!(name(&html, last), "どれも必要ない");
    assert_eq!(attr(last, "value"), Some("none"));
    assert_eq!(text(one(&html, ".mg-choices__divider")), "または");
    assert_eq!(all(&html, "[data-exclusive=true] input").len(), 1);
}
