//! PostgreSQL side of inquiries.

use deadpool_postgres::Object;
use madoguchi_domain::{Contact, DepartmentId, Inquiry, InquiryReceipt, NewInquiry, UnixMillis};

use super::idempotency;
use crate::storage::rows::inquiry_reference;
use crate::storage::{CreatedInquiry, IdempotencyClaim, Respond, StoreError};

/// One READ COMMITTED transaction: the department check, the insert and the idempotency finish
/// commit together or not at all.
pub(super) async fn create(
    client: &mut Object,
    inquiry: &NewInquiry,
    claim: &IdempotencyClaim,
    respond: Respond<InquiryReceipt>,
) -> Result<CreatedInquiry, StoreError> {
    let tx = client.transaction().await?;
    let listed = tx
        .query_opt(
            "SELECT 1 FROM departments WHERE id = $1 AND listed = 1",
            &[&inquiry.department().as_str()],
        )
        .await?;
    if listed.is_none() {
        return Ok(CreatedInquiry::UnknownDepartment);
    }
    let contact = inquiry.contact();
    let insert = tx
        .prepare_cached(
            "INSERT INTO inquiries (department_id, subject, message, contact_name, contact_email, contact_phone, received_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .await?;
    let id: i64 = tx
        .query_one(
            &insert,
            &[
                &inquiry.department().as_str(),
                &inquiry.subject(),
                &inquiry.message(),
                &contact.name,
                &contact.email,
                &contact.phone,
                &claim.at.0,
            ],
        )
        .await?
        .get(0);
    let receipt = InquiryReceipt {
        reference: inquiry_reference(id),
        received_at: claim.at,
    };
    if !idempotency::finish(&*tx, claim, &respond(&receipt)).await? {
        // Another request holds or finished this key: writing now would be a duplicate. The
        // transaction rolls back when dropped.
        return Err(StoreError::Conflict(format!(
            "idempotency key {} lost during the request",
            claim.key
        )));
    }
    tx.commit().await?;
    Ok(CreatedInquiry::Created(receipt))
}

pub(super) async fn list(client: &mut Object) -> Result<Vec<Inquiry>, StoreError> {
    let rows = client
        .query(
            "SELECT id, department_id, subject, message, contact_name, contact_email, contact_phone, received_at
             FROM inquiries ORDER BY id",
            &[],
        )
        .await?;
    rows.into_iter()
        .map(|r| {
            let department: String = r.get(1);
            Ok(Inquiry {
                reference: inquiry_reference(r.get(0)),
                department: DepartmentId::parse(&department)
                    .map_err(|e| StoreError::Corrupt(e.to_string()))?,
                subject: r.get(2),
                message: r.get(3),
                contact: Contact {
                    name: r.get(4),
                    email: r.get(5),
                    phone: r.get(6),
                },
                received_at: UnixMillis(r.get(7)),
            })
        })
        .collect()
}
