//! PostgreSQL side of notices.
//!
//! **Order of events across instances:** an event's id is drawn inside a transaction holding the
//! advisory lock [`EVENTS_LOCK`], so ids commit in the order they are drawn: a reader that has
//! seen id N never later finds an id below N appear. Notices are written a few times a day; the
//! lock costs nothing that matters.
//!
//! **Wake-ups:** the transaction also `NOTIFY`s [`EVENTS_CHANNEL`] (delivered at commit, to every
//! instance listening, this one included); each instance keeps one connection outside the pool
//! that `LISTEN`s and wakes its fan-out, which then reads the new events from the table. A
//! notification carries nothing a listener trusts: the table is the truth.

use async_trait::async_trait;
use deadpool_postgres::GenericClient;
use futures_util::StreamExt as _;
use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::AccountId;
use madoguchi_domain::application::ApplicationReference;
use madoguchi_domain::notice::{EventId, Notice, NoticeChange, NoticeContent, NoticeId, PersonalNotice};
use tokio_postgres::{AsyncMessage, NoTls};

use super::{PostgresStore, idempotency, locked};
use crate::storage::notices::{EVENTS_CHANNEL, EVENTS_LOCK, EventScope, NoticeStore, StoredEvent};
use crate::storage::rows::{json_of, notice_from_row, personal_from_change};
use crate::storage::{IdempotencyClaim, Respond, StoreError};

const NOTICE_COLUMNS: &str = "id, revision, updated_at, content";

fn notice_of(row: &tokio_postgres::Row) -> Result<Notice, StoreError> {
    notice_from_row((row.get(0), row.get(1), row.get(2), row.get(3)))
}

/// Appends an event and notifies every listening instance; the caller's transaction holds
/// [`EVENTS_LOCK`].
pub(super) async fn append_event(
    tx: &impl GenericClient,
    account: Option<&AccountId>,
    change: &NoticeChange,
    at: UnixMillis,
) -> Result<EventId, StoreError> {
    let row = tx
        .query_one(
            "INSERT INTO notice_events (account_id, name, change, at) VALUES ($1, $2, $3, $4) RETURNING id",
            &[
                &account.map(|a| a.0.as_str()),
                &change.event_name(),
                &json_of(change)?,
                &at.0,
            ],
        )
        .await?;
    let id: i64 = row.get(0);
    tx.execute("SELECT pg_notify($1, $2)", &[&EVENTS_CHANNEL, &id.to_string()])
        .await?;
    Ok(EventId(id))
}

async fn put(
    tx: &impl GenericClient,
    notice: &Notice,
    claim: &IdempotencyClaim,
    respond: Respond<Notice>,
) -> Result<(), StoreError> {
    let c = &notice.content;
    tx.execute(
        "INSERT INTO notices (id, revision, updated_at, content, topic, publish_at, expires_at, state)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'active')
         ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, updated_at = excluded.updated_at,
             content = excluded.content, topic = excluded.topic, publish_at = excluded.publish_at,
             expires_at = excluded.expires_at",
        &[
            &notice.id.as_str(),
            &i64::from(notice.revision),
            &notice.updated_at.0,
            &json_of(c)?,
            &c.topic.as_ref().map(|t| t.as_str()),
            &c.publish_at.0,
            &c.expires_at.0,
        ],
    )
    .await?;
    append_event(
        tx,
        None,
        &NoticeChange::Published {
            notice: Box::new(notice.clone()),
        },
        notice.updated_at,
    )
    .await?;
    idempotency::finish_with_write(tx, claim, &respond(notice)).await
}

/// The active notice `id`, its row locked until the transaction ends.
async fn active(tx: &impl GenericClient, id: &NoticeId) -> Result<Option<Notice>, StoreError> {
    tx.query_opt(
        &format!("SELECT {NOTICE_COLUMNS} FROM notices WHERE id = $1 AND state = 'active' FOR UPDATE"),
        &[&id.as_str()],
    )
    .await?
    .as_ref()
    .map(notice_of)
    .transpose()
}

#[async_trait]
impl NoticeStore for PostgresStore {
    async fn create_notice(
        &self,
        id: NoticeId,
        content: NoticeContent,
        claim: IdempotencyClaim,
        respond: Respond<Notice>,
    ) -> Result<Notice, StoreError> {
        let mut client = self.conn().await?;
        let tx = locked(&mut client, EVENTS_LOCK).await?;
        let notice = Notice {
            id,
            revision: 1,
            updated_at: claim.at,
            content,
        };
        put(&tx, &notice, &claim, respond).await?;
        tx.commit().await?;
        Ok(notice)
    }

    async fn replace_notice(
        &self,
        id: NoticeId,
        content: NoticeContent,
        claim: IdempotencyClaim,
        respond: Respond<Notice>,
    ) -> Result<Option<Notice>, StoreError> {
        let mut client = self.conn().await?;
        let tx = locked(&mut client, EVENTS_LOCK).await?;
        let Some(old) = active(&tx, &id).await? else {
            return Ok(None);
        };
        let notice = Notice {
            id,
            revision: old.revision + 1,
            updated_at: claim.at,
            content,
        };
        put(&tx, &notice, &claim, respond).await?;
        tx.commit().await?;
        Ok(Some(notice))
    }

    async fn withdraw_notice(
        &self,
        id: NoticeId,
        claim: IdempotencyClaim,
        respond: Respond<Notice>,
    ) -> Result<Option<Notice>, StoreError> {
        let mut client = self.conn().await?;
        let tx = locked(&mut client, EVENTS_LOCK).await?;
        let Some(notice) = active(&tx, &id).await? else {
            return Ok(None);
        };
        tx.execute(
            "UPDATE notices SET state = 'withdrawn' WHERE id = $1",
            &[&id.as_str()],
        )
        .await?;
        append_event(&tx, None, &NoticeChange::Withdrawn { id }, claim.at).await?;
        idempotency::finish_with_write(&tx, &claim, &respond(&notice)).await?;
        tx.commit().await?;
        Ok(Some(notice))
    }

    async fn live_notices(&self, now: UnixMillis) -> Result<(Vec<Notice>, EventId), StoreError> {
        let mut client = self.conn().await?;
        // One snapshot for the notices and the last event id.
        let tx = client
            .build_transaction()
            .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .await?;
        let rows = tx
            .query(
                &format!(
                    "SELECT {NOTICE_COLUMNS} FROM notices WHERE state = 'active' AND (expires_at > $1 OR topic IN (
                         SELECT topic FROM notices WHERE state = 'active' AND expires_at > $1 AND topic IS NOT NULL))
                     ORDER BY id"
                ),
                &[&now.0],
            )
            .await?;
        let notices = rows.iter().map(notice_of).collect::<Result<Vec<_>, _>>()?;
        let last: i64 = tx
            .query_one(
                "SELECT coalesce(max(id), 0) FROM notice_events WHERE account_id IS NULL",
                &[],
            )
            .await?
            .get(0);
        tx.commit().await?;
        Ok((notices, EventId(last)))
    }

    async fn notice_events_after(
        &self,
        after: EventId,
        scope: EventScope,
        limit: u32,
    ) -> Result<Vec<StoredEvent>, StoreError> {
        let client = self.conn().await?;
        let (all, account) = scope.parts();
        let rows = client
            .query(
                "SELECT id, account_id, name, change FROM notice_events
                 WHERE id > $1 AND ($2 OR account_id IS NULL OR account_id = $3) ORDER BY id LIMIT $4",
                &[&after.0, &all, &account, &i64::from(limit)],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|r| StoredEvent {
                id: EventId(r.get(0)),
                account: r.get::<_, Option<String>>(1).map(AccountId),
                name: r.get(2),
                change_json: r.get(3),
            })
            .collect())
    }

    async fn last_notice_event(&self) -> Result<EventId, StoreError> {
        let client = self.conn().await?;
        let row = client
            .query_one("SELECT coalesce(max(id), 0) FROM notice_events", &[])
            .await?;
        Ok(EventId(row.get(0)))
    }

    async fn add_personal_notice(
        &self,
        account: AccountId,
        notice: PersonalNotice,
    ) -> Result<EventId, StoreError> {
        let mut client = self.conn().await?;
        let tx = locked(&mut client, EVENTS_LOCK).await?;
        let at = notice.at;
        let id = append_event(&tx, Some(&account), &NoticeChange::Personal { notice }, at).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn personal_notices(
        &self,
        account: AccountId,
        limit: u32,
    ) -> Result<(Vec<PersonalNotice>, EventId), StoreError> {
        let mut client = self.conn().await?;
        let tx = client
            .build_transaction()
            .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .await?;
        let rows = tx
            .query(
                "SELECT change FROM notice_events WHERE account_id = $1 ORDER BY id DESC LIMIT $2",
                &[&account.0, &i64::from(limit)],
            )
            .await?;
        let notices = rows
            .iter()
            .map(|r| personal_from_change(r.get(0)))
            .collect::<Result<Vec<_>, _>>()?;
        let last: i64 = tx
            .query_one(
                "SELECT coalesce(max(id), 0) FROM notice_events WHERE account_id IS NULL OR account_id = $1",
                &[&account.0],
            )
            .await?
            .get(0);
        tx.commit().await?;
        Ok((notices, EventId(last)))
    }

    async fn link_application_account(
        &self,
        reference: ApplicationReference,
        account: AccountId,
    ) -> Result<(), StoreError> {
        let client = self.conn().await?;
        client
            .execute(
                "INSERT INTO application_accounts (reference, account_id) VALUES ($1, $2)
                 ON CONFLICT (reference) DO NOTHING",
                &[&reference.0, &account.0],
            )
            .await?;
        Ok(())
    }

    async fn application_account(
        &self,
        reference: ApplicationReference,
    ) -> Result<Option<AccountId>, StoreError> {
        let client = self.conn().await?;
        Ok(client
            .query_opt(
                "SELECT account_id FROM application_accounts WHERE reference = $1",
                &[&reference.0],
            )
            .await?
            .map(|r| AccountId(r.get(0))))
    }

    /// One connection outside the pool, `LISTEN`ing; a task drives it and forwards each
    /// notification as a wake-up (coalesced: a full channel already holds one). The receiver ends
    /// when the connection does; the fan-out then listens again and catches up from the table.
    async fn listen_notice_events(&self) -> Result<Option<tokio::sync::mpsc::Receiver<()>>, StoreError> {
        let (client, mut connection) = self.config.connect(NoTls).await?;
        let (wake, woken) = tokio::sync::mpsc::channel(1);
        let mut messages = futures_util::stream::poll_fn(move |cx| connection.poll_message(cx));
        // The client must outlive the listening (dropping it closes the connection): once LISTEN
        // is sent it goes into this channel, whose receiver the task below holds until it ends.
        let (keep, kept) = tokio::sync::oneshot::channel::<tokio_postgres::Client>();
        tokio::spawn(async move {
            let _kept = kept;
            while let Some(message) = messages.next().await {
                match message {
                    Ok(AsyncMessage::Notification(_)) => {
                        if wake.try_send(()).is_err() && wake.is_closed() {
                            break;
                        }
                    }
                    Ok(_) => {}
                    Err(error) => {
                        tracing::warn!(%error, "the notice listener's connection failed");
                        break;
                    }
                }
            }
        });
        client.batch_execute(&format!("LISTEN {EVENTS_CHANNEL}")).await?;
        let _ = keep.send(client);
        Ok(Some(woken))
    }
}
