//! Submitting: the checked answers saved as an application **and** queued in the outbox, with the
//! draft they came from removed, in one transaction, before the UI may say "sent". The city's
//! answer is recorded by [`super::ApplicationKind`] in the transaction that ends the item.

use madoguchi_domain::application::ApplicationSubmission;
use madoguchi_domain::{ApiError, DeliveryState, IdempotencyKey, LocalApplication, ProcedureId, UnixMillis};
use rusqlite::{Connection, params};

use super::{APPLICATIONS_PATH, ApplicationKind, drafts};
use crate::outbox::{self, NewItem};
use crate::store::StoreError;

/// Saves a submission (already checked by the validator) and queues it; removes `draft` with it.
pub fn submit(
    conn: &mut Connection,
    submission: &ApplicationSubmission,
    draft: Option<i64>,
    key: &IdempotencyKey,
    now: UnixMillis,
) -> Result<LocalApplication, StoreError> {
    let tx = conn.transaction()?;
    let answers =
        serde_json::to_string(&submission.answers).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    tx.execute(
        "INSERT INTO applications (procedure, form_version, answers, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![
            submission.procedure.as_str(),
            submission.form_version,
            answers,
            now.0
        ],
    )?;
    let local_id = tx.last_insert_rowid();
    if let Some(draft) = draft {
        drafts::discard(&tx, draft)?;
    }
    let body = serde_json::to_string(submission).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    outbox::enqueue(
        &tx,
        &NewItem {
            // Each application is its own resource: one refused application never holds up another.
            resource: format!("application/{local_id}"),
            kind: &ApplicationKind,
            local_id,
            method: "POST",
            path: APPLICATIONS_PATH,
            body,
            key: key.clone(),
            as_device: None,
            ends_principal: false,
        },
        now,
    )?;
    tx.commit()?;
    Ok(LocalApplication {
        local_id,
        procedure: submission.procedure.clone(),
        form_version: submission.form_version,
        created_at: now,
        delivery: DeliveryState::Pending { attempts: 0 },
    })
}

/// Every application submitted from this device, newest first, with where each is on its way.
pub fn list(conn: &Connection) -> Result<Vec<LocalApplication>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT a.local_id, a.procedure, a.form_version, a.created_at, a.reference, a.error, o.attempts
         FROM applications a LEFT JOIN outbox o ON o.kind = 'application' AND o.local_id = a.local_id
         ORDER BY a.local_id DESC",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, u32>(2)?,
            r.get::<_, i64>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, Option<String>>(5)?,
            r.get::<_, Option<u32>>(6)?,
        ))
    })?;
    rows.map(|row| {
        let (local_id, procedure, form_version, created_at, reference, error, attempts) = row?;
        let refusal = error
            .map(|error| serde_json::from_str::<ApiError>(&error))
            .transpose()
            .map_err(|e| StoreError::Corrupt(format!("kept refusal: {e}")))?;
        let delivery = outbox::delivery_state(reference, refusal, attempts);
        Ok(LocalApplication {
            local_id,
            procedure: ProcedureId::parse(&procedure).map_err(|e| StoreError::Corrupt(e.to_string()))?,
            form_version,
            created_at: UnixMillis(created_at),
            delivery,
        })
    })
    .collect()
}
