//! Access tokens, in memory only: one per device, refreshed with the device's credential when it
//! has run out or is about to. A token is counted good until whichever comes first, the city's
//! `expiresAt` or its lifetime from when it arrived by this device's clock, less a margin: a
//! device clock behind the city's would otherwise send a token the city finds expired, and the
//! city takes an expired token on a booking as no sign-in at all.

use std::collections::HashMap;
use std::sync::Mutex;

use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::{ACCESS_TOKEN_LIFETIME_MILLIS, AccessGrant};
use zeroize::Zeroizing;

/// How long before it runs out a token is refreshed: longer than a send can take (20 s).
pub const REFRESH_MARGIN_MILLIS: i64 = 60 * 1000;

struct Held {
    token: Zeroizing<String>,
    good_until: UnixMillis,
}

/// The tokens of the devices items are sent as (the signed-in one, and any signing out).
#[derive(Default)]
pub struct Tokens(Mutex<HashMap<String, Held>>);

impl Tokens {
    /// `device`'s token if it is good at `now`.
    pub fn get(&self, device: &str, now: UnixMillis) -> Option<String> {
        self.lock()
            .get(device)
            .filter(|held| now < held.good_until)
            .map(|held| held.token.as_str().to_owned())
    }

    /// Keeps a grant that arrived at `now`.
    pub fn keep(&self, device: &str, grant: &AccessGrant, now: UnixMillis) {
        let by_our_clock = now.plus_millis(ACCESS_TOKEN_LIFETIME_MILLIS);
        let until = if grant.expires_at < by_our_clock {
            grant.expires_at
        } else {
            by_our_clock
        };
        self.lock().insert(
            device.to_owned(),
            Held {
                token: Zeroizing::new(grant.access_token.clone()),
                good_until: until.plus_millis(-REFRESH_MARGIN_MILLIS),
            },
        );
    }

    pub fn forget(&self, device: &str) {
        self.lock().remove(device);
    }

    pub fn forget_all(&self) {
        self.lock().clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Held>> {
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: UnixMillis = UnixMillis(1_795_478_400_000);

    fn grant(expires_at: UnixMillis) -> AccessGrant {
        AccessGrant {
            access_token: "at-1".into(),
            expires_at,
        }
    }

    #[test]
    fn a_token_is_refreshed_a_minute_before_it_runs_out() {
        let tokens = Tokens::default();
        tokens.keep(
            "dev-a",
            &grant(NOW.plus_millis(ACCESS_TOKEN_LIFETIME_MILLIS)),
            NOW,
        );
        let almost = NOW.plus_millis(ACCESS_TOKEN_LIFETIME_MILLIS - REFRESH_MARGIN_MILLIS);
        assert_eq!(
            tokens.get("dev-a", almost.plus_millis(-1)).as_deref(),
            Some("at-1")
        );
        assert_eq!(tokens.get("dev-a", almost), None);
    }

    /// A device whose clock is ten minutes behind the city's reads `expiresAt` as 25 minutes
    /// away; the token still counts only its 15-minute lifetime.
    #[test]
    fn a_slow_device_clock_does_not_stretch_a_token() {
        let tokens = Tokens::default();
        let city_expiry = NOW.plus_millis(10 * 60 * 1000 + ACCESS_TOKEN_LIFETIME_MILLIS);
        tokens.keep("dev-a", &grant(city_expiry), NOW);
        assert_eq!(
            tokens.get("dev-a", NOW.plus_millis(ACCESS_TOKEN_LIFETIME_MILLIS)),
            None
        );
    }

    #[test]
    fn a_fast_device_clock_refreshes_early() {
        let tokens = Tokens::default();
        tokens.keep("dev-a", &grant(NOW.plus_millis(5 * 60 * 1000)), NOW);
        assert_eq!(tokens.get("dev-a", NOW.plus_millis(4 * 60 * 1000)), None);
        assert!(tokens.get("dev-a", NOW.plus_millis(3 * 60 * 1000)).is_some());
    }
}
