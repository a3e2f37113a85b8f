//! PostgreSQL side of attachments (kept as BYTEA in the database, like SQLite's BLOB).

use deadpool_postgres::Object;
use madoguchi_domain::{AttachmentReceipt, UnixMillis};

use super::idempotency;
use crate::storage::rows::file_kind_name;
use crate::storage::{IdempotencyClaim, NewAttachment, Respond, StoreError};

pub(super) async fn create(
    client: &mut Object,
    attachment: &NewAttachment,
    claim: &IdempotencyClaim,
    respond: Respond<AttachmentReceipt>,
) -> Result<AttachmentReceipt, StoreError> {
    let tx = client.transaction().await?;
    tx.execute(
        "INSERT INTO attachments (id, name, kind, size, sha256, content, received_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        &[
            &attachment.id,
            &attachment.name.as_str(),
            &file_kind_name(attachment.kind),
            &i64::try_from(attachment.content.len()).unwrap_or(i64::MAX),
            &attachment.sha256,
            &attachment.content.as_ref(),
            &claim.at.0,
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
    Ok(receipt)
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
