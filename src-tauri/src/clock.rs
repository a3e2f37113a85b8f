//! "Now" and randomness for the shell, injected so tests can pin them.

use std::time::SystemTime;

pub use madoguchi_domain::time::Clock;
use madoguchi_domain::{IdempotencyKey, UnixMillis};

/// The wall clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> UnixMillis {
        SystemTime::now().into()
    }
}

/// A random number in [0, 1) from the OS's random source (backoff jitter).
pub fn random_unit() -> f64 {
    let mut bytes = [0u8; 8];
    // Without randomness the jitter falls back to the middle: still a valid wait.
    if getrandom::fill(&mut bytes).is_err() {
        return 0.5;
    }
    // 53 random bits: every double in [0, 1) a uniform draw can produce.
    #[allow(clippy::cast_precision_loss)]
    let unit = (u64::from_le_bytes(bytes) >> 11) as f64 / (1u64 << 53) as f64;
    unit
}

/// A fresh idempotency key from the OS's random source.
pub fn new_idempotency_key() -> Result<IdempotencyKey, getrandom::Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)?;
    Ok(IdempotencyKey::from_random(bytes))
}
