//! PostgreSQL side of postal codes. An import replaces everything in one transaction, in batches
//! of array-parameter inserts (Japan Post's file has about 124,000 rows).

use std::collections::HashMap;

use deadpool_postgres::Object;
use madoguchi_domain::{PostalAddress, PostalCode};

use crate::storage::StoreError;
use crate::storage::rows::position;

const POSTAL_LOCK: i64 = 0x706f_7374_616c_636f;
const BATCH: usize = 5_000;

pub(super) async fn addresses(
    client: &mut Object,
    code: PostalCode,
) -> Result<Vec<PostalAddress>, StoreError> {
    let stmt = client
        .prepare_cached(
            "SELECT prefecture, city, town FROM postal_addresses WHERE code = $1 ORDER BY position",
        )
        .await?;
    let rows = client.query(&stmt, &[&code.digits()]).await?;
    Ok(rows
        .into_iter()
        .map(|r| PostalAddress {
            prefecture: r.get(0),
            city: r.get(1),
            town: r.get(2),
        })
        .collect())
}

pub(super) async fn replace(
    client: &mut Object,
    entries: &[(PostalCode, PostalAddress)],
) -> Result<usize, StoreError> {
    let tx = super::locked(client, POSTAL_LOCK).await?;
    tx.execute("DELETE FROM postal_addresses", &[]).await?;
    let insert = tx
        .prepare(
            "INSERT INTO postal_addresses (code, position, prefecture, city, town)
             SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[])",
        )
        .await?;
    // The position of each address among those sharing its code, as SQLite numbers them.
    let mut seen: HashMap<String, usize> = HashMap::new();
    for chunk in entries.chunks(BATCH) {
        let mut codes = Vec::with_capacity(chunk.len());
        let mut positions = Vec::with_capacity(chunk.len());
        let (mut prefectures, mut cities, mut towns) = (Vec::new(), Vec::new(), Vec::new());
        for (code, address) in chunk {
            let digits = code.digits();
            let n = seen.entry(digits.clone()).or_insert(0);
            positions.push(position(*n));
            *n += 1;
            codes.push(digits);
            prefectures.push(address.prefecture.as_str());
            cities.push(address.city.as_str());
            towns.push(address.town.as_str());
        }
        tx.execute(&insert, &[&codes, &positions, &prefectures, &cities, &towns])
            .await?;
    }
    tx.commit().await?;
    Ok(entries.len())
}

pub(super) async fn is_empty(client: &mut Object) -> Result<bool, StoreError> {
    Ok(client
        .query_one("SELECT NOT EXISTS (SELECT 1 FROM postal_addresses)", &[])
        .await?
        .get(0))
}
