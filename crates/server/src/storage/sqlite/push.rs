//! SQLite side of Web Push. One process owns the file, so the cursor's compare and swap never
//! loses; it is the same statement as PostgreSQL's all the same, so both stores keep one contract.

use async_trait::async_trait;
use madoguchi_domain::UnixMillis;
use madoguchi_domain::notice::EventId;
use madoguchi_domain::notice::push::PushSubscription;
use rusqlite::{OptionalExtension as _, params};

use super::SqliteStore;
use crate::storage::StoreError;
use crate::storage::push::{PushStore, StoredPushSubscription, Subscribed, same_secret, subscription_of};

#[async_trait]
impl PushStore for SqliteStore {
    async fn upsert_push_subscription(
        &self,
        subscription: PushSubscription,
        at: UnixMillis,
    ) -> Result<Subscribed, StoreError> {
        self.write(move |tx| {
            let endpoint = subscription.endpoint.as_str();
            let renewed = tx.execute(
                "UPDATE push_subscriptions SET p256dh = ?2, auth = ?3, renewed_at = ?4 WHERE endpoint = ?1",
                params![endpoint, &subscription.p256dh[..], &subscription.auth[..], at.0],
            )?;
            if renewed == 1 {
                return Ok(Subscribed::Renewed);
            }
            tx.execute(
                "INSERT INTO push_subscriptions (endpoint, p256dh, auth, created_at, renewed_at)
                 VALUES (?1, ?2, ?3, ?4, ?4)",
                params![endpoint, &subscription.p256dh[..], &subscription.auth[..], at.0],
            )?;
            Ok(Subscribed::Created)
        })
        .await
    }

    async fn remove_push_subscription(&self, endpoint: String, auth: [u8; 16]) -> Result<bool, StoreError> {
        self.write(move |tx| {
            let kept: Option<(i64, Vec<u8>)> = tx
                .query_row(
                    "SELECT id, auth FROM push_subscriptions WHERE endpoint = ?1",
                    [&endpoint],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            match kept {
                Some((id, kept_auth)) if same_secret(&kept_auth, &auth) => {
                    Ok(tx.execute("DELETE FROM push_subscriptions WHERE id = ?1", [id])? == 1)
                }
                _ => Ok(false),
            }
        })
        .await
    }

    async fn push_subscriptions_after(
        &self,
        after: i64,
        limit: u32,
    ) -> Result<Vec<StoredPushSubscription>, StoreError> {
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT id, endpoint, p256dh, auth FROM push_subscriptions WHERE id > ?1 ORDER BY id LIMIT ?2",
            )?;
            let rows = stmt.query_map(params![after, limit], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Vec<u8>>(2)?,
                    r.get::<_, Vec<u8>>(3)?,
                ))
            })?;
            rows.map(|row| {
                let (id, endpoint, p256dh, auth) = row?;
                subscription_of(id, &endpoint, &p256dh, &auth)
            })
            .collect()
        })
        .await
    }

    async fn delete_push_subscription(&self, id: i64) -> Result<(), StoreError> {
        self.write(move |tx| {
            tx.execute("DELETE FROM push_subscriptions WHERE id = ?1", [id])?;
            Ok(())
        })
        .await
    }

    async fn vapid_key(&self, candidate: Vec<u8>, at: UnixMillis) -> Result<Vec<u8>, StoreError> {
        self.write(move |tx| {
            tx.execute(
                "INSERT INTO push_keys (id, private_key, created_at) VALUES (1, ?1, ?2)
                 ON CONFLICT (id) DO NOTHING",
                params![candidate, at.0],
            )?;
            Ok(tx.query_row("SELECT private_key FROM push_keys WHERE id = 1", [], |r| r.get(0))?)
        })
        .await
    }

    async fn push_cursor(&self) -> Result<EventId, StoreError> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO push_cursor (id, last_event)
                 SELECT 1, coalesce(max(id), 0) FROM notice_events WHERE true
                 ON CONFLICT (id) DO NOTHING",
                [],
            )?;
            Ok(EventId(tx.query_row(
                "SELECT last_event FROM push_cursor WHERE id = 1",
                [],
                |r| r.get(0),
            )?))
        })
        .await
    }

    async fn advance_push_cursor(&self, from: EventId, to: EventId) -> Result<bool, StoreError> {
        self.write(move |tx| {
            Ok(tx.execute(
                "UPDATE push_cursor SET last_event = ?2 WHERE id = 1 AND last_event = ?1",
                params![from.0, to.0],
            )? == 1)
        })
        .await
    }
}
