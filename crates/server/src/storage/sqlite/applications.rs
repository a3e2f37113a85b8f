//! SQLite side of applications. Every write runs on the one writer thread, inside its transaction:
//! checking the attachments and then claiming them, or reading a status and then changing it,
//! cannot interleave with another write.

use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::AccountId;
use madoguchi_domain::application::{
    Actor, Application, ApplicationReceipt, ApplicationReference, ApplicationStatus,
};
use rusqlite::{Connection, OptionalExtension as _, params};

use super::idempotency;
use crate::storage::rows::{
    ApplicationRow, EventRow, actor_spelling, answers_json, application_reference, status_from,
};
use crate::storage::{
    IdempotencyClaim, NewApplication, NewStatus, Respond, StatusChanged, StoreError, SubmittedApplication,
};

pub(super) fn submit(
    tx: &Connection,
    application: &NewApplication,
    claim: &IdempotencyClaim,
    respond: Respond<ApplicationReceipt>,
) -> Result<SubmittedApplication, StoreError> {
    for id in &application.attachments {
        let free = tx
            .query_row(
                "SELECT application_id IS NULL FROM attachments WHERE id = ?1",
                [id],
                |r| r.get::<_, bool>(0),
            )
            .optional()?;
        if free != Some(true) {
            return Ok(SubmittedApplication::AttachmentUnavailable(id.clone()));
        }
    }
    // The reference is made from the row's id, known only after the insert; the placeholder is
    // unique (the key is) and replaced before the transaction ends.
    tx.execute(
        "INSERT INTO applications (reference, procedure_id, form_version, answers, status, access_token_sha256, received_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            format!("pending:{}", claim.stored_key()),
            application.procedure.as_str(),
            application.form_version,
            answers_json(&application.answers)?,
            ApplicationStatus::Submitted.as_str(),
            application.access_token_sha256,
            claim.at.0
        ],
    )?;
    let id = tx.last_insert_rowid();
    let reference = application_reference(&application.reference_prefix, id);
    tx.execute(
        "UPDATE applications SET reference = ?1 WHERE id = ?2",
        params![reference.0, id],
    )?;
    append_event(
        tx,
        id,
        0,
        ApplicationStatus::Submitted,
        Actor::Resident,
        None,
        claim.at,
    )?;
    for attachment in &application.attachments {
        tx.execute(
            "UPDATE attachments SET application_id = ?1 WHERE id = ?2",
            params![id, attachment],
        )?;
    }
    let receipt = ApplicationReceipt {
        reference,
        received_at: claim.at,
        access_token: application.access_token.clone(),
    };
    idempotency::finish_with_write(tx, claim, &respond(&receipt))?;
    Ok(SubmittedApplication::Submitted(receipt))
}

fn append_event(
    tx: &Connection,
    application_id: i64,
    position: i64,
    status: ApplicationStatus,
    actor: Actor,
    message: Option<&str>,
    at: UnixMillis,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO application_events (application_id, position, status, at, actor, message)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            application_id,
            position,
            status.as_str(),
            at.0,
            actor_spelling(actor),
            message
        ],
    )?;
    Ok(())
}

pub(super) fn change_status(
    tx: &Connection,
    reference: &ApplicationReference,
    change: &NewStatus,
    claim: &IdempotencyClaim,
    respond: Respond<Application>,
) -> Result<StatusChanged, StoreError> {
    let found = tx
        .query_row(
            "SELECT id, status, (SELECT count(*) FROM application_events WHERE application_id = applications.id)
             FROM applications WHERE reference = ?1",
            [&reference.0],
            |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?)),
        )
        .optional()?;
    let Some((id, from, events)) = found else {
        return Ok(StatusChanged::NotFound);
    };
    let from = status_from(&from)?;
    if !from.may_move(change.to, change.actor) {
        return Ok(StatusChanged::NotAllowed { from });
    }
    if let Some(new) = &change.answers {
        // Checked before any write, on the one writer: nothing can claim a file in between.
        for attachment in &new.attachments {
            let owner = tx
                .query_row(
                    "SELECT application_id FROM attachments WHERE id = ?1",
                    [attachment],
                    |r| r.get::<_, Option<i64>>(0),
                )
                .optional()?;
            if !matches!(owner, Some(None)) && owner != Some(Some(id)) {
                return Ok(StatusChanged::AttachmentUnavailable(attachment.clone()));
            }
        }
        for attachment in &new.attachments {
            tx.execute(
                "UPDATE attachments SET application_id = ?1 WHERE id = ?2",
                params![id, attachment],
            )?;
        }
        tx.execute(
            "UPDATE applications SET answers = ?1 WHERE id = ?2",
            params![answers_json(&new.answers)?, id],
        )?;
    }
    tx.execute(
        "UPDATE applications SET status = ?1 WHERE id = ?2",
        params![change.to.as_str(), id],
    )?;
    append_event(
        tx,
        id,
        events,
        change.to,
        change.actor,
        change.message.as_deref(),
        change.at,
    )?;
    let application = read_one(tx, id)?;
    idempotency::finish_with_write(tx, claim, &respond(&application))?;
    Ok(StatusChanged::Changed(application))
}

pub(super) fn find(
    conn: &mut Connection,
    reference: &ApplicationReference,
) -> Result<Option<(Application, String)>, StoreError> {
    let found = conn
        .query_row(
            "SELECT id, access_token_sha256 FROM applications WHERE reference = ?1",
            [&reference.0],
            |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)),
        )
        .optional()?;
    found
        .map(|(id, token)| Ok((read_one(conn, id)?, token)))
        .transpose()
}

pub(super) fn list(conn: &mut Connection) -> Result<Vec<Application>, StoreError> {
    // Oldest first by arrival, not by id: the questions migrated from the old inquiries table
    // (migration 0018) arrived before applications that have smaller ids.
    read_in_one_snapshot(conn, "SELECT id FROM applications ORDER BY received_at, id", [])
}

/// The newest `limit` applications submitted while signed in to `account`, newest first.
pub(super) fn of_account(
    conn: &mut Connection,
    account: &AccountId,
    limit: u32,
) -> Result<Vec<Application>, StoreError> {
    read_in_one_snapshot(
        conn,
        "SELECT a.id FROM applications a JOIN application_accounts l ON l.reference = a.reference
         WHERE l.account_id = ?1 ORDER BY a.id DESC LIMIT ?2",
        params![account.0, limit],
    )
}

/// The applications whose ids `query` selects, in its order, read in one transaction (one WAL
/// snapshot), so a status change landing meanwhile cannot split a row from its history.
fn read_in_one_snapshot(
    conn: &mut Connection,
    query: &str,
    params: impl rusqlite::Params,
) -> Result<Vec<Application>, StoreError> {
    let tx = conn.transaction()?;
    let ids: Vec<i64> = tx
        .prepare(query)?
        .query_map(params, |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let applications = ids.into_iter().map(|id| read_one(&tx, id)).collect();
    tx.commit()?;
    applications
}

fn read_one(conn: &Connection, id: i64) -> Result<Application, StoreError> {
    let row = conn.query_row(
        "SELECT reference, procedure_id, form_version, answers, status FROM applications WHERE id = ?1",
        [id],
        |r| {
            Ok(ApplicationRow {
                reference: r.get(0)?,
                procedure: r.get(1)?,
                form_version: r.get(2)?,
                answers: r.get(3)?,
                status: r.get(4)?,
            })
        },
    )?;
    let events: Vec<EventRow> = conn
        .prepare(
            "SELECT status, at, message FROM application_events WHERE application_id = ?1 ORDER BY position",
        )?
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    row.assemble(events)
}
