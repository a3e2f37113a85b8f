use crate::test_support::*;

#[test]
fn each_answer_is_a_term_and_its_change_link_names_the_question() {
    let html = example("summary-list-answers", "ja");
    let keys: Vec<_> = all(&html, "dt").into_iter().map(text).collect();
    assert_eq!(keys, ["氏名", "住所", "申請の種類"]);
    assert_eq!(all(&html, ".mg-summary-list__value").len(), 3);
    let links = all(&html, ".mg-summary-list__action a");
    assert_eq!(links.len(), 2, "a fixed answer has no change link");
    assert_eq!(text(links[0]), "変更 氏名");
    assert_eq!(all(&html, ".mg-summary-list__line").len(), 5);
}

#[test]
fn the_change_link_is_named_in_english_too() {
    let html = example("summary-list-answers", "en");
    let links = all(&html, ".mg-summary-list__action a");
    assert_eq!(text(links[1]), "Change Address");
}
