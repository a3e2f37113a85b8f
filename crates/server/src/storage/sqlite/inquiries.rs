//! SQLite side of inquiries.

use madoguchi_domain::{Contact, DepartmentId, Inquiry, InquiryReceipt, NewInquiry, UnixMillis};
use rusqlite::{Connection, OptionalExtension as _, params};

use super::idempotency;
use crate::storage::rows::inquiry_reference;
use crate::storage::{CreatedInquiry, IdempotencyClaim, Respond, StoreError};

pub(super) fn create(
    tx: &Connection,
    inquiry: &NewInquiry,
    claim: &IdempotencyClaim,
    respond: Respond<InquiryReceipt>,
) -> Result<CreatedInquiry, StoreError> {
    let listed = tx
        .query_row(
            "SELECT 1 FROM departments WHERE id = ?1 AND listed = 1",
            [inquiry.department().as_str()],
            |_| Ok(()),
        )
        .optional()?;
    if listed.is_none() {
        return Ok(CreatedInquiry::UnknownDepartment);
    }
    let contact = inquiry.contact();
    tx.execute(
        "INSERT INTO inquiries (department_id, subject, message, contact_name, contact_email, contact_phone, received_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            inquiry.department().as_str(),
            inquiry.subject(),
            inquiry.message(),
            contact.name,
            contact.email,
            contact.phone,
            claim.at.0
        ],
    )?;
    let receipt = InquiryReceipt {
        reference: inquiry_reference(tx.last_insert_rowid()),
        received_at: claim.at,
    };
    idempotency::finish_with_write(tx, claim, &respond(&receipt))?;
    Ok(CreatedInquiry::Created(receipt))
}

pub(super) fn list(conn: &mut Connection) -> Result<Vec<Inquiry>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT id, department_id, subject, message, contact_name, contact_email, contact_phone, received_at
         FROM inquiries ORDER BY id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            Contact {
                name: r.get(4)?,
                email: r.get(5)?,
                phone: r.get(6)?,
            },
            r.get::<_, i64>(7)?,
        ))
    })?;
    rows.map(|row| {
        let (id, department, subject, message, contact, received_at) = row?;
        Ok(Inquiry {
            reference: inquiry_reference(id),
            department: DepartmentId::parse(&department).map_err(|e| StoreError::Corrupt(e.to_string()))?,
            subject,
            message,
            contact,
            received_at: UnixMillis(received_at),
        })
    })
    .collect()
}
