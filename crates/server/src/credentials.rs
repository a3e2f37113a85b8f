//! Making and checking secrets: random tokens kept only as SHA-256, staff passwords as argon2id,
//! TOTP codes (RFC 6238: SHA-1, 6 digits, 30 s, as every authenticator app reads them).
//!
//! Tokens carry a prefix naming what they are (`at-` access token, `dc-` device credential,
//! `st-` staff session), so a leaked one is recognisable to secret scanners and a token of one
//! kind is never looked up as another.

use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier as _, SaltString};
use madoguchi_domain::UnixMillis;
use madoguchi_domain::hex::to_hex;
use sha2::{Digest as _, Sha256};

/// What a random secret is for: its prefix, and how many random bytes it carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A resident's short-lived access token (`at-`, 128 bits).
    Access,
    /// A resident device's long-lived credential (`dc-`, 256 bits).
    DeviceCredential,
    /// A staff session (`st-`, 128 bits).
    StaffSession,
    /// A registered kiosk's long-lived credential (`kc-`, 256 bits).
    KioskCredential,
}

impl TokenKind {
    pub fn prefix(self) -> &'static str {
        match self {
            TokenKind::Access => "at-",
            TokenKind::DeviceCredential => "dc-",
            TokenKind::StaffSession => "st-",
            TokenKind::KioskCredential => "kc-",
        }
    }

    fn bytes(self) -> usize {
        match self {
            TokenKind::DeviceCredential | TokenKind::KioskCredential => 32,
            TokenKind::Access | TokenKind::StaffSession => 16,
        }
    }

    /// Whether `token` has this kind's form (a cheap refusal before any lookup).
    pub fn matches(self, token: &str) -> bool {
        token.strip_prefix(self.prefix()).is_some_and(|hex| {
            hex.len() == self.bytes() * 2 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
        })
    }
}

/// `n` random bytes as lowercase hex.
pub fn random_hex(n: usize) -> String {
    let mut bytes = vec![0u8; n];
    getrandom::fill(&mut bytes).expect("the OS has randomness");
    to_hex(&bytes)
}

/// A new random token of `kind`.
pub fn new_token(kind: TokenKind) -> String {
    format!("{}{}", kind.prefix(), random_hex(kind.bytes()))
}

/// A new random id: `prefix-` and 32 hex digits (`acc-…`, `dev-…`).
pub fn new_id(prefix: &str) -> String {
    format!("{prefix}-{}", random_hex(16))
}

/// Hex SHA-256 of a secret: what the database keeps instead of it.
pub fn sha256_hex(secret: &str) -> String {
    to_hex(&Sha256::digest(secret.as_bytes()))
}

/// Whether two byte strings are equal, taking the same time wherever they differ.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A six-digit sign-in code from the OS's randomness, uniform over 000000–999999.
pub fn new_sign_in_code() -> madoguchi_domain::account::SignInCode {
    loop {
        let mut bytes = [0u8; 4];
        getrandom::fill(&mut bytes).expect("the OS has randomness");
        let n = u32::from_le_bytes(bytes);
        // Rejection sampling: the top sliver of u32 would make low codes likelier.
        if n < u32::MAX - u32::MAX % 1_000_000 {
            return madoguchi_domain::account::SignInCode::from_number(n);
        }
    }
}

/// What is kept of a sign-in code: SHA-256 over the address and the code, so the same code sent to
/// two addresses is kept as two different values.
pub fn code_digest(email: &str, code: &str) -> String {
    sha256_hex(&format!("{email}\n{code}"))
}

/// An argon2id hash (PHC string, with its own salt and parameters) of a staff password.
pub fn hash_password(password: &str) -> String {
    let salt = SaltString::encode_b64(random_hex(16).as_bytes()).expect("16 bytes of hex is a valid salt");
    argon2::Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .expect("argon2id with default parameters hashes any password")
        .to_string()
}

/// Whether `password` matches a hash made by [`hash_password`].
pub fn verify_password(hash: &str, password: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        argon2::Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// A new TOTP secret: 160 random bits, base32 as authenticator apps take it.
pub fn new_totp_secret() -> String {
    let mut bytes = [0u8; 20];
    getrandom::fill(&mut bytes).expect("the OS has randomness");
    base32::encode(base32::Alphabet::Rfc4648 { padding: false }, &bytes)
}

/// The TOTP time step: 30 seconds.
pub const TOTP_STEP_SECS: u64 = 30;

/// The code an authenticator app shows for `secret` at `at`.
pub fn totp_code(secret: &str, at: UnixMillis) -> Option<String> {
    let totp = totp(secret)?;
    Some(totp.generate(seconds(at)))
}

/// The time step `code` belongs to, if it is right for `secret` at `at` give or take one step (a
/// clock 30 s off, or a code typed as it changed).
pub fn check_totp(secret: &str, code: &str, at: UnixMillis) -> Option<u64> {
    let totp = totp(secret)?;
    let now = seconds(at) / TOTP_STEP_SECS;
    [now.saturating_sub(1), now, now + 1]
        .into_iter()
        .find(|step| constant_time_eq(totp.generate(step * TOTP_STEP_SECS).as_bytes(), code.as_bytes()))
}

/// The `otpauth://` address an authenticator app reads from a QR code.
pub fn otpauth_uri(issuer: &str, username: &str, secret: &str) -> String {
    format!(
        "otpauth://totp/{issuer}:{username}?secret={secret}&issuer={issuer}&algorithm=SHA1&digits=6&period=30"
    )
}

fn totp(secret: &str) -> Option<totp_rs::TOTP> {
    let bytes = base32::decode(base32::Alphabet::Rfc4648 { padding: false }, secret)?;
    totp_rs::TOTP::new(totp_rs::Algorithm::SHA1, 6, 1, TOTP_STEP_SECS, bytes).ok()
}

fn seconds(at: UnixMillis) -> u64 {
    u64::try_from(at.0 / 1000).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_have_their_kind_s_form_and_never_repeat() {
        for kind in [
            TokenKind::Access,
            TokenKind::DeviceCredential,
            TokenKind::StaffSession,
            TokenKind::KioskCredential,
        ] {
            let (a, b) = (new_token(kind), new_token(kind));
            assert!(kind.matches(&a), "{a}");
            assert_ne!(a, b);
        }
        assert!(!TokenKind::Access.matches(&new_token(TokenKind::StaffSession)));
    }

    #[test]
    fn a_password_verifies_against_its_hash_only() {
        let hash = hash_password("correct horse battery staple");
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password(&hash, "correct horse battery staple"));
        assert!(!verify_password(&hash, "correct horse battery stapl"));
        assert!(!verify_password("not a hash", "x"));
    }

    #[test]
    fn totp_matches_rfc_6238_s_test_vector() {
        // RFC 6238 appendix B, SHA-1: secret "12345678901234567890", T = 59 s → 94287082 (8 digits);
        // its last six digits are what a six-digit app shows.
        let secret = base32::encode(
            base32::Alphabet::Rfc4648 { padding: false },
            b"12345678901234567890",
        );
        assert_eq!(totp_code(&secret, UnixMillis(59_000)).unwrap(), "287082");
        assert_eq!(check_totp(&secret, "287082", UnixMillis(59_000)), Some(1));
        // One step late still counts; two do not.
        assert_eq!(check_totp(&secret, "287082", UnixMillis(89_000)), Some(1));
        assert_eq!(check_totp(&secret, "287082", UnixMillis(120_000)), None);
    }

    #[test]
    fn sign_in_codes_are_six_digits() {
        for _ in 0..100 {
            assert_eq!(new_sign_in_code().as_str().len(), 6);
        }
    }
}
