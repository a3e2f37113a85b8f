//! The device credential in the OS keyring, beside the database key (`store::key`), never in a
//! file: the entry `<data folder>#device-credential` holds the signed-in device's, and
//! `<data folder>#signing-out-<device>` the credential of a device the resident signed out of
//! while items queued under it (and the sign-out itself) still wait to be sent. That one is
//! deleted as soon as no item of its device is left ([`super::Account::settled`]).
//!
//! The entry holds the device's id with the credential (JSON), so the principal an item is sent
//! under is known from the keyring alone.

use std::fmt;

use madoguchi_domain::account::DeviceId;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::store::key::{KeyError, KeyStore, KeyringEntry};

/// The signed-in device's entry.
const CURRENT: &str = "device-credential";

/// A device's long-lived credential (`dc-…`). Prints as `[redacted]`.
#[derive(Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceCredential {
    pub device_id: DeviceId,
    pub credential: String,
}

impl fmt::Debug for DeviceCredential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DeviceCredential")
            .field("device_id", &self.device_id)
            .finish_non_exhaustive()
    }
}

impl Drop for DeviceCredential {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.credential);
    }
}

/// The credential entries of one data folder.
#[derive(Clone)]
pub struct Credentials {
    current: KeyringEntry,
    keys: KeyStore,
}

impl Credentials {
    pub fn new(keys: KeyStore) -> Self {
        Self {
            current: keys.sibling(CURRENT),
            keys,
        }
    }

    /// The signed-in device's entry (tests look for it with `keyctl`).
    pub fn current_entry(&self) -> &KeyringEntry {
        &self.current
    }

    /// The entry keeping a signed-out device's credential until its items are sent.
    pub fn signing_out_entry(&self, device: &str) -> KeyringEntry {
        self.keys.sibling(&format!("signing-out-{device}"))
    }

    pub fn current(&self) -> Result<Option<DeviceCredential>, KeyError> {
        read(&self.current)
    }

    pub fn save_current(&self, credential: &DeviceCredential) -> Result<(), KeyError> {
        write(&self.current, credential)?;
        // Some keyrings accept a write they cannot give back (a locked collection): a device
        // that believed itself signed in without a credential would queue items it cannot send.
        match self.current()? {
            Some(kept) if kept.credential == credential.credential => Ok(()),
            _ => Err(KeyError::Unavailable(
                "the keyring did not keep the credential".into(),
            )),
        }
    }

    /// The credential of `device`: the signed-in one's, or one kept while it signs out.
    pub fn of(&self, device: &str) -> Result<Option<DeviceCredential>, KeyError> {
        match self.current()? {
            Some(current) if current.device_id.0 == device => Ok(Some(current)),
            _ => read(&self.signing_out_entry(device)),
        }
    }

    /// Moves the signed-in credential to its signing-out entry (written first: a crash in
    /// between leaves it in both, never in neither).
    pub fn keep_for_sign_out(&self, credential: &DeviceCredential) -> Result<(), KeyError> {
        write(&self.signing_out_entry(&credential.device_id.0), credential)
    }

    pub fn delete_current(&self) -> Result<(), KeyError> {
        self.current.delete()
    }
}

fn read(entry: &KeyringEntry) -> Result<Option<DeviceCredential>, KeyError> {
    entry
        .load()?
        .map(|json| serde_json::from_str(&json).map_err(|_| KeyError::Malformed))
        .transpose()
}

fn write(entry: &KeyringEntry, credential: &DeviceCredential) -> Result<(), KeyError> {
    let json = Zeroizing::new(serde_json::to_string(credential).map_err(|_| KeyError::Malformed)?);
    entry.save(&json)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_credential_never_prints() {
        let credential = DeviceCredential {
            device_id: DeviceId("dev-00112233445566778899aabbccddeeff".into()),
            credential: "dc-secret".into(),
        };
        let shown = format!("{credential:?}");
        assert!(!shown.contains("dc-secret"), "{shown}");
        assert!(shown.contains("dev-0011"), "{shown}");
    }
}
