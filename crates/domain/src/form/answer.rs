//! What a resident gives, field by field, as it is kept in a draft and sent in a submission:
//! `{"child-name": {"family": "夢咲", …}, "birth-date": "2025-04-01", "consent": true}`.
//!
//! The shape of an answer follows its field's kind (text and choices are strings, checkboxes and
//! attachments lists, yes/no and declarations booleans, names and addresses objects). A value of
//! the wrong shape is not a parse error here but a field problem from the validator, so the
//! resident learns which answer to fix rather than getting a refused request.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::NameForm;

/// Answers by field id. Kept as typed strings: a draft holds what was entered, even when it is not
/// valid yet.
pub type Answers = BTreeMap<String, Answer>;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Answer {
    Flag(bool),
    Text(String),
    List(Vec<String>),
    Name(NameAnswer),
    Address(AddressAnswer),
}

/// 氏名 and フリガナ as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NameAnswer {
    #[serde(default)]
    pub family: String,
    #[serde(default)]
    pub given: String,
    #[serde(default)]
    pub family_kana: String,
    #[serde(default)]
    pub given_kana: String,
}

impl From<&NameAnswer> for NameForm {
    fn from(a: &NameAnswer) -> Self {
        NameForm {
            family: a.family.clone(),
            given: a.given.clone(),
            family_kana: a.family_kana.clone(),
            given_kana: a.given_kana.clone(),
        }
    }
}

/// A postal code and the address line (town, block, building) as the resident completed it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AddressAnswer {
    pub postal_code: String,
    pub address: String,
}

impl Answer {
    /// Whether the resident has given anything at all: an empty text, list or name counts as no
    /// answer (so "required" means the same for every kind), `false` is an answer.
    pub fn is_blank(&self) -> bool {
        match self {
            Answer::Flag(_) => false,
            Answer::Text(t) => t.trim().is_empty(),
            Answer::List(l) => l.iter().all(|v| v.trim().is_empty()),
            Answer::Name(n) => [&n.family, &n.given, &n.family_kana, &n.given_kana]
                .iter()
                .all(|p| p.trim().is_empty()),
            Answer::Address(a) => a.postal_code.trim().is_empty() && a.address.trim().is_empty(),
        }
    }
}
