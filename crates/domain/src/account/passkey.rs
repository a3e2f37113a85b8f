//! Passkeys (WebAuthn): a signed-in resident registers one (the browser's platform authenticator,
//! a phone, a security key), and from then on anyone holding it signs in without a mailed code.
//! The sign-in ends as the code's does, in a [`super::SignedIn`], so everything after it is the same.
//!
//! Each ceremony has two steps: the city hands out a [`PasskeyChallenge`] (the options the
//! browser's `navigator.credentials` call takes, as WebAuthn's JSON, with base64url for bytes),
//! then takes the authenticator's answer back with the challenge's id. A challenge works once and
//! for [`PASSKEY_CHALLENGE_LIFETIME_MILLIS`]. The options and the answer are WebAuthn's own JSON,
//! carried here as JSON values: the server checks them with `webauthn-rs`, the UI hands them to
//! the browser; neither the domain nor the UI reads inside them.

use serde::{Deserialize, Serialize};

use super::{DeviceName, is_random_id};
use crate::UnixMillis;

/// How long a passkey challenge can be answered: long enough for a resident to find their phone,
/// short enough that a challenge lying around is useless.
pub const PASSKEY_CHALLENGE_LIFETIME_MILLIS: i64 = 5 * 60 * 1000;

/// A registered passkey as the city lists it: `pk-` and 32 lowercase hex digits (the city's own
/// id, not the authenticator's credential id).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, pattern = "^pk-[0-9a-f]{32}$", example = "pk-00112233445566778899aabbccddeeff"))]
pub struct PasskeyId(pub String);

impl PasskeyId {
    pub fn parse(s: &str) -> Option<Self> {
        is_random_id(s, "pk").then(|| Self(s.to_owned()))
    }
}

/// One pending ceremony: `pkc-` and 32 lowercase hex digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, pattern = "^pkc-[0-9a-f]{32}$", example = "pkc-00112233445566778899aabbccddeeff"))]
pub struct PasskeyChallengeId(String);

impl PasskeyChallengeId {
    pub fn parse(s: &str) -> Option<Self> {
        is_random_id(s, "pkc").then(|| Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for PasskeyChallengeId {
    type Error = &'static str;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s).ok_or("not a passkey challenge id")
    }
}

impl From<PasskeyChallengeId> for String {
    fn from(id: PasskeyChallengeId) -> Self {
        id.0
    }
}

/// The answer of `POST /api/v1/account/passkeys/options` and `POST /api/v1/auth/passkey/options`:
/// what the browser needs to create or use a passkey.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasskeyChallenge {
    pub challenge_id: PasskeyChallengeId,
    /// After this the challenge is refused (`passkey_challenge_invalid`).
    #[cfg_attr(feature = "openapi", schema(value_type = i64))]
    pub expires_at: UnixMillis,
    /// WebAuthn's `PublicKeyCredentialCreationOptions` or `PublicKeyCredentialRequestOptions` as
    /// JSON (bytes in base64url), for `navigator.credentials.create` or `.get` as `publicKey`.
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub public_key: serde_json::Value,
}

/// The body of `POST /api/v1/account/passkeys`: the new passkey as the authenticator made it,
/// and the name the resident gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasskeyRegistration {
    pub challenge_id: PasskeyChallengeId,
    pub name: DeviceName,
    /// The `PublicKeyCredential` from `navigator.credentials.create`, as WebAuthn's JSON
    /// (`id`, `rawId`, `type`, `response.clientDataJSON`, `response.attestationObject`).
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub credential: serde_json::Value,
}

/// The body of `POST /api/v1/auth/passkey/sign-in`: the authenticator's signed answer, and a name
/// for this device, as signing in by code takes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasskeySignIn {
    pub challenge_id: PasskeyChallengeId,
    pub device_name: DeviceName,
    /// The `PublicKeyCredential` from `navigator.credentials.get`, as WebAuthn's JSON (`id`,
    /// `rawId`, `type`, `response.clientDataJSON`, `response.authenticatorData`,
    /// `response.signature`, `response.userHandle`).
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub credential: serde_json::Value,
}

/// One of the resident's passkeys. The city keeps its public key and signature counter too, which
/// are of no use to anyone else and are not shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasskeyView {
    pub id: PasskeyId,
    pub name: DeviceName,
    #[cfg_attr(feature = "openapi", schema(value_type = i64))]
    pub created_at: UnixMillis,
    /// When it last signed in; absent until it has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<i64>))]
    pub last_used_at: Option<UnixMillis>,
}

/// The resident's passkeys, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasskeyList {
    pub passkeys: Vec<PasskeyView>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_challenge_id_is_the_prefix_and_32_hex_digits_nothing_else() {
        assert!(PasskeyChallengeId::parse("pkc-00112233445566778899aabbccddeeff").is_some());
        assert!(PasskeyChallengeId::parse("pk-00112233445566778899aabbccddeeff").is_none());
        assert!(PasskeyChallengeId::parse("pkc-00112233445566778899AABBCCDDEEFF").is_none());
        assert!(PasskeyId::parse("pk-00112233445566778899aabbccddeeff").is_some());
        assert!(PasskeyId::parse("pkc-00112233445566778899aabbccddeeff").is_none());
    }

    #[test]
    fn a_sign_in_with_a_malformed_challenge_id_does_not_parse() {
        let body = r#"{"challengeId":"pkc-1","deviceName":"x","credential":{}}"#;
        assert!(serde_json::from_str::<PasskeySignIn>(body).is_err());
    }
}
