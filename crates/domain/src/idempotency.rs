//! Idempotency keys: every mutation a client sends carries one, so a retry after a lost answer is
//! replayed by the server instead of done twice.

use std::fmt;

use serde::{Deserialize, Serialize};

/// How long a server keeps a key and its response: a device offline for a day still gets its
/// replay. Past it a retry could run again, so a client must not send an old key without asking.
pub const KEY_RETENTION_MILLIS: i64 = 24 * 60 * 60 * 1000;

/// The HTTP header that carries the key (IETF draft "The Idempotency-Key HTTP Header Field").
pub const IDEMPOTENCY_KEY_HEADER: &str = "Idempotency-Key";

/// A client-chosen key, 22–128 characters of `A–Z a–z 0–9 - _`: short enough to index, and long
/// enough to hold 128 random bits, so that nobody can guess another client's key: 22 base64url
/// characters carry 132 bits, 32 hex digits (what the shell and the UI make) 128. The server can
/// only check the length, not the randomness: a client must fill the key from a secure random
/// source ([`IdempotencyKey::from_random`]).
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "6f1c0d9a2b7e4f3c8d5a1b2c3d4e5f60"))]
pub struct IdempotencyKey(String);

/// Why a string is not an idempotency key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an idempotency key (22–128 of A–Z a–z 0–9 - _)")]
pub struct InvalidIdempotencyKey;

/// The fewest characters a key may have: 22 of base64url's 64 hold 132 bits, the first length
/// that can hold 128.
pub const MIN_KEY_CHARS: usize = 22;
/// The most characters a key may have (it is indexed).
pub const MAX_KEY_CHARS: usize = 128;

impl IdempotencyKey {
    pub fn parse(s: &str) -> Result<Self, InvalidIdempotencyKey> {
        let ok = (MIN_KEY_CHARS..=MAX_KEY_CHARS).contains(&s.len())
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if ok {
            Ok(Self(s.to_owned()))
        } else {
            Err(InvalidIdempotencyKey)
        }
    }

    /// A key from 16 random bytes the caller drew (the domain has no randomness of its own): 32
    /// hex digits, 128 bits.
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
    fn a_key_too_short_to_hold_128_bits_is_refused() {
        // 21 base64url characters hold 126 bits: a guessable key, refused; 22 hold 132.
        assert!(IdempotencyKey::parse(&"A".repeat(21)).is_err());
        assert!(
            IdempotencyKey::parse("0123456789abcdef").is_err(),
            "16 hex digits: 64 bits"
        );
        assert!(IdempotencyKey::parse("AbCdEfGhIjKlMnOpQrSt_-").is_ok());
        assert!(IdempotencyKey::parse(&"k".repeat(MAX_KEY_CHARS)).is_ok());
        assert!(IdempotencyKey::parse(&"k".repeat(MAX_KEY_CHARS + 1)).is_err());
    }

    #[test]
    fn short_or_odd_keys_are_refused() {
        for s in [
            "",
            "short",
            "has space in it 1234 56",
            "日本語日本語日本語日本語日本語日本語",
        ] {
            assert!(IdempotencyKey::parse(s).is_err(), "{s:?}");
        }
    }
}
