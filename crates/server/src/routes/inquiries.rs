//! `POST /api/v1/inquiries` (お問い合わせ): a resident asks a department. Behind the idempotency
//! layer; the store writes the inquiry and its kept response in one transaction.

use axum::Extension;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use madoguchi_domain::{ApiError, InquiryForm, InquiryReceipt, NewInquiry};

use super::AppState;
use crate::error::ServerError;
use crate::idempotency;
use crate::storage::{CreatedInquiry, IdempotencyClaim};

#[utoipa::path(
    post,
    path = "/api/v1/inquiries",
    tag = "inquiries",
    request_body = InquiryForm,
    params(("Idempotency-Key" = String, Header, description = "16–128 of A–Z a–z 0–9 - _; the same key replays the first answer")),
    responses(
        (status = 201, description = "Received; the reference to quote", body = InquiryReceipt),
        (status = 400, description = "Malformed body or no idempotency key", body = ApiError),
        (status = 409, description = "The first request with this key is still running", body = ApiError),
        (status = 422, description = "The inquiry breaks a rule, or the key was used for another request", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn create(
    State(state): State<AppState>,
    claim: Option<Extension<IdempotencyClaim>>,
    body: Bytes,
) -> Result<Response, ServerError> {
    let claim = idempotency::require_claim(claim)?;
    let form: InquiryForm =
        serde_json::from_slice(&body).map_err(|e| ServerError::InvalidRequest(e.to_string()))?;
    let inquiry = NewInquiry::parse(&form).map_err(|_| ServerError::InvalidInquiry)?;
    let respond = idempotency::keep_created();
    match state.store.create_inquiry(inquiry, claim, respond).await? {
        CreatedInquiry::Created(receipt) => {
            tracing::info!(reference = %receipt.reference, "inquiry received");
            Ok((StatusCode::CREATED, axum::Json(receipt)).into_response())
        }
        CreatedInquiry::UnknownDepartment => Err(ServerError::InvalidInquiry),
    }
}
