//! One push to one browser (RFC 8030 §5): the encrypted payload POSTed to the subscription's
//! endpoint with its headers, and what the push service's answer means for the subscription.
//!
//! - 2xx: accepted (201 Created is the RFC's; some services answer 200 or 202).
//! - 404 or 410: the subscription is gone (the browser unsubscribed, or its data was cleared): the
//!   caller forgets it.
//! - 429, 5xx, a timeout or a refused connection: tried again [`RETRIES`] times with growing
//!   waits (a `Retry-After` of the push service's is honoured up to [`MAX_WAIT`]), then given up.
//! - Any other 4xx (400 a bad request, 401/403 a VAPID token refused, 413 too large): our fault or
//!   the push service's rule; retrying would not help. Given up, counted.
//!
//! Nothing here logs the endpoint: it identifies one browser. The caller logs counts.

use std::time::Duration;

use madoguchi_domain::UnixMillis;
use madoguchi_domain::notice::Notice;
use madoguchi_domain::notice::push::{
    MAX_TTL_SECS, TOPIC_HEADER, TTL_HEADER, URGENCY_HEADER, base64url_encode,
};
use reqwest::StatusCode;

use super::ece;
use super::vapid::Vapid;
use crate::storage::StoredPushSubscription;

/// Tries after the first, for a push service that is busy or down for a moment.
pub const RETRIES: u32 = 2;
/// The first wait before a retry; doubled each time.
pub const FIRST_WAIT: Duration = Duration::from_millis(500);
/// The longest wait a push service's `Retry-After` may ask of us.
pub const MAX_WAIT: Duration = Duration::from_secs(10);
/// How long one request may take, connection included.
pub const TIMEOUT: Duration = Duration::from_secs(15);

/// What a push came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Delivered,
    /// 404 or 410: the subscription no longer exists at its push service.
    Gone,
    /// Refused or unreachable, after the retries if it was worth retrying.
    Failed,
}

/// One message, the same for every subscription except for its encryption.
#[derive(Debug, Clone)]
pub struct Message {
    /// `PushMessage::to_payload`'s JSON.
    pub payload: Vec<u8>,
    pub ttl_secs: u64,
    pub urgency: &'static str,
    pub topic: String,
}

/// RFC 8030 §5.2: the seconds until the notice expires (a push service keeps the message no
/// longer), capped at [`MAX_TTL_SECS`], never below 0.
pub fn ttl_secs(expires_at: UnixMillis, now: UnixMillis) -> u64 {
    u64::try_from((expires_at.0 - now.0) / 1000)
        .unwrap_or(0)
        .min(MAX_TTL_SECS)
}

/// RFC 8030 §5.4: at most 32 characters of the base64url alphabet. A later state of the same
/// topic (an evacuation order lifted) replaces an earlier one still waiting at the push service:
/// the SHA-256 of the notice's topic key, or of its id when it has none (a revision of the same
/// notice then replaces the earlier one), base64url, cut to 32 characters (192 bits).
pub fn topic(notice: &Notice) -> String {
    let key = notice
        .content
        .topic
        .as_ref()
        .map_or(notice.id.as_str(), |t| t.as_str());
    let mut text = base64url_encode(&openssl::sha::sha256(key.as_bytes()));
    text.truncate(32);
    text
}

/// Sends pushes: one HTTP client (connections kept per push service) and the city's VAPID key.
pub struct Sender {
    client: reqwest::Client,
}

impl Sender {
    pub fn new() -> Result<Self, reqwest::Error> {
        Ok(Self {
            client: reqwest::Client::builder()
                .timeout(TIMEOUT)
                // A push service answers; it never sends us elsewhere, and following would let an
                // endpoint point the city's requests anywhere.
                .redirect(reqwest::redirect::Policy::none())
                .build()?,
        })
    }

    /// Sends `message` to `to`, with retries; `now` dates the VAPID token.
    pub async fn send(
        &self,
        vapid: &Vapid,
        to: &StoredPushSubscription,
        message: &Message,
        now: UnixMillis,
    ) -> Outcome {
        let sub = &to.subscription;
        let (body, authorization) = match (
            ece::encrypt(&message.payload, &sub.p256dh, &sub.auth),
            vapid.authorization(&sub.endpoint, now),
        ) {
            (Ok(body), Ok(authorization)) => (body, authorization),
            (Err(error), _) => {
                tracing::warn!(%error, subscription = to.id, "a push could not be encrypted");
                return Outcome::Failed;
            }
            (_, Err(error)) => {
                tracing::warn!(%error, "a VAPID token could not be signed");
                return Outcome::Failed;
            }
        };
        let mut wait = FIRST_WAIT;
        for attempt in 0..=RETRIES {
            let sent = self
                .client
                .post(sub.endpoint.as_str())
                .header(reqwest::header::CONTENT_ENCODING, "aes128gcm")
                .header(reqwest::header::CONTENT_TYPE, "application/octet-stream")
                .header(TTL_HEADER, message.ttl_secs)
                .header(URGENCY_HEADER, message.urgency)
                .header(TOPIC_HEADER, &message.topic)
                .header(reqwest::header::AUTHORIZATION, &authorization)
                .body(body.clone())
                .send()
                .await;
            let retry_after = match sent {
                Ok(response) => match classify(response.status()) {
                    Some(outcome) => return outcome,
                    None => retry_after(&response),
                },
                // Unreachable, refused or too slow: worth another try.
                Err(_) => None,
            };
            if attempt < RETRIES {
                tokio::time::sleep(retry_after.unwrap_or(wait).min(MAX_WAIT)).await;
                wait *= 2;
            }
        }
        Outcome::Failed
    }
}

/// What a status means: `None` when the push is worth trying again.
fn classify(status: StatusCode) -> Option<Outcome> {
    match status {
        s if s.is_success() => Some(Outcome::Delivered),
        StatusCode::NOT_FOUND | StatusCode::GONE => Some(Outcome::Gone),
        StatusCode::TOO_MANY_REQUESTS => None,
        s if s.is_server_error() => None,
        _ => Some(Outcome::Failed),
    }
}

/// A `Retry-After` in seconds (the form push services use).
fn retry_after(response: &reqwest::Response) -> Option<Duration> {
    response
        .headers()
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
        .map(Duration::from_secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ttl_runs_to_the_expiry_within_the_push_services_limit() {
        let now = UnixMillis(1_795_478_400_000);
        assert_eq!(ttl_secs(UnixMillis(now.0 + 3_600_500), now), 3600);
        assert_eq!(ttl_secs(UnixMillis(now.0 - 1000), now), 0);
        assert_eq!(ttl_secs(UnixMillis(now.0 + 90 * 86_400_000), now), MAX_TTL_SECS);
    }

    #[test]
    fn a_topic_is_32_characters_of_base64url() {
        let text = base64url_encode(&openssl::sha::sha256(b"evacuation-yumesaki-3-chome"));
        assert_eq!(text.len(), 43);
        let mut cut = text;
        cut.truncate(32);
        assert!(
            cut.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        );
    }

    #[test]
    fn statuses_are_read_as_the_rfc_means_them() {
        assert_eq!(classify(StatusCode::CREATED), Some(Outcome::Delivered));
        assert_eq!(classify(StatusCode::GONE), Some(Outcome::Gone));
        assert_eq!(classify(StatusCode::NOT_FOUND), Some(Outcome::Gone));
        assert_eq!(classify(StatusCode::TOO_MANY_REQUESTS), None);
        assert_eq!(classify(StatusCode::BAD_GATEWAY), None);
        assert_eq!(classify(StatusCode::FORBIDDEN), Some(Outcome::Failed));
    }
}
