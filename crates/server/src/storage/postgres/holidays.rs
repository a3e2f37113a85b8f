//! PostgreSQL side of the published holidays.

use deadpool_postgres::Object;
use madoguchi_domain::booking::HolidayList;

use super::locked;
use crate::storage::StoreError;
use crate::storage::rows::holiday_list;

/// Two instances importing at once take turns (an advisory lock), and readers see the old list or
/// the new one (one transaction).
const HOLIDAYS_LOCK: i64 = 0x686f_6c69_6461_7973;

pub(super) async fn replace(client: &mut Object, list: &HolidayList) -> Result<usize, StoreError> {
    let tx = locked(client, HOLIDAYS_LOCK).await?;
    tx.execute("DELETE FROM holidays", &[]).await?;
    let insert = tx
        .prepare("INSERT INTO holidays (day, name) VALUES ($1, $2)")
        .await?;
    let mut count = 0;
    for (day, name) in list.iter() {
        tx.execute(&insert, &[&day.iso(), &name]).await?;
        count += 1;
    }
    tx.commit().await?;
    Ok(count)
}

pub(super) async fn read(client: &mut Object) -> Result<Option<HolidayList>, StoreError> {
    let rows = client
        .query("SELECT day, name FROM holidays ORDER BY day", &[])
        .await?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    holiday_list(rows)
}
