//! A department (課) of the city. The `inquiry` form's division choices use the same ids.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::LocalizedText;

/// A stable, URL-safe identifier of a department, e.g. `citizen-affairs`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "citizen-affairs"))]
pub struct DepartmentId(String);

/// Why a string is not a department id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a department id (lowercase letters, digits and single hyphens, 1–64 long): {0:?}")]
pub struct InvalidDepartmentId(pub String);

impl DepartmentId {
    pub fn parse(s: &str) -> Result<Self, InvalidDepartmentId> {
        if crate::slug::is_slug(s) {
            Ok(Self(s.to_owned()))
        } else {
            Err(InvalidDepartmentId(s.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DepartmentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for DepartmentId {
    type Error = InvalidDepartmentId;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<DepartmentId> for String {
    fn from(id: DepartmentId) -> Self {
        id.0
    }
}

/// One department, named in every language the city has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Department {
    pub id: DepartmentId,
    pub name: LocalizedText,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_department_id_follows_the_same_rules_as_a_procedure_id() {
        assert!(DepartmentId::parse("citizen-affairs").is_ok());
        for s in ["", "Citizen", "a b", "-x", "x--y", "市民課"] {
            assert!(DepartmentId::parse(s).is_err(), "{s:?}");
        }
    }
}
