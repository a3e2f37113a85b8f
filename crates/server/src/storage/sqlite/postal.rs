//! SQLite side of postal codes: Japan Post's addresses (or the demo city's), by code.

use madoguchi_domain::{PostalAddress, PostalCode};
use rusqlite::{Connection, params};

use crate::storage::StoreError;

pub(super) fn addresses(conn: &mut Connection, code: PostalCode) -> Result<Vec<PostalAddress>, StoreError> {
    let mut stmt = conn
        .prepare("SELECT prefecture, city, town FROM postal_addresses WHERE code = ?1 ORDER BY position")?;
    let rows = stmt.query_map([code.digits()], |r| {
        Ok(PostalAddress {
            prefecture: r.get(0)?,
            city: r.get(1)?,
            town: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
}

/// Replaces every address with `entries` in one transaction (an import is all or nothing).
pub(super) fn replace(tx: &Connection, entries: &[(PostalCode, PostalAddress)]) -> Result<usize, StoreError> {
    tx.execute("DELETE FROM postal_addresses", [])?;
    {
        let mut insert = tx.prepare(
            "INSERT INTO postal_addresses (code, position, prefecture, city, town)
             VALUES (?1, (SELECT count(*) FROM postal_addresses WHERE code = ?1), ?2, ?3, ?4)",
        )?;
        for (code, a) in entries {
            insert.execute(params![code.digits(), a.prefecture, a.city, a.town])?;
        }
    }
    Ok(entries.len())
}

pub(super) fn is_empty(conn: &mut Connection) -> Result<bool, StoreError> {
    Ok(
        conn.query_row("SELECT NOT EXISTS (SELECT 1 FROM postal_addresses)", [], |r| {
            r.get(0)
        })?,
    )
}
