//! SQLite side of kiosks registered to a place.

use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::{KioskId, KioskPlace};
use rusqlite::{Connection, OptionalExtension as _, Row, params};

use crate::storage::{KioskRecord, NewKiosk, StoreError};

pub(super) fn register(tx: &Connection, kiosk: &NewKiosk) -> Result<bool, StoreError> {
    let inserted = tx.execute(
        "INSERT INTO kiosks (id, place, credential_sha256, registered_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (id) DO NOTHING",
        params![
            kiosk.id.0,
            kiosk.place.as_str(),
            kiosk.credential_sha256,
            kiosk.at.0
        ],
    )?;
    Ok(inserted == 1)
}

const COLUMNS: &str = "id, place, registered_at, revoked_at";

fn record(r: &Row<'_>) -> rusqlite::Result<(String, String, i64, Option<i64>)> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
}

fn parse(
    (id, place, registered_at, revoked_at): (String, String, i64, Option<i64>),
) -> Result<KioskRecord, StoreError> {
    Ok(KioskRecord {
        id: KioskId::parse(&id).ok_or_else(|| StoreError::Corrupt(format!("kiosk id {id:?}")))?,
        place: KioskPlace::parse(&place).ok_or_else(|| StoreError::Corrupt(format!("kiosk {id}'s place")))?,
        registered_at: UnixMillis(registered_at),
        revoked_at: revoked_at.map(UnixMillis),
    })
}

pub(super) fn by_credential(conn: &mut Connection, sha256: &str) -> Result<Option<KioskRecord>, StoreError> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM kiosks WHERE credential_sha256 = ?1 AND revoked_at IS NULL"),
        [sha256],
        record,
    )
    .optional()?
    .map(parse)
    .transpose()
}

pub(super) fn list(conn: &mut Connection) -> Result<Vec<KioskRecord>, StoreError> {
    let mut statement = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM kiosks ORDER BY registered_at, id"
    ))?;
    let rows = statement
        .query_map([], record)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().map(parse).collect()
}

pub(super) fn revoke(tx: &Connection, id: &KioskId, at: UnixMillis) -> Result<bool, StoreError> {
    let changed = tx.execute(
        "UPDATE kiosks SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL",
        params![id.0, at.0],
    )?;
    Ok(changed == 1)
}
