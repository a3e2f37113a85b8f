//! `POST /api/v1/inquiries` (お問い合わせ): a resident asks a department. Behind the idempotency
//! layer; the store writes the inquiry and its kept response in one transaction.

use axum::Extension;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use madoguchi_domain::form::FieldProblem;
use madoguchi_domain::inquiry::InquiryField;
use madoguchi_domain::{ApiError, InquiryForm, InquiryReceipt, NewInquiry, msg_id};

use super::AppState;
use crate::error::ServerError;
use crate::idempotency;
use crate::storage::{CreatedInquiry, IdempotencyClaim};

#[utoipa::path(
    post,
    path = "/api/v1/inquiries",
    operation_id = "createInquiry",
    tag = "inquiries",
    // The demo city's department, so a client trying the example (schemathesis does) gets a 201.
    request_body(content = InquiryForm, example = json!({
        "department": "citizen-affairs",
        "subject": "住民票の写しについて",
        "message": "土曜日に住民票の写しを受け取ることはできますか。",
        "contactName": "夢咲 花子",
        "contactEmail": "hanako@example.jp",
        "contactPhone": "0612-34-5678"
    })),
    responses(
        (status = 201, description = "Received; the reference to quote", body = InquiryReceipt),
        (status = 400, description = "`invalid_request`: the body is not an inquiry form in JSON", body = ApiError),
        (status = 422, description = "`invalid_submission`: the inquiry breaks a rule (`NewInquiry::parse`) or names a \
                                      department the city does not have; `problems` names each field", body = ApiError),
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
    let inquiry = NewInquiry::parse(&form)
        .map_err(|found| ServerError::InvalidSubmission(found.into_iter().map(Into::into).collect()))?;
    let respond = idempotency::keep_created();
    match state.store.create_inquiry(inquiry, claim, respond).await? {
        CreatedInquiry::Created(receipt) => {
            tracing::info!(reference = %receipt.reference, "inquiry received");
            Ok((StatusCode::CREATED, axum::Json(receipt)).into_response())
        }
        CreatedInquiry::UnknownDepartment => Err(ServerError::InvalidSubmission(vec![FieldProblem::new(
            InquiryField::Department.as_str(),
            msg_id!("inquiry-error-department"),
        )])),
    }
}
