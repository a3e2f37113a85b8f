//! PostgreSQL side of procedures' forms.

use deadpool_postgres::Object;
use madoguchi_domain::form::FormSchema;
use madoguchi_domain::{ProcedureId, UnixMillis};

use super::locked;
use crate::storage::rows::{form_from_json, form_json};
use crate::storage::{ImportedForm, StoreError};

/// The advisory lock imports of forms take, so two instances importing at once cannot both find
/// the same newest version (the primary key would refuse the second, but as an error, not as
/// "not newer").
const IMPORT_LOCK: i64 = 0x666f_726d_7369_6d70;

pub(super) async fn import(
    client: &mut Object,
    form: &FormSchema,
    at: UnixMillis,
) -> Result<ImportedForm, StoreError> {
    let tx = locked(client, IMPORT_LOCK).await?;
    let newest: Option<i64> = tx
        .query_one(
            "SELECT max(version) FROM forms WHERE procedure_id = $1",
            &[&form.procedure.as_str()],
        )
        .await?
        .get(0);
    if let Some(newest) = newest.filter(|n| *n >= i64::from(form.version)) {
        return Ok(ImportedForm::NotNewer {
            newest: u32::try_from(newest).unwrap_or(u32::MAX),
        });
    }
    tx.execute(
        "INSERT INTO forms (procedure_id, version, schema, imported_at) VALUES ($1, $2, $3, $4)",
        &[
            &form.procedure.as_str(),
            &i64::from(form.version),
            &form_json(form)?,
            &at.0,
        ],
    )
    .await?;
    tx.commit().await?;
    Ok(ImportedForm::Imported)
}

pub(super) async fn read(
    client: &mut Object,
    procedure: &ProcedureId,
    version: Option<u32>,
) -> Result<Option<FormSchema>, StoreError> {
    // Read on every submission: prepared once per connection, not per request.
    let statement = client
        .prepare_cached(
            "SELECT schema FROM forms WHERE procedure_id = $1 AND ($2::BIGINT IS NULL OR version = $2)
             ORDER BY version DESC LIMIT 1",
        )
        .await?;
    let row = client
        .query_opt(&statement, &[&procedure.as_str(), &version.map(i64::from)])
        .await?;
    row.map(|r| form_from_json(r.get(0))).transpose()
}
