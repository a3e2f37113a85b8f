//! The city's view of an application sent from this device: its status and each change, asked
//! with the access token of its receipt (kept with the application, encrypted) and kept as last
//! seen, so that "My applications" shows the history offline too.

use madoguchi_domain::application::Application;
use rusqlite::{Connection, OptionalExtension, params};

use crate::store::StoreError;

/// The access token the city gave with `reference`'s receipt; `None` for a reference this device
/// did not send (or not yet delivered).
pub fn access_token(conn: &Connection, reference: &str) -> Result<Option<String>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT access_token FROM applications WHERE reference = ?1",
            [reference],
            |r| r.get::<_, Option<String>>(0),
        )
        .optional()?
        .flatten())
}

/// Keeps the city's answer as the last seen state of `reference`.
pub fn keep(conn: &Connection, reference: &str, application: &Application) -> Result<(), StoreError> {
    let json = serde_json::to_string(application).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    conn.execute(
        "UPDATE applications SET status = ?2 WHERE reference = ?1",
        params![reference, json],
    )?;
    Ok(())
}

/// The last state seen of `reference`, if it was ever asked.
pub fn kept(conn: &Connection, reference: &str) -> Result<Option<Application>, StoreError> {
    let json: Option<String> = conn
        .query_row(
            "SELECT status FROM applications WHERE reference = ?1",
            [reference],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
    json.map(|j| {
        serde_json::from_str(&j).map_err(|e| StoreError::Corrupt(format!("application status: {e}")))
    })
    .transpose()
}
