//! Online applications on the device: the forms they are filled in (kept, so a draft can be checked
//! and submitted offline), drafts saved answer by answer, and submissions queued through the outbox.
//! Everything here lives in the encrypted store; nothing of it is plaintext on disk.
//!
//! - [`forms`]: the city's forms as fetched, by procedure and version.
//! - [`drafts`]: what the resident has entered so far; closing the app, losing the network or a
//!   crash loses nothing that was saved.
//! - [`submissions`]: a checked submission saved with its outbox item in one transaction (the
//!   draft goes in the same one), and the city's receipt or refusal recorded by [`ApplicationKind`].
//! - [`status`]: the city's status and history of a sent application, kept as last seen.

pub mod drafts;
pub mod forms;
pub mod status;
pub mod submissions;

use madoguchi_domain::ApiError;
use madoguchi_domain::application::ApplicationReceipt;
use rusqlite::{Transaction, params};

use crate::outbox;
use crate::store::StoreError;

/// The server route an application is delivered to.
pub const APPLICATIONS_PATH: &str = "api/v1/applications";

/// Applications as a kind of outbox item: the receipt (reference and access token), or the refusal
/// with its field problems, is kept on the application.
pub struct ApplicationKind;

impl outbox::Kind for ApplicationKind {
    fn name(&self) -> &'static str {
        "application"
    }

    fn on_delivered(&self, tx: &Transaction<'_>, local_id: i64, response: &[u8]) -> Result<(), StoreError> {
        let receipt: ApplicationReceipt = serde_json::from_slice(response)
            .map_err(|e| StoreError::Corrupt(format!("application receipt: {e}")))?;
        tx.execute(
            "UPDATE applications SET reference = ?2, access_token = ?3 WHERE local_id = ?1",
            params![local_id, receipt.reference.0, receipt.access_token],
        )?;
        Ok(())
    }

    fn on_refused(&self, tx: &Transaction<'_>, local_id: i64, error: &ApiError) -> Result<(), StoreError> {
        // The whole error, problems included, so the resident sees each beside its answer.
        let error = serde_json::to_string(error).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        tx.execute(
            "UPDATE applications SET error = ?2 WHERE local_id = ?1",
            params![local_id, error],
        )?;
        Ok(())
    }

    fn on_resent(&self, tx: &Transaction<'_>, local_id: i64) -> Result<(), StoreError> {
        tx.execute(
            "UPDATE applications SET error = NULL WHERE local_id = ?1",
            [local_id],
        )?;
        Ok(())
    }
}
