//! Staff routes for applications under `/api/v1/admin`: every application, and moving one along
//! its statuses (illegal moves refused, each change kept in the history with its time).

use axum::Extension;
use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::response::Response;
use madoguchi_domain::account::AuditAction;
use madoguchi_domain::application::{
    Actor, Application, ApplicationList, ApplicationReference, STATUS_MESSAGE_MAX_CHARS, StatusRequest,
};
use madoguchi_domain::form::FieldProblem;
use madoguchi_domain::{ApiError, msg_id};

use crate::error::ServerError;
use crate::idempotency;
use crate::routes::AppState;
use crate::routes::auth::Staff;
use crate::storage::{IdempotencyClaim, NewStatus};

#[utoipa::path(
    get,
    path = "/api/v1/admin/applications",
    operation_id = "listApplicationsAsStaff",
    tag = "admin",
    security(("staff" = [])),
    responses(
        (status = 200, description = "Every application, oldest first", body = ApplicationList),
        (status = 401, description = "`unauthorized`: no valid staff session", body = ApiError),
        (status = 403, description = "`forbidden`: a resident's token, or a staff role that does not handle residents' data", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn list(State(state): State<AppState>, staff: Staff) -> Result<Json<ApplicationList>, ServerError> {
    staff
        .audit(&state, AuditAction::ListApplications, None, "")
        .await?;
    Ok(Json(ApplicationList {
        applications: state.store.applications().await?,
    }))
}

#[utoipa::path(
    post,
    path = "/api/v1/admin/applications/{reference}/status",
    operation_id = "changeApplicationStatus",
    tag = "admin",
    security(("staff" = [])),
    params(("reference" = String, Path, description = "The application's reference", example = "YMS-2026-000123")),
    request_body(content = StatusRequest, example = json!({"status": "received"})),
    responses(
        (status = 200, description = "Changed; the application with its history", body = Application),
        (status = 400, description = "`invalid_request`: the body is not a status request", body = ApiError),
        (status = 401, description = "`unauthorized`: no valid staff session", body = ApiError),
        (status = 403, description = "`forbidden`: a resident's token, or a staff role that does not handle residents' data", body = ApiError),
        (status = 404, description = "`not_found`: no such application", body = ApiError),
        (status = 409, description = "`status_change_not_allowed`: not a move staff may make from the current status", body = ApiError),
        (status = 422, description = "`invalid_submission`: the message is too long", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn change_status(
    State(state): State<AppState>,
    staff: Staff,
    claim: Option<Extension<IdempotencyClaim>>,
    reference: Result<Path<String>, PathRejection>,
    body: Bytes,
) -> Result<Response, ServerError> {
    let claim = idempotency::require_claim(claim)?;
    let Path(reference) = reference.map_err(|_| ServerError::NotFound)?;
    // Written before the change is tried: the log records every attempt to act on the
    // application, including refused ones.
    staff
        .audit(
            &state,
            AuditAction::ChangeApplicationStatus,
            None,
            reference.clone(),
        )
        .await?;
    let request: StatusRequest =
        serde_json::from_slice(&body).map_err(|e| ServerError::InvalidRequest(e.to_string()))?;
    let message = request
        .message
        .map(|m| m.trim().to_owned())
        .filter(|m| !m.is_empty());
    if message
        .as_ref()
        .is_some_and(|m| m.chars().count() > STATUS_MESSAGE_MAX_CHARS)
    {
        return Err(ServerError::InvalidSubmission(vec![
            FieldProblem::new("message", msg_id!("form-error-too-long")).with(
                "max",
                madoguchi_domain::form::MessageArg::Number(STATUS_MESSAGE_MAX_CHARS as i64),
            ),
        ]));
    }
    let (to, at) = (request.status, claim.at);
    let change = NewStatus {
        to,
        actor: Actor::Staff,
        message,
        at,
        answers: None,
    };
    let reference = ApplicationReference(reference);
    let changed = super::apply(&state, reference.clone(), change, claim, None).await?;
    // The resident who submitted it while signed in hears of it (routes/notices/personal.rs).
    crate::routes::notices::personal::application_status_changed(&state, reference, to, at).await;
    Ok(changed)
}
