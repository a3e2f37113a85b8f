//! [`JsonBody`]: a JSON request body read within [`MAX_BYTES`] and parsed into a wire type, or
//! refused with the usual errors (413 too large, 400 `invalid_request`). For the routes outside
//! the idempotency layer, which reads (and bounds) every other mutation's body itself.

use axum::body::to_bytes;
use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

use crate::error::ServerError;

/// The largest body these routes take: sign-in bodies are well under 1 KiB.
pub const MAX_BYTES: usize = 16 * 1024;

pub struct JsonBody<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for JsonBody<T> {
    type Rejection = ServerError;

    async fn from_request(request: Request, _: &S) -> Result<Self, Self::Rejection> {
        let bytes = to_bytes(request.into_body(), MAX_BYTES)
            .await
            .map_err(|_| ServerError::PayloadTooLarge)?;
        serde_json::from_slice(&bytes)
            .map(JsonBody)
            .map_err(|e| ServerError::InvalidRequest(e.to_string()))
    }
}
