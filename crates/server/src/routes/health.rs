//! `GET /api/health`: 204 when this instance can answer requests, which means its database
//! answers a query; 503 otherwise, so a load balancer drops a sick instance and Run and the test
//! harness wait until the server is really ready.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use madoguchi_domain::ApiError;

use super::AppState;
use crate::error::ServerError;
use crate::storage::StoreError;

#[utoipa::path(
    get,
    path = "/api/health",
    operation_id = "checkHealth",
    tag = "operations",
    responses(
        (status = 204, description = "Ready: the database answers"),
        (status = 503, description = "The database does not answer", body = ApiError),
    )
)]
pub async fn check(State(state): State<AppState>) -> Response {
    match state.store.ping().await {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => {
            // Whatever the cause, the instance cannot serve: always 503, never 500.
            let e = match e {
                e if e.is_passing() => e,
                other => StoreError::Unavailable(other.to_string()),
            };
            ServerError::Store(e).into_response()
        }
    }
}
