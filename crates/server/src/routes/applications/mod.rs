//! Online applications (申請), the resident's side: a procedure's form, submitting answers to it,
//! following the application's status, and withdrawing it before review. Staff routes are in
//! [`staff`].
//!
//! Until accounts exist, an application belongs to whoever holds the access token its receipt
//! carried (128 random bits; only its SHA-256 is kept). Reading or withdrawing without it is 401,
//! and with another application's token the same 404 as for a reference that does not exist, so a
//! guessed reference reveals nothing.

pub mod staff;

use axum::Extension;
use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use madoguchi_domain::account::IdentityLevel;
use madoguchi_domain::application::{
    Actor, Application, ApplicationReceipt, ApplicationReference, ApplicationStatus, ApplicationSubmission,
    Resubmission,
};
use madoguchi_domain::form::{self, Answer, Answers, FieldProblem, FormSchema};
use madoguchi_domain::{ApiError, CalendarDate, ProcedureId, UnixMillis, msg_id};
use serde::Deserialize;

use super::AppState;
use crate::error::ServerError;
use crate::idempotency;
use crate::storage::{
    IdempotencyClaim, NewAnswers, NewApplication, NewStatus, StatusChanged, SubmittedApplication,
};

/// `?version=N` on the form route.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FormQuery {
    /// A version a draft was started on; the newest when left out.
    #[param(minimum = 1, maximum = 4_294_967_295_i64)]
    version: Option<u32>,
}

#[utoipa::path(
    get,
    path = "/api/v1/procedures/{id}/form",
    operation_id = "getProcedureForm",
    tag = "applications",
    params(
        ("id" = String, Path, description = "The procedure's id", example = "child-allowance"),
        FormQuery,
    ),
    responses(
        (status = 200, description = "The procedure's form (its steps, fields, rules and texts)", body = FormSchema),
        (status = 400, description = "`invalid_request`: `version` is not a whole number from 1", body = ApiError),
        (status = 404, description = "`not_found`: the procedure has no online form (or not that version)", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip(state))]
pub async fn form(
    State(state): State<AppState>,
    headers: HeaderMap,
    id: Result<Path<String>, PathRejection>,
    query: Result<Query<FormQuery>, QueryRejection>,
) -> Result<Response, ServerError> {
    let Path(id) = id.map_err(|_| ServerError::NotFound)?;
    let Query(query) = query.map_err(|e| ServerError::InvalidRequest(e.body_text()))?;
    let procedure = ProcedureId::parse(&id).map_err(|_| ServerError::NotFound)?;
    let form = state.store.form(procedure, query.version).await?;
    // A form's schema with its texts in every language is KBs of JSON: compressed when accepted.
    let form = form.ok_or(ServerError::NotFound)?;
    super::etag::json(&headers, &form)
}

#[utoipa::path(
    post,
    path = "/api/v1/applications",
    operation_id = "submitApplication",
    tag = "applications",
    // A question to the city on the demo city's `inquiry` form, so a client trying the example
    // (schemathesis does) gets a 201: no sign-in, no file, no date that would age.
    request_body(content = ApplicationSubmission, example = json!({
        "procedure": "inquiry",
        "formVersion": 1,
        "answers": {
            "department": "citizen-affairs",
            "subject": "住民票の写しについて",
            "message": "土曜日に住民票の写しを受け取ることはできますか。",
            "reply-by": "email",
            "contact-email": "hanako@example.jp"
        },
        "declared": false
    })),
    responses(
        (status = 201, description = "Received: the reference to quote and the access token that proves it is yours", body = ApplicationReceipt),
        (status = 400, description = "`invalid_request`: the body is not an application in JSON", body = ApiError),
        (status = 401, description = "`unauthorized`: a resident's access token (`at-…`) was sent that has lapsed or \
                                      was revoked; nothing was kept (refresh it and send the same request again)", body = ApiError),
        (status = 403, description = "`identity_level_too_low`: the procedure needs an identity checked at a counter, \
                                      and the request is not from a resident signed in with such an account; nothing was kept", body = ApiError),
        (status = 404, description = "`not_found`: the procedure has no such form version", body = ApiError),
        (status = 422, description = "`invalid_submission`: answers that break the form's rules, each in `problems` \
                                      (also an attachment that does not exist or belongs to another application)", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    claim: Option<Extension<IdempotencyClaim>>,
    // A signed-in resident (found by the idempotency layer): status changes become their notices.
    resident: Option<Extension<crate::routes::auth::Resident>>,
    body: Bytes,
) -> Result<Response, ServerError> {
    let claim = idempotency::require_claim(claim)?;
    let resident = crate::routes::auth::optional_resident(&headers, resident)?;
    let submission: ApplicationSubmission =
        serde_json::from_slice(&body).map_err(|e| ServerError::InvalidRequest(e.to_string()))?;
    let schema = state
        .store
        .form(submission.procedure.clone(), Some(submission.form_version))
        .await?
        .ok_or(ServerError::NotFound)?;
    // The identity the procedure needs online (its guide): a checked one needs a resident signed in
    // with an account a clerk verified at a counter.
    let needed = schema.guide.as_ref().map(|g| g.identity).unwrap_or_default();
    let proven = resident
        .as_ref()
        .map_or(IdentityLevel::Unverified, |r| r.identity_level);
    if !proven.satisfies(needed) {
        return Err(ServerError::IdentityLevelTooLow);
    }
    let today = today_in_japan(claim.at)?;
    let accepted = judge(&schema, &submission.answers, submission.declared, today)?;
    let token = super::access::new_token()?;
    let application = NewApplication {
        procedure: submission.procedure,
        form_version: submission.form_version,
        attachments: accepted.attachments,
        answers: accepted.answers,
        access_token_sha256: super::access::token_hash(&token),
        reference_prefix: format!("{}-{}", state.reference_prefix.as_str(), today.year()),
        access_token: token,
    };
    let respond = idempotency::keep_created();
    match state
        .store
        .submit_application(application, claim, respond)
        .await?
    {
        SubmittedApplication::Submitted(receipt) => {
            tracing::info!(reference = %receipt.reference, "application received");
            if let Some(who) = resident {
                crate::routes::notices::personal::application_submitted(
                    &state,
                    receipt.reference.clone(),
                    who.account,
                )
                .await;
            }
            Ok((StatusCode::CREATED, Json(receipt)).into_response())
        }
        SubmittedApplication::AttachmentUnavailable(id) => {
            Err(unavailable(&schema, &submission.answers, &id))
        }
    }
}

/// The day in Japan at `at`: what forms judge dates against, and the year in references.
fn today_in_japan(at: UnixMillis) -> Result<CalendarDate, ServerError> {
    at.date_in_japan()
        .ok_or_else(|| ServerError::Internal(format!("no date in Japan at {at:?}")))
}

/// The server never trusts the client: the same validator the app ran.
fn judge(
    schema: &FormSchema,
    answers: &Answers,
    declared: bool,
    today: CalendarDate,
) -> Result<form::Accepted, ServerError> {
    form::validate(schema, answers, declared, today).map_err(ServerError::InvalidSubmission)
}

/// The refusal of answers quoting file `id`, which is missing or another application's: a problem
/// at the field that quotes it.
fn unavailable(schema: &FormSchema, answers: &Answers, id: &str) -> ServerError {
    let field = schema
        .fields()
        .find(|f| matches!(answers.get(f.id.as_str()), Some(Answer::List(ids)) if ids.iter().any(|i| i.trim() == id)))
        .map_or_else(String::new, |f| f.id.to_string());
    ServerError::InvalidSubmission(vec![FieldProblem::new(
        field,
        msg_id!("form-error-attachment-unavailable"),
    )])
}

#[utoipa::path(
    get,
    path = "/api/v1/applications/{reference}",
    operation_id = "getApplication",
    tag = "applications",
    security(("access_token" = [])),
    params(("reference" = String, Path, description = "The reference from the receipt", example = "YMS-2026-000123")),
    responses(
        (status = 200, description = "The application, its status and its history", body = Application),
        (status = 401, description = "`unauthorized`: no access token was sent", body = ApiError),
        (status = 404, description = "`not_found`: no application with this reference has this access token", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn read(
    State(state): State<AppState>,
    headers: HeaderMap,
    reference: Result<Path<String>, PathRejection>,
) -> Result<Response, ServerError> {
    let application = owned(&state, &headers, reference).await?;
    // Personal data: never kept by a shared cache.
    Ok(([(header::CACHE_CONTROL, "no-store")], Json(application)).into_response())
}

#[utoipa::path(
    post,
    path = "/api/v1/applications/{reference}/withdraw",
    operation_id = "withdrawApplication",
    tag = "applications",
    security(("access_token" = [])),
    params(("reference" = String, Path, description = "The reference from the receipt", example = "YMS-2026-000123")),
    responses(
        (status = 200, description = "Withdrawn; the application with its history", body = Application),
        (status = 401, description = "`unauthorized`: no access token was sent", body = ApiError),
        (status = 404, description = "`not_found`: no application with this reference has this access token", body = ApiError),
        (status = 409, description = "`status_change_not_allowed`: review has started (or it is finished); ask the counter", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn withdraw(
    State(state): State<AppState>,
    headers: HeaderMap,
    claim: Option<Extension<IdempotencyClaim>>,
    reference: Result<Path<String>, PathRejection>,
) -> Result<Response, ServerError> {
    let claim = idempotency::require_claim(claim)?;
    let application = owned(&state, &headers, reference).await?;
    let change = NewStatus {
        to: ApplicationStatus::Withdrawn,
        actor: Actor::Resident,
        message: None,
        at: claim.at,
        answers: None,
    };
    apply(&state, application.reference, change, claim, None).await
}

#[utoipa::path(
    post,
    path = "/api/v1/applications/{reference}/resubmit",
    operation_id = "resubmitApplication",
    tag = "applications",
    security(("access_token" = [])),
    params(("reference" = String, Path, description = "The reference from the receipt", example = "YMS-2026-000123")),
    request_body(content = Resubmission, description = "The corrected answers, to the application's own form version"),
    responses(
        (status = 200, description = "Resubmitted; the application with its history", body = Application),
        (status = 400, description = "`invalid_request`: the body is not a resubmission in JSON", body = ApiError),
        (status = 401, description = "`unauthorized`: no access token was sent", body = ApiError),
        (status = 404, description = "`not_found`: no application with this reference has this access token", body = ApiError),
        (status = 409, description = "`status_change_not_allowed`: the city has not asked for more information", body = ApiError),
        (status = 422, description = "`invalid_submission`: answers that break the form's rules, each in `problems`", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn resubmit(
    State(state): State<AppState>,
    headers: HeaderMap,
    claim: Option<Extension<IdempotencyClaim>>,
    reference: Result<Path<String>, PathRejection>,
    body: Bytes,
) -> Result<Response, ServerError> {
    let claim = idempotency::require_claim(claim)?;
    let application = owned(&state, &headers, reference).await?;
    let resubmission: Resubmission =
        serde_json::from_slice(&body).map_err(|e| ServerError::InvalidRequest(e.to_string()))?;
    let schema = state
        .store
        .form(application.procedure.clone(), Some(application.form_version))
        .await?
        .ok_or_else(|| ServerError::Internal(format!("the form of {} is gone", application.reference)))?;
    let today = today_in_japan(claim.at)?;
    let accepted = judge(&schema, &resubmission.answers, resubmission.declared, today)?;
    let change = NewStatus {
        to: ApplicationStatus::Resubmitted,
        actor: Actor::Resident,
        message: None,
        at: claim.at,
        answers: Some(NewAnswers {
            answers: accepted.answers,
            attachments: accepted.attachments,
        }),
    };
    apply(
        &state,
        application.reference,
        change,
        claim,
        Some((&schema, &resubmission.answers)),
    )
    .await
}

/// Moves an application and answers with it, or says why not: shared by the resident's withdraw
/// and resubmission and the staff's status change. `quoted` is the form and the answers of a
/// resubmission, to place an unavailable attachment's problem at its field.
pub(super) async fn apply(
    state: &AppState,
    reference: ApplicationReference,
    change: NewStatus,
    claim: IdempotencyClaim,
    quoted: Option<(&FormSchema, &Answers)>,
) -> Result<Response, ServerError> {
    let respond = idempotency::keep_json(StatusCode::OK);
    match state
        .store
        .change_application_status(reference, change, claim, respond)
        .await?
    {
        StatusChanged::Changed(application) => {
            tracing::info!(reference = %application.reference, status = application.status.as_str(), "application status changed");
            Ok(([(header::CACHE_CONTROL, "no-store")], Json(application)).into_response())
        }
        StatusChanged::NotFound => Err(ServerError::NotFound),
        StatusChanged::NotAllowed { .. } => Err(ServerError::StatusChangeNotAllowed),
        StatusChanged::AttachmentUnavailable(id) => Err(match quoted {
            Some((schema, answers)) => unavailable(schema, answers, &id),
            None => ServerError::Internal(format!("attachment {id} refused without answers")),
        }),
    }
}

/// The application `reference` names, if the request carries its access token.
async fn owned(
    state: &AppState,
    headers: &HeaderMap,
    reference: Result<Path<String>, PathRejection>,
) -> Result<Application, ServerError> {
    let presented = super::bearer_token(headers)?;
    let Path(reference) = reference.map_err(|_| ServerError::NotFound)?;
    let (application, kept_hash) = state
        .store
        .application(ApplicationReference(reference))
        .await?
        .ok_or(ServerError::NotFound)?;
    if super::access::matches(presented, &kept_hash) {
        Ok(application)
    } else {
        Err(ServerError::NotFound)
    }
}
