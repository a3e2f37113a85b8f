//! The validator against one form that uses every kind of field, written in TOML as a city would.

use proptest::prelude::*;

use super::*;
use crate::CalendarDate;

const FORM: &str = include_str!("test_form.toml");

fn schema() -> FormSchema {
    toml::from_str(FORM).expect("the test form parses")
}

fn today() -> CalendarDate {
    CalendarDate::new(2026, 12, 2).unwrap()
}

fn text(s: &str) -> Answer {
    Answer::Text(s.to_owned())
}

fn list(items: &[&str]) -> Answer {
    Answer::List(items.iter().map(|s| (*s).to_owned()).collect())
}

fn valid() -> Answers {
    Answers::from([
        (
            "name".into(),
            Answer::Name(NameAnswer {
                family: "夢咲".into(),
                given: "花子".into(),
                family_kana: "ゆめさき".into(),
                given_kana: "ﾊﾅｺ".into(),
            }),
        ),
        (
            "address".into(),
            Answer::Address(AddressAnswer {
                postal_code: "〒１２３−４５６７".into(),
                address: "夢咲市中央一丁目2番3号".into(),
            }),
        ),
        ("phone".into(), text("090-1234-5678")),
        ("insurance-number".into(), text("０６１２３４５６")),
        ("child-kana".into(), text("ゆめさき たろう")),
        ("child-birth-date".into(), text("2025-04-01")),
        ("children".into(), text("２")),
        ("living-together".into(), Answer::Flag(true)),
        ("relationship".into(), text("mother")),
        ("income-sources".into(), list(&["pension", "salary"])),
        ("documents".into(), list(&["att-3f2a9c"])),
        ("consent".into(), Answer::Flag(true)),
    ])
}

fn fields_of(problems: &[FieldProblem]) -> Vec<&str> {
    problems.iter().map(|p| p.field.as_str()).collect()
}

#[test]
fn the_city_form_in_toml_passes_the_import_check() {
    assert_eq!(schema().check(), vec![]);
}

#[test]
fn a_complete_answer_set_is_accepted_normalised() {
    let accepted = validate(&schema(), &valid(), true, today()).unwrap();
    let answer = |id: &str| accepted.answers[&FieldId::parse(id).unwrap()].clone();
    assert_eq!(
        answer("name"),
        Answer::Name(NameAnswer {
            family: "夢咲".into(),
            given: "花子".into(),
            family_kana: "ユメサキ".into(),
            given_kana: "ハナコ".into(),
        })
    );
    assert_eq!(
        answer("address"),
        Answer::Address(AddressAnswer {
            postal_code: "1234567".into(),
            address: "夢咲市中央一丁目2番3号".into()
        })
    );
    assert_eq!(answer("insurance-number"), text("06123456"));
    assert_eq!(
        answer("child-kana"),
        text("ユメサキ\u{3000}タロウ"),
        "spaces full-width, as in 住民票"
    );
    assert_eq!(answer("children"), text("2"));
    assert_eq!(
        answer("income-sources"),
        list(&["salary", "pension"]),
        "in the options' order"
    );
    assert_eq!(accepted.attachments, ["att-3f2a9c"]);
    assert!(
        !accepted.answers.contains_key(&FieldId::parse("email").unwrap()),
        "optional, left blank"
    );
}

#[test]
fn every_problem_comes_at_once_in_form_order_with_parts_named() {
    let mut answers = valid();
    answers.insert(
        "name".into(),
        Answer::Name(NameAnswer {
            family: "夢咲".into(),
            ..NameAnswer::default()
        }),
    );
    answers.insert("phone".into(), text("電話"));
    answers.remove("relationship");
    answers.insert("consent".into(), Answer::Flag(false));
    let problems = validate(&schema(), &answers, false, today()).unwrap_err();
    assert_eq!(
        fields_of(&problems),
        [
            "name.family-kana",
            "phone",
            "relationship",
            "consent",
            "declaration"
        ]
    );
    assert_eq!(problems[0].message_id, "name-error-kana-missing");
    assert_eq!(problems[2].message_id, "form-error-required");
    assert_eq!(problems[4].message_id, "form-error-declaration");
}

#[test]
fn a_field_shown_by_an_answer_is_required_only_then_and_its_answer_dropped_otherwise() {
    let mut answers = valid();
    answers.insert("reason".into(), text("単身赴任のため"));
    let accepted = validate(&schema(), &answers, true, today()).unwrap();
    assert!(
        !accepted.answers.contains_key(&FieldId::parse("reason").unwrap()),
        "hidden: dropped"
    );

    answers.insert("living-together".into(), Answer::Flag(false));
    answers.remove("reason");
    let problems = validate(&schema(), &answers, true, today()).unwrap_err();
    assert_eq!(fields_of(&problems), ["reason"]);
}

#[test]
fn a_condition_on_a_hidden_field_hides_its_dependants_too() {
    let mut s = schema();
    // relationship-detail depends on relationship; make relationship itself conditional.
    let field = s.steps[1]
        .fields
        .iter_mut()
        .find(|f| f.id.as_str() == "relationship")
        .unwrap();
    field.show_when = Some(Condition {
        field: FieldId::parse("living-together").unwrap(),
        equals: schema::ConditionValue::Flag(false),
    });
    let mut answers = valid();
    answers.insert("relationship".into(), text("other"));
    let ids: Vec<_> = visible_fields(&s, &answers)
        .iter()
        .map(|f| f.id.to_string())
        .collect();
    assert!(!ids.contains(&"relationship".to_owned()));
    assert!(!ids.contains(&"relationship-detail".to_owned()));
}

#[test]
fn dates_are_bounded_relative_to_today() {
    let mut answers = valid();
    answers.insert("child-birth-date".into(), text("2026-12-03"));
    let problems = validate(&schema(), &answers, true, today()).unwrap_err();
    assert_eq!(problems[0].message_id, "form-error-date-too-late");
    assert_eq!(problems[0].args["date"], MessageArg::Text("2026-12-02".into()));

    answers.insert("child-birth-date".into(), text("2008-11-30"));
    let problems = validate(&schema(), &answers, true, today()).unwrap_err();
    assert_eq!(problems[0].message_id, "form-error-date-too-early");

    answers.insert("child-birth-date".into(), text("2025-02-29"));
    let problems = validate(&schema(), &answers, true, today()).unwrap_err();
    assert_eq!(problems[0].message_id, "form-error-date");
}

#[test]
fn numbers_choices_and_masks_report_their_limits() {
    let cases = [
        (
            "children",
            text("0"),
            "form-error-number-too-small",
            Some(("min", MessageArg::Number(1))),
        ),
        ("children", text("二"), "form-error-number", None),
        ("relationship", text("uncle"), "form-error-choice", None),
        ("income-sources", list(&[]), "form-error-required", None),
        ("income-sources", list(&["lottery"]), "form-error-choice", None),
        (
            "insurance-number",
            text("0612345"),
            "form-error-mask",
            Some(("example", MessageArg::Text("########".into()))),
        ),
        ("child-kana", text("Taro"), "form-error-katakana", None),
        (
            "documents",
            list(&["att-1", "att-2", "att-3"]),
            "form-error-too-many-files",
            Some(("max", MessageArg::Number(2))),
        ),
        ("documents", list(&["../etc/passwd"]), "form-error-invalid", None),
        ("living-together", text("はい"), "form-error-invalid", None),
    ];
    for (field, answer, message_id, arg) in cases {
        let mut answers = valid();
        answers.insert(field.into(), answer.clone());
        let problems = validate(&schema(), &answers, true, today()).unwrap_err();
        assert_eq!(fields_of(&problems), [field], "{field} = {answer:?}");
        assert_eq!(problems[0].message_id, message_id, "{field} = {answer:?}");
        if let Some((name, value)) = arg {
            assert_eq!(problems[0].args[name], value);
        }
    }
}

#[test]
fn one_step_is_judged_alone() {
    let mut answers = valid();
    answers.remove("phone");
    answers.remove("children");
    assert_eq!(
        fields_of(&validate_step(&schema(), 0, &answers, today())),
        ["phone"]
    );
    assert_eq!(
        fields_of(&validate_step(&schema(), 1, &answers, today())),
        ["children"]
    );
}

#[test]
fn the_import_check_finds_every_flaw_and_says_where() {
    let mut s = schema();
    s.version = 0;
    s.steps[0].fields[1].id = FieldId::parse("name").unwrap();
    s.steps[1].fields[0].label = crate::LocalizedText::from_pairs([("en", "Reading")]).unwrap();
    let detail = s.steps[1]
        .fields
        .iter_mut()
        .find(|f| f.id.as_str() == "relationship-detail")
        .unwrap();
    detail.show_when = Some(Condition {
        field: FieldId::parse("relationship").unwrap(),
        equals: schema::ConditionValue::Value("aunt".into()),
    });
    let reason = s.steps[1]
        .fields
        .iter_mut()
        .find(|f| f.id.as_str() == "reason")
        .unwrap();
    reason.show_when = Some(Condition {
        field: FieldId::parse("documents").unwrap(),
        equals: schema::ConditionValue::Flag(true),
    });
    let found: Vec<String> = s.check().iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            "version: versions start at 1",
            "steps[0].fields[1] (name): this id is used twice",
            "steps[1].fields[0] (child-kana): a label, hint or error has no Japanese (ja) text",
            "steps[1].fields[4].showWhen (reason): the condition must name a field that comes earlier in the form",
            "steps[1].fields[6].showWhen (relationship-detail): the condition's value is not a possible answer of that field",
        ]
    );
}

#[test]
fn a_schema_survives_the_json_round_trip_the_api_serves_it_by() {
    let s = schema();
    let json = serde_json::to_string(&s).unwrap();
    assert!(json.contains(r#""type":"person-name""#), "{json}");
    assert_eq!(serde_json::from_str::<FormSchema>(&json).unwrap(), s);
}

#[test]
fn answers_cross_the_wire_in_the_shapes_of_their_fields() {
    let json = serde_json::to_value(valid()).unwrap();
    assert_eq!(json["living-together"], true);
    assert_eq!(json["name"]["familyKana"], "ゆめさき");
    assert_eq!(json["address"]["postalCode"], "〒１２３−４５６７");
    assert_eq!(serde_json::from_value::<Answers>(json).unwrap(), valid());
}

/// A mutation that breaks one answer of a required, visible field, and the field it breaks.
fn breakings() -> Vec<(&'static str, Answer)> {
    vec![
        (
            "name",
            Answer::Name(NameAnswer {
                family: "夢咲".into(),
                family_kana: "Yumesaki".into(),
                ..NameAnswer::default()
            }),
        ),
        (
            "address",
            Answer::Address(AddressAnswer {
                postal_code: "12".into(),
                address: "中央1-2".into(),
            }),
        ),
        ("phone", text("12")),
        ("insurance-number", text("abc")),
        ("child-kana", text("太郎")),
        ("child-birth-date", text("2027-01-01")),
        ("children", text("16")),
        ("living-together", list(&["yes"])),
        ("relationship", text("")),
        ("income-sources", list(&["salary", "gift"])),
        ("documents", list(&[])),
        ("consent", Answer::Flag(false)),
    ]
}

proptest! {
    #![proptest_config(crate::test_support::pinned_proptest())]

    /// Any valid answer set is accepted: names in any kana form, any birth date in range, any
    /// non-empty subset of income sources in any order, optional answers given or not.
    #[test]
    fn every_valid_answer_set_is_accepted(
        kana in "[ぁ-ゖァ-ヶ]{1,10}",
        days_old in 0i64..=6575,
        children in 1i64..=15,
        sources in proptest::sample::subsequence(vec!["salary", "business", "pension"], 1..=3),
        full_width in any::<bool>(),
        email in proptest::option::of("[a-z]{1,8}@[a-z]{1,8}\\.jp"),
        living_together in any::<bool>(),
        relationship in prop_oneof![Just("father"), Just("mother"), Just("other")],
    ) {
        let mut answers = valid();
        answers.insert("child-kana".into(), text(&kana));
        let birth = today().add_days(-days_old).unwrap();
        answers.insert("child-birth-date".into(), text(&birth.iso()));
        let n = if full_width { children.to_string().chars().map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap()).collect() } else { children.to_string() };
        answers.insert("children".into(), text(&n));
        let mut sources: Vec<&str> = sources;
        sources.reverse();
        answers.insert("income-sources".into(), list(&sources));
        if let Some(email) = email {
            answers.insert("email".into(), text(&email));
        }
        answers.insert("living-together".into(), Answer::Flag(living_together));
        if !living_together {
            answers.insert("reason".into(), text("単身赴任"));
        }
        answers.insert("relationship".into(), text(relationship));
        if relationship == "other" {
            answers.insert("relationship-detail".into(), text("grandparent"));
        }
        prop_assert!(validate(&schema(), &answers, true, today()).is_ok());
    }

    /// Any one broken answer is refused, and the problem names that field and no other.
    #[test]
    fn every_mutated_answer_set_is_rejected_at_the_mutated_field(index in 0usize..12) {
        let (field, broken) = breakings().swap_remove(index);
        let mut answers = valid();
        answers.insert(field.into(), broken);
        let problems = validate(&schema(), &answers, true, today()).unwrap_err();
        prop_assert!(problems.iter().all(|p| p.field_id() == field), "{problems:?}");
        prop_assert!(!problems.is_empty());
    }
}

/// Any answer a client could send: every shape, with text that is empty, huge, full-width,
/// control characters or a mask's look-alike.
fn any_answer() -> impl Strategy<Value = Answer> {
    let text = prop_oneof![
        Just(String::new()),
        "\\PC{0,30}",
        "[0-9０-９ー－-]{0,12}",
        "[a-z]{1,8}",
        Just("x".repeat(3000)),
    ];
    prop_oneof![
        any::<bool>().prop_map(Answer::Flag),
        text.clone().prop_map(Answer::Text),
        proptest::collection::vec(text.clone(), 0..5).prop_map(Answer::List),
        (text.clone(), text.clone(), text.clone(), text.clone()).prop_map(
            |(family, given, family_kana, given_kana)| {
                Answer::Name(NameAnswer {
                    family,
                    given,
                    family_kana,
                    given_kana,
                })
            }
        ),
        (text.clone(), text)
            .prop_map(|(postal_code, address)| Answer::Address(AddressAnswer { postal_code, address })),
    ]
}

proptest! {
    #![proptest_config(crate::test_support::pinned_proptest())]

    /// Whatever a client sends, the validator answers (it never panics), and every problem it
    /// reports names a field of the form or the declaration, so the UI can always place it.
    #[test]
    fn any_answers_get_an_answer_with_problems_at_known_fields(
        answers in proptest::collection::btree_map(
            prop_oneof![
                proptest::sample::select(schema().fields().map(|f| f.id.to_string()).collect::<Vec<_>>()),
                "[a-z-]{1,10}",
            ],
            any_answer(),
            0..20,
        ),
        declared in any::<bool>(),
        days in -100_000i64..100_000,
    ) {
        let today = CalendarDate::new(2026, 12, 2).unwrap().add_days(days).unwrap();
        let form = schema();
        if let Err(problems) = validate(&form, &answers, declared, today) {
            prop_assert!(!problems.is_empty());
            for problem in problems {
                prop_assert!(
                    problem.field == "declaration" || form.field(problem.field_id()).is_some(),
                    "{problem:?}"
                );
            }
        }
    }

    /// A form file of any content is either read or refused; reading and checking never panic.
    #[test]
    fn any_json_is_read_or_refused_as_a_form(text in "\\PC{0,200}") {
        if let Ok(form) = serde_json::from_str::<FormSchema>(&text) {
            let _ = form.check();
        }
    }
}

#[test]
fn a_guide_says_what_applying_online_asks_and_its_texts_need_japanese() {
    let with_guide = format!(
        "{FORM}\n[guide]\nidentity = \"verified\"\nfeeYen = 300\ntakesDays = 7\nbring = [{{ en = \"Your card\" }}]\n"
    );
    let schema: FormSchema = toml::from_str(&with_guide).expect("a guide parses");
    let guide = schema.guide.clone().expect("the guide is kept");
    assert_eq!(guide.identity, crate::account::IdentityLevel::Verified);
    assert_eq!((guide.fee_yen, guide.takes_days), (300, Some(7)));
    let problems = schema.check();
    assert!(problems.iter().any(|p| p.at == "guide.bring[0]"), "{problems:?}");
    assert_eq!(schema.guide.unwrap_or_default().bring.len(), 1);
}

fn accepted(answers: Answers) -> Answers {
    validate(&schema(), &answers, true, today())
        .expect("the answers are valid")
        .answers
        .into_iter()
        .map(|(id, answer)| (id.as_str().to_owned(), answer))
        .collect()
}

#[test]
fn a_new_form_starts_with_the_residents_own_details_from_their_newest_application() {
    let s = schema();
    let mut older = valid();
    older.insert("phone".into(), text("0120-000-000"));
    older.insert("email".into(), text("old@example.jp"));
    let mut newer = valid();
    newer.insert(
        "address".into(),
        Answer::Address(AddressAnswer {
            postal_code: "123-4567".into(),
            address: "夢咲市港町5番".into(),
        }),
    );
    let (older, newer) = (accepted(older), accepted(newer));

    let mut details = ResidentDetails {
        email: Some("hanako@example.jp".into()),
        ..ResidentDetails::default()
    };
    for answers in [&newer, &older] {
        details.learn(&s, answers);
    }
    assert_eq!(
        details.address,
        newer.get("address").and_then(|a| match a {
            Answer::Address(a) => Some(a.clone()),
            _ => None,
        })
    );
    assert_eq!(
        details.phone.as_deref(),
        Some("090-1234-5678"),
        "the newest phone"
    );
    assert_eq!(
        details.email.as_deref(),
        Some("hanako@example.jp"),
        "the account's address comes first"
    );
    assert_eq!(
        details.birth_date, None,
        "the child's birth date is not the resident's"
    );

    // A draft where the resident already typed a phone keeps it; the rest is filled.
    let mut draft = Answers::from([("phone".into(), text("03-1111-2222"))]);
    let filled = details.fill(&s, &mut draft);
    assert_eq!(
        filled.iter().map(FieldId::as_str).collect::<Vec<_>>(),
        ["name", "address", "email"]
    );
    assert_eq!(draft.get("phone"), Some(&text("03-1111-2222")));
    assert_eq!(draft.get("name"), newer.get("name"));
    assert!(!draft.contains_key("child-kana"));
    // What was filled passes the same validator (the step judges it like typed answers).
    let step = validate_step(&s, 0, &draft, today());
    assert_eq!(fields_of(&step), ["insurance-number"], "only what nobody filled");
}

#[test]
fn a_detail_is_asked_by_one_field_of_its_kind() {
    let mut s = schema();
    for f in s.steps.iter_mut().flat_map(|st| st.fields.iter_mut()) {
        match f.id.as_str() {
            "child-birth-date" => f.prefill = Some(Detail::Phone),
            "insurance-number" => f.prefill = Some(Detail::Name),
            _ => {}
        }
    }
    let found: Vec<String> = s.check().iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            "steps[0].fields[4].prefill (insurance-number): this kind of field cannot hold that detail (name: person-name, address: address, birth-date: date, phone: phone, email: email)",
            "steps[0].fields[4].prefill (insurance-number): another field of the form already asks for this detail",
            "steps[1].fields[1].prefill (child-birth-date): this kind of field cannot hold that detail (name: person-name, address: address, birth-date: date, phone: phone, email: email)",
            "steps[1].fields[1].prefill (child-birth-date): another field of the form already asks for this detail",
        ]
    );
    let toml = FORM.replace("prefill = \"phone\"", "prefill = \"shoe-size\"");
    assert!(
        toml::from_str::<FormSchema>(&toml).is_err(),
        "an unknown detail is refused"
    );
}
