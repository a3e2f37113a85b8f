//! The account the app is signed in as, as last read from the city, kept in the encrypted store
//! (table `signed_in_account`), so the app says "signed in as …" offline. Its `device_id` is also
//! the principal the outbox records for items queued from now on (`outbox::enqueue`): the row is
//! written right after the credential is kept and deleted in the transaction that queues the
//! sign-out, so nothing is queued under a device the app is no longer signed in as.

use madoguchi_domain::account::AccountView;
use madoguchi_domain::notice::wire::PersonalNoticeList;
use madoguchi_domain::{Cached, UnixMillis};
use rusqlite::{Connection, OptionalExtension as _, params};

use crate::store::StoreError;

pub fn save(conn: &Connection, device: &str, view: &AccountView, now: UnixMillis) -> Result<(), StoreError> {
    let view = serde_json::to_string(view).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    conn.execute(
        "INSERT INTO signed_in_account (id, device_id, view, read_at) VALUES (1, ?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET device_id = ?1, view = ?2, read_at = ?3",
        params![device, view, now.0],
    )?;
    Ok(())
}

/// The view last read for `device`; none for another device's (a sign-in that replaced it).
pub fn read(conn: &Connection, device: &str) -> Result<Option<AccountView>, StoreError> {
    let view: Option<String> = conn
        .query_row(
            "SELECT view FROM signed_in_account WHERE id = 1 AND device_id = ?1",
            [device],
            |r| r.get(0),
        )
        .optional()?;
    view.map(|v| serde_json::from_str(&v).map_err(|e| StoreError::Corrupt(format!("kept account: {e}"))))
        .transpose()
}

pub fn forget(conn: &Connection) -> Result<(), StoreError> {
    conn.execute("DELETE FROM signed_in_account", [])?;
    Ok(())
}

/// Keeps the resident's own notices with the account they belong to (nothing when the row is not
/// `device`'s: a sign-out or another sign-in came in between).
pub fn save_notices(
    conn: &Connection,
    device: &str,
    notices: &PersonalNoticeList,
    now: UnixMillis,
) -> Result<(), StoreError> {
    let notices = serde_json::to_string(notices).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    conn.execute(
        "UPDATE signed_in_account SET notices = ?2, notices_read_at = ?3 WHERE id = 1 AND device_id = ?1",
        params![device, notices, now.0],
    )?;
    Ok(())
}

/// The notices last read for `device`, with when.
pub fn read_notices(
    conn: &Connection,
    device: &str,
) -> Result<Option<Cached<PersonalNoticeList>>, StoreError> {
    let kept: Option<(Option<String>, Option<i64>)> = conn
        .query_row(
            "SELECT notices, notices_read_at FROM signed_in_account WHERE id = 1 AND device_id = ?1",
            [device],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((Some(notices), Some(read_at))) = kept else {
        return Ok(None);
    };
    let value =
        serde_json::from_str(&notices).map_err(|e| StoreError::Corrupt(format!("kept notices: {e}")))?;
    Ok(Some(Cached {
        value,
        fetched_at: UnixMillis(read_at),
        fresh: false,
    }))
}
