//! Secrets from the configuration, in a type that never prints its value (not in `Debug`, not in
//! logs) and compares in constant time.

use std::fmt;

use serde::Deserialize;

/// The staff token that guards `/api/v1/admin/…` until staff accounts exist
/// (`MADOGUCHI_ADMIN_TOKEN`, or `admin_token` in `[server]`).
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct AdminToken(String);

/// Why a string cannot be the admin token.
#[derive(Debug, thiserror::Error)]
#[error("the admin token must be at least {MIN_TOKEN_LEN} characters")]
pub struct WeakToken;

/// Short tokens are guessable; 24 characters of random text is plenty.
pub const MIN_TOKEN_LEN: usize = 24;

impl AdminToken {
    pub fn parse(s: &str) -> Result<Self, WeakToken> {
        if s.trim().len() >= MIN_TOKEN_LEN {
            Ok(Self(s.trim().to_owned()))
        } else {
            Err(WeakToken)
        }
    }

    /// Whether `presented` is this token, taking the same time wherever they differ.
    pub fn matches(&self, presented: &str) -> bool {
        let (a, b) = (self.0.as_bytes(), presented.as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

impl TryFrom<String> for AdminToken {
    type Error = WeakToken;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl fmt::Debug for AdminToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AdminToken([redacted])")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_never_appears_in_debug_output() {
        let token = AdminToken::parse("s3cret-token-of-the-city-hall").unwrap();
        assert_eq!(format!("{token:?}"), "AdminToken([redacted])");
    }

    #[test]
    fn only_the_exact_token_matches() {
        let token = AdminToken::parse("s3cret-token-of-the-city-hall").unwrap();
        assert!(token.matches("s3cret-token-of-the-city-hall"));
        assert!(!token.matches("s3cret-token-of-the-city-hal"));
        assert!(!token.matches("S3cret-token-of-the-city-hall"));
    }

    #[test]
    fn a_short_token_is_refused() {
        assert!(AdminToken::parse("admin").is_err());
    }
}
