//! RFC 8292 (VAPID): the city's key pair, and the signed token that tells a push service which
//! application server sends, so the push service accepts pushes to subscriptions made with the
//! city's public key and no one else's.
//!
//! The key pair is made once and kept in the store (`PushStore::vapid_key`): every instance on one
//! PostgreSQL signs with the same key, and a restart keeps every browser's subscription working
//! (a browser subscribed with the public key; a new key would orphan every subscription).

use madoguchi_domain::UnixMillis;
use madoguchi_domain::notice::push::{PushEndpoint, base64url_encode};
use openssl::ec::EcKey;
use openssl::ecdsa::EcdsaSig;
use openssl::error::ErrorStack;
use openssl::pkey::Private;
use serde::Serialize;

use super::ece;
use crate::storage::{Store, StoreError};

/// How long a token is good for: RFC 8292 §2 allows at most 24 hours; push services cache it.
pub const TOKEN_LIFETIME_MILLIS: i64 = 12 * 3_600_000;

/// The city's VAPID identity.
pub struct Vapid {
    key: EcKey<Private>,
    /// The public key as `GET /api/v1/push/key` and the `k=` parameter give it.
    public_key: String,
    /// The token's `sub`: how a push service's operator reaches the city (`mailto:` or `https:`).
    contact: String,
}

impl std::fmt::Debug for Vapid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vapid")
            .field("public_key", &self.public_key)
            .finish_non_exhaustive()
    }
}

/// Why the key could not be had.
#[derive(Debug, thiserror::Error)]
pub enum VapidError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the kept VAPID key cannot be read: {0}")]
    Crypto(#[from] ErrorStack),
}

#[derive(Serialize)]
struct Claims<'a> {
    aud: &'a str,
    exp: i64,
    sub: &'a str,
}

impl Vapid {
    /// The kept key pair, or a new one kept now when there is none (the first instance to start
    /// makes it; the others read the same).
    pub async fn load(store: &dyn Store, contact: String, now: UnixMillis) -> Result<Self, VapidError> {
        let group = ece::p256()?;
        let candidate = EcKey::generate(&group)?.private_key_to_der()?;
        let kept = store.vapid_key(candidate, now).await?;
        Ok(Self::from_key(EcKey::private_key_from_der(&kept)?, contact)?)
    }

    fn from_key(key: EcKey<Private>, contact: String) -> Result<Self, ErrorStack> {
        let public_key = base64url_encode(&ece::point_bytes(&key)?);
        Ok(Self {
            key,
            public_key,
            contact,
        })
    }

    /// The uncompressed public point, base64url: the page's `applicationServerKey`.
    pub fn public_key(&self) -> &str {
        &self.public_key
    }

    /// The `Authorization` header for a push to `endpoint` at `now`:
    /// `vapid t=<JWT>, k=<public key>` (RFC 8292 §3).
    pub fn authorization(&self, endpoint: &PushEndpoint, now: UnixMillis) -> Result<String, ErrorStack> {
        Ok(format!(
            "vapid t={}, k={}",
            self.token(endpoint.origin(), now)?,
            self.public_key
        ))
    }

    /// An ES256 JWT (RFC 7515 compact form) for the push service at `audience`, good for
    /// [`TOKEN_LIFETIME_MILLIS`] from `now` (the server's clock, so tests pin it).
    fn token(&self, audience: &str, now: UnixMillis) -> Result<String, ErrorStack> {
        let header = base64url_encode(br#"{"typ":"JWT","alg":"ES256"}"#);
        let claims = Claims {
            aud: audience,
            exp: (now.0 + TOKEN_LIFETIME_MILLIS) / 1000,
            sub: &self.contact,
        };
        let claims = base64url_encode(&serde_json::to_vec(&claims).expect("claims serialize"));
        let signed = format!("{header}.{claims}");
        let signature = EcdsaSig::sign(&openssl::sha::sha256(signed.as_bytes()), &self.key)?;
        // JWS wants r and s as two 32-byte big-endian numbers, not OpenSSL's DER.
        let mut raw = signature.r().to_vec_padded(32)?;
        raw.extend(signature.s().to_vec_padded(32)?);
        Ok(format!("{signed}.{}", base64url_encode(&raw)))
    }
}

/// The `sub` a city sends when it configured none: its mail sender's address, as `mailto:`.
pub fn contact_from_mail_from(mail_from: &str) -> String {
    let address = match (mail_from.rfind('<'), mail_from.rfind('>')) {
        (Some(open), Some(close)) if open < close => &mail_from[open + 1..close],
        _ => mail_from.trim(),
    };
    format!("mailto:{address}")
}

#[cfg(test)]
mod tests {
    use madoguchi_domain::notice::push::base64url_decode;
    use openssl::bn::BigNum;

    use super::*;

    fn vapid() -> Vapid {
        Vapid::from_key(
            EcKey::generate(&ece::p256().unwrap()).unwrap(),
            "mailto:push@city.example.jp".into(),
        )
        .unwrap()
    }

    #[test]
    fn the_token_verifies_with_the_public_key_it_names() {
        // Arrange
        let vapid = vapid();
        let endpoint = PushEndpoint::parse("https://push.example.net:8443/send/abc?x=1", false).unwrap();

        // Act
        let header = vapid
            .authorization(&endpoint, UnixMillis(1_795_478_400_000))
            .unwrap();

        // Assert
        let rest = header.strip_prefix("vapid t=").unwrap();
        let (token, key) = rest.split_once(", k=").unwrap();
        assert_eq!(key, vapid.public_key());
        let (signed, signature) = token.rsplit_once('.').unwrap();
        let (header, claims) = signed.split_once('.').unwrap();
        assert_eq!(
            base64url_decode(header).unwrap(),
            br#"{"typ":"JWT","alg":"ES256"}"#
        );
        let claims: serde_json::Value = serde_json::from_slice(&base64url_decode(claims).unwrap()).unwrap();
        assert_eq!(claims["aud"], "https://push.example.net:8443");
        assert_eq!(claims["exp"], 1_795_478_400 + 12 * 3600);
        assert_eq!(claims["sub"], "mailto:push@city.example.jp");
        let raw = base64url_decode(signature).unwrap();
        assert_eq!(raw.len(), 64);
        let signature = EcdsaSig::from_private_components(
            BigNum::from_slice(&raw[..32]).unwrap(),
            BigNum::from_slice(&raw[32..]).unwrap(),
        )
        .unwrap();
        let public = ece::public_key(&base64url_decode(key).unwrap()).unwrap();
        assert!(
            signature
                .verify(&openssl::sha::sha256(signed.as_bytes()), &public)
                .unwrap()
        );
        assert!(
            !signature
                .verify(&openssl::sha::sha256(b"another token"), &public)
                .unwrap()
        );
    }

    #[test]
    fn without_a_configured_contact_the_mail_sender_is_named() {
        assert_eq!(
            contact_from_mail_from("Madoguchi <no-reply@madoguchi.invalid>"),
            "mailto:no-reply@madoguchi.invalid"
        );
        assert_eq!(
            contact_from_mail_from("city@yumesaki.example.jp"),
            "mailto:city@yumesaki.example.jp"
        );
    }
}
