//! The resident's notice profile and consent record, and what they have read: kept in the
//! encrypted store, read by the UI to match the city's notices on the device, never sent to the
//! city. Saving the first profile is the opt-in; clearing removes the profile and its record.
//! "Delete my data on this device" removes all of it with the store.

use madoguchi_domain::notice::NoticeId;
use madoguchi_domain::notice::{NoticeSettings, Profile, ReadMark};
use rusqlite::{Connection, OptionalExtension as _, params};
use tauri::State;

use crate::commands::ShellState;
use crate::error::Result;
use crate::local_data::LocalData;
use crate::store::StoreError;

impl LocalData {
    /// The profile with its consent record; `None` when the resident has not opted in.
    pub async fn notice_settings(&self) -> Result<Option<NoticeSettings>> {
        Ok(self.store().run(|conn| read_settings(conn)).await?)
    }

    /// Saves `profile`: the first save records the consent, later ones keep its time.
    pub async fn save_notice_profile(&self, profile: Profile) -> Result<NoticeSettings> {
        let now = self.now();
        Ok(self
            .store()
            .run(move |conn| {
                let tx = conn.transaction()?;
                let settings = NoticeSettings::saved(read_settings(&tx)?.as_ref(), profile, now);
                let json =
                    serde_json::to_string(&settings).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                tx.execute(
                    "INSERT INTO notice_settings (id, settings) VALUES (1, ?1)
                     ON CONFLICT (id) DO UPDATE SET settings = excluded.settings",
                    [json],
                )?;
                tx.commit()?;
                Ok(settings)
            })
            .await?)
    }

    /// Withdraws consent: the profile and its record are deleted (the inbox falls back to what is
    /// meant for everyone).
    pub async fn clear_notice_profile(&self) -> Result<()> {
        Ok(self
            .store()
            .run(|conn| {
                conn.execute("DELETE FROM notice_settings", [])?;
                Ok(())
            })
            .await?)
    }

    /// Every notice revision the resident has read.
    pub async fn read_marks(&self) -> Result<Vec<ReadMark>> {
        Ok(self
            .store()
            .run(|conn| {
                let mut statement =
                    conn.prepare("SELECT notice_id, revision FROM notices_read ORDER BY notice_id")?;
                let rows = statement.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?)))?;
                let mut marks = Vec::new();
                for row in rows {
                    let (id, revision) = row?;
                    let id = NoticeId::parse(&id)
                        .map_err(|id| StoreError::Corrupt(format!("notice id {id:?}")))?;
                    marks.push(ReadMark { id, revision });
                }
                Ok(marks)
            })
            .await?)
    }

    /// Marks these revisions read (a lower revision never replaces a higher one).
    pub async fn mark_notices_read(&self, marks: Vec<ReadMark>) -> Result<()> {
        Ok(self
            .store()
            .run(move |conn| {
                let tx = conn.transaction()?;
                for mark in &marks {
                    tx.execute(
                        "INSERT INTO notices_read (notice_id, revision) VALUES (?1, ?2)
                         ON CONFLICT (notice_id) DO UPDATE SET revision = max(revision, excluded.revision)",
                        params![mark.id.as_str(), mark.revision],
                    )?;
                }
                tx.commit()?;
                Ok(())
            })
            .await?)
    }
}

fn read_settings(conn: &Connection) -> std::result::Result<Option<NoticeSettings>, StoreError> {
    let json: Option<String> = conn
        .query_row("SELECT settings FROM notice_settings WHERE id = 1", [], |r| {
            r.get(0)
        })
        .optional()?;
    json.map(|j| serde_json::from_str(&j).map_err(|e| StoreError::Corrupt(format!("notice settings: {e}"))))
        .transpose()
}

/// The profile and consent record, or `None` before the resident opts in.
#[tauri::command]
pub async fn notice_settings(state: State<'_, ShellState>) -> Result<Option<NoticeSettings>> {
    state.data.notice_settings().await
}

/// Saves the profile (the first time, records the consent).
#[tauri::command]
pub async fn save_notice_profile(state: State<'_, ShellState>, profile: Profile) -> Result<NoticeSettings> {
    state.data.save_notice_profile(profile).await
}

/// Deletes the profile and its consent record.
#[tauri::command]
pub async fn clear_notice_profile(state: State<'_, ShellState>) -> Result<()> {
    state.data.clear_notice_profile().await
}

/// What the resident has read.
#[tauri::command]
pub async fn notice_read_marks(state: State<'_, ShellState>) -> Result<Vec<ReadMark>> {
    state.data.read_marks().await
}

/// Marks notices read.
#[tauri::command]
pub async fn mark_notices_read(state: State<'_, ShellState>, marks: Vec<ReadMark>) -> Result<()> {
    state.data.mark_notices_read(marks).await
}
