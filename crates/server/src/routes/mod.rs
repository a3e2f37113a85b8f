//! The HTTP routes, one module per feature.

pub mod health;
pub mod procedures;

use std::sync::Arc;

use crate::storage::Store;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
}
