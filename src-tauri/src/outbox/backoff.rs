//! When to try again: exponential backoff with jitter, so a thousand devices coming back online
//! after the same outage do not knock on the server in the same second.

use std::time::Duration;

/// The retry schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// The wait after the first failure (before jitter).
    pub base: Duration,
    /// The longest wait, however many failures.
    pub cap: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Self {
            base: Duration::from_secs(1),
            cap: Duration::from_secs(60),
        }
    }
}

impl Backoff {
    /// The wait after the `failures`-th failure in a row (1 = first): `base · 2^(failures−1)`,
    /// capped, then "equal jitter": half of it fixed, half scaled by `unit` (a random number in
    /// [0, 1) the caller draws, so tests can pin it). Never less than half the un-jittered wait.
    pub fn delay(&self, failures: u32, unit: f64) -> Duration {
        let exponent = failures.saturating_sub(1).min(30);
        let raw = self.base.saturating_mul(1 << exponent).min(self.cap);
        let half = raw / 2;
        half + half.mul_f64(unit.clamp(0.0, 1.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_doubles_with_each_failure_until_the_cap() {
        let b = Backoff::default();
        let waits: Vec<u64> = (1..=8).map(|n| b.delay(n, 1.0).as_secs()).collect();
        assert_eq!(waits, [1, 2, 4, 8, 16, 32, 60, 60]);
    }

    #[test]
    fn jitter_spreads_the_wait_between_half_and_all_of_it() {
        let b = Backoff::default();
        assert_eq!(b.delay(4, 0.0), Duration::from_secs(4));
        assert_eq!(b.delay(4, 0.5), Duration::from_secs(6));
        assert_eq!(b.delay(4, 1.0), Duration::from_secs(8));
    }

    #[test]
    fn a_huge_failure_count_does_not_overflow() {
        assert_eq!(Backoff::default().delay(u32::MAX, 1.0), Duration::from_secs(60));
    }
}
