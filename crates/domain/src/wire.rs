//! Envelopes and errors exchanged over HTTP (server ↔ UI/shell) and IPC (UI ↔ shell).
//!
//! **API Boundary:** changing a field here changes the public API; the server's OpenAPI document is
//! generated from these types (feature `openapi`), and the black-box API tests read it back.

use serde::{Deserialize, Serialize};

use crate::{LocalizedText, Procedure};

/// The body of `GET /api/v1/procedures`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProcedureCatalogue {
    /// The city's name, e.g. 夢咲市.
    pub city: LocalizedText,
    pub procedures: Vec<Procedure>,
}

/// A stable, machine-readable reason for a failure. Clients branch on this, never on text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[non_exhaustive]
pub enum ErrorCode {
    /// The city's server could not be reached (network down, server stopped, wrong address).
    ServerUnreachable,
    /// The server answered, but with something the client does not understand.
    BadResponse,
    /// The requested thing does not exist.
    NotFound,
    /// The server failed; retrying later may help.
    Internal,
}

impl ErrorCode {
    /// The Fluent message id that explains this error to a resident.
    pub fn message_id(self) -> &'static str {
        match self {
            ErrorCode::ServerUnreachable => crate::msg_id!("error-server-unreachable"),
            ErrorCode::BadResponse => crate::msg_id!("error-bad-response"),
            ErrorCode::NotFound => crate::msg_id!("error-not-found"),
            ErrorCode::Internal => crate::msg_id!("error-internal"),
        }
    }
}

/// What every failing request or command returns: a code to branch on and the id of the message
/// to show. No human text crosses the wire, so every client shows the error in its reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[error("{code:?}")]
pub struct ApiError {
    pub code: ErrorCode,
    /// Always `code.message_id()`; sent so a client without this crate can still localize it.
    #[cfg_attr(feature = "openapi", schema(example = "error-server-unreachable"))]
    pub message_id: String,
}

impl From<ErrorCode> for ApiError {
    fn from(code: ErrorCode) -> Self {
        Self {
            code,
            message_id: code.message_id().to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_carries_a_code_and_a_message_id_but_no_text() {
        let json = serde_json::to_string(&ApiError::from(ErrorCode::ServerUnreachable)).unwrap();
        assert_eq!(
            json,
            r#"{"code":"server_unreachable","messageId":"error-server-unreachable"}"#
        );
    }
}
