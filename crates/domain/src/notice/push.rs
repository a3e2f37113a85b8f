//! Web Push for web mode (RFC 8030 delivery, RFC 8291 payload encryption, RFC 8292 VAPID): the
//! contract between the server, the push service a browser chose, the page and its service worker.
//!
//! **What is pushed, and why only that.** The city never learns who a subscription belongs to
//! beyond the browser's endpoint, and web mode keeps the profile in the tab's memory only, so
//! nothing on the resident's disk could match a rule while the page is closed. A push therefore
//! carries what every resident who asked for alerts must hear: **urgent notices** (disasters),
//! to every subscription, one request each — the way 緊急速報メール reaches everyone in the city.
//! Everything else is in the inbox when the page opens; the app, which keeps the profile, matches
//! every notice (`docs/notices.md`).
//!
//! A subscription is the browser's own `PushSubscription.toJSON()` ([`PushSubscriptionInput`]).
//! Removing one needs its `auth` secret, which only that browser and the city hold: whoever can
//! remove a subscription could read its pushes anyway.

use serde::{Deserialize, Serialize};

use super::{NoticeId, Priority, wire::EventId};
use crate::LocalizedText;
/// The domain's one base64url codec, under the names the Web Push code reads best with.
pub use crate::base64url::{decode as base64url_decode, encode as base64url_encode};
use crate::form::FieldProblem;

/// The city's VAPID public key (`GET`, public): the page subscribes with it.
pub const PUSH_KEY_PATH: &str = "/api/v1/push/key";
/// `POST` adds (or renews) a browser's subscription; `DELETE` with its endpoint and `auth` ends it.
pub const PUSH_SUBSCRIPTIONS_PATH: &str = "/api/v1/push/subscriptions";
/// The service worker's script, served by the web UI at the site's root so its scope is the site.
pub const SERVICE_WORKER_PATH: &str = "/push-sw.js";

/// RFC 8030 §5.2: how long (seconds) the push service keeps a message for an offline browser.
pub const TTL_HEADER: &str = "ttl";
/// RFC 8030 §5.3: `very-low`, `low`, `normal` or `high` ([`Priority::web_push_urgency`]).
pub const URGENCY_HEADER: &str = "urgency";
/// RFC 8030 §5.4: a later message with the same topic replaces one not yet delivered.
pub const TOPIC_HEADER: &str = "topic";
/// The longest `TTL` the city asks for (28 days, what the largest push services keep).
pub const MAX_TTL_SECS: u64 = 28 * 24 * 3600;

/// The longest endpoint URL the city keeps (push services' are around 200–500 characters).
pub const MAX_ENDPOINT_LEN: usize = 2048;
/// The field ids of a refused subscription's problems.
pub const FIELD_ENDPOINT: &str = "endpoint";
pub const FIELD_P256DH: &str = "keys.p256dh";
pub const FIELD_AUTH: &str = "keys.auth";

/// The body of `GET /api/v1/push/key`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PushKey {
    /// The uncompressed P-256 point (65 bytes), base64url without padding: what
    /// `pushManager.subscribe` takes as `applicationServerKey`.
    pub public_key: String,
}

/// A browser's subscription as `PushSubscription.toJSON()` gives it (`expirationTime` is ignored:
/// the push service says when one is gone, with 404 or 410).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PushSubscriptionInput {
    #[cfg_attr(feature = "openapi", schema(example = "https://push.example.net/send/abc123"))]
    pub endpoint: String,
    pub keys: PushKeysInput,
}

/// The subscription's keys, base64url (padding tolerated).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PushKeysInput {
    /// The browser's P-256 public key, uncompressed (65 bytes).
    pub p256dh: String,
    /// The browser's authentication secret (16 bytes).
    pub auth: String,
}

/// The body of `DELETE /api/v1/push/subscriptions`: which subscription, and the proof of holding it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PushUnsubscribe {
    pub endpoint: String,
    /// The subscription's `keys.auth`, base64url.
    pub auth: String,
}

/// A subscription the city may push to: parsed, not just validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PushSubscription {
    pub endpoint: PushEndpoint,
    /// The browser's public key, an uncompressed P-256 point (`0x04`, x, y). Whether it is on the
    /// curve is the server's crypto library's to say when it first encrypts to it.
    pub p256dh: [u8; 65],
    pub auth: [u8; 16],
}

/// A push service's URL: `https`, or `http` to this machine when the city allows it (the interop
/// tests' local push service; no browser's push service is plain `http`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PushEndpoint(String);

impl PushEndpoint {
    pub fn parse(value: &str, allow_loopback_http: bool) -> Option<PushEndpoint> {
        if value.len() > MAX_ENDPOINT_LEN || value.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return None;
        }
        let rest = if let Some(rest) = value.strip_prefix("https://") {
            rest
        } else if allow_loopback_http {
            let rest = value.strip_prefix("http://")?;
            let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
            let loopback = ["127.0.0.1", "localhost", "[::1]"]
                .iter()
                .any(|h| host == *h || host.strip_prefix(h).is_some_and(|p| p.starts_with(':')));
            if !loopback {
                return None;
            }
            rest
        } else {
            return None;
        };
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        // A host, and no user information (`user@host`) to smuggle a different one past a reader.
        if host.is_empty() || host.starts_with(':') || host.contains('@') {
            return None;
        }
        Some(PushEndpoint(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The push service's origin (`scheme://host[:port]`): the `aud` of the VAPID token (RFC 8292 §2).
    pub fn origin(&self) -> &str {
        let after_scheme = self.0.find("://").map_or(0, |i| i + 3);
        let end = self.0[after_scheme..]
            .find(['/', '?', '#'])
            .map_or(self.0.len(), |i| after_scheme + i);
        &self.0[..end]
    }
}

impl PushEndpoint {
    /// The push service's host, without a port (`fcm.googleapis.com`).
    pub fn host(&self) -> &str {
        let origin = self.origin();
        let authority = origin.split_once("://").map_or(origin, |(_, a)| a);
        if let Some(bracketed) = authority.strip_prefix('[') {
            return bracketed.split(']').next().unwrap_or_default();
        }
        authority.split(':').next().unwrap_or_default()
    }

    fn is_loopback_http(&self) -> bool {
        self.0.starts_with("http://")
    }
}

/// The push services the city sends to. A subscription names any URL the browser chose, and the
/// city POSTs to it at every urgent notice: without this list anyone could make the city's server
/// call a host of their choosing (inside the city's network, say) whenever a disaster is declared.
/// By default, the browsers' own services; a city may set its own list
/// (`MADOGUCHI_PUSH_SERVICES`). Plain `http` to this machine, which only a test allows
/// ([`PushEndpoint::parse`]), needs no listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PushServices {
    /// Hosts, each also covering its subdomains (`notify.windows.com` takes
    /// `wns2-by3p.notify.windows.com`).
    hosts: Vec<String>,
}

impl PushServices {
    /// Chrome and Chromium-based browsers (FCM), Firefox (Mozilla autopush), Safari (Apple),
    /// Edge (Windows Push Notification Services).
    pub const BROWSERS: [&str; 4] = [
        "fcm.googleapis.com",
        "updates.push.services.mozilla.com",
        "web.push.apple.com",
        "notify.windows.com",
    ];

    pub fn browsers() -> Self {
        Self::new(Self::BROWSERS)
    }

    /// A list of hosts; empty entries are left out, case does not matter.
    pub fn new<S: AsRef<str>>(hosts: impl IntoIterator<Item = S>) -> Self {
        Self {
            hosts: hosts
                .into_iter()
                .map(|h| h.as_ref().trim().trim_end_matches('.').to_ascii_lowercase())
                .filter(|h| !h.is_empty())
                .collect(),
        }
    }

    pub fn allows(&self, endpoint: &PushEndpoint) -> bool {
        if endpoint.is_loopback_http() {
            return true;
        }
        let host = endpoint.host().to_ascii_lowercase();
        let host = host.trim_end_matches('.');
        self.hosts.iter().any(|h| {
            host == h
                || host
                    .strip_suffix(h.as_str())
                    .is_some_and(|rest| rest.ends_with('.'))
        })
    }
}

impl PushSubscriptionInput {
    /// Every problem at once (field ids [`FIELD_ENDPOINT`], [`FIELD_P256DH`], [`FIELD_AUTH`]).
    pub fn parse(&self, allow_loopback_http: bool) -> Result<PushSubscription, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let endpoint = PushEndpoint::parse(&self.endpoint, allow_loopback_http);
        if endpoint.is_none() {
            problems.push(FieldProblem::new(
                FIELD_ENDPOINT,
                crate::msg_id!("push-error-subscription"),
            ));
        }
        let p256dh = base64url_decode(&self.keys.p256dh)
            .and_then(|bytes| <[u8; 65]>::try_from(bytes).ok())
            .filter(|point| point[0] == 0x04);
        if p256dh.is_none() {
            problems.push(FieldProblem::new(
                FIELD_P256DH,
                crate::msg_id!("push-error-subscription"),
            ));
        }
        let auth = base64url_decode(&self.keys.auth).and_then(|bytes| <[u8; 16]>::try_from(bytes).ok());
        if auth.is_none() {
            problems.push(FieldProblem::new(
                FIELD_AUTH,
                crate::msg_id!("push-error-subscription"),
            ));
        }
        match (endpoint, p256dh, auth) {
            (Some(endpoint), Some(p256dh), Some(auth)) => Ok(PushSubscription {
                endpoint,
                p256dh,
                auth,
            }),
            _ => Err(problems),
        }
    }
}

impl PushUnsubscribe {
    /// The subscription's endpoint and `auth` secret, when both are well formed.
    pub fn parse(&self) -> Option<(String, [u8; 16])> {
        let auth = base64url_decode(&self.auth).and_then(|bytes| <[u8; 16]>::try_from(bytes).ok())?;
        (!self.endpoint.is_empty() && self.endpoint.len() <= MAX_ENDPOINT_LEN)
            .then(|| (self.endpoint.clone(), auth))
    }
}

/// What one push carries, encrypted to the browser (RFC 8291), as JSON. It must fit one record:
/// at most [`MAX_PAYLOAD_BYTES`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PushMessage {
    /// The change's position in the city's sequence: the page, once open, catches up from the feed.
    pub event_id: EventId,
    pub notice: PushedNotice,
}

/// The part of a notice a notification shows; the page shows the rest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PushedNotice {
    pub id: NoticeId,
    pub revision: u32,
    pub priority: Priority,
    /// In every language the city wrote it in, or, when that does not fit, Japanese only.
    pub title: LocalizedText,
}

/// RFC 8291 §4: a 4,096-byte record less the 86-byte header, the 16-byte tag and the delimiter.
pub const MAX_PAYLOAD_BYTES: usize = 4096 - 86 - 16 - 1;

impl PushMessage {
    /// The JSON a push carries: every translation of the title when it fits, else Japanese only.
    pub fn to_payload(&self) -> Vec<u8> {
        let full = serde_json::to_vec(self).expect("a push message serializes");
        if full.len() <= MAX_PAYLOAD_BYTES {
            return full;
        }
        let mut short = self.clone();
        short.notice.title = self.notice.title.source_only();
        serde_json::to_vec(&short).expect("a push message serializes")
    }
}

/// What the page leaves for its service worker when the resident turns alerts on, so the worker
/// can word a notification while no page is open: the resident's language chain and the words of
/// the UI's bundle. Nothing personal: it is kept in the browser's storage for the site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceWorkerSettings {
    /// The tags to try a title in, first to last (`LocaleTag::fallback_chain`).
    pub chain: Vec<String>,
    /// An urgent notice's notification title, worded by the UI with [`TITLE_SLOT`] where the
    /// notice's title goes ("【緊急】\u{E000}"): the worker puts the title in the slot.
    pub urgent_title: String,
    /// The notification's body: what opening it does.
    pub body: String,
    /// The notification's `lang` (BCP 47).
    pub lang: String,
}

/// Where [`ServiceWorkerSettings::urgent_title`] takes the notice's title: a private-use
/// character no translation contains.
pub const TITLE_SLOT: &str = "\u{E000}";

/// The Cache Storage cache and the key under which the page leaves [`ServiceWorkerSettings`]
/// (Cache Storage is what a service worker and its page can both read).
pub const SERVICE_WORKER_CACHE: &str = "madoguchi-push";
pub const SERVICE_WORKER_SETTINGS_KEY: &str = "/push-settings";

#[cfg(test)]
mod tests {
    use super::*;

    fn input(endpoint: &str, p256dh: &str, auth: &str) -> PushSubscriptionInput {
        PushSubscriptionInput {
            endpoint: endpoint.to_owned(),
            keys: PushKeysInput {
                p256dh: p256dh.to_owned(),
                auth: auth.to_owned(),
            },
        }
    }

    // RFC 8291 Appendix A's user agent keys.
    const UA_PUBLIC: &str =
        "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    const UA_AUTH: &str = "BTBZMqHH6r4Tts7J_aSIgg";

    #[test]
    fn a_browsers_subscription_parses() {
        let parsed = input("https://fcm.googleapis.com/fcm/send/abc:def", UA_PUBLIC, UA_AUTH)
            .parse(false)
            .unwrap();
        assert_eq!(parsed.p256dh[0], 4);
        assert_eq!(base64url_encode(&parsed.auth), UA_AUTH);
        assert_eq!(parsed.endpoint.origin(), "https://fcm.googleapis.com");
    }

    #[test]
    fn plain_http_only_to_this_machine_and_only_when_allowed() {
        let local = input("http://127.0.0.1:8787/push/1", UA_PUBLIC, UA_AUTH);
        assert!(local.parse(false).is_err());
        let parsed = local.parse(true).unwrap();
        assert_eq!(parsed.endpoint.origin(), "http://127.0.0.1:8787");
        for endpoint in [
            "http://push.example.net/x",
            "http://127.0.0.1.example.net/x",
            "https://user@evil.example/x",
            "https://",
            "ftp://push.example.net/x",
            "https://push.example.net/a b",
        ] {
            assert!(
                input(endpoint, UA_PUBLIC, UA_AUTH).parse(true).is_err(),
                "{endpoint}"
            );
        }
    }

    #[test]
    fn only_the_listed_push_services_and_their_subdomains_are_allowed() {
        let services = PushServices::browsers();
        let allowed = |url: &str| services.allows(&PushEndpoint::parse(url, true).unwrap());
        assert!(allowed("https://fcm.googleapis.com/fcm/send/abc"));
        assert!(allowed("https://updates.push.services.mozilla.com/wpush/v2/gAAA"));
        assert!(allowed("https://web.push.apple.com/QGv"));
        assert!(allowed("https://wns2-by3p.notify.windows.com/w/?token=x"));
        assert!(
            allowed("https://FCM.googleapis.com./fcm/send/abc"),
            "case and a trailing dot"
        );
        assert!(!allowed("https://evilfcm.googleapis.com.example/x"));
        assert!(
            !allowed("https://notfcm.googleapis.com/x"),
            "a longer name is not a subdomain"
        );
        assert!(!allowed("https://intranet.city.local/admin"));
        assert!(
            !allowed("https://127.0.0.1:8443/x"),
            "https to this machine is not a push service"
        );
        assert!(
            allowed("http://127.0.0.1:8787/push/1"),
            "plain http here is the tests' own, allowed by its flag"
        );
        assert_eq!(
            PushEndpoint::parse("https://[::1]:8443/x", false).unwrap().host(),
            "::1"
        );
        let own = PushServices::new([" push.city.example ", ""]);
        assert!(own.allows(&PushEndpoint::parse("https://push.city.example/x", false).unwrap()));
        assert!(!own.allows(&PushEndpoint::parse("https://fcm.googleapis.com/x", false).unwrap()));
    }

    #[test]
    fn every_bad_part_is_named_at_once() {
        let problems = input("nope", "AAAA", "short").parse(true).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, [FIELD_ENDPOINT, FIELD_P256DH, FIELD_AUTH]);
        assert!(problems.iter().all(|p| p.message_id == "push-error-subscription"));
        // A compressed point (0x02/0x03 prefix) is not what browsers send.
        let mut compressed = base64url_decode(UA_PUBLIC).unwrap();
        compressed[0] = 2;
        let problems = input("https://p.example/x", &base64url_encode(&compressed), UA_AUTH)
            .parse(false)
            .unwrap_err();
        assert_eq!(problems[0].field, FIELD_P256DH);
    }

    #[test]
    fn a_payload_that_does_not_fit_keeps_the_japanese_title() {
        let long = "Evacuation order ".repeat(30);
        let mut pairs = vec![("ja", "避難指示(夢咲3丁目)")];
        pairs.extend(
            [
                "en", "vi", "zh-Hans", "zh-Hant", "ko", "pt-BR", "es", "tl", "ne", "id",
            ]
            .map(|t| (t, long.as_str())),
        );
        let title = LocalizedText::from_pairs(pairs).unwrap();
        let message = PushMessage {
            event_id: EventId(7),
            notice: PushedNotice {
                id: NoticeId::parse("ntc-0123456789abcdef0123").unwrap(),
                revision: 1,
                priority: Priority::Urgent,
                title,
            },
        };
        let payload = message.to_payload();
        assert!(payload.len() <= MAX_PAYLOAD_BYTES, "{}", payload.len());
        let back: PushMessage = serde_json::from_slice(&payload).unwrap();
        assert_eq!(
            back.notice.title,
            LocalizedText::from_pairs([("ja", "避難指示(夢咲3丁目)")]).unwrap()
        );
    }
}
