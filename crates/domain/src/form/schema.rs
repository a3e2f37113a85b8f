//! A form as a city writes it: a versioned list of steps, each a list of typed fields with their
//! constraints, conditions and texts per locale. The same value is imported by the server CLI
//! (from TOML or JSON), served to clients as JSON, and walked by the UI to draw the pages.
//!
//! [`FormSchema::check`] is the import's gate: a schema that passes can always be filled and
//! validated; one that fails is refused whole, with every problem and where it is.

use std::collections::{BTreeSet, HashMap};
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::account::IdentityLevel;
use crate::form::Mask;
use crate::form::prefill::Detail;
use crate::{LocalizedText, ProcedureId};

/// A field's id inside its form, e.g. `child-birth-date`: a slug, unique in the form.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "child-birth-date"))]
pub struct FieldId(String);

/// Why a string is not a field id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a field id (lowercase letters, digits and single hyphens, 1–64 long): {0:?}")]
pub struct InvalidFieldId(pub String);

impl FieldId {
    pub fn parse(s: &str) -> Result<Self, InvalidFieldId> {
        if crate::slug::is_slug(s) {
            Ok(Self(s.to_owned()))
        } else {
            Err(InvalidFieldId(s.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for FieldId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for FieldId {
    type Error = InvalidFieldId;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<FieldId> for String {
    fn from(id: FieldId) -> Self {
        id.0
    }
}

/// A procedure's form, one version of it. Versions only grow: a submission names the version it
/// was filled against, so a draft started before the city changed the form is still judged fairly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FormSchema {
    pub procedure: ProcedureId,
    pub version: u32,
    pub title: LocalizedText,
    pub steps: Vec<Step>,
    /// What the resident declares before submitting (「記載事項に相違ありません」); shown after
    /// "check your answers", and a submission without the resident's agreement is refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declaration: Option<LocalizedText>,
    /// What a resident should know before starting (the procedure page shows it beside the
    /// catalogue's name, summary and channels).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guide: Option<Guide>,
}

/// Before starting: the identity check applying online needs, what to have at hand, the fee and
/// how long the city takes. Kept with the form (its JSON, as every version is kept) because it is
/// what applying *online* asks of a resident; a counter-only procedure has no form and no guide.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Guide {
    /// The identity level a resident needs to submit this form online.
    #[serde(default)]
    pub identity: IdentityLevel,
    /// What to have at hand (documents to copy or attach, numbers to look up).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bring: Vec<LocalizedText>,
    /// The fee in yen; 0 is free.
    #[serde(default)]
    pub fee_yen: u32,
    /// How many days the city usually takes to answer, when it can say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub takes_days: Option<u32>,
}

/// One page of the form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Step {
    pub id: FieldId,
    pub title: LocalizedText,
    pub fields: Vec<Field>,
}

/// One question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Field {
    pub id: FieldId,
    pub label: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<LocalizedText>,
    /// Required unless said otherwise; the UI marks the optional ones, as most answers are needed.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub required: bool,
    /// Asked only when an earlier answer is a given value; a hidden field's answer is dropped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_when: Option<Condition>,
    /// The city's own wording for this field's errors, replacing the generic messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<FieldErrors>,
    /// "Once only": this field asks for the resident's own detail, so a signed-in resident finds
    /// it filled from what they told the city before (see [`crate::form::prefill`]). At most one
    /// field of a form asks for each detail, and only a field of the detail's kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefill: Option<Detail>,
    #[serde(flatten)]
    pub kind: FieldKind,
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

/// A field's own error texts: `required` replaces "this is required", `invalid` every other one.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldErrors {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<LocalizedText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalid: Option<LocalizedText>,
}

/// "Show this field when `field` is `equals`": a choice's value, `true`/`false` for a yes/no
/// question, or one of the ticked values of checkboxes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Condition {
    pub field: FieldId,
    pub equals: ConditionValue,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ConditionValue {
    Flag(bool),
    Value(String),
}

/// An option of a select, radios or checkboxes: the stored value and its label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Choice {
    pub value: FieldId,
    pub label: LocalizedText,
}

/// The kinds of field, each with its own constraints. Written as `type = "text"` beside the
/// field's other keys.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum FieldKind {
    /// One line, or several with `multiline`. Lengths count characters as the resident sees them.
    #[serde(rename_all = "camelCase")]
    Text {
        #[serde(default, skip_serializing_if = "is_false")]
        multiline: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min_length: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_length: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        mask: Option<Mask>,
        /// Katakana only (hiragana and half-width kana are turned into it, as people type them).
        #[serde(default, skip_serializing_if = "is_false")]
        katakana: bool,
    },
    /// A whole number (full-width digits accepted), optionally with a unit such as 人 or 円.
    #[serde(rename_all = "camelCase")]
    Number {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        unit: Option<LocalizedText>,
    },
    Email,
    Phone,
    /// 氏名 with フリガナ: four parts, the given name optional (see `person_name`).
    PersonName,
    /// A postal code and the address it leads to (looked up, then completed by the resident).
    Address,
    /// A date, entered as 和暦 or 西暦, bounded relative to the day the form is filled.
    #[serde(rename_all = "camelCase")]
    Date {
        /// The earliest day allowed, in days from today (negative is the past; -6575 ≈ 18 years).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min_days_from_today: Option<i32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_days_from_today: Option<i32>,
    },
    Select {
        options: Vec<Choice>,
    },
    Radios {
        options: Vec<Choice>,
    },
    #[serde(rename_all = "camelCase")]
    Checkboxes {
        options: Vec<Choice>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min_selected: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_selected: Option<u32>,
    },
    YesNo,
    /// Files uploaded beforehand; the submission quotes their ids and claims them.
    #[serde(rename_all = "camelCase")]
    Attachment {
        #[serde(default = "one", skip_serializing_if = "is_one")]
        max_files: u32,
    },
    /// A statement the resident must tick (同意します).
    Declaration,
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn one() -> u32 {
    1
}

fn is_one(n: &u32) -> bool {
    *n == 1
}

/// The most files one attachment field takes.
pub const MAX_FILES_PER_FIELD: u32 = 10;

impl FieldKind {
    /// The options of a choice field.
    pub fn options(&self) -> Option<&[Choice]> {
        match self {
            FieldKind::Select { options }
            | FieldKind::Radios { options }
            | FieldKind::Checkboxes { options, .. } => Some(options),
            _ => None,
        }
    }
}

/// Why a schema cannot be imported, and where: `at` is a path such as `steps[1].fields[2]`, and
/// `field` the id found there (so a city can find it in its file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaProblem {
    pub at: String,
    pub field: Option<FieldId>,
    pub problem: String,
}

impl fmt::Display for SchemaProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.field {
            Some(id) => write!(f, "{} ({id}): {}", self.at, self.problem),
            None => write!(f, "{}: {}", self.at, self.problem),
        }
    }
}

impl FormSchema {
    /// Every field, in the order the resident meets them.
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.steps.iter().flat_map(|s| s.fields.iter())
    }

    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields().find(|f| f.id.as_str() == id)
    }

    /// Everything that would make this schema impossible or unfair to fill; empty when it is fine.
    pub fn check(&self) -> Vec<SchemaProblem> {
        let mut problems = Vec::new();
        let mut problem = |at: &str, field: Option<&FieldId>, text: &str| {
            problems.push(SchemaProblem {
                at: at.to_owned(),
                field: field.cloned(),
                problem: text.to_owned(),
            });
        };
        if self.version == 0 {
            problem("version", None, "versions start at 1");
        }
        if !self.title.has_source() {
            problem("title", None, "has no Japanese (ja) text");
        }
        if self.declaration.as_ref().is_some_and(|d| !d.has_source()) {
            problem("declaration", None, "has no Japanese (ja) text");
        }
        if let Some(guide) = &self.guide {
            for (i, item) in guide.bring.iter().enumerate() {
                if !item.has_source() {
                    problem(&format!("guide.bring[{i}]"), None, "has no Japanese (ja) text");
                }
            }
        }
        if self.steps.is_empty() {
            problem("steps", None, "a form needs at least one step");
        }
        // Fields seen so far, with their kinds: a condition may only look back, so a resident
        // never sees a question appear because of an answer further on.
        let mut earlier: HashMap<&FieldId, &FieldKind> = HashMap::new();
        let mut ids = BTreeSet::new();
        let mut details = BTreeSet::new();
        for (s, step) in self.steps.iter().enumerate() {
            let at = format!("steps[{s}]");
            if !ids.insert(&step.id) {
                problem(&at, Some(&step.id), "this id is used twice");
            }
            if !step.title.has_source() {
                problem(
                    &format!("{at}.title"),
                    Some(&step.id),
                    "has no Japanese (ja) text",
                );
            }
            if step.fields.is_empty() {
                problem(&at, Some(&step.id), "a step needs at least one field");
            }
            for (i, field) in step.fields.iter().enumerate() {
                let at = format!("{at}.fields[{i}]");
                let id = Some(&field.id);
                if !ids.insert(&field.id) {
                    problem(&at, id, "this id is used twice");
                }
                let texts = [Some(&field.label), field.hint.as_ref()].into_iter().chain(
                    field
                        .errors
                        .iter()
                        .flat_map(|e| [e.required.as_ref(), e.invalid.as_ref()]),
                );
                if texts.flatten().any(|t| !t.has_source()) {
                    problem(&at, id, "a label, hint or error has no Japanese (ja) text");
                }
                if let Some(condition) = &field.show_when {
                    match earlier.get(&condition.field) {
                        None => problem(
                            &format!("{at}.showWhen"),
                            id,
                            "the condition must name a field that comes earlier in the form",
                        ),
                        Some(kind) if !condition_fits(kind, &condition.equals) => problem(
                            &format!("{at}.showWhen"),
                            id,
                            "the condition's value is not a possible answer of that field",
                        ),
                        Some(_) => {}
                    }
                }
                if let Some(detail) = field.prefill {
                    if !detail.fits(&field.kind) {
                        problem(
                            &format!("{at}.prefill"),
                            id,
                            "this kind of field cannot hold that detail (name: person-name, address: address, birth-date: date, phone: phone, email: email)",
                        );
                    }
                    if !details.insert(detail) {
                        problem(
                            &format!("{at}.prefill"),
                            id,
                            "another field of the form already asks for this detail",
                        );
                    }
                }
                check_kind(&field.kind, &mut |text| problem(&at, id, text));
                earlier.insert(&field.id, &field.kind);
            }
        }
        problems
    }
}

fn condition_fits(kind: &FieldKind, value: &ConditionValue) -> bool {
    match (kind, value) {
        (FieldKind::YesNo, ConditionValue::Flag(_)) => true,
        (kind, ConditionValue::Value(v)) => kind
            .options()
            .is_some_and(|options| options.iter().any(|o| o.value.as_str() == v)),
        _ => false,
    }
}

fn check_kind(kind: &FieldKind, problem: &mut impl FnMut(&str)) {
    match kind {
        FieldKind::Text {
            min_length,
            max_length,
            ..
        } => {
            if let (Some(min), Some(max)) = (min_length, max_length)
                && min > max
            {
                problem("minLength is larger than maxLength");
            }
            if *max_length == Some(0) {
                problem("maxLength must be at least 1");
            }
        }
        FieldKind::Number { min, max, unit } => {
            if let (Some(min), Some(max)) = (min, max)
                && min > max
            {
                problem("min is larger than max");
            }
            if unit.as_ref().is_some_and(|u| !u.has_source()) {
                problem("the unit has no Japanese (ja) text");
            }
        }
        FieldKind::Date {
            min_days_from_today: Some(min),
            max_days_from_today: Some(max),
        } if min > max => problem("minDaysFromToday is later than maxDaysFromToday"),
        FieldKind::Select { options }
        | FieldKind::Radios { options }
        | FieldKind::Checkboxes { options, .. } => {
            if options.len() < 2 {
                problem("a choice needs at least two options");
            }
            let mut values = BTreeSet::new();
            for option in options {
                if !values.insert(&option.value) {
                    problem("two options have the same value");
                }
                if !option.label.has_source() {
                    problem("an option has no Japanese (ja) label");
                }
            }
            if let FieldKind::Checkboxes {
                min_selected,
                max_selected,
                ..
            } = kind
            {
                let count = u32::try_from(options.len()).unwrap_or(u32::MAX);
                if min_selected.is_some_and(|min| min > max_selected.unwrap_or(count)) {
                    problem("minSelected is larger than maxSelected or the number of options");
                }
            }
        }
        FieldKind::Attachment { max_files } if !(1..=MAX_FILES_PER_FIELD).contains(max_files) => {
            problem("maxFiles must be 1 to 10");
        }
        _ => {}
    }
}
