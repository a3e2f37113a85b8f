//! Staff sign in with a password (argon2id on the server) and a TOTP code from an authenticator
//! app; admins create staff accounts with the server's CLI.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{IdentityLevel, Role};
use crate::UnixMillis;

/// A member of staff's sign-in name: 3–32 of `a–z 0–9 . _ -`, starting with a letter.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, pattern = "^[a-z][a-z0-9._-]{2,31}$", example = "tanaka.clerk"))]
pub struct Username(String);

impl Username {
    pub fn parse(s: &str) -> Option<Self> {
        let ok = (3..=32).contains(&s.len())
            && s.starts_with(|c: char| c.is_ascii_lowercase())
            && s.bytes()
                .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'.' | b'_' | b'-'));
        ok.then(|| Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Username {
    type Error = &'static str;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s).ok_or("not a staff username")
    }
}

impl From<Username> for String {
    fn from(u: Username) -> Self {
        u.0
    }
}

/// The body of `POST /api/v1/staff/sign-in`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffSignIn {
    pub username: Username,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 256))]
    pub password: String,
    /// The six digits the authenticator app shows now.
    #[cfg_attr(feature = "openapi", schema(pattern = "^[0-9]{6}$"))]
    pub totp: String,
}

impl fmt::Debug for StaffSignIn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StaffSignIn")
            .field("username", &self.username)
            .finish_non_exhaustive()
    }
}

/// A staff session: the bearer token for the staff routes, for one working day at most.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffSession {
    pub token: String,
    pub username: Username,
    pub role: Role,
    #[cfg_attr(feature = "openapi", schema(value_type = i64))]
    pub expires_at: UnixMillis,
}

impl fmt::Debug for StaffSession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StaffSession")
            .field("username", &self.username)
            .field("role", &self.role)
            .finish_non_exhaustive()
    }
}

/// The body of `POST /api/v1/admin/residents/{account}/identity`: a clerk records that they saw
/// the resident's My Number card at the counter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VerifyIdentity {
    pub identity_level: IdentityLevel,
}
