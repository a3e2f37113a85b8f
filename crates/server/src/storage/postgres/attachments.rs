//! PostgreSQL side of attachments (kept as BYTEA in the database, like SQLite's BLOB).

use deadpool_postgres::Object;
use madoguchi_domain::AttachmentReceipt;

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
            &attachment.content,
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

pub(super) async fn content(client: &mut Object, id: &str) -> Result<Option<Vec<u8>>, StoreError> {
    Ok(client
        .query_opt("SELECT content FROM attachments WHERE id = $1", &[&id])
        .await?
        .map(|r| r.get(0)))
}
