//! JSON answers with an `ETag`, and `304 Not Modified` when the client already has them, so the
//! app's cache refresh costs a few bytes when nothing changed.

use axum::Json;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use sha2::{Digest as _, Sha256};

use madoguchi_domain::hex::to_hex;

use crate::error::ServerError;

pub fn json_with_etag<T: Serialize>(request_headers: &HeaderMap, value: &T) -> Result<Response, ServerError> {
    let body = serde_json::to_vec(value).map_err(|e| ServerError::Internal(e.to_string()))?;
    let digest = Sha256::digest(&body);
    let tag = format!("\"{}\"", to_hex(&digest[..12]));
    let etag = HeaderValue::from_str(&tag).map_err(|e| ServerError::Internal(e.to_string()))?;
    let matches = request_headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag || t.trim() == "*"));
    let mut response = if matches {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let value: serde_json::Value =
            serde_json::from_slice(&body).map_err(|e| ServerError::Internal(e.to_string()))?;
        Json(value).into_response()
    };
    response.headers_mut().insert(header::ETAG, etag);
    Ok(response)
}
