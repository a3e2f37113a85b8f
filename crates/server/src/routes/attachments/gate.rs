//! What stands in front of `POST /api/v1/attachments` before a byte of its body is read, so that
//! nobody unknown can store files and many uploads at once cannot exhaust the instance's memory:
//!
//! - the sender must be a signed-in resident (`Bearer at-…`) or a registered kiosk
//!   (`Bearer kc-…`, `madoguchi-server kiosk register`): anyone else gets 401 `unauthorized`, a
//!   member of staff 403 `forbidden`. The [`Sender`] is handed to the route, which keeps the file
//!   only within the sender's bytes for the day (`storage::AttachmentStore::create_attachment`);
//! - at most `uploads_at_once` uploads (8 by default) are read at a time on an instance; one more
//!   gets 503 `unavailable` with `Retry-After`, its body not kept and its key unclaimed, so the
//!   same request sent again runs (the outbox retries a 503);
//! - at most [`UPLOADS_PER_RESIDENT`] (or [`UPLOADS_PER_KIOSK`]) uploads per sender and
//!   [`UPLOADS_PER_CLIENT`] per client address in 15 minutes, counted in the database for every
//!   instance (`routes/limits.rs`): one more gets 429 `rate_limited`;
//! - the body itself must arrive within `body_read_timeout_secs` (the idempotency layer reads it):
//!   a stalled one gets 408 `request_timeout` and gives its place back.
//!
//! Memory is then bounded by the places times the largest file, whatever the number of clients.
//! A refused upload's body is still read, a chunk at a time, and dropped ([`refuse`]): a client
//! that is still sending when the answer comes would otherwise see a broken connection instead of
//! the 503 or 429 that tells it to come back later.

use axum::body::Body;
use axum::extract::{FromRequestParts as _, Request, State};
use axum::http::Method;
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse as _, Response};

use crate::credentials::{TokenKind, sha256_hex};
use crate::error::ServerError;
use crate::routes::auth::{self, ClientAddress, Resident, Staff};
use crate::routes::limits::{self, UPLOADS_PER_CLIENT, UPLOADS_PER_KIOSK, UPLOADS_PER_RESIDENT};
use crate::routes::{AppState, bearer_token};
use crate::storage::Sender;

/// How many bytes of files a sender may send within 24 hours (`config.rs` sets them).
#[derive(Debug, Clone, Copy)]
pub struct DailyQuotas {
    pub resident: u64,
    pub kiosk: u64,
}

/// The layer (`axum::middleware::from_fn_with_state`), outside the files group's idempotency layer.
pub async fn layer(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if request.method() != Method::POST {
        return next.run(request).await;
    }
    let (mut parts, body) = request.into_parts();
    // Who first: a request nobody may make takes no place and counts against no one.
    let (sender, per_sender) = match sender(&state, &mut parts).await {
        Ok(found) => found,
        Err(refused) => return refuse(&state, body, refused).await,
    };
    // A place next, so a client refused for a busy instance has not spent its tries.
    let Ok(_place) = state.uploads.clone().try_acquire_owned() else {
        return refuse(&state, body, ServerError::Busy).await;
    };
    let client = ClientAddress::of(&parts);
    let counted = match limits::count_client(&state, "upload", &client, UPLOADS_PER_CLIENT).await {
        Ok(()) => {
            let bucket = format!("upload-sender:{}", sha256_hex(&sender.owner));
            limits::count(&state, bucket, per_sender).await
        }
        refused => refused,
    };
    if let Err(refused) = counted {
        return refuse(&state, body, refused).await;
    }
    parts.extensions.insert(sender);
    // The place is held until the upload is answered: read, checked and written.
    next.run(Request::from_parts(parts, body)).await
}

/// The resident or kiosk sending, with their limit of tries; 401 for anyone else (no token, a
/// lapsed one, a revoked kiosk), 403 for a member of staff.
async fn sender(state: &AppState, parts: &mut Parts) -> Result<(Sender, limits::Limit), ServerError> {
    let token = bearer_token(&parts.headers)?.to_owned();
    if TokenKind::KioskCredential.matches(&token) {
        let kiosk = state
            .store
            .kiosk_by_credential(sha256_hex(&token))
            .await?
            .ok_or(ServerError::Unauthorized)?;
        return Ok((
            Sender::kiosk(&kiosk.id, state.upload_quotas.kiosk),
            UPLOADS_PER_KIOSK,
        ));
    }
    if let Some(resident) = auth::resident(state, &token).await? {
        let sender = Sender::account(&resident.account, state.upload_quotas.resident);
        // Found once: the idempotency layer scopes the key by it without asking again.
        parts.extensions.insert(Resident(resident));
        return Ok((sender, UPLOADS_PER_RESIDENT));
    }
    if TokenKind::StaffSession.matches(&token) && Staff::from_request_parts(parts, state).await.is_ok() {
        return Err(ServerError::Forbidden);
    }
    Err(ServerError::Unauthorized)
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
