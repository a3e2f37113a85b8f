//! The city's forms as this device last fetched them. A version never changes once published, so a
//! kept version is as good as a fresh one; only "the newest" needs the server.

use madoguchi_domain::form::FormSchema;
use madoguchi_domain::{ProcedureId, UnixMillis};
use rusqlite::{Connection, OptionalExtension as _, params};

use crate::store::StoreError;

pub fn keep(conn: &Connection, form: &FormSchema, now: UnixMillis) -> Result<(), StoreError> {
    let schema = serde_json::to_string(form).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    conn.execute(
        "INSERT INTO cached_forms (procedure, version, schema, fetched_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (procedure, version) DO UPDATE SET schema = excluded.schema, fetched_at = excluded.fetched_at",
        params![form.procedure.as_str(), form.version, schema, now.0],
    )?;
    Ok(())
}

/// A kept version, or the newest kept when `version` is `None`.
pub fn kept(
    conn: &Connection,
    procedure: &ProcedureId,
    version: Option<u32>,
) -> Result<Option<FormSchema>, StoreError> {
    let schema: Option<String> = conn
        .query_row(
            "SELECT schema FROM cached_forms WHERE procedure = ?1 AND (?2 IS NULL OR version = ?2)
             ORDER BY version DESC LIMIT 1",
            params![procedure.as_str(), version],
            |r| r.get(0),
        )
        .optional()?;
    schema
        .map(|s| serde_json::from_str(&s).map_err(|e| StoreError::Corrupt(format!("kept form: {e}"))))
        .transpose()
}
