//! "Now", injected: handlers and the idempotency layer ask the [`Clock`] in `AppState`, so tests can
//! pin time and move it past the 24-hour retention without waiting.

use std::time::{SystemTime, UNIX_EPOCH};

use madoguchi_domain::UnixMillis;

pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> UnixMillis;
}

/// The wall clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> UnixMillis {
        let millis = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        UnixMillis(i64::try_from(millis).unwrap_or(i64::MAX))
    }
}
