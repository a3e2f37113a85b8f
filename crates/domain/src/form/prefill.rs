//! "Once only" (ワンスオンリー): a resident is not asked again for what they already told the city.
//!
//! A form marks the fields that ask for the resident's **own** details with `prefill` (their name,
//! address, date of birth, phone, e-mail: [`Detail`]); a field about someone else (a child, the
//! person a certificate is for) is not marked. The city's server learns a signed-in resident's
//! [`ResidentDetails`] from the marked answers of their own applications, newest first, and the
//! address their account signs in with; a new application starts with those answers filled in,
//! which the resident sees and can change like any other.
//!
//! Nothing is stored for this: the details are read from the applications the city keeps anyway,
//! so deleting the account (which unlinks its applications) forgets them too.

use serde::{Deserialize, Serialize};

use super::answer::{AddressAnswer, Answer, Answers, NameAnswer};
use super::schema::{FieldId, FieldKind, FormSchema};

/// One of the resident's own details a field can ask for; written `prefill = "name"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Detail {
    /// 氏名 and フリガナ (a `person-name` field).
    Name,
    /// Postal code and address (an `address` field).
    Address,
    /// Date of birth (a `date` field).
    BirthDate,
    /// A phone number (a `phone` field).
    Phone,
    /// An e-mail address (an `email` field); the account's own address comes first.
    Email,
}

impl Detail {
    /// Whether a field of `kind` can hold this detail.
    pub fn fits(self, kind: &FieldKind) -> bool {
        matches!(
            (self, kind),
            (Detail::Name, FieldKind::PersonName)
                | (Detail::Address, FieldKind::Address)
                | (Detail::BirthDate, FieldKind::Date { .. })
                | (Detail::Phone, FieldKind::Phone)
                | (Detail::Email, FieldKind::Email)
        )
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Detail::Name => "name",
            Detail::Address => "address",
            Detail::BirthDate => "birth-date",
            Detail::Phone => "phone",
            Detail::Email => "email",
        }
    }
}

/// What the city knows of a signed-in resident's own details (`GET /api/v1/account/details`);
/// each is absent until the resident has given it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResidentDetails {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<NameAnswer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<AddressAnswer>,
    /// `YYYY-MM-DD`, as an accepted date answer is kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

impl ResidentDetails {
    /// The detail as an answer to a field that asks for it.
    pub fn get(&self, detail: Detail) -> Option<Answer> {
        match detail {
            Detail::Name => self.name.clone().map(Answer::Name),
            Detail::Address => self.address.clone().map(Answer::Address),
            Detail::BirthDate => self.birth_date.clone().map(Answer::Text),
            Detail::Phone => self.phone.clone().map(Answer::Text),
            Detail::Email => self.email.clone().map(Answer::Text),
        }
    }

    /// Keeps `answer` as the detail unless it is known already (learning goes newest first, so the
    /// first answer met is the one that counts). An answer of the wrong shape or blank is skipped.
    fn learn_one(&mut self, detail: Detail, answer: &Answer) {
        if answer.is_blank() {
            return;
        }
        match (detail, answer) {
            (Detail::Name, Answer::Name(name)) => {
                self.name.get_or_insert_with(|| name.clone());
            }
            (Detail::Address, Answer::Address(address)) => {
                self.address.get_or_insert_with(|| address.clone());
            }
            (Detail::BirthDate, Answer::Text(text)) => {
                self.birth_date.get_or_insert_with(|| text.clone());
            }
            (Detail::Phone, Answer::Text(text)) => {
                self.phone.get_or_insert_with(|| text.clone());
            }
            (Detail::Email, Answer::Text(text)) => {
                self.email.get_or_insert_with(|| text.clone());
            }
            _ => {}
        }
    }

    /// Learns the details `answers` (an application the city accepted against `schema`) gives that
    /// are not known yet. Call it with the resident's applications newest first.
    pub fn learn(&mut self, schema: &FormSchema, answers: &Answers) {
        for field in schema.fields() {
            if let (Some(detail), Some(answer)) = (field.prefill, answers.get(field.id.as_str())) {
                self.learn_one(detail, answer);
            }
        }
    }

    /// Fills each field of `schema` that asks for a known detail and has no answer yet; returns
    /// the fields filled, in form order (the pages say which answers came from here).
    pub fn fill(&self, schema: &FormSchema, answers: &mut Answers) -> Vec<FieldId> {
        let mut filled = Vec::new();
        for field in schema.fields() {
            let Some(value) = field.prefill.and_then(|detail| self.get(detail)) else {
                continue;
            };
            if answers.get(field.id.as_str()).is_some_and(|a| !a.is_blank()) {
                continue;
            }
            answers.insert(field.id.as_str().to_owned(), value);
            filled.push(field.id.clone());
        }
        filled
    }

    pub fn is_empty(&self) -> bool {
        self == &ResidentDetails::default()
    }
}
