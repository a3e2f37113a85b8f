//! Notifications held for later (quiet hours, the digest) in the encrypted store: the UI decides
//! to hold one (`notice::inbox::notification`), keeps it here, and takes what is due when its timer
//! fires and whenever the app starts, so a notification whose time came while the app was closed
//! is raised when it next runs (`madoguchi_domain::notice::held`).

use madoguchi_domain::UnixMillis;
use madoguchi_domain::notice::NoticeId;
use madoguchi_domain::notice::held::{DueNotices, HeldNotice};
use rusqlite::{OptionalExtension as _, params};
use tauri::State;

use crate::commands::ShellState;
use crate::error::Result;
use crate::local_data::LocalData;
use crate::store::StoreError;

impl LocalData {
    /// Keeps `held` until it is due; a later hold of the same notice replaces it.
    pub async fn hold_notice(&self, held: HeldNotice) -> Result<()> {
        Ok(self
            .store()
            .run(move |conn| {
                conn.execute(
                    "INSERT INTO held_notices (notice_id, revision, due_at, digest) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT (notice_id) DO UPDATE SET revision = excluded.revision,
                         due_at = excluded.due_at, digest = excluded.digest",
                    params![held.id.as_str(), held.revision, held.due_at.0, held.digest],
                )?;
                Ok(())
            })
            .await?)
    }

    /// Takes every held notification due by now (each is handed out once), and says when the
    /// next one is due.
    pub async fn take_due_notices(&self) -> Result<DueNotices> {
        let now = self.now();
        Ok(self
            .store()
            .run(move |conn| {
                let tx = conn.transaction()?;
                let due = {
                    let mut statement = tx.prepare(
                        "DELETE FROM held_notices WHERE due_at <= ?1
                         RETURNING notice_id, revision, due_at, digest",
                    )?;
                    let rows = statement.query_map([now.0], |r| {
                        Ok((
                            r.get::<_, String>(0)?,
                            r.get::<_, u32>(1)?,
                            r.get::<_, i64>(2)?,
                            r.get::<_, bool>(3)?,
                        ))
                    })?;
                    let mut due = Vec::new();
                    for row in rows {
                        let (id, revision, due_at, digest) = row?;
                        let id = NoticeId::parse(&id)
                            .map_err(|id| StoreError::Corrupt(format!("held notice id {id:?}")))?;
                        due.push(HeldNotice {
                            id,
                            revision,
                            due_at: UnixMillis(due_at),
                            digest,
                        });
                    }
                    due.sort_by_key(|h| h.due_at);
                    due
                };
                let next_at = tx
                    .query_row("SELECT min(due_at) FROM held_notices", [], |r| {
                        r.get::<_, Option<i64>>(0)
                    })
                    .optional()?
                    .flatten()
                    .map(UnixMillis);
                tx.commit()?;
                Ok(DueNotices { due, next_at })
            })
            .await?)
    }
}

/// Holds a notification until it is due.
#[tauri::command]
pub async fn hold_notice(state: State<'_, ShellState>, held: HeldNotice) -> Result<()> {
    state.data.hold_notice(held).await
}

/// The held notifications due now (taken), and when the next is due.
#[tauri::command]
pub async fn take_due_notices(state: State<'_, ShellState>) -> Result<DueNotices> {
    state.data.take_due_notices().await
}
