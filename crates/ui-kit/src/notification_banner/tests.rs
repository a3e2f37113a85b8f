use crate::test_support::*;

#[test]
fn an_information_banner_is_a_region_named_by_its_title() {
    let html = example("notification-banner-information", "ja");
    let banner = one(&html, ".mg-banner");
    assert_eq!(attr(banner, "role"), Some("region"));
    assert_eq!(name(&html, banner), "お知らせ");
    assert_eq!(attr(banner, "data-kind"), Some("information"));
}

#[test]
fn success_and_emergency_banners_are_alerts() {
    for (id, kind, title) in [
        ("notification-banner-success", "success", "Done"),
        ("notification-banner-emergency", "emergency", "Emergency"),
    ] {
        let html = example(id, "en");
        let banner = one(&html, ".mg-banner");
        assert_eq!(attr(banner, "role"), Some("alert"));
        assert_eq!(attr(banner, "data-kind"), Some(kind));
        assert_eq!(name(&html, banner), title);
    }
}
