//! The resident's inquiries on this device. Submitting writes the inquiry **and** its outbox item
//! in one transaction, before the UI may say "saved"; the server's answer is recorded in the same
//! transaction that removes the item.

use madoguchi_domain::{
    ApiError, DeliveryState, DepartmentId, IdempotencyKey, InquiryReceipt, LocalInquiry, NewInquiry,
    UnixMillis,
};
use rusqlite::{Connection, Transaction, params};

use super::StoreError;
use crate::outbox::{self, NewItem, error_code_from, error_code_name};

/// Inquiries as a kind of outbox item: the receipt's reference, or the refusal, is kept on the
/// inquiry.
pub struct InquiryKind;

impl outbox::Kind for InquiryKind {
    fn name(&self) -> &'static str {
        "inquiry"
    }

    fn on_delivered(&self, tx: &Transaction<'_>, local_id: i64, response: &[u8]) -> Result<(), StoreError> {
        let receipt: InquiryReceipt = serde_json::from_slice(response)
            .map_err(|e| StoreError::Corrupt(format!("inquiry receipt: {e}")))?;
        record_receipt(tx, local_id, &receipt)
    }

    fn on_refused(&self, tx: &Transaction<'_>, local_id: i64, error: &ApiError) -> Result<(), StoreError> {
        record_refusal(tx, local_id, error)
    }

    fn on_resent(&self, tx: &Transaction<'_>, local_id: i64) -> Result<(), StoreError> {
        tx.execute(
            "UPDATE inquiries SET error_code = NULL WHERE local_id = ?1",
            [local_id],
        )?;
        Ok(())
    }
}

/// The server route an inquiry is delivered to.
pub const INQUIRIES_PATH: &str = "api/v1/inquiries";

/// Saves an inquiry and queues it for delivery, atomically.
pub fn submit(
    conn: &mut Connection,
    inquiry: &NewInquiry,
    key: &IdempotencyKey,
    now: UnixMillis,
) -> Result<LocalInquiry, StoreError> {
    let tx = conn.transaction()?;
    let contact = inquiry.contact();
    tx.execute(
        "INSERT INTO inquiries (department, subject, message, contact_name, contact_email, contact_phone, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            inquiry.department().as_str(),
            inquiry.subject(),
            inquiry.message(),
            contact.name,
            contact.email,
            contact.phone,
            now.0
        ],
    )?;
    let local_id = tx.last_insert_rowid();
    let body = serde_json::to_string(inquiry).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    outbox::enqueue(
        &tx,
        &NewItem {
            // Each inquiry is its own resource: one refused inquiry never holds up another.
            resource: format!("inquiry/{local_id}"),
            kind: &InquiryKind,
            local_id,
            method: "POST",
            path: INQUIRIES_PATH,
            body,
            key: key.clone(),
            as_device: None,
            ends_principal: false,
        },
        now,
    )?;
    tx.commit()?;
    Ok(LocalInquiry {
        local_id,
        department: inquiry.department().clone(),
        subject: inquiry.subject().to_owned(),
        created_at: now,
        delivery: DeliveryState::Pending { attempts: 0 },
    })
}

/// Every inquiry written on this device, newest first, with where each is on its way.
pub fn list(conn: &Connection) -> Result<Vec<LocalInquiry>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT i.local_id, i.department, i.subject, i.created_at, i.reference, i.error_code, o.attempts
         FROM inquiries i LEFT JOIN outbox o ON o.kind = 'inquiry' AND o.local_id = i.local_id
         ORDER BY i.local_id DESC",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, i64>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, Option<String>>(5)?,
            r.get::<_, Option<u32>>(6)?,
        ))
    })?;
    rows.map(|row| {
        let (local_id, department, subject, created_at, reference, error_code, attempts) = row?;
        let refusal = error_code.map(|code| ApiError::from(error_code_from(&code)));
        let delivery = outbox::delivery_state(reference, refusal, attempts);
        Ok(LocalInquiry {
            local_id,
            department: DepartmentId::parse(&department).map_err(|e| StoreError::Corrupt(e.to_string()))?,
            subject,
            created_at: UnixMillis(created_at),
            delivery,
        })
    })
    .collect()
}

/// The city received inquiry `local_id` (called inside the outbox's delivery transaction).
fn record_receipt(tx: &Transaction<'_>, local_id: i64, receipt: &InquiryReceipt) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE inquiries SET reference = ?2 WHERE local_id = ?1",
        params![local_id, receipt.reference.0],
    )?;
    Ok(())
}

/// The city refused inquiry `local_id`.
fn record_refusal(tx: &Transaction<'_>, local_id: i64, error: &ApiError) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE inquiries SET error_code = ?2 WHERE local_id = ?1",
        params![local_id, error_code_name(error.code)],
    )?;
    Ok(())
}
