//! SQLite side of attachments: the bytes a resident sent, kept until an application quotes them.

use madoguchi_domain::{AttachmentReceipt, UnixMillis};
use rusqlite::{Connection, params};

use super::idempotency;
use crate::storage::rows::file_kind_name;
use crate::storage::{
    IdempotencyClaim, KeptAttachment, NewAttachment, QUOTA_WINDOW_MILLIS, Respond, StoreError,
};

/// Keeps the file unless it takes its sender past their day's bytes. SQLite has one writer, so
/// the sum read here cannot change before the insert.
pub(super) fn create(
    tx: &Connection,
    attachment: &NewAttachment,
    claim: &IdempotencyClaim,
    respond: Respond<AttachmentReceipt>,
) -> Result<KeptAttachment, StoreError> {
    let size = i64::try_from(attachment.content.len()).unwrap_or(i64::MAX);
    let sent: i64 = tx.query_row(
        "SELECT coalesce(sum(size), 0) FROM attachments WHERE owner = ?1 AND received_at > ?2",
        params![attachment.sender.owner, claim.at.0 - QUOTA_WINDOW_MILLIS],
        |r| r.get(0),
    )?;
    let quota = i64::try_from(attachment.sender.bytes_per_day).unwrap_or(i64::MAX);
    if sent.saturating_add(size) > quota {
        return Ok(KeptAttachment::OverQuota);
    }
    let kind = file_kind_name(attachment.kind);
    tx.execute(
        "INSERT INTO attachments (id, name, kind, size, sha256, content, received_at, owner)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            attachment.id,
            attachment.name.as_str(),
            kind,
            size,
            attachment.sha256,
            attachment.content.as_ref(),
            claim.at.0,
            attachment.sender.owner,
        ],
    )?;
    let receipt = AttachmentReceipt {
        id: attachment.id.clone(),
        name: attachment.name.clone(),
        kind: attachment.kind,
        size: attachment.content.len() as u64,
    };
    idempotency::finish_with_write(tx, claim, &respond(&receipt))?;
    Ok(KeptAttachment::Kept(receipt))
}

/// Deletes the files no application quotes, received before `received_before`.
pub(super) fn purge_unclaimed(tx: &Connection, received_before: UnixMillis) -> Result<u64, StoreError> {
    let purged = tx.execute(
        "DELETE FROM attachments WHERE application_id IS NULL AND received_at < ?1",
        [received_before.0],
    )?;
    Ok(purged as u64)
}

/// The stored bytes of an attachment (staff and tests read them back).
pub(super) fn content(conn: &mut Connection, id: &str) -> Result<Option<Vec<u8>>, StoreError> {
    use rusqlite::OptionalExtension as _;
    Ok(conn
        .query_row("SELECT content FROM attachments WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .optional()?)
}
