//! PostgreSQL side of kiosks registered to a place.

use deadpool_postgres::Object;
use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::{KioskId, KioskPlace};
use tokio_postgres::Row;

use crate::storage::{KioskRecord, NewKiosk, StoreError};

pub(super) async fn register(client: &Object, kiosk: &NewKiosk) -> Result<bool, StoreError> {
    let inserted = client
        .execute(
            "INSERT INTO kiosks (id, place, credential_sha256, registered_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (id) DO NOTHING",
            &[
                &kiosk.id.0,
                &kiosk.place.as_str(),
                &kiosk.credential_sha256,
                &kiosk.at.0,
            ],
        )
        .await?;
    Ok(inserted == 1)
}

const COLUMNS: &str = "id, place, registered_at, revoked_at";

fn parse(row: &Row) -> Result<KioskRecord, StoreError> {
    let id: String = row.get(0);
    let place: String = row.get(1);
    Ok(KioskRecord {
        id: KioskId::parse(&id).ok_or_else(|| StoreError::Corrupt(format!("kiosk id {id:?}")))?,
        place: KioskPlace::parse(&place).ok_or_else(|| StoreError::Corrupt(format!("kiosk {id}'s place")))?,
        registered_at: UnixMillis(row.get(2)),
        revoked_at: row.get::<_, Option<i64>>(3).map(UnixMillis),
    })
}

pub(super) async fn by_credential(client: &Object, sha256: &str) -> Result<Option<KioskRecord>, StoreError> {
    client
        .query_opt(
            &format!("SELECT {COLUMNS} FROM kiosks WHERE credential_sha256 = $1 AND revoked_at IS NULL"),
            &[&sha256],
        )
        .await?
        .as_ref()
        .map(parse)
        .transpose()
}

pub(super) async fn list(client: &Object) -> Result<Vec<KioskRecord>, StoreError> {
    client
        .query(
            &format!("SELECT {COLUMNS} FROM kiosks ORDER BY registered_at, id"),
            &[],
        )
        .await?
        .iter()
        .map(parse)
        .collect()
}

pub(super) async fn revoke(client: &Object, id: &KioskId, at: UnixMillis) -> Result<bool, StoreError> {
    let changed = client
        .execute(
            "UPDATE kiosks SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL",
            &[&id.0, &at.0],
        )
        .await?;
    Ok(changed == 1)
}
