//! PostgreSQL side of Web Push. What must not interleave between instances:
//!
//! - **Claiming events:** one `UPDATE push_cursor SET last_event = $to WHERE last_event = $from`;
//!   under READ COMMITTED a second instance's same update waits for the first to commit, then
//!   finds the row no longer at `$from` and changes nothing. So each event's pushes are claimed
//!   by exactly one instance.
//! - **The VAPID key and the cursor's first row:** `INSERT … ON CONFLICT DO NOTHING`, then read:
//!   instances starting at once all read the row that won.
//! - **Removing a subscription:** its row is read `FOR UPDATE`, its `auth` compared in constant
//!   time, and it is deleted in the same transaction, so a renewal cannot slip in between.

use async_trait::async_trait;
use madoguchi_domain::UnixMillis;
use madoguchi_domain::notice::EventId;
use madoguchi_domain::notice::push::PushSubscription;

use super::PostgresStore;
use crate::storage::StoreError;
use crate::storage::push::{PushStore, StoredPushSubscription, Subscribed, same_secret, subscription_of};

#[async_trait]
impl PushStore for PostgresStore {
    async fn upsert_push_subscription(
        &self,
        subscription: PushSubscription,
        at: UnixMillis,
    ) -> Result<Subscribed, StoreError> {
        let client = self.conn().await?;
        // `xmax = 0` only on a row this statement inserted: one statement tells new from renewed.
        let row = client
            .query_one(
                "INSERT INTO push_subscriptions (endpoint, p256dh, auth, created_at, renewed_at)
                 VALUES ($1, $2, $3, $4, $4)
                 ON CONFLICT (endpoint) DO UPDATE SET p256dh = excluded.p256dh, auth = excluded.auth,
                     renewed_at = excluded.renewed_at
                 RETURNING (xmax = 0)",
                &[
                    &subscription.endpoint.as_str(),
                    &&subscription.p256dh[..],
                    &&subscription.auth[..],
                    &at.0,
                ],
            )
            .await?;
        Ok(if row.get::<_, bool>(0) {
            Subscribed::Created
        } else {
            Subscribed::Renewed
        })
    }

    async fn remove_push_subscription(&self, endpoint: String, auth: [u8; 16]) -> Result<bool, StoreError> {
        let mut client = self.conn().await?;
        let tx = client.transaction().await?;
        let kept = tx
            .query_opt(
                "SELECT id, auth FROM push_subscriptions WHERE endpoint = $1 FOR UPDATE",
                &[&endpoint],
            )
            .await?;
        let removed = match kept {
            Some(row) if same_secret(row.get::<_, &[u8]>(1), &auth) => {
                let id: i64 = row.get(0);
                tx.execute("DELETE FROM push_subscriptions WHERE id = $1", &[&id])
                    .await?
                    == 1
            }
            _ => false,
        };
        tx.commit().await?;
        Ok(removed)
    }

    async fn push_subscriptions_after(
        &self,
        after: i64,
        limit: u32,
    ) -> Result<Vec<StoredPushSubscription>, StoreError> {
        let client = self.conn().await?;
        let rows = client
            .query(
                "SELECT id, endpoint, p256dh, auth FROM push_subscriptions WHERE id > $1 ORDER BY id LIMIT $2",
                &[&after, &i64::from(limit)],
            )
            .await?;
        rows.iter()
            .map(|r| subscription_of(r.get(0), r.get(1), r.get(2), r.get(3)))
            .collect()
    }

    async fn delete_push_subscription(&self, id: i64) -> Result<(), StoreError> {
        let client = self.conn().await?;
        client
            .execute("DELETE FROM push_subscriptions WHERE id = $1", &[&id])
            .await?;
        Ok(())
    }

    async fn vapid_key(&self, candidate: Vec<u8>, at: UnixMillis) -> Result<Vec<u8>, StoreError> {
        let client = self.conn().await?;
        client
            .execute(
                "INSERT INTO push_keys (id, private_key, created_at) VALUES (1, $1, $2)
                 ON CONFLICT (id) DO NOTHING",
                &[&candidate, &at.0],
            )
            .await?;
        Ok(client
            .query_one("SELECT private_key FROM push_keys WHERE id = 1", &[])
            .await?
            .get(0))
    }

    async fn push_cursor(&self) -> Result<EventId, StoreError> {
        let client = self.conn().await?;
        client
            .execute(
                "INSERT INTO push_cursor (id, last_event)
                 SELECT 1, coalesce(max(id), 0) FROM notice_events
                 ON CONFLICT (id) DO NOTHING",
                &[],
            )
            .await?;
        Ok(EventId(
            client
                .query_one("SELECT last_event FROM push_cursor WHERE id = 1", &[])
                .await?
                .get(0),
        ))
    }

    async fn advance_push_cursor(&self, from: EventId, to: EventId) -> Result<bool, StoreError> {
        let client = self.conn().await?;
        Ok(client
            .execute(
                "UPDATE push_cursor SET last_event = $2 WHERE id = 1 AND last_event = $1",
                &[&from.0, &to.0],
            )
            .await?
            == 1)
    }
}
