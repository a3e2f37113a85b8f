//! `POST /api/v1/attachments?name=…`: a resident's file (the body, as is, with its `Content-Type`).
//! Behind the idempotency layer like every mutation, with the city's size limit instead of the
//! usual one. The bytes must be of the declared kind (their signature is checked, not the name).

use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use madoguchi_domain::hex::to_hex;
use madoguchi_domain::{ApiError, AttachmentName, AttachmentProblem, AttachmentReceipt, FileKind};
use serde::Deserialize;
use sha2::{Digest as _, Sha256};

use super::AppState;
use crate::error::ServerError;
use crate::idempotency;
use crate::storage::{IdempotencyClaim, NewAttachment};

/// The route's path (its route group reads bodies up to the city's attachment limit).
pub const PATH: &str = "/api/v1/attachments";

#[derive(Debug, Deserialize)]
pub struct AttachmentQuery {
    /// The file's name as the resident knows it.
    name: String,
}

#[utoipa::path(
    post,
    path = "/api/v1/attachments",
    tag = "attachments",
    params(
        ("name" = String, Query, description = "The file's name, shown back to the resident and staff"),
        ("Idempotency-Key" = String, Header, description = "16–128 of A–Z a–z 0–9 - _; the same key replays the first answer"),
    ),
    request_body(content = Vec<u8>, description = "The file itself", content_type = "application/octet-stream"),
    responses(
        (status = 201, description = "Kept; quote the id in an application", body = AttachmentReceipt),
        (status = 413, description = "Larger than the city's limit", body = ApiError),
        (status = 415, description = "Not a PDF, JPEG or PNG (judged by the bytes)", body = ApiError),
        (status = 422, description = "Empty, or a name that is not usable", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn create(
    State(state): State<AppState>,
    claim: Option<Extension<IdempotencyClaim>>,
    Query(query): Query<AttachmentQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ServerError> {
    let claim = idempotency::require_claim(claim)?;
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
        content: body.to_vec(),
    };
    let respond = idempotency::keep_created();
    let receipt = state.store.create_attachment(attachment, claim, respond).await?;
    tracing::info!(id = %receipt.id, size = receipt.size, "attachment received");
    Ok((StatusCode::CREATED, axum::Json(receipt)).into_response())
}

/// `att-` and 128 random bits in hex: unguessable, since holding an id is enough to quote the file.
fn new_id() -> Result<String, ServerError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| ServerError::Internal(format!("random: {e}")))?;
    Ok(format!("att-{}", to_hex(&bytes)))
}
