//! PostgreSQL side of applications. A submission is one transaction: the attachments are claimed
//! with a conditional update (`application_id IS NULL`), so two applications quoting the same
//! file cannot both get it whatever instances they reach. A status change locks the
//! application's row (`FOR UPDATE`) before judging the move, so two clerks cannot both move it
//! from the same status.

use deadpool_postgres::{GenericClient, Object};
use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::AccountId;
use madoguchi_domain::application::{
    Actor, Application, ApplicationReceipt, ApplicationReference, ApplicationStatus,
};

use super::idempotency;
use crate::storage::rows::{
    ApplicationRow, EventRow, actor_spelling, answers_json, application_reference, status_from,
};
use crate::storage::{
    IdempotencyClaim, NewApplication, NewStatus, Respond, StatusChanged, StoreError, SubmittedApplication,
};

pub(super) async fn submit(
    client: &mut Object,
    application: &NewApplication,
    claim: &IdempotencyClaim,
    respond: Respond<ApplicationReceipt>,
) -> Result<SubmittedApplication, StoreError> {
    if application.attachments.is_empty() {
        // One statement is atomic by itself: no BEGIN/COMMIT round trips for a question.
        let (_, receipt) = write(client, application, claim, respond).await?;
        return Ok(SubmittedApplication::Submitted(receipt));
    }
    let tx = client.transaction().await?;
    let (id, receipt) = write(&tx, application, claim, respond).await?;
    for attachment in &application.attachments {
        let claimed = tx
            .execute(
                "UPDATE attachments SET application_id = $1 WHERE id = $2 AND application_id IS NULL",
                &[&id, attachment],
            )
            .await?;
        if claimed != 1 {
            // Dropping the transaction rolls the application back: nothing is kept.
            return Ok(SubmittedApplication::AttachmentUnavailable(attachment.clone()));
        }
    }
    tx.commit().await?;
    Ok(SubmittedApplication::Submitted(receipt))
}

/// The submission's id drawn, then the application, its first history entry and the finished
/// idempotency claim in **one statement**, prepared once per connection: two round trips, the
/// busiest write there is. Nothing is written unless the claim is still this request's.
async fn write(
    client: &impl GenericClient,
    application: &NewApplication,
    claim: &IdempotencyClaim,
    respond: Respond<ApplicationReceipt>,
) -> Result<(i64, ApplicationReceipt), StoreError> {
    let draw = client
        .prepare_cached("SELECT nextval(pg_get_serial_sequence('applications', 'id'))")
        .await?;
    let id: i64 = client.query_one(&draw, &[]).await?.get(0);
    let receipt = ApplicationReceipt {
        reference: application_reference(&application.reference_prefix, id),
        received_at: claim.at,
        access_token: application.access_token.clone(),
    };
    let response = respond(&receipt);
    let write = client
        .prepare_cached(
            "WITH finished AS (
                 UPDATE idempotency_keys SET state = 'done', status = $10, content_type = $11, body = $12
                 WHERE key = $13 AND fingerprint = $14 AND state = 'pending' AND claimed_at = $8
                 RETURNING 1
             ), application AS (
                 INSERT INTO applications
                     (id, reference, procedure_id, form_version, answers, status, access_token_sha256, received_at)
                 SELECT $1, $2, $3, $4, $5, $6, $7, $8 WHERE EXISTS (SELECT 1 FROM finished)
                 RETURNING id
             ), first_event AS (
                 INSERT INTO application_events (application_id, position, status, at, actor, message)
                 SELECT id, 0, $6, $8, $9, NULL FROM application
             )
             SELECT count(*) FROM application",
        )
        .await?;
    let written: i64 = client
        .query_one(
            &write,
            &[
                &id,
                &receipt.reference.0,
                &application.procedure.as_str(),
                &i64::from(application.form_version),
                &answers_json(&application.answers)?,
                &ApplicationStatus::Submitted.as_str(),
                &application.access_token_sha256,
                &claim.at.0,
                &actor_spelling(Actor::Resident),
                &i64::from(response.status),
                &response.content_type,
                &response.body,
                &claim.stored_key(),
                &claim.fingerprint,
            ],
        )
        .await?
        .get(0);
    if written != 1 {
        return Err(StoreError::Conflict(format!(
            "idempotency key {} lost during the request",
            claim.stored_key()
        )));
    }
    Ok((id, receipt))
}

async fn append_event(
    tx: &impl GenericClient,
    application_id: i64,
    position: i64,
    status: ApplicationStatus,
    actor: Actor,
    message: Option<&str>,
    at: UnixMillis,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO application_events (application_id, position, status, at, actor, message)
         VALUES ($1, $2, $3, $4, $5, $6)",
        &[
            &application_id,
            &position,
            &status.as_str(),
            &at.0,
            &actor_spelling(actor),
            &message,
        ],
    )
    .await?;
    Ok(())
}

pub(super) async fn change_status(
    client: &mut Object,
    reference: &ApplicationReference,
    change: &NewStatus,
    claim: &IdempotencyClaim,
    respond: Respond<Application>,
) -> Result<StatusChanged, StoreError> {
    let tx = client.transaction().await?;
    let Some(row) = tx
        .query_opt(
            "SELECT id, status FROM applications WHERE reference = $1 FOR UPDATE",
            &[&reference.0],
        )
        .await?
    else {
        return Ok(StatusChanged::NotFound);
    };
    let (id, from): (i64, String) = (row.get(0), row.get(1));
    let from = status_from(&from)?;
    if !from.may_move(change.to, change.actor) {
        return Ok(StatusChanged::NotAllowed { from });
    }
    if let Some(new) = &change.answers {
        for attachment in &new.attachments {
            let claimed = tx
                .execute(
                    "UPDATE attachments SET application_id = $1
                     WHERE id = $2 AND (application_id IS NULL OR application_id = $1)",
                    &[&id, attachment],
                )
                .await?;
            if claimed != 1 {
                // Dropping the transaction undoes the claims made so far.
                return Ok(StatusChanged::AttachmentUnavailable(attachment.clone()));
            }
        }
        tx.execute(
            "UPDATE applications SET answers = $1 WHERE id = $2",
            &[&answers_json(&new.answers)?, &id],
        )
        .await?;
    }
    tx.execute(
        "UPDATE applications SET status = $1 WHERE id = $2",
        &[&change.to.as_str(), &id],
    )
    .await?;
    let events: i64 = tx
        .query_one(
            "SELECT count(*) FROM application_events WHERE application_id = $1",
            &[&id],
        )
        .await?
        .get(0);
    append_event(
        &tx,
        id,
        events,
        change.to,
        change.actor,
        change.message.as_deref(),
        change.at,
    )
    .await?;
    let application = read_one(&tx, id).await?;
    idempotency::finish_with_write(&tx, claim, &respond(&application)).await?;
    tx.commit().await?;
    Ok(StatusChanged::Changed(application))
}

pub(super) async fn find(
    client: &mut Object,
    reference: &ApplicationReference,
) -> Result<Option<(Application, String)>, StoreError> {
    let Some(row) = client
        .query_opt(
            "SELECT id, access_token_sha256 FROM applications WHERE reference = $1",
            &[&reference.0],
        )
        .await?
    else {
        return Ok(None);
    };
    let application = read_one(&*client, row.get(0)).await?;
    Ok(Some((application, row.get(1))))
}

pub(super) async fn list(client: &mut Object) -> Result<Vec<Application>, StoreError> {
    // Oldest first by arrival, not by id: the questions migrated from the old inquiries table
    // (migration 0016) arrived before applications that have smaller ids.
    read_in_one_snapshot(
        client,
        "SELECT id FROM applications ORDER BY received_at, id",
        &[],
    )
    .await
}

/// The newest `limit` applications submitted while signed in to `account`, newest first.
pub(super) async fn of_account(
    client: &mut Object,
    account: &AccountId,
    limit: u32,
) -> Result<Vec<Application>, StoreError> {
    read_in_one_snapshot(
        client,
        "SELECT a.id FROM applications a JOIN application_accounts l ON l.reference = a.reference
         WHERE l.account_id = $1 ORDER BY a.id DESC LIMIT $2",
        &[&account.0, &i64::from(limit)],
    )
    .await
}

/// The applications whose ids `query` selects, in its order, read in one snapshot (REPEATABLE
/// READ), so a change landing meanwhile cannot show an application's status without its history
/// entry.
async fn read_in_one_snapshot(
    client: &mut Object,
    query: &str,
    params: &[&(dyn tokio_postgres::types::ToSql + Sync)],
) -> Result<Vec<Application>, StoreError> {
    let tx = client
        .build_transaction()
        .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()
        .await?;
    let ids: Vec<i64> = tx.query(query, params).await?.iter().map(|r| r.get(0)).collect();
    let mut applications = Vec::with_capacity(ids.len());
    for id in ids {
        applications.push(read_one(&tx, id).await?);
    }
    tx.commit().await?;
    Ok(applications)
}

async fn read_one(client: &impl GenericClient, id: i64) -> Result<Application, StoreError> {
    let row = client
        .query_one(
            "SELECT reference, procedure_id, form_version, answers, status FROM applications WHERE id = $1",
            &[&id],
        )
        .await?;
    let events: Vec<EventRow> = client
        .query(
            "SELECT status, at, message FROM application_events WHERE application_id = $1 ORDER BY position",
            &[&id],
        )
        .await?
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect();
    ApplicationRow {
        reference: row.get(0),
        procedure: row.get(1),
        form_version: row.get(2),
        answers: row.get(3),
        status: row.get(4),
    }
    .assemble(events)
}
