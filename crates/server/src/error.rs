//! The one error type of the HTTP boundary, mapped to a status code and an [`ApiError`] body.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use madoguchi_domain::{ApiError, ErrorCode};

use crate::storage::StoreError;

/// Why a request failed.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ServerError {
    fn status_and_code(&self) -> (StatusCode, ErrorCode) {
        match self {
            ServerError::NotFound => (StatusCode::NOT_FOUND, ErrorCode::NotFound),
            ServerError::Store(_) => (StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal),
        }
    }
}

impl IntoResponse for ServerError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        if status.is_server_error() {
            tracing::error!(error = ?self, "request failed");
        }
        (status, Json(ApiError::from(code))).into_response()
    }
}
