//! The key of the encrypted local database: 32 random bytes, kept only in the OS keyring.
//!
//! **Architecture Invariant:** the key never touches disk or logs. It lives in the keyring as 64
//! hex digits, in memory in a [`DatabaseKey`] that wipes itself on drop and prints as
//! `[redacted]`, and reaches SQLCipher only as `PRAGMA key = "x'…'"` (a raw key: no passphrase
//! derivation on every open, which costs ~200 ms).
//!
//! Keyring per platform (chosen in Cargo.toml by target): macOS/iOS keychain, Windows credential
//! manager, and on Linux either the Secret Service (GNOME Keyring, KWallet: persistent, the
//! default) or the kernel's keyutils (`MADOGUCHI_KEYRING=kernel`: lives only as long as the login
//! session or a few days after, so it suits kiosks and tests, never a resident's laptop). When no
//! keyring can be reached the store refuses to open with a localized message; it never falls back
//! to plaintext.

use std::fmt;

use zeroize::{Zeroize as _, Zeroizing};

/// The name under which the key is kept (the user part names the data folder; see [`KeyStore`]).
pub const KEYRING_SERVICE: &str = "jp.madoguchi.app";

/// 256 random bits. Wiped from memory when dropped.
pub struct DatabaseKey([u8; 32]);

impl DatabaseKey {
    /// A fresh key from the OS's random source.
    pub fn generate() -> Result<Self, KeyError> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| KeyError::Unavailable(format!("no randomness: {e}")))?;
        Ok(Self(bytes))
    }

    /// Reads the keyring's form (64 hex digits). Anything else means the entry was tampered with.
    pub fn from_hex(hex: &str) -> Option<Self> {
        let hex = hex.as_bytes();
        if hex.len() != 64 {
            return None;
        }
        let mut bytes = [0u8; 32];
        for (i, pair) in hex.chunks(2).enumerate() {
            let text = std::str::from_utf8(pair).ok()?;
            bytes[i] = u8::from_str_radix(text, 16).ok()?;
        }
        Some(Self(bytes))
    }

    /// The keyring's form; wiped when the caller drops it.
    pub fn to_hex(&self) -> Zeroizing<String> {
        let mut s = Zeroizing::new(String::with_capacity(64));
        for b in self.0 {
            s.push_str(&format!("{b:02x}"));
        }
        s
    }

    /// The statement that unlocks a SQLCipher connection with this raw key.
    pub fn pragma(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("PRAGMA key = \"x'{}'\";", self.to_hex().as_str()))
    }
}

impl Drop for DatabaseKey {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl fmt::Debug for DatabaseKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DatabaseKey([redacted])")
    }
}

/// Why the key cannot be had.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// No keyring answers (no Secret Service on the bus, no session keyring, …).
    #[error("no OS keyring is available: {0}")]
    Unavailable(String),
    /// The keyring holds something that is not one of our keys.
    #[error("the keyring entry is not a database key")]
    Malformed,
}

/// Which Linux keyring holds the key (other platforms have one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum KeyringBackend {
    /// The platform's persistent keyring (Secret Service on Linux).
    System,
    /// Linux kernel keyutils: session-scoped, for kiosks and tests.
    Kernel,
}

/// One secret of a data folder in the OS keyring (service [`KEYRING_SERVICE`]), kept as text.
/// The database key is one ([`KeyStore`]); the signed-in device's credential is another
/// (`crate::account`). Each is named after the data folder, so two profiles never share one.
#[derive(Clone)]
pub struct KeyringEntry {
    backend: KeyringBackend,
    user: String,
}

impl KeyringEntry {
    /// The stored secret, or `None` if there is none.
    pub fn load(&self) -> Result<Option<Zeroizing<String>>, KeyError> {
        match self.entry()?.get_password() {
            Ok(secret) => Ok(Some(Zeroizing::new(secret))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(KeyError::Unavailable(e.to_string())),
        }
    }

    pub fn save(&self, secret: &str) -> Result<(), KeyError> {
        self.entry()?
            .set_password(secret)
            .map_err(|e| KeyError::Unavailable(e.to_string()))
    }

    /// Removes the secret; a missing one is not an error (the goal is that it is gone).
    pub fn delete(&self) -> Result<(), KeyError> {
        match self.entry()?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(KeyError::Unavailable(e.to_string())),
        }
    }

    /// The entry's name in the keyring (not secret: tests look it up with `keyctl`).
    pub fn user(&self) -> &str {
        &self.user
    }

    fn entry(&self) -> Result<keyring::Entry, KeyError> {
        platform_entry(self.backend, &self.user).map_err(|e| KeyError::Unavailable(e.to_string()))
    }
}

/// Where the database key is kept: one entry per data folder, so two profiles never share a key.
#[derive(Clone)]
pub struct KeyStore {
    backend: KeyringBackend,
    data_id: String,
    key: KeyringEntry,
}

impl KeyStore {
    /// `data_id` names the data folder (a hash of its path); it is not secret.
    pub fn new(backend: KeyringBackend, data_id: &str) -> Self {
        Self {
            backend,
            data_id: data_id.to_owned(),
            key: KeyringEntry {
                backend,
                user: format!("local-data-key-{data_id}"),
            },
        }
    }

    /// Another secret of the same data folder: the entry `<data id>#<name>`, in the same keyring.
    pub fn sibling(&self, name: &str) -> KeyringEntry {
        KeyringEntry {
            backend: self.backend,
            user: format!("{}#{name}", self.data_id),
        }
    }

    /// The stored key, or `None` if there is none yet.
    pub fn load(&self) -> Result<Option<DatabaseKey>, KeyError> {
        match self.key.load()? {
            Some(hex) => DatabaseKey::from_hex(&hex).map(Some).ok_or(KeyError::Malformed),
            None => Ok(None),
        }
    }

    pub fn save(&self, key: &DatabaseKey) -> Result<(), KeyError> {
        self.key.save(&key.to_hex())
    }

    /// Removes the key; a missing key is not an error (the goal is that it is gone).
    pub fn delete(&self) -> Result<(), KeyError> {
        self.key.delete()
    }
}

#[cfg(target_os = "linux")]
fn platform_entry(backend: KeyringBackend, user: &str) -> keyring::Result<keyring::Entry> {
    let credential: Box<keyring::credential::Credential> = match backend {
        KeyringBackend::Kernel => Box::new(keyring::keyutils::KeyutilsCredential::new_with_target(
            None,
            KEYRING_SERVICE,
            user,
        )?),
        KeyringBackend::System => Box::new(keyring::secret_service::SsCredential::new_with_target(
            None,
            KEYRING_SERVICE,
            user,
        )?),
    };
    Ok(keyring::Entry::new_with_credential(credential))
}

#[cfg(not(target_os = "linux"))]
fn platform_entry(_backend: KeyringBackend, user: &str) -> keyring::Result<keyring::Entry> {
    // macOS/iOS keychain and Windows credential manager through the crate's platform default
    // (features per target in Cargo.toml).
    keyring::Entry::new(KEYRING_SERVICE, user)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_survives_its_hex_form_and_never_prints() {
        let key = DatabaseKey::generate().unwrap();
        let hex = key.to_hex();
        assert_eq!(hex.len(), 64);
        let back = DatabaseKey::from_hex(&hex).unwrap();
        assert_eq!(back.to_hex().as_str(), hex.as_str());
        assert_eq!(format!("{key:?}"), "DatabaseKey([redacted])");
        assert!(key.pragma().starts_with("PRAGMA key = \"x'"));
    }

    #[test]
    fn two_generated_keys_differ() {
        assert_ne!(
            DatabaseKey::generate().unwrap().to_hex(),
            DatabaseKey::generate().unwrap().to_hex()
        );
    }

    #[test]
    fn a_keyring_entry_that_is_not_64_hex_digits_is_not_a_key() {
        assert!(DatabaseKey::from_hex("abc").is_none());
        assert!(DatabaseKey::from_hex(&"zz".repeat(32)).is_none());
    }
}
