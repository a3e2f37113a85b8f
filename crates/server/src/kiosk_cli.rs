//! `madoguchi-server kiosk register <place>`, `kiosk list`, `kiosk revoke <kiosk id>`: an admin
//! registers a library's or a community centre's kiosk to its place, sees them all, and revokes
//! one that was lost or retired. The credential is printed once, for the kiosk's setup, and kept
//! only as its SHA-256.

use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::{KioskId, KioskPlace};

use crate::credentials::{TokenKind, new_token, random_hex, sha256_hex};
use crate::storage::{KioskRecord, NewKiosk, Store, StoreError};

/// A kiosk just registered: its id and its credential (shown once).
#[derive(Debug)]
pub struct RegisteredKiosk {
    pub id: KioskId,
    pub place: KioskPlace,
    pub credential: String,
}

#[derive(Debug, thiserror::Error)]
pub enum KioskCliError {
    #[error("{0:?} is not a place: 1–60 characters, no line breaks")]
    BadPlace(String),
    #[error("{0:?} is not a kiosk id (kiosk- and 8 hex digits; `kiosk list` shows them)")]
    BadId(String),
    #[error("no kiosk {0} is registered, or it was revoked already")]
    NotFound(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

pub async fn register(
    store: &dyn Store,
    place: &str,
    at: UnixMillis,
) -> Result<RegisteredKiosk, KioskCliError> {
    let place = KioskPlace::parse(place).ok_or_else(|| KioskCliError::BadPlace(place.to_owned()))?;
    // 32 bits of id among a city's few dozen kiosks: a clash is retried, never overwritten.
    loop {
        let id = KioskId(format!("kiosk-{}", random_hex(4)));
        let credential = new_token(TokenKind::KioskCredential);
        let registered = store
            .register_kiosk(NewKiosk {
                id: id.clone(),
                place: place.clone(),
                credential_sha256: sha256_hex(&credential),
                at,
            })
            .await?;
        if registered {
            return Ok(RegisteredKiosk {
                id,
                place,
                credential,
            });
        }
    }
}

pub async fn list(store: &dyn Store) -> Result<Vec<KioskRecord>, KioskCliError> {
    Ok(store.kiosks().await?)
}

pub async fn revoke(store: &dyn Store, id: &str, at: UnixMillis) -> Result<(), KioskCliError> {
    let parsed = KioskId::parse(id).ok_or_else(|| KioskCliError::BadId(id.to_owned()))?;
    if store.revoke_kiosk(parsed, at).await? {
        Ok(())
    } else {
        Err(KioskCliError::NotFound(id.to_owned()))
    }
}
