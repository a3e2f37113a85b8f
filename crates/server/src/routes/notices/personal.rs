//! Notices addressed to one account: the application a signed-in resident submitted changed
//! status. The server words nothing: the notice names the application and its status, and the
//! app says it in its reader's language.
//!
//! Written after the status change has committed, not in its transaction: a failure here is
//! logged and the change still answers as done (the resident sees the new status in the
//! application itself; only the notice about it is lost). Folding the notice into the status
//! change's transaction is left for when applications move to accounts entirely.

use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::AccountId;
use madoguchi_domain::application::{ApplicationReference, ApplicationStatus};
use madoguchi_domain::notice::{PersonalNotice, PersonalSubject};

use crate::routes::AppState;

/// Remembers that `account` submitted `reference` (failures logged: see the module docs).
pub async fn application_submitted(state: &AppState, reference: ApplicationReference, account: AccountId) {
    if let Err(error) = state.store.link_application_account(reference, account).await {
        tracing::warn!(%error, "could not link an application to its account");
    }
}

/// Tells the account that submitted `reference`, if any, that it is now `status`.
pub async fn application_status_changed(
    state: &AppState,
    reference: ApplicationReference,
    status: ApplicationStatus,
    at: UnixMillis,
) {
    let written = async {
        let Some(account) = state.store.application_account(reference.clone()).await? else {
            return Ok(false);
        };
        let notice = PersonalNotice {
            at,
            subject: PersonalSubject::ApplicationStatus { reference, status },
        };
        state
            .store
            .add_personal_notice(account, notice)
            .await
            .map(|_| true)
    };
    match written.await {
        Ok(true) => state.notices.wake(),
        Ok(false) => {}
        Err(error) => tracing::warn!(%error, "could not write a personal notice"),
    }
}
