//! Rate limits: fixed windows counted in the database, so every instance shares them. A try over
//! the limit is refused with 429 `rate_limited` and `Retry-After` (the window's end). One mechanism
//! for every route that needs one: sign-in codes, passkey sign-ins and staff sign-ins (`accounts/`), uploads
//! (`attachments/gate.rs`), Web Push subscriptions (`push.rs`). Buckets are named by what is
//! counted and a SHA-256 of who, so the table of counters holds no address.

use madoguchi_domain::UnixMillis;

use crate::credentials::sha256_hex;
use crate::error::ServerError;
use crate::routes::AppState;
use crate::routes::auth::ClientAddress;

/// One limit: at most `max` tries per `window_millis`.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub max: u32,
    pub window_millis: i64,
}

const FIFTEEN_MINUTES: i64 = 15 * 60 * 1000;

/// Sign-in codes mailed to one address: a person waiting for mail asks a few times at most.
pub const CODES_PER_ADDRESS: Limit = Limit {
    max: 5,
    window_millis: FIFTEEN_MINUTES,
};
/// Sign-in codes asked from one client address (a library's kiosks share one).
pub const CODES_PER_CLIENT: Limit = Limit {
    max: 30,
    window_millis: FIFTEEN_MINUTES,
};
/// Staff sign-in tries per username: with a password and a TOTP code, 10 is plenty for a person.
pub const STAFF_TRIES_PER_USERNAME: Limit = Limit {
    max: 10,
    window_millis: FIFTEEN_MINUTES,
};
/// Staff sign-in tries from one client address.
pub const STAFF_TRIES_PER_CLIENT: Limit = Limit {
    max: 30,
    window_millis: FIFTEEN_MINUTES,
};

/// Passkey sign-ins begun from one client address: each keeps a challenge for five minutes, so
/// this bounds what one client can make the city keep (a library's kiosks share one address).
pub const PASSKEY_SIGN_INS_PER_CLIENT: Limit = Limit {
    max: 30,
    window_millis: FIFTEEN_MINUTES,
};

/// Web Push subscriptions made or ended from one client address: a browser subscribes once and
/// renews now and then; a library's kiosks or a carrier's NAT share an address, so this only stops
/// a script filling the city's list (each subscription costs a request per urgent notice).
pub const PUSH_PER_CLIENT: Limit = Limit {
    max: 30,
    window_millis: FIFTEEN_MINUTES,
};

/// Files uploaded from one client address, whoever sends them: a mobile carrier's NAT or a
/// library's kiosks put many people behind one address, so this only stops a script; the limits
/// that fit a person are per sender (below).
pub const UPLOADS_PER_CLIENT: Limit = Limit {
    max: 120,
    window_millis: FIFTEEN_MINUTES,
};
/// Files one signed-in resident sends: a few photos for a form, a retake or two.
pub const UPLOADS_PER_RESIDENT: Limit = Limit {
    max: 30,
    window_millis: FIFTEEN_MINUTES,
};
/// Files one registered kiosk sends: a volunteer scanning for several residents in turn.
pub const UPLOADS_PER_KIOSK: Limit = Limit {
    max: 100,
    window_millis: FIFTEEN_MINUTES,
};

/// Counts a try of `what` (`code`, `staff`, `upload`) from `client` against `limit`.
pub async fn count_client(
    state: &AppState,
    what: &str,
    client: &ClientAddress,
    limit: Limit,
) -> Result<(), ServerError> {
    count(state, format!("{what}-client:{}", sha256_hex(&client.0)), limit).await
}

/// Counts a try on `bucket`; over `limit`, 429 with the seconds until the window ends.
pub async fn count(state: &AppState, bucket: String, limit: Limit) -> Result<(), ServerError> {
    let now = state.clock.now();
    let start = UnixMillis(now.0 - now.0.rem_euclid(limit.window_millis));
    let allowed = state
        .store
        .hit_rate_limit(bucket, start, limit.max, start.plus_millis(-limit.window_millis))
        .await?;
    if allowed {
        Ok(())
    } else {
        let left = start.0 + limit.window_millis - now.0;
        Err(ServerError::RateLimited {
            retry_after_secs: u64::try_from((left + 999) / 1000).unwrap_or(1).max(1),
        })
    }
}
