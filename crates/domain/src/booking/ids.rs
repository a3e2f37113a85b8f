//! Identifiers of a city's booking setup: services (`my-number-card`) and counters (`counter-3`),
//! URL-safe slugs like every other id here.

use std::fmt;

/// Why a string is not an id: lowercase letters, digits and single inner hyphens, 1–64 long.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an id: {0:?}")]
pub struct InvalidId(pub String);

macro_rules! slug_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            pub fn parse(s: &str) -> Result<Self, InvalidId> {
                if crate::slug::is_slug(s) {
                    Ok(Self(s.to_owned()))
                } else {
                    Err(InvalidId(s.to_owned()))
                }
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

slug_id!(
    /// A service residents book, e.g. `my-number-card` (マイナンバーカード交付).
    ServiceId
);
slug_id!(
    /// A counter (窓口) or a member of staff who takes appointments, e.g. `counter-3`.
    CounterId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_slugs() {
        assert_eq!(
            ServiceId::parse("my-number-card").unwrap().as_str(),
            "my-number-card"
        );
        assert_eq!(CounterId::parse("Counter 3"), Err(InvalidId("Counter 3".into())));
    }
}
