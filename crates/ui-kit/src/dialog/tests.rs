use crate::test_support::*;

#[test]
fn the_dialog_starts_closed_and_is_named_by_its_heading() {
    let html = example("dialog-confirm", "ja");
    let dialog = one(&html, "dialog");
    assert_eq!(attr(dialog, "open"), None);
    assert_eq!(name(&html, dialog), "申請を取り下げますか");
    assert_eq!(text(one(&html, ".mg-dialog__close")), "閉じる");
    let actions: Vec<_> = all(&html, "dialog .mg-button").into_iter().map(text).collect();
    assert_eq!(actions, ["取り下げる", "取り下げない"]);
}

#[test]
fn the_opener_is_a_plain_button_outside_the_dialog() {
    let html = example("dialog-confirm", "en");
    let opener = one(&html, "#dialog-confirm-open");
    assert_eq!(name(&html, opener), "Withdraw the application");
    assert!(all(&html, "dialog #dialog-confirm-open").is_empty());
}
