//! SQLite side of the published holidays.

use madoguchi_domain::booking::HolidayList;
use rusqlite::{Connection, params};

use crate::storage::StoreError;
use crate::storage::rows::holiday_list;

/// Runs on the writer, in its transaction: readers see the old list or the new one, never a mix.
pub(super) fn replace(tx: &Connection, list: &HolidayList) -> Result<usize, StoreError> {
    tx.execute("DELETE FROM holidays", [])?;
    let mut insert = tx.prepare("INSERT INTO holidays (day, name) VALUES (?1, ?2)")?;
    let mut count = 0;
    for (day, name) in list.iter() {
        insert.execute(params![day.iso(), name])?;
        count += 1;
    }
    Ok(count)
}

pub(super) fn read(conn: &mut Connection) -> Result<Option<HolidayList>, StoreError> {
    let rows = conn
        .prepare("SELECT day, name FROM holidays ORDER BY day")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<Vec<(String, String)>, _>>()?;
    holiday_list(rows)
}
