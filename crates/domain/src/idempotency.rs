//! Idempotency keys: every mutation a client sends carries one, so a retry after a lost answer is
//! replayed by the server instead of done twice.

use std::fmt;

use serde::{Deserialize, Serialize};

/// How long a server keeps a key and its response: a device offline for a day still gets its
/// replay. Past it a retry could run again, so a client must not send an old key without asking.
pub const KEY_RETENTION_MILLIS: i64 = 24 * 60 * 60 * 1000;

/// The HTTP header that carries the key (IETF draft "The Idempotency-Key HTTP Header Field").
pub const IDEMPOTENCY_KEY_HEADER: &str = "Idempotency-Key";

/// A client-chosen key, 16–128 characters of `A–Z a–z 0–9 - _`: long enough to be unique when
/// random, short enough to index. The shell uses 32 random hex digits.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "6f1c0d9a2b7e4f3c8d5a1b2c3d4e5f60"))]
pub struct IdempotencyKey(String);

/// Why a string is not an idempotency key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an idempotency key (16–128 of A–Z a–z 0–9 - _)")]
pub struct InvalidIdempotencyKey;

impl IdempotencyKey {
    pub fn parse(s: &str) -> Result<Self, InvalidIdempotencyKey> {
        let ok = (16..=128).contains(&s.len())
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if ok {
            Ok(Self(s.to_owned()))
        } else {
            Err(InvalidIdempotencyKey)
        }
    }

    /// A key from 16 random bytes the caller drew (the domain has no randomness of its own).
    pub fn from_random(bytes: [u8; 16]) -> Self {
        Self(crate::hex::to_hex(&bytes))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for IdempotencyKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "IdempotencyKey({})", self.0)
    }
}

impl fmt::Display for IdempotencyKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for IdempotencyKey {
    type Error = InvalidIdempotencyKey;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<IdempotencyKey> for String {
    fn from(key: IdempotencyKey) -> Self {
        key.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_random_key_is_32_hex_digits_and_parses_back() {
        let key = IdempotencyKey::from_random([0xab; 16]);
        assert_eq!(key.as_str().len(), 32);
        assert_eq!(IdempotencyKey::parse(key.as_str()), Ok(key));
    }

    #[test]
    fn short_or_odd_keys_are_refused() {
        for s in [
            "",
            "short",
            "has space in it 1234",
            "日本語日本語日本語日本語日本語日本語",
        ] {
            assert!(IdempotencyKey::parse(s).is_err(), "{s:?}");
        }
    }
}
