//! JSON answers with an `ETag`, and `304 Not Modified` when the client already has them, so the
//! app's cache refresh costs a few bytes when nothing changed.
//!
//! The catalogue and the departments are read by every resident's app on every start and change
//! a few times a year, so each instance keeps their serialised body and ETag for [`FRESH_FOR`]
//! ([`JsonCache`]) instead of reading, serialising and hashing them per request. What another
//! instance (or the CLI) writes to the database is served here within that time; the ETag is a
//! hash of the body, so every instance gives the same content the same ETag. While one request
//! reloads an expired copy, the others get that copy rather than waiting.

use std::future::Future;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use sha2::{Digest as _, Sha256};

use madoguchi_domain::hex::to_hex;

use crate::error::ServerError;
use crate::storage::StoreError;

/// How long a cached body is served before the database is asked again.
pub const FRESH_FOR: Duration = Duration::from_secs(1);

/// A serialised body and its ETag.
pub struct Tagged {
    body: Bytes,
    etag: HeaderValue,
}

impl Tagged {
    fn of<T: Serialize>(value: &T) -> Result<Self, ServerError> {
        let body = serde_json::to_vec(value).map_err(|e| ServerError::Internal(e.to_string()))?;
        let digest = Sha256::digest(&body);
        let etag = HeaderValue::from_str(&format!("\"{}\"", to_hex(&digest[..12])))
            .map_err(|e| ServerError::Internal(e.to_string()))?;
        Ok(Self {
            body: Bytes::from(body),
            etag,
        })
    }
}

/// One cached JSON answer, refreshed by at most one request at a time.
#[derive(Default)]
pub struct JsonCache {
    current: RwLock<Option<(Instant, Arc<Tagged>)>>,
    /// Held while one request reloads, so a burst after expiry reads the database once.
    reloading: tokio::sync::Mutex<()>,
}

impl JsonCache {
    /// The cached answer while fresh, else `load`'s result, cached. While one request reloads,
    /// the others are served the copy it replaces (at most a reload's time older), so a slow
    /// database never puts every resident in a queue behind it.
    pub async fn get<T, F, Fut>(&self, load: F) -> Result<Arc<Tagged>, ServerError>
    where
        T: Serialize,
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, StoreError>>,
    {
        if let Some(fresh) = self.fresh() {
            return Ok(fresh);
        }
        let _reloading = match self.reloading.try_lock() {
            Ok(guard) => guard,
            Err(_) => match self.any() {
                Some(stale) => return Ok(stale),
                // Nothing to serve yet: wait for the first load.
                None => self.reloading.lock().await,
            },
        };
        if let Some(fresh) = self.fresh() {
            return Ok(fresh);
        }
        let tagged = Arc::new(Tagged::of(&load().await?)?);
        *self
            .current
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some((Instant::now(), Arc::clone(&tagged)));
        Ok(tagged)
    }

    fn any(&self) -> Option<Arc<Tagged>> {
        let current = self
            .current
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        current.as_ref().map(|(_, tagged)| Arc::clone(tagged))
    }

    fn fresh(&self) -> Option<Arc<Tagged>> {
        let current = self
            .current
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        current
            .as_ref()
            .filter(|(at, _)| at.elapsed() < FRESH_FOR)
            .map(|(_, tagged)| Arc::clone(tagged))
    }
}

/// The answers every instance caches (see the module docs).
#[derive(Default)]
pub struct Cached {
    pub catalogue: JsonCache,
    pub departments: JsonCache,
}

/// 304 when `If-None-Match` names this ETag (or `*`), else 200 with the body; both carry the ETag.
pub fn respond(request_headers: &HeaderMap, tagged: &Tagged) -> Response {
    let tag = tagged.etag.to_str().unwrap_or_default();
    let matches = request_headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag || t.trim() == "*"));
    let mut response = if matches {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        (
            [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))],
            tagged.body.clone(),
        )
            .into_response()
    };
    response.headers_mut().insert(header::ETAG, tagged.etag.clone());
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_fresh_answer_is_served_without_asking_the_database_and_a_stale_one_is_reloaded() {
        let cache = JsonCache::default();
        let first = cache
            .get(|| async { Ok::<_, StoreError>(vec![1]) })
            .await
            .unwrap();
        let again = cache
            .get(|| async { Err::<Vec<i32>, _>(StoreError::Unavailable("not asked".into())) })
            .await
            .unwrap();
        assert_eq!(first.body, again.body);
        // Past its freshness the database is asked again, and a new body gets a new ETag.
        *cache.current.write().unwrap() = Some((Instant::now() - FRESH_FOR, Arc::clone(&first)));
        let reloaded = cache
            .get(|| async { Ok::<_, StoreError>(vec![2]) })
            .await
            .unwrap();
        assert_eq!(reloaded.body.as_ref(), b"[2]");
        assert_ne!(reloaded.etag, first.etag);
    }

    #[tokio::test]
    async fn while_one_request_reloads_the_others_get_the_copy_it_replaces() {
        let cache = JsonCache::default();
        let first = cache
            .get(|| async { Ok::<_, StoreError>(vec![1]) })
            .await
            .unwrap();
        *cache.current.write().unwrap() = Some((Instant::now() - FRESH_FOR, Arc::clone(&first)));
        let held = cache.reloading.lock().await;
        let meanwhile = cache
            .get(|| async { Err::<Vec<i32>, _>(StoreError::Unavailable("not asked".into())) })
            .await
            .unwrap();
        assert_eq!(meanwhile.body, first.body);
        drop(held);
        let reloaded = cache
            .get(|| async { Ok::<_, StoreError>(vec![2]) })
            .await
            .unwrap();
        assert_eq!(reloaded.body.as_ref(), b"[2]");
    }

    #[test]
    fn a_matching_if_none_match_gets_304_with_the_etag_and_no_body() {
        let tagged = Tagged::of(&vec!["夢咲市"]).unwrap();
        let mut headers = HeaderMap::new();
        headers.insert(header::IF_NONE_MATCH, tagged.etag.clone());
        let response = respond(&headers, &tagged);
        assert_eq!(response.status(), StatusCode::NOT_MODIFIED);
        assert_eq!(response.headers()[header::ETAG], tagged.etag);
        let fresh = respond(&HeaderMap::new(), &tagged);
        assert_eq!(fresh.status(), StatusCode::OK);
        assert_eq!(fresh.headers()[header::CONTENT_TYPE], "application/json");
    }
}
