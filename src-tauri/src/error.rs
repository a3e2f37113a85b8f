//! The shell's one error type, serialised to the UI as an `ApiError` (code + message id).

use madoguchi_domain::{ApiError, ErrorCode};
use serde::{Serialize, Serializer};

use crate::store::StoreError;
use crate::store::key::KeyError;

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ShellError {
    /// No answer from the city's server: refused, timed out, DNS failed.
    #[error("cannot reach the city's server: {0}")]
    Unreachable(#[source] reqwest::Error),
    /// The server answered with its own error.
    #[error("the city's server answered {status}: {error:?}")]
    Server { status: u16, error: ApiError },
    /// The server answered something we cannot read.
    #[error("unexpected answer from the city's server: {0}")]
    BadResponse(String),
    /// The encrypted local data cannot be used (no keyring, wrong key, disk).
    #[error(transparent)]
    Local(#[from] StoreError),
    /// A submission breaks its form's rules (the UI checks first; this is the shell's own check,
    /// with the same validator), with each answer's problem.
    #[error("the submission breaks its form's rules")]
    InvalidSubmission(Vec<madoguchi_domain::form::FieldProblem>),
    /// Nothing on this device matches what the UI asked for (e.g. no item stopped that way).
    #[error("nothing on this device matches")]
    NotFound,
    /// An attachment the UI handed over is not one the city could accept (name or kind).
    #[error("attachment refused before sending: {0}")]
    InvalidAttachment(#[from] madoguchi_domain::AttachmentProblem),
    /// The device itself refuses the request with the code the city would send (e.g. changing a
    /// booking that was refused, or while a change still waits).
    #[error("refused on this device: {0:?}")]
    Refused(ErrorCode),
    /// No OS notification service answered (no daemon, no session bus). The notice is still in
    /// the inbox; the UI shows nothing for this.
    #[error("no OS notification service: {0}")]
    Notification(String),
    /// The tray icon could not be made or changed (the window then closes as without one).
    #[error("tray icon: {0}")]
    Tray(String),
}

impl ShellError {
    pub fn to_api_error(&self) -> ApiError {
        match self {
            ShellError::Unreachable(_) => ErrorCode::ServerUnreachable.into(),
            ShellError::Server { error, .. } => error.clone(),
            ShellError::BadResponse(_) => ErrorCode::BadResponse.into(),
            ShellError::NotFound => ErrorCode::NotFound.into(),
            ShellError::Refused(code) => (*code).into(),
            ShellError::Notification(_) | ShellError::Tray(_) => ErrorCode::Internal.into(),
            ShellError::Local(StoreError::Key(KeyError::Unavailable(_))) => {
                ErrorCode::KeyringUnavailable.into()
            }
            ShellError::Local(StoreError::Key(KeyError::Malformed) | StoreError::Locked) => {
                ErrorCode::LocalDataLocked.into()
            }
            ShellError::Local(_) => ErrorCode::LocalStorage.into(),
            ShellError::InvalidSubmission(problems) => ApiError::invalid_submission(problems.clone()),
            ShellError::InvalidAttachment(problem) => match problem {
                madoguchi_domain::AttachmentProblem::TooLarge => ErrorCode::AttachmentTooLarge.into(),
                madoguchi_domain::AttachmentProblem::WrongKind => ErrorCode::AttachmentWrongKind.into(),
                _ => ErrorCode::InvalidAttachment.into(),
            },
        }
    }
}

impl Serialize for ShellError {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        self.to_api_error().serialize(serializer)
    }
}

pub type Result<T> = std::result::Result<T, ShellError>;
