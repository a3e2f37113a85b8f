//! The form renderer: one kit control per field kind of the city's schema, bound to the answers.
//!
//! Every field of a step is drawn once; a field whose condition (`showWhen`) is not met is hidden,
//! not removed, so typing in one field never redraws another (focus and half-typed text stay).
//! Problems — from `validate_step` on "continue", or the city's refusal — show beside their control
//! (in the city's own wording when the schema gives one) and in the kit's error summary, whose links
//! lead to the control itself ([`target_id`]).

use std::collections::HashSet;

use leptos::prelude::*;
use madoguchi_domain::form::{
    AddressAnswer, Answer, Answers, Field, FieldKind, FieldProblem, FormSchema, MessageArg, NameAnswer,
    visible_fields,
};
use madoguchi_domain::{AttachmentLimits, Era, LocalizedText, NameField, NameProblem};
use madoguchi_i18n::msg_id;
use madoguchi_ui_kit::date_input::WESTERN;
use madoguchi_ui_kit::file_upload::examples::{describe as describe_upload, size_text};
use madoguchi_ui_kit::{
    AddressValue, AttachmentUpload, Checkboxes, Choice, DateInput, Equivalent, ErrorItem, FileUpload,
    InputWidth, NameInput, NameLabels, NameValue, PostalCodeInput, PostalLookup, Radios, Select, TextInput,
    Textarea, name_input, radios,
};

use super::city_marked;

/// Whether a resident is signed in on this device or page (`flow.rs` provides it): files are kept
/// only for a signed-in resident, so a file field says so before a file is picked.
#[derive(Clone, Copy)]
pub struct SignedInHere(pub Signal<bool>);
use crate::i18n::{self, tm, tm_args, translator};

/// The id of a field's control in the page (prefixed, so a city's field id never meets ours).
pub fn control_id(field: &str) -> String {
    format!("f-{field}")
}

/// The yes/no question's two values.
const YES: &str = "yes";
const NO: &str = "no";

/// The element the error summary's link for `problem` focuses: the control itself, or the part of
/// a compound field the problem is about (a name's reading, an address's postal code).
pub fn target_id(schema: &FormSchema, problem: &FieldProblem) -> String {
    let id = control_id(problem.field_id());
    let part = problem.field.split_once('.').map(|(_, part)| part);
    let kind = schema.field(problem.field_id()).map(|f| &f.kind);
    match kind {
        Some(FieldKind::PersonName) => {
            name_input::field_id(&id, name_part(part).unwrap_or(NameField::Family))
        }
        Some(FieldKind::Address) => match part {
            Some("address") => format!("{id}-line1"),
            _ => format!("{id}-postal-code"),
        },
        Some(FieldKind::Date { .. }) => format!("{id}-year"),
        Some(FieldKind::YesNo) => radios::choice_id(&id, YES),
        Some(FieldKind::Declaration) => radios::choice_id(&id, YES),
        Some(FieldKind::Radios { options } | FieldKind::Checkboxes { options, .. }) => options
            .first()
            .map_or(id.clone(), |o| radios::choice_id(&id, o.value.as_str())),
        _ => id,
    }
}

fn name_part(part: Option<&str>) -> Option<NameField> {
    match part? {
        "family" => Some(NameField::Family),
        "given" => Some(NameField::Given),
        "family-kana" => Some(NameField::FamilyKana),
        "given-kana" => Some(NameField::GivenKana),
        _ => None,
    }
}

/// A problem in the reader's language, its furigana marks kept (for the kit): the city's own wording for the field when the schema has
/// one (`errors.required` for a missing answer, `errors.invalid` for any other), else the message
/// with its arguments (dates in the reader's calendar).
pub fn problem_text(schema: &FormSchema, problem: &FieldProblem) -> String {
    if let Some(text) = own_wording(schema, problem) {
        return city_marked(text);
    }
    let args: Vec<(&str, madoguchi_i18n::FluentValue<'static>)> = problem
        .args
        .iter()
        .map(|(name, value)| {
            let value = match value {
                MessageArg::Number(n) => (*n).into(),
                MessageArg::Text(text) if name == "date" => i18n::date_marked(text).into(),
                MessageArg::Text(text) => text.clone().into(),
            };
            (name.as_str(), value)
        })
        .collect();
    tm_args(&problem.message_id, &args)
}

/// The city's own wording of `problem` for its field, if the schema has one.
fn own_wording<'a>(schema: &'a FormSchema, problem: &FieldProblem) -> Option<&'a LocalizedText> {
    schema
        .field(problem.field_id())
        .and_then(|f| f.errors.as_ref())
        .and_then(|e| {
            if problem.message_id == msg_id!("form-error-required") {
                e.required.as_ref()
            } else {
                e.invalid.as_ref()
            }
        })
}

/// The error summary's items for `problems`. Away from its field, a problem in our general words
/// ("Answer this question") is said with the question it is about, or a summary of three missing
/// answers reads as the same line three times; the city's own wording names its field already.
pub fn summary_items(schema: &FormSchema, problems: &[FieldProblem]) -> Vec<ErrorItem> {
    problems
        .iter()
        .map(|p| {
            let text = problem_text(schema, p);
            let message = match schema.field(p.field_id()) {
                Some(field) if own_wording(schema, p).is_none() => tm_args(
                    msg_id!("form-error-summary-item"),
                    &[
                        ("question", city_marked(&field.label).into()),
                        ("problem", text.into()),
                    ],
                ),
                _ => text,
            };
            ErrorItem {
                target: target_id(schema, p),
                message,
            }
        })
        .collect()
}

/// Whether `field` is asked, given the answers so far.
fn is_visible(schema: &FormSchema, answers: &Answers, field: &str) -> bool {
    visible_fields(schema, answers)
        .iter()
        .any(|f| f.id.as_str() == field)
}

/// The fields of step `step`, each drawn once, hidden while its condition is not met.
#[component]
pub fn StepFields(
    schema: StoredValue<FormSchema>,
    step: usize,
    answers: RwSignal<Answers>,
    problems: RwSignal<Vec<FieldProblem>>,
) -> impl IntoView {
    let fields = schema.with_value(|s| s.steps.get(step).map(|s| s.fields.clone()).unwrap_or_default());
    fields
        .into_iter()
        .map(|field| {
            let id = field.id.to_string();
            let shown = {
                let id = id.clone();
                move || schema.with_value(|s| answers.with(|a| is_visible(s, a, &id)))
            };
            view! {
                <div class="mg-form-field" data-field=id hidden=move || !shown()>
                    <FieldControl schema=schema field=field answers=answers problems=problems />
                </div>
            }
        })
        .collect_view()
}

/// A field's text answer as typed (empty when none).
fn text_of(answers: &Answers, id: &str) -> String {
    match answers.get(id) {
        Some(Answer::Text(t)) => t.clone(),
        _ => String::new(),
    }
}

/// Keeps `answers[id]` in step with a control's value.
fn bind<T: Clone + Send + Sync + 'static>(
    answers: RwSignal<Answers>,
    id: String,
    value: RwSignal<T>,
    to_answer: impl Fn(T) -> Option<Answer> + 'static,
) {
    Effect::new(move |_| {
        let answer = to_answer(value.get());
        answers.update(|a| match answer {
            Some(answer) => {
                a.insert(id.clone(), answer);
            }
            None => {
                a.remove(&id);
            }
        });
    });
}

thread_local! {
    /// Message ids of name problems, as the kit's `NameProblem` wants them (`&'static str`). The ids
    /// come from the validator's closed set, so this holds a few dozen strings at most.
    static INTERNED: std::cell::RefCell<HashSet<&'static str>> = std::cell::RefCell::new(HashSet::new());
}

fn intern(id: &str) -> &'static str {
    INTERNED.with(|set| {
        let mut set = set.borrow_mut();
        if let Some(found) = set.get(id) {
            return *found;
        }
        let leaked: &'static str = Box::leak(id.to_owned().into_boxed_str());
        set.insert(leaked);
        leaked
    })
}

/// One field's control.
#[component]
fn FieldControl(
    schema: StoredValue<FormSchema>,
    field: Field,
    answers: RwSignal<Answers>,
    problems: RwSignal<Vec<FieldProblem>>,
) -> impl IntoView {
    let fid = field.id.to_string();
    let id = control_id(&fid);
    let label = {
        let text = field.label.clone();
        Signal::derive(move || city_marked(&text))
    };
    let hint = field
        .hint
        .clone()
        .map(|h| Signal::derive(move || city_marked(&h)));
    let error = {
        let fid = fid.clone();
        Signal::derive(move || {
            problems.with(|list| {
                list.iter()
                    .find(|p| p.field_id() == fid)
                    .map(|p| schema.with_value(|s| problem_text(s, p)))
            })
        })
    };
    let initial = answers.with_untracked(|a| a.get(&fid).cloned());
    match field.kind {
        FieldKind::Text {
            multiline: true,
            max_length,
            ..
        } => {
            let value = RwSignal::new(text_of(&answers.get_untracked(), &fid));
            bind(answers, fid, value, |v| Some(Answer::Text(v)));
            let max = max_length.map_or(
                madoguchi_domain::form::validate::DEFAULT_MAX_CHARS_MULTILINE,
                |m| m,
            );
            let count_text = Callback::new(|left: i64| {
                if left >= 0 {
                    tm_args(msg_id!("form-chars-left"), &[("count", left.into())])
                } else {
                    tm_args(msg_id!("form-chars-over"), &[("count", (-left).into())])
                }
            });
            view! { <Textarea id=id label=label nostrip:hint=hint error=error value=value max_chars={max as usize} count_text=count_text /> }
                .into_any()
        }
        FieldKind::Text { .. } | FieldKind::Email | FieldKind::Phone | FieldKind::Number { .. } => {
            let value = RwSignal::new(text_of(&answers.get_untracked(), &fid));
            bind(answers, fid, value, |v| Some(Answer::Text(v)));
            let (input_type, inputmode, autocomplete, width) = match &field.kind {
                FieldKind::Email => (Some("email"), None, Some("email"), InputWidth::default()),
                FieldKind::Phone => (Some("tel"), None, Some("tel"), InputWidth::Chars20),
                FieldKind::Number { .. } => (None, Some("numeric"), None, InputWidth::Chars5),
                _ => (None, None, None, InputWidth::default()),
            };
            let label = match &field.kind {
                FieldKind::Number { unit: Some(unit), .. } => {
                    let unit = unit.clone();
                    Signal::derive(move || {
                        tm_args(
                            msg_id!("form-number-label"),
                            &[("label", label.get().into()), ("unit", city_marked(&unit).into())],
                        )
                    })
                }
                _ => label,
            };
            view! {
                <TextInput
                    id=id label=label nostrip:hint=hint error=error value=value width=width
                    nostrip:input_type=input_type nostrip:inputmode=inputmode
                    nostrip:autocomplete=autocomplete
                />
            }
            .into_any()
        }
        FieldKind::PersonName => {
            let given = match &initial {
                Some(Answer::Name(n)) => n.clone(),
                _ => NameAnswer::default(),
            };
            let value = NameValue {
                family: RwSignal::new(given.family),
                given: RwSignal::new(given.given),
                family_kana: RwSignal::new(given.family_kana),
                given_kana: RwSignal::new(given.given_kana),
            };
            let fid_bind = fid.clone();
            Effect::new(move |_| {
                let name = NameAnswer {
                    family: value.family.get(),
                    given: value.given.get(),
                    family_kana: value.family_kana.get(),
                    given_kana: value.given_kana.get(),
                };
                answers.update(|a| {
                    a.insert(fid_bind.clone(), Answer::Name(name));
                });
            });
            let name_problems = Signal::derive(move || {
                problems.with(|list| {
                    list.iter()
                        .filter(|p| p.field_id() == fid)
                        .map(|p| NameProblem {
                            field: name_part(p.field.split_once('.').map(|(_, part)| part))
                                .unwrap_or(NameField::Family),
                            message_id: intern(&p.message_id),
                        })
                        .collect::<Vec<_>>()
                })
            });
            let labels = NameLabels {
                family: Signal::derive(|| tm(msg_id!("name-family"))),
                given: Signal::derive(|| tm(msg_id!("name-given"))),
                family_kana: Signal::derive(|| tm(msg_id!("name-family-kana"))),
                given_kana: Signal::derive(|| tm(msg_id!("name-given-kana"))),
            };
            let hint = hint.unwrap_or_else(|| Signal::derive(|| tm(msg_id!("name-hint"))));
            view! {
                <NameInput
                    id=id legend=label hint=hint labels=labels
                    kana_hint=Signal::derive(|| tm(msg_id!("name-kana-hint")))
                    value=value problems=name_problems message=Callback::new(|id: &'static str| tm(id))
                />
            }
            .into_any()
        }
        FieldKind::Address => {
            let given = match &initial {
                Some(Answer::Address(a)) => a.clone(),
                _ => AddressAnswer::default(),
            };
            let value = AddressValue {
                postal_code: RwSignal::new(given.postal_code),
                line1: RwSignal::new(given.address),
                line2: RwSignal::new(String::new()),
            };
            let fid_bind = fid.clone();
            Effect::new(move |_| {
                let line1 = value.line1.get();
                let line2 = value.line2.get();
                let address = [line1.trim(), line2.trim()]
                    .into_iter()
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ");
                let postal_code = value.postal_code.get();
                answers.update(|a| {
                    a.insert(
                        fid_bind.clone(),
                        Answer::Address(AddressAnswer { postal_code, address }),
                    );
                });
            });
            let describe = Callback::new(describe_lookup);
            view! {
                <fieldset class="mg-fieldset">
                    <legend class="mg-fieldset__legend">{i18n::ruby_view(label)}</legend>
                    {hint.map(|h| view! { <p class="mg-hint">{i18n::ruby_view(h)}</p> })}
                    <PostalCodeInput
                        id=id
                        postal_label=Signal::derive(|| tm(msg_id!("postal-code")))
                        postal_hint=Signal::derive(|| tm(msg_id!("postal-hint")))
                        line1_label=Signal::derive(|| tm(msg_id!("address-line1")))
                        line2_label=Signal::derive(|| tm(msg_id!("address-line2")))
                        value=value error=error lookup=PostalLookup::from_context() describe=describe
                    />
                </fieldset>
            }
            .into_any()
        }
        FieldKind::Date { .. } => {
            let value = RwSignal::new(text_of(&answers.get_untracked(), &fid));
            bind(answers, fid, value, |v| Some(Answer::Text(v)));
            let calendars = date_calendars();
            view! {
                <DateInput
                    id=id legend=label nostrip:hint=hint error=error
                    calendar_label=Signal::derive(|| tm(msg_id!("form-date-calendar")))
                    calendars=calendars initial_calendar=WESTERN
                    year_label=Signal::derive(|| tm(msg_id!("form-date-year")))
                    month_label=Signal::derive(|| tm(msg_id!("form-date-month")))
                    day_label=Signal::derive(|| tm(msg_id!("form-date-day")))
                    describe=Callback::new(describe_date)
                    value=value
                />
            }
            .into_any()
        }
        FieldKind::Select { ref options } => {
            let choose = Choice::new("", tm(msg_id!("form-select-choose")));
            let choices = std::iter::once(choose)
                .chain(
                    options
                        .iter()
                        .map(|o| Choice::new(o.value.as_str(), city_marked(&o.label))),
                )
                .collect();
            let selected = RwSignal::new(text_of(&answers.get_untracked(), &fid));
            bind(answers, fid, selected, |v| Some(Answer::Text(v)));
            view! { <Select id=id label=label nostrip:hint=hint error=error options=choices selected=selected /> }
                .into_any()
        }
        FieldKind::Radios { ref options } => {
            let choices = options
                .iter()
                .map(|o| Choice::new(o.value.as_str(), city_marked(&o.label)))
                .collect();
            let selected =
                RwSignal::new(Some(text_of(&answers.get_untracked(), &fid)).filter(|v| !v.is_empty()));
            bind(answers, fid, selected, |v| v.map(Answer::Text));
            view! { <Radios id=id legend=label nostrip:hint=hint error=error choices=choices selected=selected /> }
                .into_any()
        }
        FieldKind::YesNo => {
            let choices = vec![
                Choice::new(YES, tm(msg_id!("form-yes"))),
                Choice::new(NO, tm(msg_id!("form-no"))),
            ];
            let selected = RwSignal::new(match initial {
                Some(Answer::Flag(true)) => Some(YES.to_owned()),
                Some(Answer::Flag(false)) => Some(NO.to_owned()),
                _ => None,
            });
            bind(answers, fid, selected, |v| v.map(|v| Answer::Flag(v == YES)));
            view! { <Radios id=id legend=label nostrip:hint=hint error=error choices=choices selected=selected inline=true /> }
                .into_any()
        }
        FieldKind::Checkboxes { ref options, .. } => {
            let choices = options
                .iter()
                .map(|o| Choice::new(o.value.as_str(), city_marked(&o.label)))
                .collect();
            let checked = RwSignal::new(match initial {
                Some(Answer::List(list)) => list,
                _ => Vec::new(),
            });
            bind(answers, fid, checked, |v| Some(Answer::List(v)));
            view! { <Checkboxes id=id legend=label nostrip:hint=hint error=error choices=choices checked=checked /> }
                .into_any()
        }
        FieldKind::Declaration => {
            let agree = vec![Choice::new(YES, label.get_untracked())];
            let checked = RwSignal::new(match initial {
                Some(Answer::Flag(true)) => vec![YES.to_owned()],
                _ => Vec::new(),
            });
            bind(answers, fid, checked, |v| {
                Some(Answer::Flag(v.iter().any(|c| c == YES)))
            });
            view! { <Checkboxes id=id legend=label nostrip:hint=hint error=error choices=agree checked=checked /> }
                .into_any()
        }
        FieldKind::Attachment { .. } => {
            // One file per field here (the kit's upload takes one); the city can ask for more by
            // mail or at the counter.
            let receipt = RwSignal::new(None);
            let kept = match initial {
                Some(Answer::List(list)) => list,
                _ => Vec::new(),
            };
            bind(
                answers,
                fid,
                receipt,
                move |r: Option<madoguchi_domain::AttachmentReceipt>| {
                    Some(Answer::List(
                        r.map_or_else(|| kept.clone(), |r| vec![r.id.to_string()]),
                    ))
                },
            );
            let limits = AttachmentLimits::default();
            let tr = translator();
            let limits_hint = match hint {
                Some(h) => h,
                None => {
                    let max = size_text(&tr, limits.max_bytes);
                    Signal::derive(move || {
                        tm_args(msg_id!("form-attachment-hint"), &[("max", max.clone().into())])
                    })
                }
            };
            // Unknown (no context, or still asking): taken as signed in, so nothing flickers.
            let signed_in = use_context::<SignedInHere>().map_or_else(|| Signal::derive(|| true), |s| s.0);
            let hint = Signal::derive(move || {
                if signed_in.get() {
                    limits_hint.get()
                } else {
                    format!(
                        "{} {}",
                        limits_hint.get(),
                        tm(msg_id!("form-attachment-signed-out"))
                    )
                }
            });
            view! {
                <FileUpload
                    id=id label=label hint=hint
                    progress_label=Signal::derive(|| tm(msg_id!("attachment-progress")))
                    choose_label=Signal::derive(|| tm(msg_id!("attachment-choose")))
                    nothing_chosen=Signal::derive(|| tm(msg_id!("attachment-nothing-chosen")))
                    limits=limits error=error receipt=receipt
                    upload=AttachmentUpload::from_context()
                    describe=Callback::new(move |s| describe_upload(&tr, s))
                    message=Callback::new(|id: &'static str| tm(id))
                />
            }
            .into_any()
        }
    }
}

/// A date input's calendars: the Western one, then the eras (the kit's `DateInput` shows both).
pub(crate) fn date_calendars() -> Vec<(String, String)> {
    std::iter::once((WESTERN.to_owned(), tm(msg_id!("form-date-western"))))
        .chain(Era::ALL.iter().map(|e| (e.as_str().to_owned(), era_name(*e))))
        .collect()
}

fn era_name(era: Era) -> String {
    match era {
        Era::Reiwa => tm(msg_id!("form-era-reiwa")),
        Era::Heisei => tm(msg_id!("form-era-heisei")),
        Era::Showa => tm(msg_id!("form-era-showa")),
        Era::Taisho => tm(msg_id!("form-era-taisho")),
    }
}

pub(crate) fn describe_date(equivalent: Equivalent) -> String {
    match equivalent {
        Equivalent::Western(date) => tm_args(
            msg_id!("form-date-equivalent-western"),
            &[
                ("year", date.year().into()),
                ("month", date.month().into()),
                ("day", date.day().into()),
            ],
        ),
        Equivalent::Era(era_year, date) => tm_args(
            msg_id!("form-date-equivalent-era"),
            &[
                ("era", era_name(era_year.era).into()),
                ("year", era_year.year.into()),
                ("month", date.month().into()),
                ("day", date.day().into()),
            ],
        ),
    }
}

fn describe_lookup(status: madoguchi_ui_kit::LookupStatus) -> String {
    use madoguchi_ui_kit::LookupStatus;
    let code = |c: &madoguchi_domain::PostalCode| ("code", c.to_string().into());
    match status {
        LookupStatus::Searching(c) => tm_args(msg_id!("postal-status-searching"), &[code(&c)]),
        LookupStatus::Filled(c, a) => tm_args(
            msg_id!("postal-status-filled"),
            &[code(&c), ("address", a.into())],
        ),
        LookupStatus::Kept(c, a) => {
            tm_args(msg_id!("postal-status-kept"), &[code(&c), ("address", a.into())])
        }
        LookupStatus::Several(c, a) => tm_args(
            msg_id!("postal-status-several"),
            &[code(&c), ("address", a.into())],
        ),
        LookupStatus::Unknown(c) => tm_args(msg_id!("postal-status-unknown"), &[code(&c)]),
        LookupStatus::Failed => tm(msg_id!("postal-status-failed")),
    }
}

/// An answer as "check your answers" shows it: one line per part, choices by their labels, dates
/// in the reader's calendar, yes/no in words. Empty for no answer. The words of the city and of
/// the app keep their furigana marks (the kit's summary list shows the readings); what the
/// resident typed is shown as typed.
pub fn answer_lines(field: &Field, answer: Option<&Answer>) -> Vec<String> {
    let label_of = |value: &str| {
        field
            .kind
            .options()
            .and_then(|o| o.iter().find(|c| c.value.as_str() == value))
            .map_or_else(|| value.to_owned(), |c| city_marked(&c.label))
    };
    match (&field.kind, answer) {
        (_, None) => Vec::new(),
        (_, Some(a)) if a.is_blank() => Vec::new(),
        (FieldKind::Date { .. }, Some(Answer::Text(d))) => vec![i18n::date_marked(d)],
        (FieldKind::Select { .. } | FieldKind::Radios { .. }, Some(Answer::Text(v))) => vec![label_of(v)],
        (FieldKind::Number { unit: Some(unit), .. }, Some(Answer::Text(n))) => {
            vec![format!("{n} {}", city_marked(unit))]
        }
        (_, Some(Answer::Text(text))) => vec![text.clone()],
        (FieldKind::YesNo, Some(Answer::Flag(f))) => {
            vec![if *f {
                tm(msg_id!("form-yes"))
            } else {
                tm(msg_id!("form-no"))
            }]
        }
        (_, Some(Answer::Flag(f))) => {
            vec![if *f {
                tm(msg_id!("form-agreed"))
            } else {
                String::new()
            }]
        }
        (FieldKind::Attachment { .. }, Some(Answer::List(ids))) => {
            vec![tm_args(
                msg_id!("form-files-attached"),
                &[("count", ids.len().into())],
            )]
        }
        (_, Some(Answer::List(values))) => values.iter().map(|v| label_of(v)).collect(),
        (_, Some(Answer::Name(n))) => vec![
            [n.family.trim(), n.given.trim()].join(" ").trim().to_owned(),
            [n.family_kana.trim(), n.given_kana.trim()]
                .join(" ")
                .trim()
                .to_owned(),
        ],
        (_, Some(Answer::Address(a))) => vec![
            tm_args(
                msg_id!("form-postal-mark"),
                &[("code", a.postal_code.clone().into())],
            ),
            a.address.clone(),
        ],
    }
}

#[cfg(test)]
mod tests {
    use madoguchi_domain::form::{FieldProblem, FormSchema};

    use super::{control_id, target_id};

    const FORM: &str = include_str!("../../../../crates/server/demo/forms/child-allowance.toml");

    fn schema() -> FormSchema {
        toml::from_str(FORM).expect("the demo form parses")
    }

    #[test]
    fn a_problem_links_to_the_control_or_the_part_it_is_about() {
        let schema = schema();
        let at = |field: &str| target_id(&schema, &FieldProblem::new(field, "form-error-required"));
        assert_eq!(at("applicant-phone"), "f-applicant-phone");
        assert_eq!(at("applicant-name"), "f-applicant-name-family");
        assert_eq!(at("applicant-name.given-kana"), "f-applicant-name-given-kana");
        assert_eq!(
            at("applicant-address.postal-code"),
            "f-applicant-address-postal-code"
        );
        assert_eq!(at("applicant-address.address"), "f-applicant-address-line1");
        assert_eq!(at("applicant-birth-date"), "f-applicant-birth-date-year");
        assert_eq!(at("has-spouse"), "f-has-spouse-yes");
        assert_eq!(at("account-type"), "f-account-type-ordinary");
    }

    #[test]
    fn control_ids_cannot_meet_the_pages_own() {
        assert_eq!(control_id("main"), "f-main");
    }
}
