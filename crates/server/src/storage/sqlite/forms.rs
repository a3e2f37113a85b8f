//! SQLite side of procedures' forms.

use madoguchi_domain::form::FormSchema;
use madoguchi_domain::{ProcedureId, UnixMillis};
use rusqlite::{Connection, OptionalExtension as _, params};

use crate::storage::rows::{form_from_json, form_json};
use crate::storage::{ImportedForm, StoreError};

/// Runs on the writer, so reading the newest version and inserting the next cannot interleave
/// with another import.
pub(super) fn import(tx: &Connection, form: &FormSchema, at: UnixMillis) -> Result<ImportedForm, StoreError> {
    let newest: Option<i64> = tx.query_row(
        "SELECT max(version) FROM forms WHERE procedure_id = ?1",
        [form.procedure.as_str()],
        |r| r.get(0),
    )?;
    if let Some(newest) = newest.filter(|n| *n >= i64::from(form.version)) {
        return Ok(ImportedForm::NotNewer {
            newest: u32::try_from(newest).unwrap_or(u32::MAX),
        });
    }
    tx.execute(
        "INSERT INTO forms (procedure_id, version, schema, imported_at) VALUES (?1, ?2, ?3, ?4)",
        params![form.procedure.as_str(), form.version, form_json(form)?, at.0],
    )?;
    Ok(ImportedForm::Imported)
}

pub(super) fn read(
    conn: &mut Connection,
    procedure: &ProcedureId,
    version: Option<u32>,
) -> Result<Option<FormSchema>, StoreError> {
    let json: Option<String> = conn
        .query_row(
            "SELECT schema FROM forms WHERE procedure_id = ?1 AND (?2 IS NULL OR version = ?2)
             ORDER BY version DESC LIMIT 1",
            params![procedure.as_str(), version],
            |r| r.get(0),
        )
        .optional()?;
    json.as_deref().map(form_from_json).transpose()
}
