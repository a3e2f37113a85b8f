//! The city's list of areas (districts, 町丁目) a resident picks theirs from, and a notice's rule
//! names by code. Published by the city (`GET /api/v1/areas`, [`AREAS_PATH`]); the device keeps a
//! copy so the profile screen works offline.

use serde::{Deserialize, Serialize};

use super::rule::AreaCode;
use crate::LocalizedText;

/// Where the city publishes its list of areas.
pub const AREAS_PATH: &str = "/api/v1/areas";

/// One area: its code (what rules name) and its name in the city's languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Area {
    pub code: AreaCode,
    /// Japanese always (`夢咲3丁目`); other languages as the city wrote them.
    pub name: LocalizedText,
}

/// The body of `GET /api/v1/areas`: every area, in the city's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AreaList {
    pub areas: Vec<Area>,
}

impl AreaList {
    /// Whether `code` is one of the city's areas.
    pub fn contains(&self, code: &AreaCode) -> bool {
        self.areas.iter().any(|a| &a.code == code)
    }
}
