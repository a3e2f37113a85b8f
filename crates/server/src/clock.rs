//! "Now", injected: handlers and the idempotency layer ask the [`Clock`] in `AppState`, so tests can
//! pin time and move it past the 24-hour retention without waiting.

use std::time::SystemTime;

use madoguchi_domain::UnixMillis;
pub use madoguchi_domain::time::Clock;

/// The wall clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> UnixMillis {
        SystemTime::now().into()
    }
}
