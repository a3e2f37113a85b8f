//! The idempotency layer every mutating route sits behind (POST, PUT, PATCH, DELETE under `/api`).
//!
//! A mutation must carry an `Idempotency-Key`. Keys are the sender's own: a signed-in resident's
//! or staff member's keys are kept apart from everyone else's (`auth::idempotency_scope`). The
//! first request with a key runs and its response is kept for [`RETENTION`] (24 h); a retry with
//! the same key and the same request (method, path and query, content type, body) gets that
//! response again, marked `Idempotent-Replayed: true`, without running twice; the
//! same key with a different request is refused (422 `idempotency_key_reused`); a retry while the
//! first is still running gets 409 `request_in_progress` (the outbox retries it).
//!
//! **Architecture Invariant:** a mutating handler finds its [`IdempotencyClaim`] in the request's
//! extensions and hands it to the `Store` method that writes, which finishes the claim in the same
//! transaction. So a crash can never leave a write without its kept response (that would replay
//! nothing and run twice) nor a kept response without its write.

use axum::body::{Body, Bytes, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use madoguchi_domain::hex::to_hex;
use madoguchi_domain::{AttachmentProblem, IDEMPOTENCY_KEY_HEADER, IdempotencyKey};
use sha2::{Digest as _, Sha256};

use crate::error::ServerError;
use crate::routes::AppState;
use crate::storage::{ClaimOutcome, ClaimRules, IdempotencyClaim, StoredResponse};

/// How long a key and its response are kept (the domain's rule, which the app's outbox obeys too).
pub const RETENTION_MILLIS: i64 = madoguchi_domain::idempotency::KEY_RETENTION_MILLIS;
/// A 'pending' claim this old belongs to a request that died before committing (its write and the
/// kept response commit together, so nothing was written): a retry may run it again.
pub const ABANDONED_AFTER_MILLIS: i64 = 30 * 1000;
/// The largest mutation body we read (an application's answers are a few KB), attachments aside.
pub const MAX_BODY_BYTES: usize = 256 * 1024;
/// Marks a replayed response.
pub const REPLAYED_HEADER: &str = "idempotent-replayed";

/// How much of a mutation's body the layer reads, and what going over it means. Each group of
/// routes in `startup::router` declares its own when it adds the layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bodies {
    /// JSON forms, up to [`MAX_BODY_BYTES`]; more is a client's bug (413 `invalid_request`).
    Forms,
    /// Files, up to the city's attachment limit; more is the resident's "file too large".
    Attachments,
}

/// The middleware (`axum::middleware::from_fn_with_state`, with the route group's [`Bodies`]).
pub async fn layer(
    State((state, bodies)): State<(AppState, Bodies)>,
    request: Request,
    next: Next,
) -> Response {
    if matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(request).await;
    }
    match run_once(state, bodies, request, next).await {
        Ok(response) => response,
        Err(error) => error.into_response(),
    }
}

async fn run_once(
    state: AppState,
    bodies: Bodies,
    request: Request,
    next: Next,
) -> Result<Response, ServerError> {
    let key = idempotency_key(request.headers())?;
    let (mut parts, body) = request.into_parts();
    let scope = crate::routes::auth::idempotency_scope(&state, &mut parts).await?;
    let (limit, too_large) = match bodies {
        Bodies::Forms => (MAX_BODY_BYTES, ServerError::PayloadTooLarge),
        Bodies::Attachments => (
            usize::try_from(state.attachment_limits.max_bytes).unwrap_or(usize::MAX),
            ServerError::Attachment(AttachmentProblem::TooLarge),
        ),
    };
    // Within the server's time: a client that stalls mid-body must not hold its place (and the
    // memory read so far) forever. Nothing is claimed yet, so the same request may come again.
    let declared = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    let body = tokio::time::timeout(state.body_read_timeout, read_body(body, limit, declared))
        .await
        .map_err(|_| ServerError::RequestTimeout)?
        .ok_or(too_large)?;
    let now = state.clock.now();
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .map_or(&b""[..], HeaderValue::as_bytes);
    let claim = IdempotencyClaim {
        scope,
        key,
        fingerprint: fingerprint(&parts.method, &parts.uri, content_type, &body),
        at: now,
    };
    let rules = ClaimRules {
        expired_before: now.plus_millis(-RETENTION_MILLIS),
        abandoned_before: now.plus_millis(-ABANDONED_AFTER_MILLIS),
    };
    match state.store.claim_idempotency_key(claim.clone(), rules).await? {
        ClaimOutcome::Mismatch => Err(ServerError::IdempotencyKeyReused),
        ClaimOutcome::InProgress => Err(ServerError::RequestInProgress),
        ClaimOutcome::Replay(stored) => Ok(replay(stored)),
        ClaimOutcome::Claimed => {
            let mut request = Request::from_parts(parts, Body::from(body));
            request.extensions_mut().insert(claim.clone());
            // Spawned, so a client that hangs up cannot cancel the request halfway: the claim is
            // always finished or released.
            let task = tokio::spawn(async move {
                let response = next.run(request).await;
                keep(&state, claim, response).await
            });
            task.await
                .map_err(|e| ServerError::Internal(format!("mutation task: {e}")))?
        }
    }
}

/// The body, at most `limit` bytes, in one buffer sized from `Content-Length` up front: an upload
/// is held once, not once in pieces and again joined (what collecting the frames would do), which
/// halves the memory of many uploads at once. A declared length over the limit is refused before
/// a byte is read. `None`: too large, or the client went away mid-body.
async fn read_body(body: Body, limit: usize, declared: Option<usize>) -> Option<Bytes> {
    use futures_util::StreamExt as _;
    if declared.is_some_and(|n| n > limit) {
        return None;
    }
    let mut read = Vec::with_capacity(declared.unwrap_or(0));
    let mut chunks = body.into_data_stream();
    while let Some(chunk) = chunks.next().await {
        let chunk = chunk.ok()?;
        if read.len() + chunk.len() > limit {
            return None;
        }
        read.extend_from_slice(&chunk);
    }
    Some(Bytes::from(read))
}

/// The request's key. Missing and malformed are told apart: both are a client's bug, but a
/// malformed key means the client tried, which is worth knowing when reading its report.
fn idempotency_key(headers: &HeaderMap) -> Result<IdempotencyKey, ServerError> {
    let value = headers
        .get(IDEMPOTENCY_KEY_HEADER)
        .ok_or(ServerError::IdempotencyKeyMissing)?;
    value
        .to_str()
        .ok()
        .and_then(|v| IdempotencyKey::parse(v).ok())
        .ok_or(ServerError::IdempotencyKeyInvalid)
}

/// Keeps a deterministic answer (2xx, most 4xx) for replay; releases the key after a 5xx, 401,
/// 403 or 429 ([`is_not_an_answer`]) so a retry runs the request again.
async fn keep(
    state: &AppState,
    claim: IdempotencyClaim,
    response: Response,
) -> Result<Response, ServerError> {
    let (parts, body) = response.into_parts();
    let body: Bytes = to_bytes(body, usize::MAX)
        .await
        .map_err(|e| ServerError::Internal(format!("body: {e}")))?;
    if is_not_an_answer(parts.status) {
        state.store.release_idempotency_key(claim).await?;
    } else {
        let content_type = parts
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("application/json")
            .to_owned();
        let stored = StoredResponse {
            status: parts.status.as_u16(),
            content_type,
            body: body.to_vec(),
        };
        state.store.finish_idempotency_key(claim, stored).await?;
    }
    Ok(Response::from_parts(parts, Body::from(body)))
}

/// Statuses that say "not now" or "not you" rather than answer the request: a server error, a
/// missing or expired credential (401), a refusal of who is asking (403), too many tries (429).
/// Their key is released, so the same request sent again with a fresh token, or later, runs: the
/// outbox retries with the same key after refreshing its access token, and must not be answered
/// with the first 401 for ever.
fn is_not_an_answer(status: StatusCode) -> bool {
    status.is_server_error()
        || matches!(
            status,
            StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN | StatusCode::TOO_MANY_REQUESTS
        )
}

/// The response a stored answer stands for, marked as a replay.
pub fn replay(stored: StoredResponse) -> Response {
    let status = StatusCode::from_u16(stored.status).unwrap_or(StatusCode::OK);
    let mut response = (status, stored.body).into_response();
    let headers = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&stored.content_type) {
        headers.insert(header::CONTENT_TYPE, v);
    }
    headers.insert(REPLAYED_HEADER, HeaderValue::from_static("true"));
    response
}

/// SHA-256 of method, path with its query, content type and body: two requests are "the same"
/// when this matches (an attachment's name travels in the query, so it counts).
fn fingerprint(method: &Method, uri: &axum::http::Uri, content_type: &[u8], body: &[u8]) -> String {
    let mut hash = Sha256::new();
    hash.update(method.as_str().as_bytes());
    hash.update(b" ");
    hash.update(uri.path_and_query().map_or(uri.path(), |p| p.as_str()).as_bytes());
    hash.update(b"\n");
    hash.update(content_type);
    hash.update(b"\n");
    hash.update(body);
    to_hex(&hash.finalize())
}

/// The claim the layer put on a mutating request; its absence is a routing bug (a mutation
/// outside the layer), never the client's fault.
pub fn require_claim(
    claim: Option<axum::Extension<IdempotencyClaim>>,
) -> Result<IdempotencyClaim, ServerError> {
    claim
        .map(|axum::Extension(c)| c)
        .ok_or_else(|| ServerError::Internal("a mutating route outside the idempotency layer".into()))
}

/// How a mutation that creates something keeps its answer: `201` with the JSON of what it made.
pub fn keep_created<T: serde::Serialize>() -> crate::storage::Respond<T> {
    keep_json(StatusCode::CREATED)
}

/// How a mutation keeps its answer: `status` with the JSON of its result.
pub fn keep_json<T: serde::Serialize>(status: StatusCode) -> crate::storage::Respond<T> {
    Box::new(move |made: &T| StoredResponse {
        status: status.as_u16(),
        content_type: "application/json".to_owned(),
        body: serde_json::to_vec(made).unwrap_or_default(),
    })
}

/// `IdempotencyKey::parse` as a regular expression (ECMA-262, what OpenAPI's `pattern` means).
pub const KEY_PATTERN: &str = "^[A-Za-z0-9_-]{22,128}$";

/// The OpenAPI side of the layer: every mutating operation gets the `Idempotency-Key` header and
/// the answers the layer itself gives, added here rather than on each route so that, like the
/// layer, no route can leave them out.
pub struct IdempotencyContract;

impl utoipa::Modify for IdempotencyContract {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::header::HeaderBuilder;
        use utoipa::openapi::path::{ParameterBuilder, ParameterIn};
        use utoipa::openapi::{ObjectBuilder, RefOr, Required, Type};

        for (path, item) in openapi.paths.paths.iter_mut() {
            if crate::routes::accounts::UNKEYED_PATHS.contains(&path.as_str()) {
                continue;
            }
            let mutations = [&mut item.post, &mut item.put, &mut item.patch, &mut item.delete];
            for operation in mutations.into_iter().flatten() {
                let key = ParameterBuilder::new()
                    .name(IDEMPOTENCY_KEY_HEADER)
                    .parameter_in(ParameterIn::Header)
                    .required(Required::True)
                    .description(Some(
                        "22–128 of A–Z a–z 0–9 - _ from a secure random source (at least 128 bits: \
                         22 base64url characters or 32 hex digits), new for each new request; a \
                         retry with the same key and the same request gets the first answer again",
                    ))
                    .schema(Some(
                        ObjectBuilder::new()
                            .schema_type(Type::String)
                            .pattern(Some(KEY_PATTERN)),
                    ))
                    .build();
                operation.parameters.get_or_insert_with(Vec::new).push(key);
                let error = crate::openapi::error_response;
                error(
                    operation,
                    400,
                    "`idempotency_key_missing` or `idempotency_key_invalid`: no usable Idempotency-Key",
                );
                error(
                    operation,
                    408,
                    "`request_timeout`: the body did not arrive within the server's time (120 s by \
                     default); the key is not claimed, so send it again",
                );
                error(
                    operation,
                    409,
                    "`request_in_progress`: the first request with this key is still running; retry",
                );
                error(
                    operation,
                    413,
                    "the body is larger than this route reads (forms: `invalid_request`)",
                );
                error(
                    operation,
                    422,
                    "`idempotency_key_reused`: this key came with another request",
                );
                error(
                    operation,
                    500,
                    "`internal`: the server failed; the key is released, so a retry runs again",
                );
                error(
                    operation,
                    503,
                    "`unavailable`: the database does not answer now; the key is released, retry in a while",
                );
                // A kept answer (2xx or 4xx) comes back marked as a replay.
                for (status, response) in operation.responses.responses.iter_mut() {
                    if let (RefOr::T(response), false) = (response, status.starts_with('5')) {
                        let replayed = HeaderBuilder::new()
                            .schema(
                                ObjectBuilder::new()
                                    .schema_type(Type::String)
                                    .enum_values(Some(["true"])),
                            )
                            .description(Some(
                                "`true` when this is the kept answer to an earlier request with this key",
                            ))
                            .build();
                        response.headers.insert(REPLAYED_HEADER.to_owned(), replayed);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_key_pattern_says_what_the_parser_accepts() {
        // The pattern is a character class and a length; check both against the parser.
        assert_eq!(KEY_PATTERN, "^[A-Za-z0-9_-]{22,128}$");
        let class = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
        for c in (0u8..=127).map(char::from).chain(['é', 'ー', '０']) {
            let key = c.to_string().repeat(22);
            assert_eq!(IdempotencyKey::parse(&key).is_ok(), class(c), "{c:?}");
        }
        for (len, ok) in [(21, false), (22, true), (128, true), (129, false)] {
            assert_eq!(IdempotencyKey::parse(&"k".repeat(len)).is_ok(), ok, "{len}");
        }
    }

    #[test]
    fn another_path_query_content_type_or_body_is_another_request() {
        let uri = |s: &str| s.parse::<axum::http::Uri>().unwrap();
        let json = b"application/json";
        let a = fingerprint(&Method::POST, &uri("/api/v1/applications"), json, b"{}");
        assert_eq!(
            a,
            fingerprint(&Method::POST, &uri("/api/v1/applications"), json, b"{}")
        );
        assert_ne!(a, fingerprint(&Method::POST, &uri("/api/v1/other"), json, b"{}"));
        assert_ne!(
            a,
            fingerprint(&Method::POST, &uri("/api/v1/applications"), json, b"{ }")
        );
        assert_ne!(
            a,
            fingerprint(&Method::POST, &uri("/api/v1/applications?x=1"), json, b"{}")
        );
        assert_ne!(
            a,
            fingerprint(&Method::POST, &uri("/api/v1/applications"), b"text/plain", b"{}")
        );
    }
}
