//! Staff author notices under `/api/v1/admin/notices` (clerks and admins: `auth::staff_layer`).
//! Not audited: a notice holds no resident's data. Each write keeps its event in the same
//! transaction (`storage/notices.rs`) and then wakes this process's fan-out; other instances hear
//! of it from the database.

use axum::Extension;
use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse as _, Response};
use madoguchi_domain::ApiError;
use madoguchi_domain::notice::{Notice, NoticeDraft, NoticeId};

use crate::error::ServerError;
use crate::idempotency;
use crate::routes::AppState;
use crate::storage::IdempotencyClaim;

#[utoipa::path(
    post,
    path = "/api/v1/admin/notices",
    operation_id = "createNotice",
    tag = "admin",
    security(("staff" = [])),
    request_body(content = NoticeDraft, example = json!({
        "title": {"ja": "避難指示(夢咲3丁目)", "en": "Evacuation order (Yumesaki 3-chome)"},
        "body": {"ja": "夢咲小学校へ避難してください。"},
        "category": "disaster", "priority": "urgent",
        "rule": {"areas": ["yumesaki-3-chome"]},
        "expiresAt": 1_796_086_400_000_i64, "topic": "evacuation-yumesaki-3-chome"})),
    responses(
        (status = 201, description = "Published (from its publish time): the notice with its id", body = Notice),
        (status = 400, description = "`invalid_request`: the body is not a notice draft", body = ApiError),
        (status = 401, description = "`unauthorized`: no valid staff session", body = ApiError),
        (status = 403, description = "`forbidden`: a resident's token, or a staff role that does not author notices", body = ApiError),
        (status = 422, description = "`invalid_submission`: the draft's problems, each at its field", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn create(
    State(state): State<AppState>,
    claim: Option<Extension<IdempotencyClaim>>,
    body: Bytes,
) -> Result<Response, ServerError> {
    let claim = idempotency::require_claim(claim)?;
    let content = draft(&body)?
        .parse(claim.at)
        .map_err(ServerError::InvalidSubmission)?;
    let id = NoticeId::parse(&format!("ntc-{}", crate::credentials::random_hex(10)))
        .map_err(ServerError::Internal)?;
    let notice = state
        .store
        .create_notice(id, content, claim, idempotency::keep_created())
        .await?;
    state.notices.wake();
    tracing::info!(notice = %notice.id, priority = ?notice.content.priority, "notice published");
    Ok((StatusCode::CREATED, Json(notice)).into_response())
}

#[utoipa::path(
    put,
    path = "/api/v1/admin/notices/{id}",
    operation_id = "replaceNotice",
    tag = "admin",
    security(("staff" = [])),
    params(("id" = String, Path, description = "The notice's id", example = "ntc-0123456789abcdef0123")),
    request_body(content = NoticeDraft),
    responses(
        (status = 200, description = "Replaced: the notice with its next revision", body = Notice),
        (status = 400, description = "`invalid_request`: the body is not a notice draft", body = ApiError),
        (status = 401, description = "`unauthorized`: no valid staff session", body = ApiError),
        (status = 403, description = "`forbidden`: a resident's token, or a staff role that does not author notices", body = ApiError),
        (status = 404, description = "`not_found`: no such notice, or it was withdrawn", body = ApiError),
        (status = 422, description = "`invalid_submission`: the draft's problems, each at its field", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn replace(
    State(state): State<AppState>,
    claim: Option<Extension<IdempotencyClaim>>,
    id: Result<Path<String>, PathRejection>,
    body: Bytes,
) -> Result<Response, ServerError> {
    let claim = idempotency::require_claim(claim)?;
    let id = notice_id(id)?;
    let content = draft(&body)?
        .parse(claim.at)
        .map_err(ServerError::InvalidSubmission)?;
    let written = state
        .store
        .replace_notice(id, content, claim, idempotency::keep_json(StatusCode::OK))
        .await?;
    answer(&state, written, "notice replaced")
}

#[utoipa::path(
    post,
    path = "/api/v1/admin/notices/{id}/withdraw",
    operation_id = "withdrawNotice",
    tag = "admin",
    security(("staff" = [])),
    params(("id" = String, Path, description = "The notice's id", example = "ntc-0123456789abcdef0123")),
    responses(
        (status = 200, description = "Withdrawn: it leaves the feed and every inbox; the notice as it was", body = Notice),
        (status = 401, description = "`unauthorized`: no valid staff session", body = ApiError),
        (status = 403, description = "`forbidden`: a resident's token, or a staff role that does not author notices", body = ApiError),
        (status = 404, description = "`not_found`: no such notice, or it was withdrawn already", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn withdraw(
    State(state): State<AppState>,
    claim: Option<Extension<IdempotencyClaim>>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Response, ServerError> {
    let claim = idempotency::require_claim(claim)?;
    let id = notice_id(id)?;
    let written = state
        .store
        .withdraw_notice(id, claim, idempotency::keep_json(StatusCode::OK))
        .await?;
    answer(&state, written, "notice withdrawn")
}

fn draft(body: &[u8]) -> Result<NoticeDraft, ServerError> {
    serde_json::from_slice(body).map_err(|e| ServerError::InvalidRequest(e.to_string()))
}

/// A path's id; one that cannot be a notice's names no notice.
fn notice_id(id: Result<Path<String>, PathRejection>) -> Result<NoticeId, ServerError> {
    let Path(id) = id.map_err(|_| ServerError::NotFound)?;
    NoticeId::parse(&id).map_err(|_| ServerError::NotFound)
}

/// The written notice as the answer (after waking the fan-out), or 404 when there was none.
fn answer(state: &AppState, written: Option<Notice>, what: &'static str) -> Result<Response, ServerError> {
    let notice = written.ok_or(ServerError::NotFound)?;
    state.notices.wake();
    tracing::info!(notice = %notice.id, "{what}");
    Ok(Json(notice).into_response())
}
