//! Staff author notices under `/api/v1/admin/notices` (clerks and admins: `auth::staff_layer`).
//! Not audited: a notice holds no resident's data. Each write keeps its event in the same
//! transaction (`storage/notices.rs`) and then wakes this process's fan-out; other instances hear
//! of it from the database.
//!
//! A draft is checked twice: by the domain's rules (`NoticeDraft::parse`), and here against the
//! city's data: every area the rule names must be on the city's list (`GET /api/v1/areas`), since a
//! device matches a rule against the code its resident picked from that list, and a code off the
//! list would reach nobody.

use axum::Extension;
use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse as _, Response};
use madoguchi_domain::form::FieldProblem;
use madoguchi_domain::notice::{AreaCode, AreaList, Notice, NoticeContent, NoticeDraft, NoticeId, RuleDraft};
use madoguchi_domain::{ApiError, UnixMillis, msg_id};

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
        (status = 422, description = "`invalid_submission`: the draft's problems, each at its field (an area \
                                      not on the city's list: `notice-error-area` at `rule.areas`)", body = ApiError),
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
    let content = checked(&state, &draft(&body)?, claim.at).await?;
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
        (status = 422, description = "`invalid_submission`: the draft's problems, each at its field (an area \
                                      not on the city's list: `notice-error-area` at `rule.areas`)", body = ApiError),
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
    let content = checked(&state, &draft(&body)?, claim.at).await?;
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

/// The draft as a notice's content at `now`, or every problem at once: the domain's, and an area
/// not on the city's list. The list is read from the store, not from the one-second cache the
/// public route serves, so an area the city has just listed is accepted at once.
async fn checked(
    state: &AppState,
    draft: &NoticeDraft,
    now: UnixMillis,
) -> Result<NoticeContent, ServerError> {
    let parsed = draft.parse(now);
    let unlisted = unlisted_area(&draft.rule, &state.store.areas().await?);
    match (parsed, unlisted) {
        (Ok(content), None) => Ok(content),
        (Ok(_), Some(problem)) => Err(ServerError::InvalidSubmission(vec![problem])),
        (Err(mut problems), unlisted) => {
            if let Some(problem) = unlisted {
                insert_in_draft_order(&mut problems, problem);
            }
            Err(ServerError::InvalidSubmission(problems))
        }
    }
}

/// `notice-error-area` at `rule.areas` when the rule names a well-formed code the city does not
/// list. One problem however many such codes: the field shows one message. A malformed code is the
/// domain's to report (with the same message), so it is not reported twice.
fn unlisted_area(rule: &RuleDraft, list: &AreaList) -> Option<FieldProblem> {
    rule.areas
        .iter()
        .filter_map(|typed| AreaCode::parse(typed.trim()).ok())
        .any(|code| !list.contains(&code))
        .then(|| FieldProblem::new(AREAS_FIELD, msg_id!("notice-error-area")))
}

/// Where a rule's areas are reported, as `NoticeDraft::parse` names the field.
const AREAS_FIELD: &str = "rule.areas";

/// Adds the area problem to the domain's, keeping the order of the draft's fields (title, body,
/// category, priority, then the rule, areas first), as `NoticeDraft::parse` lists them and a form's
/// error summary reads them; unless the domain already reported the field with the same message.
fn insert_in_draft_order(problems: &mut Vec<FieldProblem>, problem: FieldProblem) {
    if problems.contains(&problem) {
        return;
    }
    let before_areas = |p: &FieldProblem| {
        let top = p.field.split('.').next().unwrap_or_default();
        p.field == AREAS_FIELD || ["title", "body", "category", "priority"].contains(&top)
    };
    let at = problems.iter().rposition(before_areas).map_or(0, |i| i + 1);
    problems.insert(at, problem);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn at(field: &str) -> FieldProblem {
        FieldProblem::new(field.to_owned(), msg_id!("form-error-choice"))
    }

    fn fields(problems: &[FieldProblem]) -> Vec<&str> {
        problems.iter().map(|p| p.field.as_str()).collect()
    }

    #[test]
    fn an_unlisted_area_is_reported_between_the_priority_and_the_rest_of_the_rule() {
        let area = FieldProblem::new(AREAS_FIELD, msg_id!("notice-error-area"));
        let mut problems = vec![at("title.ja"), at("category"), at("rule.topics"), at("expiresAt")];
        insert_in_draft_order(&mut problems, area.clone());
        assert_eq!(
            fields(&problems),
            ["title.ja", "category", "rule.areas", "rule.topics", "expiresAt"]
        );

        let mut later_only = vec![at("expiresAt")];
        insert_in_draft_order(&mut later_only, area);
        assert_eq!(fields(&later_only), ["rule.areas", "expiresAt"]);
    }

    #[test]
    fn an_area_problem_the_domain_already_reported_is_not_repeated() {
        let area = FieldProblem::new(AREAS_FIELD, msg_id!("notice-error-area"));
        let mut problems = vec![area.clone(), at("expiresAt")];
        insert_in_draft_order(&mut problems, area);
        assert_eq!(fields(&problems), ["rule.areas", "expiresAt"]);
    }
}
