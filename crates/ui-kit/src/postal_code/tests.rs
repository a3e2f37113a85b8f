use madoguchi_domain::{AddressMatch, PostalCode};

use super::examples::describe;
use super::{LookupStatus, apply_match};
use crate::test_support::*;

fn code() -> PostalCode {
    PostalCode::parse("999-0001").unwrap()
}

#[test]
fn the_code_is_a_numeric_postal_code_field_described_by_the_live_status() {
    let html = example("postal-code-lookup", "ja");
    let input = one(&html, "#postal-code-lookup-address-postal-code");
    assert_eq!(name(&html, input), "郵便番号");
    assert_eq!(attr(input, "autocomplete"), Some("postal-code"));
    assert_eq!(attr(input, "inputmode"), Some("numeric"));
    let status = one(&html, "#postal-code-lookup-address-status");
    assert_eq!(attr(status, "aria-live"), Some("polite"));
    assert_eq!(attr(status, "role"), Some("status"));
    assert!(
        attr(input, "aria-describedby")
            .unwrap()
            .split_whitespace()
            .any(|id| id == "postal-code-lookup-address-status")
    );
    let lines: Vec<_> = all(&html, "input")
        .into_iter()
        .skip(1)
        .map(|i| (name(&html, i), attr(i, "autocomplete")))
        .collect();
    assert_eq!(
        lines,
        [
            ("住所(都道府県・市区町村・町名)".to_owned(), Some("address-line1")),
            ("番地・建物名・部屋番号".to_owned(), Some("address-line2"))
        ]
    );
}

#[test]
fn a_found_address_fills_an_empty_line_or_one_the_lookup_wrote() {
    let found = || AddressMatch::One("夢咲県夢咲市本町".to_owned());
    assert_eq!(
        apply_match(code(), found(), "", None),
        (
            Some("夢咲県夢咲市本町".into()),
            LookupStatus::Filled(code(), "夢咲県夢咲市本町".into())
        )
    );
    assert_eq!(
        apply_match(code(), found(), "夢咲県夢咲市緑町", Some("夢咲県夢咲市緑町")).0,
        Some("夢咲県夢咲市本町".into()),
        "replaces what an earlier lookup wrote"
    );
}

#[test]
fn an_address_the_resident_wrote_is_never_overwritten() {
    let (write, status) = apply_match(
        code(),
        AddressMatch::One("夢咲県夢咲市本町".into()),
        "夢咲市本町1-2",
        None,
    );
    assert_eq!(write, None);
    assert_eq!(status, LookupStatus::Kept(code(), "夢咲県夢咲市本町".into()));
    assert_eq!(
        apply_match(code(), AddressMatch::None, "", None),
        (None, LookupStatus::Unknown(code()))
    );
}

#[test]
fn the_outcome_is_said_in_the_readers_language() {
    let filled = LookupStatus::Filled(code(), "夢咲県夢咲市本町".into());
    assert_eq!(
        describe(&translate("ja"), filled.clone()),
        "郵便番号 999-0001 の住所「夢咲県夢咲市本町」を住所の欄に入れました。続けて番地を入力してください"
    );
    assert_eq!(
        describe(&translate("en"), filled),
        "Filled in the address for postal code 999-0001: 夢咲県夢咲市本町. Now enter the block number"
    );
    assert_eq!(
        describe(&translate("en"), LookupStatus::Failed),
        "The address could not be looked up. Enter the address yourself"
    );
}
