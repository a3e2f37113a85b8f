//! The commands the UI may invoke. Each is listed in `build.rs`; its typed client is in
//! `ui/src/ipc.rs`.

use tauri::State;

use crate::city_server::CityServer;
use crate::error::Result;
use madoguchi_domain::ProcedureCatalogue;

/// What the commands share, managed by Tauri.
pub struct ShellState {
    city: CityServer,
}

impl ShellState {
    pub fn new(city: CityServer) -> Self {
        Self { city }
    }
}

/// The city's procedure catalogue, fetched from the configured server.
#[tauri::command]
pub async fn procedure_catalogue(state: State<'_, ShellState>) -> Result<ProcedureCatalogue> {
    state
        .city
        .procedure_catalogue()
        .await
        .inspect_err(|e| tracing::warn!("catalogue: {e}"))
}
