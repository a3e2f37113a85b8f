//! SQLite side of departments and inquiries.

use std::collections::BTreeMap;

use madoguchi_domain::{
    Contact, Department, DepartmentCatalogue, DepartmentId, Inquiry, InquiryReceipt, InquiryReference,
    LocalizedText, NewInquiry, UnixMillis,
};
use rusqlite::{Connection, OptionalExtension as _, params};

use super::{CreatedInquiry, IdempotencyClaim, Respond, StoreError, idempotency};

pub(super) fn read_departments(conn: &mut Connection) -> Result<DepartmentCatalogue, StoreError> {
    let tx = conn.transaction()?;
    let mut texts: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    {
        let mut stmt = tx.prepare("SELECT department_id, locale, text FROM department_texts")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            texts.entry(r.get(0)?).or_default().push((r.get(1)?, r.get(2)?));
        }
    }
    let mut stmt = tx.prepare("SELECT id FROM departments WHERE listed = 1 ORDER BY position")?;
    let ids = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    let departments = ids
        .into_iter()
        .map(|id| {
            let pairs = texts.remove(&id).unwrap_or_default();
            let name = LocalizedText::from_pairs(pairs.iter().map(|(l, t)| (l.as_str(), t.as_str())))
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
            let id = DepartmentId::parse(&id).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            Ok(Department { id, name })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    Ok(DepartmentCatalogue { departments })
}

pub(super) fn write_departments(
    conn: &mut Connection,
    catalogue: &DepartmentCatalogue,
) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    tx.execute("UPDATE departments SET listed = 0", [])?;
    for (position, d) in catalogue.departments.iter().enumerate() {
        let id = d.id.as_str();
        tx.execute(
            "INSERT INTO departments (id, position, listed) VALUES (?1, ?2, 1)
             ON CONFLICT (id) DO UPDATE SET position = excluded.position, listed = 1",
            params![id, i64::try_from(position).unwrap_or(i64::MAX)],
        )?;
        tx.execute("DELETE FROM department_texts WHERE department_id = ?1", [id])?;
        for tag in d.name.locales() {
            tx.execute(
                "INSERT INTO department_texts (department_id, locale, text) VALUES (?1, ?2, ?3)",
                params![id, tag.as_str(), d.name.get(tag).unwrap_or_default()],
            )?;
        }
    }
    tx.commit()?;
    Ok(())
}

pub(super) fn create(
    conn: &mut Connection,
    inquiry: &NewInquiry,
    claim: &IdempotencyClaim,
    respond: Respond<InquiryReceipt>,
) -> Result<CreatedInquiry, StoreError> {
    let tx = conn.transaction()?;
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
        reference: reference(tx.last_insert_rowid()),
        received_at: claim.at,
    };
    if !idempotency::finish(&tx, claim, &respond(&receipt))? {
        // Someone else holds or finished this key: writing now would be the duplicate we exist to
        // prevent. Roll back; the caller's retry will replay the other request's answer.
        return Err(StoreError::Corrupt(format!(
            "idempotency key {} lost during the request",
            claim.key
        )));
    }
    tx.commit()?;
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
            reference: reference(id),
            department: DepartmentId::parse(&department).map_err(|e| StoreError::Corrupt(e.to_string()))?,
            subject,
            message,
            contact,
            received_at: UnixMillis(received_at),
        })
    })
    .collect()
}

fn reference(id: i64) -> InquiryReference {
    InquiryReference(format!("Q-{id:06}"))
}
