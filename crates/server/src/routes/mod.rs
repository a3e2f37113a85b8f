//! The HTTP routes, one module per feature.

pub mod admin;
pub mod attachments;
pub mod departments;
mod etag;
pub mod health;
pub mod inquiries;
pub mod postal_codes;
pub mod procedures;

use std::sync::Arc;

use madoguchi_domain::AttachmentLimits;

use crate::clock::Clock;
use crate::secret::AdminToken;
use crate::storage::Store;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub admin_token: Option<AdminToken>,
    /// What `POST /api/v1/attachments` accepts.
    pub attachment_limits: AttachmentLimits,
}
