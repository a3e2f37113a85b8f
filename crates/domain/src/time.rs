//! A point in time as it crosses the wire: milliseconds since the Unix epoch (UTC). The domain reads
//! no clock; whoever needs "now" passes it in.

use serde::{Deserialize, Serialize};

/// Milliseconds since 1970-01-01T00:00:00Z.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = i64, example = 1_795_000_000_000_i64))]
pub struct UnixMillis(pub i64);

/// Where "now" comes from, handed to whoever needs it (the server's handlers, the shell's outbox),
/// so tests pin time. Implementations read a clock; this crate never does.
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> UnixMillis;
}

impl From<std::time::SystemTime> for UnixMillis {
    /// A wall-clock reading (before 1970 reads as the epoch; past the year 292 million saturates).
    fn from(at: std::time::SystemTime) -> Self {
        let millis = at
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        UnixMillis(i64::try_from(millis).unwrap_or(i64::MAX))
    }
}

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
    fn a_wall_clock_reading_becomes_milliseconds_since_the_epoch() {
        use std::time::{Duration, UNIX_EPOCH};
        assert_eq!(
            UnixMillis::from(UNIX_EPOCH + Duration::from_millis(1_500)),
            UnixMillis(1_500)
        );
        assert_eq!(
            UnixMillis::from(UNIX_EPOCH - Duration::from_secs(1)),
            UnixMillis(0)
        );
    }

    #[test]
    fn the_age_in_minutes_rounds_down_and_never_goes_negative() {
        let t = UnixMillis(1_000_000);
        assert_eq!(t.minutes_until(t.plus_millis(119_999)), 1);
        assert_eq!(t.minutes_until(UnixMillis(0)), 0);
    }
}
