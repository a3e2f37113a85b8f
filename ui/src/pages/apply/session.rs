//! The application being filled: its form, the answers so far, its draft, and what came back. Kept
//! in this page's memory (a `thread_local`), not in a component, because every stage is a page of
//! its own and a page's signals go when it does. In app mode the answers are also saved as a draft
//! in the shell's encrypted store as the resident goes; web mode keeps no draft outside this
//! memory (`ipc::applications`).

use std::cell::{Cell, RefCell};
use std::time::Duration;

use madoguchi_domain::form::{Answers, FieldId, FieldProblem, FormSchema};
use madoguchi_domain::{ApiError, DraftInput, IdempotencyKey, LocalApplication, ProcedureId};

use crate::ipc;

/// One application in progress (or just sent).
#[derive(Clone, Debug)]
pub struct Session {
    pub schema: FormSchema,
    pub answers: Answers,
    /// The draft the answers are saved in, once there is one.
    pub draft: Option<i64>,
    /// The step the resident is on (saved with the draft, to resume there).
    pub step: u32,
    /// Web mode: the submission's key, kept until the city has it.
    pub web_key: Option<IdempotencyKey>,
    /// Problems to show when a page opens: the city's refusal, or a check that failed.
    pub problems: Vec<FieldProblem>,
    /// Came from "check your answers" through a change link: continue goes back there.
    pub back_to_check: bool,
    /// What submitting gave.
    pub sent: Option<LocalApplication>,
    /// The answers filled from what the resident told the city before ("once only"), which the
    /// steps point out to be checked.
    pub prefilled: Vec<FieldId>,
}

thread_local! {
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
    /// A save is on its way; `DIRTY` asks for another when it is done (so saves never overlap
    /// and a new draft is never created twice).
    static SAVING: Cell<bool> = const { Cell::new(false) };
    static DIRTY: Cell<bool> = const { Cell::new(false) };
    /// The save waiting for the resident to pause typing.
    static SOON: Cell<Option<leptos::prelude::TimeoutHandle>> = const { Cell::new(None) };
}

/// How long typing may pause before the answers so far are saved.
const SAVE_AFTER_A_PAUSE: Duration = Duration::from_millis(600);

/// The session for `procedure`, if one is open.
pub fn get(procedure: &ProcedureId) -> Option<Session> {
    SESSION.with(|s| {
        s.borrow()
            .as_ref()
            .filter(|s| &s.schema.procedure == procedure)
            .cloned()
    })
}

/// Changes the open session (nothing when none is).
pub fn update(f: impl FnOnce(&mut Session)) {
    SESSION.with(|s| {
        if let Some(session) = s.borrow_mut().as_mut() {
            f(session);
        }
    });
}

/// Ends the session (a draft discarded elsewhere, or one sent and seen).
pub fn close_draft(local_id: i64) {
    SESSION.with(|s| {
        let mut s = s.borrow_mut();
        if s.as_ref().is_some_and(|s| s.draft == Some(local_id)) {
            *s = None;
        }
    });
}

/// Opens the session for `procedure`: the one in memory, else its newest draft (on this device in
/// app mode) resumed, else a new one on the form's newest version, starting with the signed-in
/// resident's own details the city already has (none when nobody is signed in or the city cannot
/// be reached: the form then starts empty).
pub async fn open(procedure: &ProcedureId) -> Result<Session, ApiError> {
    if let Some(session) = get(procedure) {
        return Ok(session);
    }
    let schema = ipc::applications::procedure_form(procedure).await?;
    let draft = ipc::applications::my_drafts().await.ok().and_then(|drafts| {
        drafts
            .into_iter()
            .find(|d| &d.procedure == procedure && d.form_version == schema.version)
    });
    let mut answers = draft.as_ref().map(|d| d.answers.clone()).unwrap_or_default();
    let prefilled = match &draft {
        Some(_) => Vec::new(),
        None => ipc::account::details()
            .await
            .map(|details| details.fill(&schema, &mut answers))
            .unwrap_or_default(),
    };
    let session = Session {
        answers,
        prefilled,
        draft: draft.as_ref().map(|d| d.local_id),
        step: draft.as_ref().map_or(0, |d| d.step),
        schema,
        web_key: None,
        problems: Vec::new(),
        back_to_check: false,
        sent: None,
    };
    SESSION.with(|s| *s.borrow_mut() = Some(session.clone()));
    Ok(session)
}

/// Saves the open session's answers as its draft (app mode: in the shell's encrypted store; web
/// mode: in this page's memory). Saves run one at a time; one asked for meanwhile runs after.
pub fn save_draft() {
    // This save takes the answers a waiting one would have saved.
    if let Some(waiting) = SOON.with(Cell::take) {
        waiting.clear();
    }
    if SAVING.with(Cell::get) {
        DIRTY.with(|d| d.set(true));
        return;
    }
    let Some(input) = SESSION.with(|s| {
        s.borrow()
            .as_ref()
            .filter(|s| s.sent.is_none())
            .map(|s| DraftInput {
                local_id: s.draft,
                procedure: s.schema.procedure.clone(),
                form_version: s.schema.version,
                answers: s.answers.clone(),
                step: s.step,
            })
    }) else {
        return;
    };
    SAVING.with(|s| s.set(true));
    leptos::task::spawn_local(async move {
        // A draft that cannot be saved (no keyring) leaves the form usable: the answers are still in
        // this page's memory.
        if let Ok(saved) = ipc::applications::save_draft(input).await {
            update(|s| s.draft = Some(saved.local_id));
        }
        SAVING.with(|s| s.set(false));
        if DIRTY.with(|d| d.replace(false)) {
            save_draft();
        }
    });
}

/// Saves the draft once the answers stop changing for [`SAVE_AFTER_A_PAUSE`] (each change starts
/// the wait again), so that typing is not a save per key.
pub fn save_draft_soon() {
    if let Some(waiting) = SOON.with(Cell::take) {
        waiting.clear();
    }
    let saved_later = leptos::prelude::set_timeout_with_handle(
        || {
            SOON.with(|s| s.set(None));
            save_draft();
        },
        SAVE_AFTER_A_PAUSE,
    );
    if let Ok(handle) = saved_later {
        SOON.with(|s| s.set(Some(handle)));
    }
}
