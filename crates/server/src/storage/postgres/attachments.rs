//! PostgreSQL side of attachments (kept as BYTEA in the database, like SQLite's BLOB).

use deadpool_postgres::Object;
use madoguchi_domain::{AttachmentReceipt, UnixMillis};

use super::idempotency;
use crate::storage::rows::file_kind_name;
use crate::storage::{
    IdempotencyClaim, KeptAttachment, NewAttachment, QUOTA_WINDOW_MILLIS, Respond, StoreError,
};

/// Keeps the file unless it takes its sender past their day's bytes. Uploads of one sender on
/// several instances at once take a transaction lock on the sender first, so each sums what the
/// one before it wrote.
pub(super) async fn create(
    client: &mut Object,
    attachment: &NewAttachment,
    claim: &IdempotencyClaim,
    respond: Respond<AttachmentReceipt>,
) -> Result<KeptAttachment, StoreError> {
    let tx = client.transaction().await?;
    let owner = &attachment.sender.owner;
    tx.execute("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", &[owner])
        .await?;
    let size = i64::try_from(attachment.content.len()).unwrap_or(i64::MAX);
    let sent: i64 = tx
        .query_one(
            "SELECT CAST(coalesce(sum(size), 0) AS BIGINT) FROM attachments
             WHERE owner = $1 AND received_at > $2",
            &[owner, &(claim.at.0 - QUOTA_WINDOW_MILLIS)],
        )
        .await?
        .get(0);
    let quota = i64::try_from(attachment.sender.bytes_per_day).unwrap_or(i64::MAX);
    if sent.saturating_add(size) > quota {
        return Ok(KeptAttachment::OverQuota);
    }
    tx.execute(
        "INSERT INTO attachments (id, name, kind, size, sha256, content, received_at, owner)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        &[
            &attachment.id,
            &attachment.name.as_str(),
            &file_kind_name(attachment.kind),
            &size,
            &attachment.sha256,
            &attachment.content.as_ref(),
            &claim.at.0,
            owner,
        ],
    )
    .await?;
    let receipt = AttachmentReceipt {
        id: attachment.id.clone(),
        name: attachment.name.clone(),
        kind: attachment.kind,
        size: attachment.content.len() as u64,
    };
    idempotency::finish_with_write(&tx, claim, &respond(&receipt)).await?;
    tx.commit().await?;
    Ok(KeptAttachment::Kept(receipt))
}

/// Deletes the files no application quotes, received before `received_before`. An application
/// claiming one at the same moment locks its row first (then the delete skips it) or finds it gone.
pub(super) async fn purge_unclaimed(
    client: &mut Object,
    received_before: UnixMillis,
) -> Result<u64, StoreError> {
    Ok(client
        .execute(
            "DELETE FROM attachments WHERE application_id IS NULL AND received_at < $1",
            &[&received_before.0],
        )
        .await?)
}

pub(super) async fn content(client: &mut Object, id: &str) -> Result<Option<Vec<u8>>, StoreError> {
    Ok(client
        .query_opt("SELECT content FROM attachments WHERE id = $1", &[&id])
        .await?
        .map(|r| r.get(0)))
}
