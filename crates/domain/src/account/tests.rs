use super::*;

#[test]
fn addresses_are_one_account_whatever_their_case_and_never_print() {
    let a = EmailAddress::parse("  Hanako@Example.JP ").unwrap();
    assert_eq!(a, EmailAddress::parse("hanako@example.jp").unwrap());
    assert_eq!(format!("{a:?}"), "EmailAddress([redacted])");
    assert!(EmailAddress::parse("hanako@").is_none());
    assert!(EmailAddress::parse("hanako example.jp").is_none());
}

#[test]
fn addresses_are_refused_unless_mail_can_carry_them() {
    for ok in [
        "taro.yamada+city@mail.example.jp",
        "a_b-c'd@x-y.example",
        "1@2.jp",
    ] {
        assert!(EmailAddress::parse(ok).is_some(), "{ok}");
    }
    for bad in [
        "hanako\u{1}@example.jp", // a control character (the contract test's find: mail refused it, 503)
        "taro..yamada@docomo.ne.jp", // two dots: SMTP carries it only quoted
        "taro.@docomo.ne.jp",
        ".taro@example.jp",
        "hanako@example", // one label
        "hanako@-example.jp",
        "hanako@exa_mple.jp",
        "はなこ@example.jp",
        "hanako@例え.jp",
        "hanako@example..jp",
    ] {
        assert!(EmailAddress::parse(bad).is_none(), "{bad:?}");
    }
    let long_label = format!("hanako@{}.jp", "x".repeat(64));
    assert!(EmailAddress::parse(&long_label).is_none());
}

#[test]
fn over_64_characters_before_the_at_or_254_in_all_has_the_shape_but_not_smtps_length() {
    let at_64 = EmailAddress::parse(&format!("{}@example.jp", "x".repeat(64))).unwrap();
    assert!(at_64.fits_smtp());
    let at_65 = EmailAddress::parse(&format!("{}@example.jp", "x".repeat(65))).unwrap();
    assert!(!at_65.fits_smtp());
    let over_254 = EmailAddress::parse(&format!("hanako@{}.jp", vec!["x".repeat(60); 5].join("."))).unwrap();
    assert!(!over_254.fits_smtp(), "over 254 characters in all");
}

#[test]
fn a_code_is_read_as_typed_on_a_phone() {
    assert_eq!(SignInCode::parse("０４２ ９１７").unwrap().as_str(), "042917");
    assert_eq!(SignInCode::parse("042-917").unwrap().as_str(), "042917");
    assert!(SignInCode::parse("04291").is_none());
    assert!(SignInCode::parse("04291a").is_none());
    assert_eq!(SignInCode::from_number(42).as_str(), "000042");
    assert_eq!(
        format!("{:?}", SignInCode::from_number(42)),
        "SignInCode([redacted])"
    );
}

#[test]
fn ids_are_a_prefix_and_32_hex_digits() {
    assert!(AccountId::parse("acc-00112233445566778899aabbccddeeff").is_some());
    assert!(AccountId::parse("dev-00112233445566778899aabbccddeeff").is_none());
    assert!(AccountId::parse("acc-00112233445566778899AABBCCDDEEFF").is_none());
    assert!(DeviceId::parse("dev-0011").is_none());
}

#[test]
fn usernames_and_device_names_refuse_what_would_confuse_a_list() {
    assert!(Username::parse("tanaka.clerk").is_some());
    assert!(Username::parse("Tanaka").is_none());
    assert!(Username::parse("1st").is_none());
    assert!(DeviceName::parse("花子のスマホ").is_some());
    assert!(DeviceName::parse("a\nb").is_none());
    assert!(
        DeviceName::parse("a\u{85}b").is_none(),
        "a C1 control (NEL), which the schema also refuses"
    );
    assert!(DeviceName::parse(&"x".repeat(65)).is_none());
}

#[test]
fn a_verified_resident_may_do_what_an_unverified_one_may_but_not_the_reverse() {
    assert!(IdentityLevel::Verified.satisfies(IdentityLevel::Unverified));
    assert!(!IdentityLevel::Unverified.satisfies(IdentityLevel::Verified));
}

#[test]
fn roles_and_actions_read_back_from_their_names() {
    for role in Role::ALL {
        assert_eq!(Role::parse(role.as_str()), Some(role));
    }
    for action in AuditAction::ALL {
        assert_eq!(AuditAction::parse(action.as_str()), Some(action));
    }
    assert!(!Role::Volunteer.handles_residents_data());
}

#[test]
fn secrets_stay_out_of_debug_output() {
    let signed_in = SignedIn {
        account: AccountView {
            id: AccountId("acc-00112233445566778899aabbccddeeff".into()),
            email: EmailAddress::parse("hanako@example.jp").unwrap(),
            identity_level: IdentityLevel::Unverified,
            created_at: crate::UnixMillis(0),
        },
        device_id: DeviceId("dev-00112233445566778899aabbccddeeff".into()),
        device_credential: "dc-secret".into(),
        access: AccessGrant {
            access_token: "at-secret".into(),
            expires_at: crate::UnixMillis(0),
        },
    };
    let shown = format!("{signed_in:?}");
    assert!(!shown.contains("secret") && !shown.contains("hanako"), "{shown}");
}
