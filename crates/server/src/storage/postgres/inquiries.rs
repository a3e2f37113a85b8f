//! PostgreSQL side of inquiries.

use deadpool_postgres::Object;
use madoguchi_domain::{Contact, DepartmentId, Inquiry, InquiryReceipt, NewInquiry, UnixMillis};

use crate::storage::rows::inquiry_reference;
use crate::storage::{CreatedInquiry, IdempotencyClaim, Respond, StoreError};

/// Two round trips and no explicit transaction: the id is drawn first (so the receipt, and the
/// answer kept for the key, can be made before writing), then one statement checks the
/// department, finishes the idempotency claim and inserts the inquiry. One statement is atomic:
/// all three happen or none. The claim is finished only if the department is listed, and the
/// inquiry inserted only if the claim was still ours (`claimed_at` names this request), so a
/// request whose key was taken over writes nothing. A drawn id that is not used leaves a gap in
/// the references, never a repeat.
pub(super) async fn create(
    client: &Object,
    inquiry: &NewInquiry,
    claim: &IdempotencyClaim,
    respond: Respond<InquiryReceipt>,
) -> Result<CreatedInquiry, StoreError> {
    let draw = client
        .prepare_cached("SELECT nextval(pg_get_serial_sequence('inquiries', 'id'))")
        .await?;
    let id: i64 = client.query_one(&draw, &[]).await?.get(0);
    let receipt = InquiryReceipt {
        reference: inquiry_reference(id),
        received_at: claim.at,
    };
    let kept = respond(&receipt);
    let store = client
        .prepare_cached(
            "WITH listed AS (
                 SELECT 1 FROM departments WHERE id = $2 AND listed = 1
             ), finished AS (
                 UPDATE idempotency_keys SET state = 'done', status = $9, content_type = $10, body = $11
                 WHERE key = $12 AND fingerprint = $13 AND state = 'pending' AND claimed_at = $14
                   AND EXISTS (SELECT 1 FROM listed)
                 RETURNING 1
             ), stored AS (
                 INSERT INTO inquiries (id, department_id, subject, message, contact_name, contact_email, contact_phone, received_at)
                 SELECT $1, $2, $3, $4, $5, $6, $7, $8 WHERE EXISTS (SELECT 1 FROM finished)
                 RETURNING id
             )
             SELECT EXISTS (SELECT 1 FROM listed), EXISTS (SELECT 1 FROM stored)",
        )
        .await?;
    let contact = inquiry.contact();
    let row = client
        .query_one(
            &store,
            &[
                &id,
                &inquiry.department().as_str(),
                &inquiry.subject(),
                &inquiry.message(),
                &contact.name,
                &contact.email,
                &contact.phone,
                &claim.at.0,
                &i64::from(kept.status),
                &kept.content_type,
                &kept.body,
                &claim.stored_key(),
                &claim.fingerprint,
                &claim.at.0,
            ],
        )
        .await?;
    let (listed, stored): (bool, bool) = (row.get(0), row.get(1));
    match (listed, stored) {
        (false, _) => Ok(CreatedInquiry::UnknownDepartment),
        (true, true) => Ok(CreatedInquiry::Created(receipt)),
        // Another request holds or finished this key: writing would be a duplicate.
        (true, false) => Err(StoreError::Conflict(format!(
            "idempotency key {} lost during the request",
            claim.stored_key()
        ))),
    }
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
