//! SQLite side of notices. Every write runs on the one writer thread, so event ids (AUTOINCREMENT)
//! are given in commit order without a lock of ours. This process is the only writer, so the
//! fan-out is woken by the routes that write (`listen_notice_events` has nothing to listen to).

use async_trait::async_trait;
use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::AccountId;
use madoguchi_domain::application::ApplicationReference;
use madoguchi_domain::notice::{EventId, Notice, NoticeChange, NoticeContent, NoticeId, PersonalNotice};
use rusqlite::{Connection, OptionalExtension as _, params};

use super::{SqliteStore, idempotency};
use crate::storage::notices::{EventScope, NoticeStore, StoredEvent};
use crate::storage::rows::{json_of, notice_from_row, personal_from_change};
use crate::storage::{IdempotencyClaim, Respond, StoreError};

const NOTICE_COLUMNS: &str = "id, revision, updated_at, content";

fn read_notice(r: &rusqlite::Row<'_>) -> rusqlite::Result<(String, i64, i64, String)> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
}

/// Appends an event (a personal one when `account` is given); the writer's transaction orders ids.
pub(super) fn append_event(
    tx: &Connection,
    account: Option<&AccountId>,
    change: &NoticeChange,
    at: UnixMillis,
) -> Result<EventId, StoreError> {
    tx.execute(
        "INSERT INTO notice_events (account_id, name, change, at) VALUES (?1, ?2, ?3, ?4)",
        params![
            account.map(|a| a.0.as_str()),
            change.event_name(),
            json_of(change)?,
            at.0
        ],
    )?;
    Ok(EventId(tx.last_insert_rowid()))
}

fn put(
    tx: &Connection,
    notice: &Notice,
    claim: &IdempotencyClaim,
    respond: Respond<Notice>,
) -> Result<(), StoreError> {
    let c = &notice.content;
    tx.execute(
        "INSERT INTO notices (id, revision, updated_at, content, topic, publish_at, expires_at, state)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'active')
         ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, updated_at = excluded.updated_at,
             content = excluded.content, topic = excluded.topic, publish_at = excluded.publish_at,
             expires_at = excluded.expires_at",
        params![
            notice.id.as_str(),
            notice.revision,
            notice.updated_at.0,
            json_of(c)?,
            c.topic.as_ref().map(|t| t.as_str()),
            c.publish_at.0,
            c.expires_at.0
        ],
    )?;
    append_event(
        tx,
        None,
        &NoticeChange::Published {
            notice: Box::new(notice.clone()),
        },
        notice.updated_at,
    )?;
    idempotency::finish_with_write(tx, claim, &respond(notice))
}

fn active(tx: &Connection, id: &NoticeId) -> Result<Option<Notice>, StoreError> {
    tx.query_row(
        &format!("SELECT {NOTICE_COLUMNS} FROM notices WHERE id = ?1 AND state = 'active'"),
        [id.as_str()],
        read_notice,
    )
    .optional()?
    .map(notice_from_row)
    .transpose()
}

fn live(conn: &mut Connection, now: UnixMillis) -> Result<(Vec<Notice>, EventId), StoreError> {
    let tx = conn.transaction()?;
    let notices = {
        let mut stmt = tx.prepare_cached(&format!(
            "SELECT {NOTICE_COLUMNS} FROM notices WHERE state = 'active' AND (expires_at > ?1 OR topic IN (
                 SELECT topic FROM notices WHERE state = 'active' AND expires_at > ?1 AND topic IS NOT NULL))
             ORDER BY id"
        ))?;
        let rows = stmt.query_map([now.0], read_notice)?;
        rows.map(|r| notice_from_row(r?)).collect::<Result<Vec<_>, _>>()?
    };
    let last: i64 = tx.query_row(
        "SELECT coalesce(max(id), 0) FROM notice_events WHERE account_id IS NULL",
        [],
        |r| r.get(0),
    )?;
    Ok((notices, EventId(last)))
}

fn events_after(
    conn: &mut Connection,
    after: EventId,
    scope: &EventScope,
    limit: u32,
) -> Result<Vec<StoredEvent>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, account_id, name, change FROM notice_events
         WHERE id > ?1 AND (?2 OR account_id IS NULL OR account_id = ?3) ORDER BY id LIMIT ?4",
    )?;
    let (all, account) = scope.parts();
    let rows = stmt.query_map(params![after.0, all, account, limit], |r| {
        Ok(StoredEvent {
            id: EventId(r.get(0)?),
            account: r.get::<_, Option<String>>(1)?.map(AccountId),
            name: r.get(2)?,
            change_json: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

#[async_trait]
impl NoticeStore for SqliteStore {
    async fn create_notice(
        &self,
        id: NoticeId,
        content: NoticeContent,
        claim: IdempotencyClaim,
        respond: Respond<Notice>,
    ) -> Result<Notice, StoreError> {
        self.write(move |tx| {
            let notice = Notice {
                id,
                revision: 1,
                updated_at: claim.at,
                content,
            };
            put(tx, &notice, &claim, respond)?;
            Ok(notice)
        })
        .await
    }

    async fn replace_notice(
        &self,
        id: NoticeId,
        content: NoticeContent,
        claim: IdempotencyClaim,
        respond: Respond<Notice>,
    ) -> Result<Option<Notice>, StoreError> {
        self.write(move |tx| {
            let Some(old) = active(tx, &id)? else {
                return Ok(None);
            };
            let notice = Notice {
                id,
                revision: old.revision + 1,
                updated_at: claim.at,
                content,
            };
            put(tx, &notice, &claim, respond)?;
            Ok(Some(notice))
        })
        .await
    }

    async fn withdraw_notice(
        &self,
        id: NoticeId,
        claim: IdempotencyClaim,
        respond: Respond<Notice>,
    ) -> Result<Option<Notice>, StoreError> {
        self.write(move |tx| {
            let Some(notice) = active(tx, &id)? else {
                return Ok(None);
            };
            tx.execute(
                "UPDATE notices SET state = 'withdrawn' WHERE id = ?1",
                [id.as_str()],
            )?;
            append_event(tx, None, &NoticeChange::Withdrawn { id }, claim.at)?;
            idempotency::finish_with_write(tx, &claim, &respond(&notice))?;
            Ok(Some(notice))
        })
        .await
    }

    async fn live_notices(&self, now: UnixMillis) -> Result<(Vec<Notice>, EventId), StoreError> {
        self.read(move |conn| live(conn, now)).await
    }

    async fn notice_events_after(
        &self,
        after: EventId,
        scope: EventScope,
        limit: u32,
    ) -> Result<Vec<StoredEvent>, StoreError> {
        self.read(move |conn| events_after(conn, after, &scope, limit))
            .await
    }

    async fn last_notice_event(&self) -> Result<EventId, StoreError> {
        self.read(|conn| {
            Ok(EventId(conn.query_row(
                "SELECT coalesce(max(id), 0) FROM notice_events",
                [],
                |r| r.get(0),
            )?))
        })
        .await
    }

    async fn add_personal_notice(
        &self,
        account: AccountId,
        notice: PersonalNotice,
    ) -> Result<EventId, StoreError> {
        self.write(move |tx| {
            let at = notice.at;
            append_event(tx, Some(&account), &NoticeChange::Personal { notice }, at)
        })
        .await
    }

    async fn personal_notices(
        &self,
        account: AccountId,
        limit: u32,
    ) -> Result<(Vec<PersonalNotice>, EventId), StoreError> {
        self.read(move |conn| {
            let tx = conn.transaction()?;
            let notices = {
                let mut stmt = tx.prepare_cached(
                    "SELECT change FROM notice_events WHERE account_id = ?1 ORDER BY id DESC LIMIT ?2",
                )?;
                let rows = stmt.query_map(params![account.0, limit], |r| r.get::<_, String>(0))?;
                rows.map(|json| personal_from_change(&json?))
                    .collect::<Result<Vec<_>, _>>()?
            };
            let last: i64 = tx.query_row(
                "SELECT coalesce(max(id), 0) FROM notice_events WHERE account_id IS NULL OR account_id = ?1",
                [&account.0],
                |r| r.get(0),
            )?;
            Ok((notices, EventId(last)))
        })
        .await
    }

    async fn link_application_account(
        &self,
        reference: ApplicationReference,
        account: AccountId,
    ) -> Result<(), StoreError> {
        self.write(move |tx| {
            tx.execute(
                "INSERT INTO application_accounts (reference, account_id) VALUES (?1, ?2)
                 ON CONFLICT (reference) DO NOTHING",
                params![reference.0, account.0],
            )?;
            Ok(())
        })
        .await
    }

    async fn application_account(
        &self,
        reference: ApplicationReference,
    ) -> Result<Option<AccountId>, StoreError> {
        self.read(move |conn| {
            Ok(conn
                .query_row(
                    "SELECT account_id FROM application_accounts WHERE reference = ?1",
                    [&reference.0],
                    |r| r.get::<_, String>(0),
                )
                .optional()?
                .map(AccountId))
        })
        .await
    }

    async fn listen_notice_events(&self) -> Result<Option<tokio::sync::mpsc::Receiver<()>>, StoreError> {
        Ok(None)
    }
}
