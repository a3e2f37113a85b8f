//! `POST /api/v1/attachments?name=…`: a resident's file (the body, as is, with its `Content-Type`),
//! sent by a signed-in resident or a registered kiosk. Behind the idempotency layer like every
//! mutation, with the city's size limit instead of the usual one, and behind [`gate`] (who sends,
//! uploads at once, tries per sender and client, body-read time). The bytes must be of the
//! declared kind (their signature is checked, not the name), and within the sender's bytes for the
//! day. A file no application quotes within a day is deleted by the sweep (`sweep.rs`).

pub mod gate;

use axum::Extension;
use axum::body::Bytes;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use madoguchi_domain::hex::to_hex;
use madoguchi_domain::{ApiError, AttachmentName, AttachmentProblem, AttachmentReceipt, FileKind};
use serde::Deserialize;
use sha2::{Digest as _, Sha256};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, Schema, SchemaFormat, Type};

use super::AppState;
use crate::error::ServerError;
use crate::idempotency;
use crate::storage::{IdempotencyClaim, KeptAttachment, NewAttachment, Sender};

/// The route's path (its route group reads bodies up to the city's attachment limit).
pub const PATH: &str = "/api/v1/attachments";

/// A file's bytes, as OpenAPI writes them (a binary string) in the upload and the staff download.
/// Written by hand: utoipa's derive makes `Vec<u8>` an array of integers.
pub struct FileBytes;

impl utoipa::PartialSchema for FileBytes {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Binary)))
            .into()
    }
}

impl utoipa::ToSchema for FileBytes {}

#[derive(Debug, Deserialize)]
pub struct AttachmentQuery {
    /// The file's name as the resident knows it.
    name: String,
}

#[utoipa::path(
    post,
    path = "/api/v1/attachments",
    operation_id = "createAttachment",
    tag = "attachments",
    params((
        "name" = String,
        Query,
        description = "The file's name, shown back to the resident and staff: 1–200 characters once \
                       trimmed, no control characters, no `/` or `\\`, not `.` or `..`",
        // Exactly `AttachmentName::parse`: Rust's `trim()` whitespace around (Unicode White_Space),
        // then one character other than `.`, two other than `..`, or 3–200 with neither end blank.
        pattern = r"^[\u0009-\u000D\u0020\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*(?:[^\u0000-\u001F\u007F-\u009F/\\\u0009-\u000D\u0020\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000.]|[^\u0000-\u001F\u007F-\u009F/\\\u0009-\u000D\u0020\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000.][^\u0000-\u001F\u007F-\u009F/\\\u0009-\u000D\u0020\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]|\.[^\u0000-\u001F\u007F-\u009F/\\\u0009-\u000D\u0020\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000.]|[^\u0000-\u001F\u007F-\u009F/\\\u0009-\u000D\u0020\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\u0000-\u001F\u007F-\u009F/\\]{1,198}[^\u0000-\u001F\u007F-\u009F/\\\u0009-\u000D\u0020\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000])[\u0009-\u000D\u0020\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$",
        example = "在留カード.jpg"
    )),
    request_body(
        description = "The file itself; its bytes must be of the kind its Content-Type names",
        content(
            (inline(FileBytes) = "application/pdf"),
            (inline(FileBytes) = "image/jpeg"),
            (inline(FileBytes) = "image/png"),
        )
    ),
    responses(
        (status = 201, description = "Kept; quote the id in an application within 24 hours (a file no application quotes by then is deleted)", body = AttachmentReceipt),
        (status = 400, description = "`invalid_request`: no `name` in the query", body = ApiError),
        (status = 401, description = "`unauthorized`: no resident's access token or registered kiosk's credential, or a lapsed or revoked one", body = ApiError),
        (status = 403, description = "`forbidden`: a member of staff's session (files come from residents and kiosks)", body = ApiError),
        (status = 413, description = "`attachment_too_large`: larger than the city's limit; `attachment_quota_exceeded`: with this file the sender would pass their bytes for 24 hours", body = ApiError),
        (status = 415, description = "`attachment_wrong_kind`: not a PDF, JPEG or PNG, judged by the bytes", body = ApiError),
        (status = 422, description = "`invalid_attachment`: empty, or a name that is not usable", body = ApiError),
        (status = 429, description = "`rate_limited`: too many files from this sender or this client address in 15 minutes; see Retry-After", body = ApiError,
            headers(("Retry-After" = u64, description = "Seconds until a new try is counted"))),
        (status = 503, description = "`unavailable`: as many uploads as this server reads at once are under way; retry in a while", body = ApiError),
    ),
    security(("resident" = []), ("kiosk" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn create(
    State(state): State<AppState>,
    Extension(sender): Extension<Sender>,
    claim: Option<Extension<IdempotencyClaim>>,
    query: Result<Query<AttachmentQuery>, QueryRejection>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ServerError> {
    let claim = idempotency::require_claim(claim)?;
    let Query(query) = query.map_err(|e| ServerError::InvalidRequest(e.body_text()))?;
    let name = AttachmentName::parse(&query.name).map_err(ServerError::Attachment)?;
    let declared = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(FileKind::from_mime)
        .ok_or(ServerError::Attachment(AttachmentProblem::WrongKind))?;
    let kind = state
        .attachment_limits
        .check_received(declared, &body)
        .map_err(ServerError::Attachment)?;
    let attachment = NewAttachment {
        id: new_id()?,
        name,
        kind,
        sha256: to_hex(&Sha256::digest(&body)),
        content: body,
        sender,
    };
    let respond = idempotency::keep_created();
    let receipt = match state.store.create_attachment(attachment, claim, respond).await? {
        KeptAttachment::Kept(receipt) => receipt,
        KeptAttachment::OverQuota => return Err(ServerError::AttachmentQuotaExceeded),
    };
    tracing::info!(id = %receipt.id, size = receipt.size, "attachment received");
    Ok((StatusCode::CREATED, axum::Json(receipt)).into_response())
}

/// `att-` and 128 random bits in hex: unguessable, since holding an id is enough to quote the file.
fn new_id() -> Result<String, ServerError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| ServerError::Internal(format!("random: {e}")))?;
    Ok(format!("att-{}", to_hex(&bytes)))
}
