//! Cached city data: the procedure catalogue, one row per procedure, and whole
//! documents the app only shows as they came (the notice feed), each with when it was fetched and
//! its ETag. Read first, shown with its age, refreshed when the server answers.

use madoguchi_domain::{
    Cached, Channel, LifeEvent, LocalizedText, Procedure, ProcedureCatalogue, ProcedureId, UnixMillis,
};
use rusqlite::{Connection, OptionalExtension as _, params};

use super::StoreError;

pub const CATALOGUE: &str = "procedures";
pub const NOTICE_FEED: &str = "notice_feed";
pub const NOTICE_AREAS: &str = "notice_areas";

/// The ETag the server gave with the cached copy of `resource`.
pub fn etag(conn: &Connection, resource: &str) -> Result<Option<String>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT etag FROM cache_meta WHERE resource = ?1",
            [resource],
            |r| r.get::<_, Option<String>>(0),
        )
        .optional()?
        .flatten())
}

fn fetched_at(conn: &Connection, resource: &str) -> Result<Option<UnixMillis>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT fetched_at FROM cache_meta WHERE resource = ?1",
            [resource],
            |r| r.get(0),
        )
        .optional()?
        .map(UnixMillis))
}

/// The server said "unchanged" (304): the cached copy is current as of `now`.
pub fn touch(conn: &Connection, resource: &str, now: UnixMillis) -> Result<(), StoreError> {
    conn.execute(
        "UPDATE cache_meta SET fetched_at = ?2 WHERE resource = ?1",
        params![resource, now.0],
    )?;
    Ok(())
}

fn set_meta(
    tx: &rusqlite::Transaction<'_>,
    resource: &str,
    etag: Option<&str>,
    now: UnixMillis,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO cache_meta (resource, etag, fetched_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (resource) DO UPDATE SET etag = excluded.etag, fetched_at = excluded.fetched_at",
        params![resource, etag, now.0],
    )?;
    Ok(())
}

pub fn write_catalogue(
    conn: &mut Connection,
    catalogue: &ProcedureCatalogue,
    etag: Option<&str>,
    now: UnixMillis,
) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    tx.execute_batch("DELETE FROM cached_procedures; DELETE FROM cached_city_names;")?;
    for tag in catalogue.city.locales() {
        tx.execute(
            "INSERT INTO cached_city_names (locale, name) VALUES (?1, ?2)",
            params![tag.as_str(), catalogue.city.get(tag).unwrap_or_default()],
        )?;
    }
    for (position, p) in catalogue.procedures.iter().enumerate() {
        tx.execute(
            "INSERT INTO cached_procedures (id, position, name, summary, channels, life_events)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                p.id.as_str(),
                position_of(position),
                json(&p.name)?,
                json(&p.summary)?,
                json(&p.channels)?,
                json(&p.life_events)?
            ],
        )?;
    }
    set_meta(&tx, CATALOGUE, etag, now)?;
    tx.commit()?;
    Ok(())
}

pub fn read_catalogue(conn: &Connection) -> Result<Option<Cached<ProcedureCatalogue>>, StoreError> {
    let Some(fetched_at) = fetched_at(conn, CATALOGUE)? else {
        return Ok(None);
    };
    let mut stmt = conn.prepare("SELECT locale, name FROM cached_city_names")?;
    let pairs = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
        .collect::<Result<Vec<_>, _>>()?;
    let city = LocalizedText::from_pairs(pairs.iter().map(|(l, t)| (l.as_str(), t.as_str())))
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let mut stmt = conn.prepare(
        "SELECT id, name, summary, channels, life_events FROM cached_procedures ORDER BY position",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
        ))
    })?;
    let mut procedures = Vec::new();
    for row in rows {
        let (id, name, summary, channels, life_events) = row?;
        let id = ProcedureId::parse(&id).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let channels: Vec<Channel> = parse(&channels)?;
        let life_events: Vec<LifeEvent> = parse(&life_events)?;
        procedures.push(
            Procedure::new(id, parse(&name)?, parse(&summary)?, channels)
                .map_err(|e| StoreError::Corrupt(e.to_string()))?
                .with_life_events(life_events),
        );
    }
    Ok(Some(Cached {
        value: ProcedureCatalogue { city, procedures },
        fetched_at,
        fresh: false,
    }))
}

fn position_of(index: usize) -> i64 {
    i64::try_from(index).unwrap_or(i64::MAX)
}

fn json<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// Keeps `value` whole as the cached copy of `resource` (a document shown as it came).
pub fn write_document<T: serde::Serialize>(
    conn: &mut Connection,
    resource: &str,
    value: &T,
    etag: Option<&str>,
    now: UnixMillis,
) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO cached_documents (resource, body) VALUES (?1, ?2)
         ON CONFLICT (resource) DO UPDATE SET body = excluded.body",
        params![resource, json(value)?],
    )?;
    set_meta(&tx, resource, etag, now)?;
    tx.commit()?;
    Ok(())
}

/// The cached copy of `resource`, if it was ever fetched here.
pub fn read_document<T: serde::de::DeserializeOwned>(
    conn: &Connection,
    resource: &str,
) -> Result<Option<Cached<T>>, StoreError> {
    let Some(fetched_at) = fetched_at(conn, resource)? else {
        return Ok(None);
    };
    let body: Option<String> = conn
        .query_row(
            "SELECT body FROM cached_documents WHERE resource = ?1",
            [resource],
            |r| r.get(0),
        )
        .optional()?;
    body.map(|body| {
        Ok(Cached {
            value: parse(&body)?,
            fetched_at,
            fresh: false,
        })
    })
    .transpose()
}
