//! JSON answers with an `ETag`, and `304 Not Modified` when the client already has them, so the
//! app's cache refresh costs a few bytes when nothing changed.
//!
//! The catalogue, the departments and the areas are read by every resident's app on every start
//! and change a few times a year, so each instance keeps their serialised body and ETag for a second ([`JsonCache`], on `fresh.rs`)
//! instead of reading, serialising and hashing them per request. The ETag is a hash of the body,
//! so every instance gives the same content the same ETag.
//!
//! **Compression.** A browser asking with `Accept-Encoding: br` (or `gzip`) gets the body
//! compressed: the catalogue is 26.7 KB of JSON and about 9 KB in brotli, on a resident's first
//! visit over mobile data. Each cached answer compresses itself once per encoding, when first
//! asked, and a reload that finds the same content keeps the copy it has (with its compressed
//! bodies), so compressing costs once per change of content per instance, not once per request
//! (tower-http's `CompressionLayer` would compress every answer anew: at the catalogue's 10,000
//! req/s that is several cores of brotli). Each representation has its own ETag (`"<hash>"`,
//! `"<hash>-br"`, `"<hash>-gzip"`, as RFC 9110 asks of a strong validator), answers carry
//! `Vary: accept-encoding`, and `If-None-Match` is compared with the ETag of the representation
//! the request would get, so a 304 always means "the copy you hold is the one you would get".

use std::future::Future;
use std::io::Write as _;
use std::sync::{Arc, OnceLock};

use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use sha2::{Digest as _, Sha256};

use madoguchi_domain::hex::to_hex;

use crate::error::ServerError;
use crate::fresh::Fresh;
use crate::storage::StoreError;

/// Brotli's quality for JSON answers: 9 KB for the catalogue in a few ms. Quality 11 saves 0.7 KB
/// more for thirty times the time.
const BROTLI_QUALITY: u32 = 5;
/// Brotli's window (2^22 bytes, the encoder's usual).
const BROTLI_WINDOW: u32 = 22;

/// A serialised body, its ETag, and its compressed copies (each made when first asked for).
pub struct Tagged {
    body: Bytes,
    /// The first 24 hex digits of the body's SHA-256: every representation's ETag is built on it.
    digest: String,
    brotli: OnceLock<Bytes>,
    gzip: OnceLock<Bytes>,
}

/// How an answer's body is sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    Identity,
    Brotli,
    Gzip,
}

impl Encoding {
    /// What a request's `Accept-Encoding` lets us send: brotli, else gzip, else the body as it is.
    fn for_request(headers: &HeaderMap) -> Self {
        let Some(accepted) = headers.get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()) else {
            return Encoding::Identity;
        };
        let accepts = |name: &str| {
            accepted.split(',').any(|item| {
                let mut parts = item.split(';');
                let coding = parts.next().unwrap_or_default().trim();
                // `q=0` means "not this one".
                let refused = parts.any(|p| {
                    p.trim()
                        .strip_prefix("q=")
                        .and_then(|q| q.trim().parse::<f32>().ok())
                        .is_some_and(|q| q <= 0.0)
                });
                !refused && (coding.eq_ignore_ascii_case(name) || coding == "*")
            })
        };
        if accepts("br") {
            Encoding::Brotli
        } else if accepts("gzip") {
            Encoding::Gzip
        } else {
            Encoding::Identity
        }
    }

    /// The `Content-Encoding` token, and the suffix of this representation's ETag.
    fn token(self) -> Option<&'static str> {
        match self {
            Encoding::Identity => None,
            Encoding::Brotli => Some("br"),
            Encoding::Gzip => Some("gzip"),
        }
    }
}

impl Tagged {
    pub(crate) fn of<T: Serialize>(value: &T) -> Result<Self, ServerError> {
        let body = serde_json::to_vec(value).map_err(|e| ServerError::Internal(e.to_string()))?;
        let digest = Sha256::digest(&body);
        Ok(Self {
            body: Bytes::from(body),
            digest: to_hex(&digest[..12]),
            brotli: OnceLock::new(),
            gzip: OnceLock::new(),
        })
    }

    /// The ETag of the body sent with `encoding`.
    fn etag(&self, encoding: Encoding) -> String {
        match encoding.token() {
            None => format!("\"{}\"", self.digest),
            Some(token) => format!("\"{}-{token}\"", self.digest),
        }
    }

    /// The body sent with `encoding`, compressed on first use.
    fn body(&self, encoding: Encoding) -> Bytes {
        match encoding {
            Encoding::Identity => self.body.clone(),
            Encoding::Brotli => self.brotli.get_or_init(|| brotli(&self.body)).clone(),
            Encoding::Gzip => self.gzip.get_or_init(|| gzip(&self.body)).clone(),
        }
    }
}

fn brotli(body: &[u8]) -> Bytes {
    let mut out = Vec::with_capacity(body.len() / 2);
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, BROTLI_QUALITY, BROTLI_WINDOW);
        // Writing into a Vec cannot fail.
        let _ = writer.write_all(body);
    }
    Bytes::from(out)
}

fn gzip(body: &[u8]) -> Bytes {
    let mut encoder =
        flate2::write::GzEncoder::new(Vec::with_capacity(body.len() / 2), flate2::Compression::default());
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(body);
    Bytes::from(encoder.finish().unwrap_or_default())
}

/// One cached JSON answer (see the module docs and `fresh.rs`).
#[derive(Default)]
pub struct JsonCache(Fresh<Tagged>);

impl JsonCache {
    /// The cached answer while fresh, else `load`'s result, cached.
    pub async fn get<T, F, Fut>(&self, load: F) -> Result<Arc<Tagged>, ServerError>
    where
        T: Serialize,
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, StoreError>>,
    {
        self.0
            .get(|previous| async move {
                let loaded = Tagged::of(&load().await?)?;
                // The same content as before keeps its copy, and with it the compressed bodies.
                Ok(match previous {
                    Some(previous) if previous.body == loaded.body => previous,
                    _ => Arc::new(loaded),
                })
            })
            .await
    }
}

/// The answers every instance caches (see the module docs).
#[derive(Default)]
pub struct Cached {
    pub catalogue: JsonCache,
    pub departments: JsonCache,
    pub areas: JsonCache,
}

/// A JSON answer built for this request (not cached): compressed when the client accepts it, with
/// an ETag, like the cached ones. For answers big enough that mobile data feels them — a service's
/// slots for its whole booking window (67 KB of JSON, about 4 KB in brotli), a form's schema — and
/// that depend on the clock or on bookings, so a cached copy would be wrong a moment later.
/// Brotli at [`BROTLI_QUALITY`] costs about a millisecond for such a body.
pub fn json<T: Serialize>(request_headers: &HeaderMap, value: &T) -> Result<Response, ServerError> {
    Ok(respond(request_headers, &Tagged::of(value)?))
}

/// The body in the encoding the request accepts best, or 304 when `If-None-Match` names that
/// representation's ETag (or `*`); both carry the ETag and `Vary: accept-encoding`.
pub fn respond(request_headers: &HeaderMap, tagged: &Tagged) -> Response {
    let encoding = Encoding::for_request(request_headers);
    let tag = tagged.etag(encoding);
    // Weak comparison (RFC 9110 §13.1.2): `W/"…"` matches `"…"`.
    let matches = request_headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(',').any(|t| {
                let t = t.trim();
                t == "*" || t.strip_prefix("W/").unwrap_or(t) == tag
            })
        });
    let mut response = if matches {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut response = (
            [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))],
            tagged.body(encoding),
        )
            .into_response();
        if let Some(token) = encoding.token() {
            response
                .headers_mut()
                .insert(header::CONTENT_ENCODING, HeaderValue::from_static(token));
        }
        response
    };
    let headers = response.headers_mut();
    if let Ok(tag) = HeaderValue::from_str(&tag) {
        headers.insert(header::ETAG, tag);
    }
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
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
        cache.0.expire();
        let reloaded = cache
            .get(|| async { Ok::<_, StoreError>(vec![2]) })
            .await
            .unwrap();
        assert_eq!(reloaded.body.as_ref(), b"[2]");
        assert_ne!(reloaded.digest, first.digest);
    }

    #[tokio::test]
    async fn a_reload_that_finds_the_same_content_keeps_the_copy_and_its_compressed_bodies() {
        let cache = JsonCache::default();
        let first = cache
            .get(|| async { Ok::<_, StoreError>(vec!["夢咲市"; 100]) })
            .await
            .unwrap();
        let compressed = first.body(Encoding::Brotli);
        cache.0.expire();
        let reloaded = cache
            .get(|| async { Ok::<_, StoreError>(vec!["夢咲市"; 100]) })
            .await
            .unwrap();
        assert!(Arc::ptr_eq(&first, &reloaded));
        assert_eq!(reloaded.brotli.get(), Some(&compressed));
    }

    fn request(accept_encoding: Option<&str>, if_none_match: Option<&str>) -> HeaderMap {
        let mut headers = HeaderMap::new();
        if let Some(v) = accept_encoding {
            headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(v).unwrap());
        }
        if let Some(v) = if_none_match {
            headers.insert(header::IF_NONE_MATCH, HeaderValue::from_str(v).unwrap());
        }
        headers
    }

    fn etag_of(response: &Response) -> String {
        response.headers()[header::ETAG].to_str().unwrap().to_owned()
    }

    async fn body_of(response: Response) -> Vec<u8> {
        axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap()
            .to_vec()
    }

    #[test]
    fn a_matching_if_none_match_gets_304_with_the_etag_and_no_body() {
        let tagged = Tagged::of(&vec!["夢咲市"]).unwrap();
        let fresh = respond(&HeaderMap::new(), &tagged);
        assert_eq!(fresh.status(), StatusCode::OK);
        assert_eq!(fresh.headers()[header::CONTENT_TYPE], "application/json");
        let etag = etag_of(&fresh);
        let response = respond(&request(None, Some(&etag)), &tagged);
        assert_eq!(response.status(), StatusCode::NOT_MODIFIED);
        assert_eq!(etag_of(&response), etag);
        assert_eq!(response.headers()[header::VARY], "accept-encoding");
        // A weak form of the same tag matches too (If-None-Match compares weakly).
        let weak = respond(&request(None, Some(&format!("W/{etag}"))), &tagged);
        assert_eq!(weak.status(), StatusCode::NOT_MODIFIED);
    }

    #[tokio::test]
    async fn a_browser_that_accepts_brotli_gets_brotli_under_its_own_etag() {
        let value = vec!["夢咲市の手続き"; 200];
        let tagged = Tagged::of(&value).unwrap();
        let plain = respond(&HeaderMap::new(), &tagged);
        let plain_etag = etag_of(&plain);
        assert!(plain.headers().get(header::CONTENT_ENCODING).is_none());
        let plain_body = body_of(plain).await;

        let br = respond(&request(Some("gzip, deflate, br, zstd"), None), &tagged);
        assert_eq!(br.headers()[header::CONTENT_ENCODING], "br");
        assert_eq!(br.headers()[header::VARY], "accept-encoding");
        let br_etag = etag_of(&br);
        assert_ne!(br_etag, plain_etag, "each representation has its own strong ETag");
        let compressed = body_of(br).await;
        assert!(
            compressed.len() * 4 < plain_body.len(),
            "{} of {}",
            compressed.len(),
            plain_body.len()
        );
        let mut decoded = Vec::new();
        brotli::BrotliDecompress(&mut compressed.as_slice(), &mut decoded).unwrap();
        assert_eq!(decoded, plain_body);

        // Its ETag gets a 304 from the same browser; the plain copy's ETag does not.
        let again = respond(&request(Some("gzip, deflate, br, zstd"), Some(&br_etag)), &tagged);
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
        assert_eq!(etag_of(&again), br_etag);
        let other = respond(&request(Some("br"), Some(&plain_etag)), &tagged);
        assert_eq!(other.status(), StatusCode::OK);
    }

    #[tokio::test]
    async fn gzip_when_brotli_is_not_accepted_and_nothing_refused_is_sent() {
        let value = vec!["夢咲市の手続き"; 200];
        let tagged = Tagged::of(&value).unwrap();
        let gz = respond(&request(Some("gzip"), None), &tagged);
        assert_eq!(gz.headers()[header::CONTENT_ENCODING], "gzip");
        let compressed = body_of(gz).await;
        let mut decoded = Vec::new();
        std::io::Read::read_to_end(
            &mut flate2::read::GzDecoder::new(compressed.as_slice()),
            &mut decoded,
        )
        .unwrap();
        assert_eq!(decoded, serde_json::to_vec(&value).unwrap());

        let refused = respond(&request(Some("br;q=0, gzip;q=0"), None), &tagged);
        assert!(refused.headers().get(header::CONTENT_ENCODING).is_none());
        let identity = respond(&request(Some("identity"), None), &tagged);
        assert!(identity.headers().get(header::CONTENT_ENCODING).is_none());
        assert_eq!(Encoding::for_request(&request(Some("*"), None)), Encoding::Brotli);
        assert_eq!(
            Encoding::for_request(&request(Some("BR;q=0.5"), None)),
            Encoding::Brotli
        );
    }
}
