//! Drafts: the answers a resident has entered, saved as they go (the UI saves after each answer),
//! so nothing entered is lost to a closed window, a dropped network or a crash.

use madoguchi_domain::{Draft, DraftInput, ProcedureId, UnixMillis};
use rusqlite::{Connection, params};

use crate::store::StoreError;

/// Saves a new draft or the next state of one; returns it as kept. Saving a draft that no longer
/// exists (submitted or discarded meanwhile, e.g. in another window) starts a new one rather than
/// losing the answers.
pub fn save(conn: &Connection, input: &DraftInput, now: UnixMillis) -> Result<Draft, StoreError> {
    let answers = serde_json::to_string(&input.answers).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let updated = match input.local_id {
        Some(id) => conn.execute(
            "UPDATE drafts SET procedure = ?2, form_version = ?3, answers = ?4, step = ?5, updated_at = ?6
             WHERE local_id = ?1",
            params![
                id,
                input.procedure.as_str(),
                input.form_version,
                answers,
                input.step,
                now.0
            ],
        )?,
        None => 0,
    };
    let local_id = match (updated, input.local_id) {
        (1, Some(id)) => id,
        _ => {
            conn.execute(
                "INSERT INTO drafts (procedure, form_version, answers, step, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![input.procedure.as_str(), input.form_version, answers, input.step, now.0],
            )?;
            conn.last_insert_rowid()
        }
    };
    Ok(Draft {
        local_id,
        procedure: input.procedure.clone(),
        form_version: input.form_version,
        answers: input.answers.clone(),
        step: input.step,
        updated_at: now,
    })
}

/// Every draft, the most recently touched first ("My applications" lists them to resume).
pub fn list(conn: &Connection) -> Result<Vec<Draft>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT local_id, procedure, form_version, answers, step, updated_at FROM drafts
         ORDER BY updated_at DESC, local_id DESC",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, u32>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, u32>(4)?,
            r.get::<_, i64>(5)?,
        ))
    })?;
    rows.map(|row| {
        let (local_id, procedure, form_version, answers, step, updated_at) = row?;
        Ok(Draft {
            local_id,
            procedure: ProcedureId::parse(&procedure).map_err(|e| StoreError::Corrupt(e.to_string()))?,
            form_version,
            answers: serde_json::from_str(&answers)
                .map_err(|e| StoreError::Corrupt(format!("draft answers: {e}")))?,
            step,
            updated_at: UnixMillis(updated_at),
        })
    })
    .collect()
}

/// The resident threw a draft away (or it was submitted).
pub fn discard(conn: &Connection, local_id: i64) -> Result<(), StoreError> {
    conn.execute("DELETE FROM drafts WHERE local_id = ?1", [local_id])?;
    Ok(())
}
