//! `GET /api/health`: answers 204 once the server is ready (used by Run and the test harness).

use axum::http::StatusCode;

#[utoipa::path(get, path = "/api/health", tag = "operations", responses((status = 204, description = "Ready")))]
pub async fn check() -> StatusCode {
    StatusCode::NO_CONTENT
}
