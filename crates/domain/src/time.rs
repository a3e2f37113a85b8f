//! A point in time as it crosses the wire: milliseconds since the Unix epoch (UTC). The domain reads
//! no clock; whoever needs "now" passes it in.

use serde::{Deserialize, Serialize};

/// Milliseconds since 1970-01-01T00:00:00Z.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = i64, example = 1_795_000_000_000_i64))]
pub struct UnixMillis(pub i64);

impl UnixMillis {
    /// Whole minutes from `self` to `later` (0 if `later` is earlier): what "N minutes ago" shows.
    pub fn minutes_until(self, later: UnixMillis) -> i64 {
        (later.0 - self.0).max(0) / 60_000
    }

    pub fn plus_millis(self, millis: i64) -> UnixMillis {
        UnixMillis(self.0.saturating_add(millis))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_age_in_minutes_rounds_down_and_never_goes_negative() {
        let t = UnixMillis(1_000_000);
        assert_eq!(t.minutes_until(t.plus_millis(119_999)), 1);
        assert_eq!(t.minutes_until(UnixMillis(0)), 0);
    }
}
