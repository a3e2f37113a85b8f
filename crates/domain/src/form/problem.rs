//! A problem with one answer, as the validator reports it and the API carries it: the field's path
//! (`child-name.family-kana` for a part of a compound field), the Fluent message that explains it,
//! and the message's arguments (`{ $max }` characters, the earliest date, …).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A Fluent argument: a number (formatted for the reader's locale) or a text such as a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum MessageArg {
    Number(i64),
    Text(String),
}

/// One thing wrong with one answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldProblem {
    /// The field's id, or `id.part` for a part of a name or an address.
    #[cfg_attr(feature = "openapi", schema(example = "child-name.family-kana"))]
    pub field: String,
    #[cfg_attr(feature = "openapi", schema(example = "form-error-too-long"))]
    pub message_id: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, MessageArg>,
}

impl FieldProblem {
    pub fn new(field: impl Into<String>, message_id: &'static str) -> Self {
        Self {
            field: field.into(),
            message_id: message_id.to_owned(),
            args: BTreeMap::new(),
        }
    }

    pub fn with(mut self, name: &str, value: MessageArg) -> Self {
        self.args.insert(name.to_owned(), value);
        self
    }

    /// The field id this problem belongs to (the part before a `.`).
    pub fn field_id(&self) -> &str {
        self.field.split_once('.').map_or(&self.field, |(id, _)| id)
    }
}
