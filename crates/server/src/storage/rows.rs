//! How values of the domain are spelled in a row, the same for every backend, so SQLite and
//! PostgreSQL hold identical data and `copy-data` can compare them byte for byte.

use madoguchi_domain::{Channel, FileKind, InquiryReference, LocalizedText};

use super::StoreError;

/// A localized text from its `(locale, text)` rows.
pub(crate) fn localized(pairs: &[(String, String)]) -> Result<LocalizedText, StoreError> {
    LocalizedText::from_pairs(pairs.iter().map(|(l, t)| (l.as_str(), t.as_str())))
        .map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// The same spelling as on the wire, so the CHECK constraints and the API cannot drift apart.
pub(crate) fn channel_name(channel: Channel) -> String {
    wire_name(channel)
}

pub(crate) fn parse_channel(name: &str) -> Result<Channel, StoreError> {
    serde_json::from_value(serde_json::Value::String(name.to_owned()))
        .map_err(|_| StoreError::Corrupt(format!("unknown channel {name:?}")))
}

pub(crate) fn file_kind_name(kind: FileKind) -> String {
    wire_name(kind)
}

/// The reference a resident sees (Q-000042), derived from the row id so it cannot disagree.
pub(crate) fn inquiry_reference(id: i64) -> InquiryReference {
    InquiryReference(format!("Q-{id:06}"))
}

/// A position in the city's order as stored (an index never reaches i64::MAX).
pub(crate) fn position(index: usize) -> i64 {
    i64::try_from(index).unwrap_or(i64::MAX)
}

fn wire_name(value: impl serde::Serialize) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}
