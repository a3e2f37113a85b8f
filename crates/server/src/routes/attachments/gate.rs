//! What stands in front of `POST /api/v1/attachments` before a byte of its body is read, so that
//! many uploads at once cannot exhaust the instance's memory:
//!
//! - at most `uploads_at_once` uploads (8 by default) are read at a time on an instance; one more
//!   gets 503 `unavailable` with `Retry-After`, its body not kept and its key unclaimed, so the
//!   same request sent again runs (the outbox retries a 503);
//! - at most [`UPLOADS_PER_CLIENT`] uploads per client address in 15 minutes, counted in the
//!   database for every instance (`routes/limits.rs`): one more gets 429 `rate_limited`;
//! - the body itself must arrive within `body_read_timeout_secs` (the idempotency layer reads it):
//!   a stalled one gets 408 `request_timeout` and gives its place back.
//!
//! Memory is then bounded by the places times the largest file, whatever the number of clients.
//! A refused upload's body is still read, a chunk at a time, and dropped ([`refuse`]): a client
//! that is still sending when the answer comes would otherwise see a broken connection instead of
//! the 503 or 429 that tells it to come back later.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::{IntoResponse as _, Response};

use crate::error::ServerError;
use crate::routes::AppState;
use crate::routes::auth::ClientAddress;
use crate::routes::limits::{self, UPLOADS_PER_CLIENT};

/// The layer (`axum::middleware::from_fn_with_state`), outside the files group's idempotency layer.
pub async fn layer(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if request.method() != Method::POST {
        return next.run(request).await;
    }
    // A place first, so a client refused for a busy instance has not spent its quota.
    let (parts, body) = request.into_parts();
    let Ok(_place) = state.uploads.clone().try_acquire_owned() else {
        return refuse(&state, body, ServerError::Busy).await;
    };
    let client = ClientAddress::of(&parts);
    if let Err(refused) = limits::count_client(&state, "upload", &client, UPLOADS_PER_CLIENT).await {
        return refuse(&state, body, refused).await;
    }
    // The place is held until the upload is answered: read, checked and written.
    next.run(Request::from_parts(parts, body)).await
}

/// Answers `error` once the body has been read and dropped (up to the city's attachment limit,
/// within the body-read time; past either, the answer goes at once). Memory stays one chunk.
async fn refuse(state: &AppState, body: Body, error: ServerError) -> Response {
    use futures_util::StreamExt as _;
    let limit = state.attachment_limits.max_bytes;
    let drain = async {
        let mut chunks = body.into_data_stream();
        let mut read = 0u64;
        while let Some(Ok(chunk)) = chunks.next().await {
            read += chunk.len() as u64;
            if read > limit {
                break;
            }
        }
    };
    let _ = tokio::time::timeout(state.body_read_timeout, drain).await;
    error.into_response()
}
