//! The embedded store: one SQLite file, one connection serialised behind a mutex and used from
//! Tokio's blocking pool. SQLite allows one writer at a time anyway; reads of the catalogue are a
//! few hundred rows. A read pool can come when a benchmark asks for it.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use madoguchi_domain::{
    AttachmentReceipt, Channel, DepartmentCatalogue, Inquiry, InquiryReceipt, LocalizedText, NewInquiry,
    PostalAddress, PostalCode, Procedure, ProcedureCatalogue, ProcedureId,
};
use rusqlite::{Connection, params};

use super::migrations::migrate;
use super::{
    ClaimOutcome, ClaimRules, CreatedInquiry, IdempotencyClaim, NewAttachment, Respond, Store, StoreError,
    StoredResponse, attachments, idempotency, inquiries, postal,
};

#[derive(Clone)]
pub struct SqliteStore {
    conn: Arc<Mutex<Connection>>,
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `path` and migrates it.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
                path: dir.display().to_string(),
                source,
            })?;
        }
        let mut conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        migrate(&mut conn)?;
        Ok(Self {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    async fn with_conn<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let conn = Arc::clone(&self.conn);
        tokio::task::spawn_blocking(move || {
            // A panic while holding the lock cannot leave SQLite half-written (transactions roll
            // back), so a poisoned lock is safe to keep using.
            let mut guard = conn.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            f(&mut guard)
        })
        .await?
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn catalogue(&self) -> Result<ProcedureCatalogue, StoreError> {
        self.with_conn(read_catalogue).await
    }

    async fn replace_catalogue(&self, catalogue: ProcedureCatalogue) -> Result<(), StoreError> {
        self.with_conn(move |conn| write_catalogue(conn, &catalogue))
            .await
    }

    async fn departments(&self) -> Result<DepartmentCatalogue, StoreError> {
        self.with_conn(inquiries::read_departments).await
    }

    async fn replace_departments(&self, departments: DepartmentCatalogue) -> Result<(), StoreError> {
        self.with_conn(move |conn| inquiries::write_departments(conn, &departments))
            .await
    }

    async fn create_inquiry(
        &self,
        inquiry: NewInquiry,
        claim: IdempotencyClaim,
        respond: Respond<InquiryReceipt>,
    ) -> Result<CreatedInquiry, StoreError> {
        self.with_conn(move |conn| inquiries::create(conn, &inquiry, &claim, respond))
            .await
    }

    async fn inquiries(&self) -> Result<Vec<Inquiry>, StoreError> {
        self.with_conn(inquiries::list).await
    }

    async fn postal_addresses(&self, code: PostalCode) -> Result<Vec<PostalAddress>, StoreError> {
        self.with_conn(move |conn| postal::addresses(conn, code)).await
    }

    async fn replace_postal_addresses(
        &self,
        entries: Vec<(PostalCode, PostalAddress)>,
    ) -> Result<usize, StoreError> {
        self.with_conn(move |conn| postal::replace(conn, &entries)).await
    }

    async fn has_no_postal_addresses(&self) -> Result<bool, StoreError> {
        self.with_conn(postal::is_empty).await
    }

    async fn create_attachment(
        &self,
        attachment: NewAttachment,
        claim: IdempotencyClaim,
        respond: Respond<AttachmentReceipt>,
    ) -> Result<AttachmentReceipt, StoreError> {
        self.with_conn(move |conn| attachments::create(conn, &attachment, &claim, respond))
            .await
    }

    async fn attachment_content(&self, id: String) -> Result<Option<Vec<u8>>, StoreError> {
        self.with_conn(move |conn| attachments::content(conn, &id)).await
    }

    async fn claim_idempotency_key(
        &self,
        claim: IdempotencyClaim,
        rules: ClaimRules,
    ) -> Result<ClaimOutcome, StoreError> {
        self.with_conn(move |conn| {
            let tx = conn.transaction()?;
            let outcome = idempotency::claim(&tx, &claim, rules)?;
            tx.commit()?;
            Ok(outcome)
        })
        .await
    }

    async fn finish_idempotency_key(
        &self,
        claim: IdempotencyClaim,
        response: StoredResponse,
    ) -> Result<(), StoreError> {
        self.with_conn(move |conn| {
            let tx = conn.transaction()?;
            idempotency::finish(&tx, &claim, &response)?;
            tx.commit()?;
            Ok(())
        })
        .await
    }

    async fn release_idempotency_key(&self, claim: IdempotencyClaim) -> Result<(), StoreError> {
        self.with_conn(move |conn| {
            let tx = conn.transaction()?;
            idempotency::release(&tx, &claim)?;
            tx.commit()?;
            Ok(())
        })
        .await
    }
}

fn read_catalogue(conn: &mut Connection) -> Result<ProcedureCatalogue, StoreError> {
    let tx = conn.transaction()?;
    let city = {
        let mut stmt = tx.prepare("SELECT locale, text FROM city_texts WHERE field = 'name'")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        localized(rows.collect::<Result<Vec<_>, _>>()?)?
    };

    let mut texts: BTreeMap<(String, String), Vec<(String, String)>> = BTreeMap::new();
    {
        let mut stmt = tx.prepare("SELECT procedure_id, field, locale, text FROM procedure_texts")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            texts
                .entry((r.get(0)?, r.get(1)?))
                .or_default()
                .push((r.get(2)?, r.get(3)?));
        }
    }
    let mut channels: BTreeMap<String, Vec<Channel>> = BTreeMap::new();
    {
        let mut stmt = tx.prepare("SELECT procedure_id, channel FROM procedure_channels")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let channel: String = r.get(1)?;
            channels
                .entry(r.get(0)?)
                .or_default()
                .push(parse_channel(&channel)?);
        }
    }

    let mut procedures = Vec::new();
    let mut stmt = tx.prepare("SELECT id FROM procedures ORDER BY position")?;
    let ids = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    for id in ids {
        let name = localized(texts.remove(&(id.clone(), "name".to_owned())).unwrap_or_default())?;
        let summary = localized(
            texts
                .remove(&(id.clone(), "summary".to_owned()))
                .unwrap_or_default(),
        )?;
        let channels = channels.remove(&id).unwrap_or_default();
        let id = ProcedureId::parse(&id).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let procedure =
            Procedure::new(id, name, summary, channels).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        procedures.push(procedure);
    }
    Ok(ProcedureCatalogue { city, procedures })
}

fn write_catalogue(conn: &mut Connection, catalogue: &ProcedureCatalogue) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    tx.execute_batch("DELETE FROM procedures; DELETE FROM city_texts; DELETE FROM city;")?;
    tx.execute("INSERT INTO city (id) VALUES (1)", [])?;
    for tag in catalogue.city.locales() {
        let text = catalogue.city.get(tag).unwrap_or_default();
        tx.execute(
            "INSERT INTO city_texts (field, locale, text) VALUES ('name', ?1, ?2)",
            params![tag.as_str(), text],
        )?;
    }
    for (position, p) in catalogue.procedures.iter().enumerate() {
        let id = p.id.as_str();
        tx.execute(
            "INSERT INTO procedures (id, position) VALUES (?1, ?2)",
            params![id, i64::try_from(position).unwrap_or(i64::MAX)],
        )?;
        for (field, text) in [("name", &p.name), ("summary", &p.summary)] {
            for tag in text.locales() {
                tx.execute(
                    "INSERT INTO procedure_texts (procedure_id, field, locale, text) VALUES (?1, ?2, ?3, ?4)",
                    params![id, field, tag.as_str(), text.get(tag).unwrap_or_default()],
                )?;
            }
        }
        for channel in &p.channels {
            tx.execute(
                "INSERT INTO procedure_channels (procedure_id, channel) VALUES (?1, ?2)",
                params![id, channel_name(*channel)],
            )?;
        }
    }
    tx.commit()?;
    Ok(())
}

fn localized(pairs: Vec<(String, String)>) -> Result<LocalizedText, StoreError> {
    LocalizedText::from_pairs(pairs.iter().map(|(l, t)| (l.as_str(), t.as_str())))
        .map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn channel_name(channel: Channel) -> String {
    // The same spelling as on the wire, so the CHECK constraint and the API cannot drift apart.
    serde_json::to_value(channel)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn parse_channel(name: &str) -> Result<Channel, StoreError> {
    serde_json::from_value(serde_json::Value::String(name.to_owned()))
        .map_err(|_| StoreError::Corrupt(format!("unknown channel {name:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_catalogue_survives_a_round_trip_through_the_file_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested/city.sqlite3");
        let demo = crate::demo::catalogue();
        let store = SqliteStore::open(&path).unwrap();
        assert!(store.is_empty().await.unwrap());
        store.replace_catalogue(demo.clone()).await.unwrap();
        drop(store);

        let reopened = SqliteStore::open(&path).unwrap();
        assert_eq!(reopened.catalogue().await.unwrap(), demo);
    }

    #[tokio::test]
    async fn replacing_the_catalogue_leaves_no_old_procedures_behind() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("c.sqlite3")).unwrap();
        let mut demo = crate::demo::catalogue();
        store.replace_catalogue(demo.clone()).await.unwrap();
        demo.procedures.truncate(2);
        store.replace_catalogue(demo.clone()).await.unwrap();
        assert_eq!(store.catalogue().await.unwrap().procedures.len(), 2);
    }

    #[tokio::test]
    async fn a_stalled_request_cannot_free_or_finish_a_key_taken_over_after_it() {
        use madoguchi_domain::{IdempotencyKey, UnixMillis};

        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("k.sqlite3")).unwrap();
        let claim_at = |at| IdempotencyClaim {
            key: IdempotencyKey::parse("stalled-request-key-0001").unwrap(),
            fingerprint: "same request".into(),
            at: UnixMillis(at),
        };
        let rules_at = |now: i64| ClaimRules {
            expired_before: UnixMillis(now - 86_400_000),
            abandoned_before: UnixMillis(now - 30_000),
        };
        let response = |status| StoredResponse {
            status,
            content_type: "application/json".into(),
            body: b"{}".to_vec(),
        };
        let (old, new) = (claim_at(1_000), claim_at(40_000));
        assert_eq!(
            store
                .claim_idempotency_key(old.clone(), rules_at(1_000))
                .await
                .unwrap(),
            ClaimOutcome::Claimed
        );
        // 39 s later the first holder looks dead; a retry takes the key over.
        assert_eq!(
            store
                .claim_idempotency_key(new.clone(), rules_at(40_000))
                .await
                .unwrap(),
            ClaimOutcome::Claimed
        );

        // The stalled first request wakes up and fails: its release must not free the key ...
        store.release_idempotency_key(old.clone()).await.unwrap();
        assert_eq!(
            store
                .claim_idempotency_key(claim_at(41_000), rules_at(41_000))
                .await
                .unwrap(),
            ClaimOutcome::InProgress,
            "the retry still holds the key"
        );
        // ... nor may it finish the key with its own answer.
        store.finish_idempotency_key(old, response(500)).await.unwrap();
        store.finish_idempotency_key(new, response(201)).await.unwrap();
        match store
            .claim_idempotency_key(claim_at(42_000), rules_at(42_000))
            .await
            .unwrap()
        {
            ClaimOutcome::Replay(kept) => assert_eq!(kept.status, 201, "the holder's answer is kept"),
            other => panic!("expected a replay, got {other:?}"),
        }
    }
}
