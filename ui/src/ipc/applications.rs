//! Online applications through the one typed door: a procedure's form, drafts, submitting, and
//! what the resident sent.
//!
//! App mode calls the shell's commands: drafts are kept in its encrypted store, a submission is
//! checked there, saved with its outbox item and sent when the city can be reached (it comes back
//! `Pending`, and later `Sent` with the reference).
//!
//! Web mode talks to the city's server directly and keeps **nothing in browser storage** (no
//! personal data in `localStorage`/`sessionStorage`): drafts and the receipts of what was sent live
//! in this page's memory only, and are gone when the tab is closed or reloaded (the pages say so).
//! A submission is POSTed with an idempotency key the caller keeps until it succeeds, so a retry
//! after a lost answer is replayed by the server, never doubled.

use std::cell::{Cell, RefCell};

use madoguchi_domain::application::{Application, ApplicationReceipt, ApplicationSubmission};
use madoguchi_domain::form::FormSchema;
use madoguchi_domain::{
    ApiError, DeliveryState, Draft, DraftInput, ErrorCode, IdempotencyKey, LocalApplication, ProcedureId,
};
use serde::Serialize;

use super::{call_shell, http_get, http_get_with_token, http_post_as, now, tauri_invoke_fn};

/// What web mode remembers for the life of the page.
struct Memory {
    drafts: Vec<Draft>,
    /// What was sent from this page, newest first, with the access token that reads its status.
    sent: Vec<(LocalApplication, String)>,
}

thread_local! {
    static MEMORY: RefCell<Memory> = const { RefCell::new(Memory { drafts: Vec::new(), sent: Vec::new() }) };
    static NEXT_ID: Cell<i64> = const { Cell::new(1) };
}

fn next_id() -> i64 {
    NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    })
}

/// The procedure's form (newest version), or `not_found` when it cannot be done online. App mode:
/// the shell's kept copy answers offline.
pub async fn procedure_form(procedure: &ProcedureId) -> Result<FormSchema, ApiError> {
    #[derive(Serialize)]
    struct Args<'a> {
        procedure: &'a ProcedureId,
        version: Option<u32>,
    }
    match tauri_invoke_fn() {
        Some(invoke) => {
            call_shell(
                &invoke,
                "procedure_form",
                &Args {
                    procedure,
                    version: None,
                },
            )
            .await
        }
        None => http_get(&format!("/api/v1/procedures/{procedure}/form")).await,
    }
}

/// Saves a draft's answers as entered; returns it with its id (for the next save).
pub async fn save_draft(draft: DraftInput) -> Result<Draft, ApiError> {
    #[derive(Serialize)]
    struct Args {
        draft: DraftInput,
    }
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "save_draft", &Args { draft }).await,
        None => Ok(remember_draft(draft, now())),
    }
}

/// Web mode's draft store: replaces the draft `local_id` names, or adds one.
fn remember_draft(input: DraftInput, at: madoguchi_domain::UnixMillis) -> Draft {
    MEMORY.with(|m| {
        let mut m = m.borrow_mut();
        let local_id = input
            .local_id
            .filter(|id| m.drafts.iter().any(|d| d.local_id == *id))
            .unwrap_or_else(next_id);
        let draft = Draft {
            local_id,
            procedure: input.procedure,
            form_version: input.form_version,
            answers: input.answers,
            step: input.step,
            updated_at: at,
        };
        m.drafts.retain(|d| d.local_id != local_id);
        m.drafts.insert(0, draft.clone());
        draft
    })
}

/// The drafts kept (on the device in app mode; in this page's memory in web mode), newest first.
pub async fn my_drafts() -> Result<Vec<Draft>, ApiError> {
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "my_drafts", &()).await,
        None => Ok(MEMORY.with(|m| m.borrow().drafts.clone())),
    }
}

pub async fn discard_draft(local_id: i64) -> Result<(), ApiError> {
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Args {
        local_id: i64,
    }
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "discard_draft", &Args { local_id }).await,
        None => {
            MEMORY.with(|m| m.borrow_mut().drafts.retain(|d| d.local_id != local_id));
            Ok(())
        }
    }
}

/// Submits an application (and removes the draft it came from). App mode: checked and queued by
/// the shell (comes back `Pending` when the city cannot be reached yet). Web mode: POSTed now with
/// `web_key` (comes back `Sent`, or an error such as `invalid_submission` with the field problems;
/// retry with the same key).
pub async fn submit_application(
    submission: &ApplicationSubmission,
    draft: Option<i64>,
    web_key: &IdempotencyKey,
) -> Result<LocalApplication, ApiError> {
    #[derive(Serialize)]
    struct Args<'a> {
        submission: &'a ApplicationSubmission,
        draft: Option<i64>,
    }
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "submit_application", &Args { submission, draft }).await,
        None => {
            // Signed in on this page: the city tells the resident of its progress (personal notices).
            let resident = super::account::resident_token().await;
            let receipt: ApplicationReceipt =
                http_post_as("/api/v1/applications", submission, web_key, resident.as_deref()).await?;
            let sent = LocalApplication {
                local_id: next_id(),
                procedure: submission.procedure.clone(),
                form_version: submission.form_version,
                created_at: receipt.received_at,
                delivery: DeliveryState::Sent {
                    reference: receipt.reference.0,
                },
            };
            MEMORY.with(|m| {
                let mut m = m.borrow_mut();
                if let Some(id) = draft {
                    m.drafts.retain(|d| d.local_id != id);
                }
                m.sent.insert(0, (sent.clone(), receipt.access_token));
            });
            Ok(sent)
        }
    }
}

/// What the resident sent (from this device in app mode; from this page in web mode), newest first.
pub async fn my_applications() -> Result<Vec<LocalApplication>, ApiError> {
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "my_applications", &()).await,
        None => Ok(MEMORY.with(|m| m.borrow().sent.iter().map(|(a, _)| a.clone()).collect())),
    }
}

/// The city's view of an application sent from here: its status and history. App mode: asked by
/// the shell with the access token it keeps (offline, as last seen). Web mode: asked with the
/// access token of the receipt this page kept.
pub async fn application_status(reference: &str) -> Result<Application, ApiError> {
    #[derive(Serialize)]
    struct Args<'a> {
        reference: &'a str,
    }
    if let Some(invoke) = tauri_invoke_fn() {
        return call_shell(&invoke, "application_status", &Args { reference }).await;
    }
    let token = MEMORY.with(|m| {
        m.borrow().sent.iter().find_map(|(a, token)| match &a.delivery {
            DeliveryState::Sent { reference: r } if r == reference => Some(token.clone()),
            _ => None,
        })
    });
    match token {
        Some(token) => http_get_with_token(&format!("/api/v1/applications/{reference}"), &token).await,
        None => Err(ErrorCode::NotFound.into()),
    }
}

#[cfg(test)]
mod tests {
    use madoguchi_domain::form::Answers;
    use madoguchi_domain::{DraftInput, ProcedureId, UnixMillis};

    use super::{MEMORY, remember_draft};

    fn input(local_id: Option<i64>, step: u32) -> DraftInput {
        DraftInput {
            local_id,
            procedure: ProcedureId::parse("child-allowance").unwrap(),
            form_version: 1,
            answers: Answers::new(),
            step,
        }
    }

    #[test]
    fn a_web_draft_saved_again_replaces_itself_and_an_unknown_id_makes_a_new_one() {
        let first = remember_draft(input(None, 0), UnixMillis(1));
        let again = remember_draft(input(Some(first.local_id), 2), UnixMillis(2));
        assert_eq!(again.local_id, first.local_id);
        let other = remember_draft(input(Some(9_999), 0), UnixMillis(3));
        assert_ne!(other.local_id, 9_999);
        let kept = MEMORY.with(|m| m.borrow().drafts.clone());
        assert_eq!(kept.len(), 2);
        assert_eq!(
            kept[1].step, 2,
            "the newest first, the replaced one kept its new step"
        );
    }
}
