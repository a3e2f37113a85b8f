//! Who is asking: residents (signed in by a one-time code sent by email, or by a passkey), staff (password and TOTP,
//! with a role), the devices a resident is signed in on, and the audit log of staff access.
//!
//! The wire types of sign-in live here like every wire type; the secrets themselves (codes, device
//! credentials, access tokens) are opaque strings the server makes and keeps only as hashes.
//!
//! **Identity level** is what a procedure can ask for: `unverified` is anyone who can read the
//! mail of an address; `verified` was proved in person with the My Number card, recorded by a clerk
//! (later also by an OIDC identity provider: `docs/accounts.md` draws that boundary).

mod audit;
mod export;
mod kiosk;
mod passkey;
mod sign_in;
mod staff;

use std::fmt;

use serde::{Deserialize, Serialize};

pub use audit::{AuditAction, AuditEntry, AuditLog};
pub use export::{AccountExport, DeviceRecord};
pub use kiosk::{KIOSK_PLACE_MAX_CHARS, KioskId, KioskPlace};
pub use passkey::{
    PASSKEY_CHALLENGE_LIFETIME_MILLIS, PasskeyChallenge, PasskeyChallengeId, PasskeyId, PasskeyList,
    PasskeyRegistration, PasskeySignIn, PasskeyView,
};
pub use sign_in::{
    AccessGrant, AccountView, CodeRequest, CodeSignIn, DeviceList, DeviceName, DeviceView, EmailAddress,
    Refresh, SignInCode, SignedIn,
};
pub use staff::{StaffSession, StaffSignIn, Username, VerifyIdentity};

/// How long a one-time sign-in code can be used.
pub const CODE_LIFETIME_MILLIS: i64 = 10 * 60 * 1000;
/// Wrong tries a code survives; the next wrong one spends it.
pub const CODE_MAX_ATTEMPTS: u32 = 5;
/// How long an access token lasts; the app gets a new one with its device credential.
pub const ACCESS_TOKEN_LIFETIME_MILLIS: i64 = 15 * 60 * 1000;
/// A staff session lasts a working day at most.
pub const STAFF_SESSION_LIFETIME_MILLIS: i64 = 9 * 60 * 60 * 1000;

/// What a member of staff may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Role {
    /// A counter clerk: reads and moves residents' applications (questions to the city among them),
    /// verifies identity.
    Clerk,
    /// A digital-support volunteer at a kiosk: sees a resident's data only when handed it.
    Volunteer,
    /// Runs the city's Madoguchi: everything a clerk does, and staff accounts.
    Admin,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Clerk, Role::Volunteer, Role::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Clerk => "clerk",
            Role::Volunteer => "volunteer",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Whether this role may read and change residents' submissions at the counter.
    pub fn handles_residents_data(self) -> bool {
        matches!(self, Role::Clerk | Role::Admin)
    }
}

/// How sure the city is of who a resident is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum IdentityLevel {
    /// Anyone who can read the mail sent to the account's address.
    #[default]
    Unverified,
    /// Proved in person with the My Number card (or, later, by an identity provider).
    Verified,
}

impl IdentityLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            IdentityLevel::Unverified => "unverified",
            IdentityLevel::Verified => "verified",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [IdentityLevel::Unverified, IdentityLevel::Verified]
            .into_iter()
            .find(|l| l.as_str() == s)
    }

    /// Whether a resident at this level may do what `needed` asks for.
    pub fn satisfies(self, needed: IdentityLevel) -> bool {
        self >= needed
    }
}

/// A resident's account: `acc-` and 32 lowercase hex digits, random, never the address.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, pattern = "^acc-[0-9a-f]{32}$", example = "acc-00112233445566778899aabbccddeeff"))]
pub struct AccountId(pub String);

/// One device a resident signed in on: `dev-` and 32 lowercase hex digits.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, pattern = "^dev-[0-9a-f]{32}$", example = "dev-00112233445566778899aabbccddeeff"))]
pub struct DeviceId(pub String);

/// The form of the random ids above: a prefix and 32 lowercase hex digits.
pub fn is_random_id(s: &str, prefix: &str) -> bool {
    s.strip_prefix(prefix)
        .and_then(|rest| rest.strip_prefix('-'))
        .is_some_and(|hex| hex.len() == 32 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
}

impl AccountId {
    pub fn parse(s: &str) -> Option<Self> {
        is_random_id(s, "acc").then(|| Self(s.to_owned()))
    }
}

impl DeviceId {
    pub fn parse(s: &str) -> Option<Self> {
        is_random_id(s, "dev").then(|| Self(s.to_owned()))
    }
}

impl fmt::Debug for AccountId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AccountId({})", self.0)
    }
}

impl fmt::Debug for DeviceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DeviceId({})", self.0)
    }
}

#[cfg(test)]
mod tests;
