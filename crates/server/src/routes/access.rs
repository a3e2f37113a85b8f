//! Access tokens: until accounts exist, a resident's proof that an application, a booking or a
//! place on a waitlist is theirs. The receipt carries the token (128 random bits in hex); the store
//! keeps only its SHA-256, and a presented token is checked by comparing hashes, so the time a
//! comparison takes tells nothing about the token.

use madoguchi_domain::hex::to_hex;
use sha2::{Digest as _, Sha256};

use crate::error::ServerError;

/// A new token: 128 random bits in hex.
pub(crate) fn new_token() -> Result<String, ServerError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| ServerError::Internal(format!("random: {e}")))?;
    Ok(to_hex(&bytes))
}

/// What the store keeps of a token.
pub(crate) fn token_hash(token: &str) -> String {
    to_hex(&Sha256::digest(token.as_bytes()))
}

/// Whether `presented` (from `Authorization: Bearer`) is the token whose hash is `kept`.
pub(crate) fn matches(presented: &str, kept: &str) -> bool {
    token_hash(presented) == kept
}
