//! The one validator: which fields a resident is asked (conditions), and whether each answer meets
//! its field's rules. Every problem of every visible field is reported at once, in form order, so
//! the error summary lists them all; what passes comes back normalised (trimmed, katakana,
//! half-width digits, ISO dates) and without the answers of hidden or unknown fields.

use std::collections::{BTreeMap, BTreeSet};

use crate::contact::{is_plausible_email, is_plausible_phone};
use crate::form::schema::ConditionValue;
use crate::form::{Answer, Answers, Field, FieldId, FieldKind, FieldProblem, FormSchema, MessageArg};
use crate::{CalendarDate, Katakana, PersonName, PostalCode, msg_id};

/// The longest one-line text when the schema says nothing, in characters.
pub const DEFAULT_MAX_CHARS: u32 = 200;
/// The longest multi-line text when the schema says nothing.
pub const DEFAULT_MAX_CHARS_MULTILINE: u32 = 2000;
/// The longest address line.
pub const ADDRESS_MAX_CHARS: u32 = 200;

/// Answers that passed: only the visible fields', normalised, with the attachments they quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accepted {
    pub answers: BTreeMap<FieldId, Answer>,
    /// Every attachment id quoted, in form order, for the server to claim.
    pub attachments: Vec<String>,
}

/// The fields the resident is asked, given the answers so far, in form order. A field whose
/// condition names a hidden field is hidden too.
pub fn visible_fields<'a>(schema: &'a FormSchema, answers: &Answers) -> Vec<&'a Field> {
    let mut shown: BTreeSet<&FieldId> = BTreeSet::new();
    let mut visible = Vec::new();
    for field in schema.fields() {
        let show = field.show_when.as_ref().is_none_or(|c| {
            shown.contains(&c.field)
                && answers
                    .get(c.field.as_str())
                    .is_some_and(|answer| matches(answer, &c.equals))
        });
        if show {
            shown.insert(&field.id);
            visible.push(field);
        }
    }
    visible
}

fn matches(answer: &Answer, wanted: &ConditionValue) -> bool {
    match (answer, wanted) {
        (Answer::Flag(a), ConditionValue::Flag(w)) => a == w,
        (Answer::Text(a), ConditionValue::Value(w)) => a == w,
        (Answer::List(a), ConditionValue::Value(w)) => a.contains(w),
        _ => false,
    }
}

/// Judges a whole submission: every visible field, and the declaration when the form has one.
pub fn validate(
    schema: &FormSchema,
    answers: &Answers,
    declared: bool,
    today: CalendarDate,
) -> Result<Accepted, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let mut accepted = Accepted {
        answers: BTreeMap::new(),
        attachments: Vec::new(),
    };
    for field in visible_fields(schema, answers) {
        match check_field(field, answers.get(field.id.as_str()), today) {
            Ok(Some(answer)) => {
                if let (FieldKind::Attachment { .. }, Answer::List(ids)) = (&field.kind, &answer) {
                    accepted.attachments.extend(ids.iter().cloned());
                }
                accepted.answers.insert(field.id.clone(), answer);
            }
            Ok(None) => {}
            Err(mut found) => problems.append(&mut found),
        }
    }
    if schema.declaration.is_some() && !declared {
        problems.push(FieldProblem::new(
            "declaration",
            msg_id!("form-error-declaration"),
        ));
    }
    if problems.is_empty() {
        Ok(accepted)
    } else {
        Err(problems)
    }
}

/// The problems of one step's visible fields, for the UI's "continue" (the whole form is judged
/// again on submission).
pub fn validate_step(
    schema: &FormSchema,
    step: usize,
    answers: &Answers,
    today: CalendarDate,
) -> Vec<FieldProblem> {
    let Some(step) = schema.steps.get(step) else {
        return Vec::new();
    };
    visible_fields(schema, answers)
        .into_iter()
        .filter(|f| step.fields.iter().any(|g| g.id == f.id))
        .filter_map(|f| check_field(f, answers.get(f.id.as_str()), today).err())
        .flatten()
        .collect()
}

/// One field's answer: `Ok(None)` for an optional field left blank.
fn check_field(
    field: &Field,
    answer: Option<&Answer>,
    today: CalendarDate,
) -> Result<Option<Answer>, Vec<FieldProblem>> {
    let id = field.id.as_str();
    let answer = match answer {
        Some(a) if !a.is_blank() => a,
        _ if field.required => {
            return Err(vec![FieldProblem::new(id, msg_id!("form-error-required"))]);
        }
        _ => return Ok(None),
    };
    let one = |message_id| Err(vec![FieldProblem::new(id, message_id)]);
    let wrong_shape = || one(msg_id!("form-error-invalid"));
    match (&field.kind, answer) {
        (
            FieldKind::Text {
                multiline,
                min_length,
                max_length,
                mask,
                katakana,
            },
            Answer::Text(text),
        ) => {
            let mut text = text.trim().to_owned();
            if *katakana {
                text = match Katakana::parse(&text) {
                    Ok(kana) => kana.as_str().to_owned(),
                    Err(_) => return one(msg_id!("form-error-katakana")),
                };
            }
            if let Some(mask) = mask {
                return match mask.apply(&text) {
                    Some(fitted) => Ok(Some(Answer::Text(fitted))),
                    None => Err(vec![
                        FieldProblem::new(id, msg_id!("form-error-mask"))
                            .with("example", MessageArg::Text(mask.to_string())),
                    ]),
                };
            }
            let default_max = if *multiline {
                DEFAULT_MAX_CHARS_MULTILINE
            } else {
                DEFAULT_MAX_CHARS
            };
            length(
                id,
                &text,
                min_length.unwrap_or(0),
                max_length.unwrap_or(default_max),
            )?;
            Ok(Some(Answer::Text(text)))
        }
        (FieldKind::Number { min, max, .. }, Answer::Text(text)) => {
            let Some(n) = parse_integer(text) else {
                return one(msg_id!("form-error-number"));
            };
            if let Some(min) = min.filter(|min| n < *min) {
                return Err(vec![
                    FieldProblem::new(id, msg_id!("form-error-number-too-small"))
                        .with("min", MessageArg::Number(min)),
                ]);
            }
            if let Some(max) = max.filter(|max| n > *max) {
                return Err(vec![
                    FieldProblem::new(id, msg_id!("form-error-number-too-large"))
                        .with("max", MessageArg::Number(max)),
                ]);
            }
            Ok(Some(Answer::Text(n.to_string())))
        }
        (FieldKind::Email, Answer::Text(text)) => {
            let text = text.trim();
            if is_plausible_email(text) {
                Ok(Some(Answer::Text(text.to_owned())))
            } else {
                one(msg_id!("form-error-email"))
            }
        }
        (FieldKind::Phone, Answer::Text(text)) => {
            let text = text.trim();
            if is_plausible_phone(text) {
                Ok(Some(Answer::Text(text.to_owned())))
            } else {
                one(msg_id!("form-error-phone"))
            }
        }
        (FieldKind::PersonName, Answer::Name(name)) => match PersonName::parse(&name.into()) {
            Ok(name) => Ok(Some(Answer::Name(crate::form::NameAnswer {
                family: name.family().to_owned(),
                given: name.given().unwrap_or_default().to_owned(),
                family_kana: name.family_kana().as_str().to_owned(),
                given_kana: name
                    .given_kana()
                    .map(|k| k.as_str().to_owned())
                    .unwrap_or_default(),
            }))),
            Err(found) => Err(found
                .into_iter()
                .map(|p| FieldProblem::new(format!("{id}.{}", name_part(p.field)), p.message_id))
                .collect()),
        },
        (FieldKind::Address, Answer::Address(address)) => {
            let mut problems = Vec::new();
            let code = PostalCode::parse(&address.postal_code)
                .map_err(|e| problems.push(FieldProblem::new(format!("{id}.postal-code"), e.message_id())))
                .ok();
            let line = address.address.trim();
            let at = format!("{id}.address");
            if line.is_empty() {
                problems.push(FieldProblem::new(at, msg_id!("form-error-address-missing")));
            } else if let Err(mut found) = length(&at, line, 0, ADDRESS_MAX_CHARS) {
                problems.append(&mut found);
            }
            match code {
                Some(code) if problems.is_empty() => Ok(Some(Answer::Address(crate::form::AddressAnswer {
                    postal_code: code.digits(),
                    address: line.to_owned(),
                }))),
                _ => Err(problems),
            }
        }
        (
            FieldKind::Date {
                min_days_from_today,
                max_days_from_today,
            },
            Answer::Text(text),
        ) => {
            let Ok(date) = CalendarDate::parse_iso(text.trim()) else {
                return one(msg_id!("form-error-date"));
            };
            let bound = |days: i32| today.add_days(i64::from(days));
            if let Some(earliest) = min_days_from_today.and_then(bound).filter(|e| date < *e) {
                return Err(vec![
                    FieldProblem::new(id, msg_id!("form-error-date-too-early"))
                        .with("date", MessageArg::Text(earliest.iso())),
                ]);
            }
            if let Some(latest) = max_days_from_today.and_then(bound).filter(|l| date > *l) {
                return Err(vec![
                    FieldProblem::new(id, msg_id!("form-error-date-too-late"))
                        .with("date", MessageArg::Text(latest.iso())),
                ]);
            }
            Ok(Some(Answer::Text(date.iso())))
        }
        (FieldKind::Select { options } | FieldKind::Radios { options }, Answer::Text(value)) => {
            if options.iter().any(|o| o.value.as_str() == value) {
                Ok(Some(Answer::Text(value.clone())))
            } else {
                one(msg_id!("form-error-choice"))
            }
        }
        (
            FieldKind::Checkboxes {
                options,
                min_selected,
                max_selected,
            },
            Answer::List(values),
        ) => {
            // Ticked values in the options' order, once each: the stored answer does not depend
            // on the order the boxes were ticked in.
            let ticked: Vec<String> = options
                .iter()
                .map(|o| o.value.as_str())
                .filter(|v| values.iter().any(|t| t == v))
                .map(str::to_owned)
                .collect();
            if values
                .iter()
                .any(|v| !options.iter().any(|o| o.value.as_str() == v))
            {
                return one(msg_id!("form-error-choice"));
            }
            let count = u32::try_from(ticked.len()).unwrap_or(u32::MAX);
            if let Some(min) = min_selected.filter(|min| count < *min) {
                return Err(vec![
                    FieldProblem::new(id, msg_id!("form-error-choose-at-least"))
                        .with("min", MessageArg::Number(i64::from(min))),
                ]);
            }
            if let Some(max) = max_selected.filter(|max| count > *max) {
                return Err(vec![
                    FieldProblem::new(id, msg_id!("form-error-choose-at-most"))
                        .with("max", MessageArg::Number(i64::from(max))),
                ]);
            }
            Ok(Some(Answer::List(ticked)))
        }
        (FieldKind::YesNo, Answer::Flag(flag)) => Ok(Some(Answer::Flag(*flag))),
        (FieldKind::Declaration, Answer::Flag(true)) => Ok(Some(Answer::Flag(true))),
        (FieldKind::Declaration, Answer::Flag(false)) if field.required => {
            one(msg_id!("form-error-declaration"))
        }
        (FieldKind::Declaration, Answer::Flag(false)) => Ok(None),
        (FieldKind::Attachment { max_files }, Answer::List(ids)) => {
            let ids: Vec<String> = ids
                .iter()
                .map(|i| i.trim().to_owned())
                .filter(|i| !i.is_empty())
                .collect();
            if ids.iter().any(|i| !is_attachment_id(i)) {
                return one(msg_id!("form-error-invalid"));
            }
            if u32::try_from(ids.len()).unwrap_or(u32::MAX) > *max_files {
                return Err(vec![
                    FieldProblem::new(id, msg_id!("form-error-too-many-files"))
                        .with("max", MessageArg::Number(i64::from(*max_files))),
                ]);
            }
            Ok(Some(Answer::List(ids)))
        }
        _ => wrong_shape(),
    }
}

fn length(at: &str, text: &str, min: u32, max: u32) -> Result<(), Vec<FieldProblem>> {
    let count = u32::try_from(text.chars().count()).unwrap_or(u32::MAX);
    if count < min {
        Err(vec![
            FieldProblem::new(at, msg_id!("form-error-too-short"))
                .with("min", MessageArg::Number(i64::from(min))),
        ])
    } else if count > max {
        Err(vec![
            FieldProblem::new(at, msg_id!("form-error-too-long"))
                .with("max", MessageArg::Number(i64::from(max))),
        ])
    } else {
        Ok(())
    }
}

/// A whole number as people type it: full-width digits, a leading minus, thousands separators.
fn parse_integer(text: &str) -> Option<i64> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '，'))
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '－' | 'ー' | '−' => '-',
            c => c,
        })
        .collect();
    cleaned.parse().ok()
}

/// The server's attachment ids (`att-` and hex); anything else cannot name a stored file.
fn is_attachment_id(s: &str) -> bool {
    s.strip_prefix("att-")
        .is_some_and(|hex| (1..=64).contains(&hex.len()) && hex.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn name_part(field: crate::NameField) -> &'static str {
    match field {
        crate::NameField::Family => "family",
        crate::NameField::Given => "given",
        crate::NameField::FamilyKana => "family-kana",
        crate::NameField::GivenKana => "given-kana",
    }
}
