//! A resident signs in without a password: the city mails a one-time code to their address, and the
//! code (once, within [`super::CODE_LIFETIME_MILLIS`]) gets the device a long-lived credential (kept
//! in the OS keyring) and a short-lived access token.
//!
//! Addresses, codes and credentials never print: their `Debug` is redacted, so a `tracing` field or
//! a panic message cannot leak them into a log.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{AccountId, DeviceId, IdentityLevel};
use crate::{LocaleTag, UnixMillis};

/// An email address as an account knows it: trimmed and lower-cased (so `Hanako@Example.JP` and
/// `hanako@example.jp` are one account), and of the shape mail can carry: a dot-atom before the `@`
/// (letters, digits and ``!#$%&'*+/=?^_`{|}~-``, single dots between), host name labels after it
/// (letters, digits and inner hyphens, at most 63 each, two or more).
///
/// Refused, though seen in Japan: the old carrier addresses with two dots in a row or a dot before
/// the `@` (`taro..yamada@…`), which SMTP only carries quoted; and internationalised addresses.
/// An address over 254 characters, or with over 64 before the `@`, has the shape but not SMTP's
/// length: see [`EmailAddress::fits_smtp`] (a pattern cannot count a part of a string, so the
/// document could not say it, and the route refuses it at the field instead).
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, format = "email", pattern = "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$", example = "hanako@example.jp"))]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim().to_ascii_lowercase();
        let (local, domain) = s.split_once('@')?;
        let atext = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~-".contains(c);
        let dot_atom = local
            .split('.')
            .all(|atom| !atom.is_empty() && atom.chars().all(atext));
        let label = |l: &str| {
            (1..=63).contains(&l.len())
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && !l.starts_with('-')
                && !l.ends_with('-')
        };
        let host = domain.split('.').count() >= 2 && domain.split('.').all(label);
        (dot_atom && host).then_some(Self(s))
    }

    /// Whether SMTP takes it: RFC 5321 allows at most 64 characters before the `@` and 254 in all.
    /// The route refuses a longer one at the field (422), before anything is stored or sent.
    pub fn fits_smtp(&self) -> bool {
        self.0.len() <= 254 && self.0.find('@').is_some_and(|at| at <= 64)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for EmailAddress {
    type Error = &'static str;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s).ok_or("not an email address")
    }
}

impl From<EmailAddress> for String {
    fn from(e: EmailAddress) -> Self {
        e.0
    }
}

impl fmt::Debug for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EmailAddress([redacted])")
    }
}

/// The six digits of a one-time code. Typed as read off a phone: full-width digits, spaces and
/// hyphens are accepted and dropped.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, pattern = "^[0-9]{6}$", example = "042917"))]
pub struct SignInCode(String);

impl SignInCode {
    pub const DIGITS: usize = 6;

    pub fn parse(s: &str) -> Option<Self> {
        let digits: String = s
            .chars()
            .filter(|c| !matches!(c, ' ' | '\u{3000}' | '-' | 'ー' | '－'))
            .map(|c| match c {
                '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
                _ => c,
            })
            .collect();
        (digits.len() == Self::DIGITS && digits.bytes().all(|b| b.is_ascii_digit())).then_some(Self(digits))
    }

    /// A code from six random digits' worth of entropy (the caller brings the randomness).
    pub fn from_number(n: u32) -> Self {
        Self(format!("{:06}", n % 1_000_000))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for SignInCode {
    type Error = &'static str;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s).ok_or("not a six-digit code")
    }
}

impl From<SignInCode> for String {
    fn from(c: SignInCode) -> Self {
        c.0
    }
}

impl fmt::Debug for SignInCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SignInCode([redacted])")
    }
}

/// What the resident calls a device in their list ("Hanako's phone"): 1–64 characters, no
/// control characters (C0, DEL or C1: the schema's pattern says the same), taken as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, pattern = "^[^\\x00-\\x1f\\x7f-\\x9f]{1,64}$", example = "Hanako's phone"))]
pub struct DeviceName(String);

impl DeviceName {
    pub fn parse(s: &str) -> Option<Self> {
        (!s.is_empty() && s.chars().count() <= 64 && !s.chars().any(char::is_control))
            .then(|| Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for DeviceName {
    type Error = &'static str;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s).ok_or("not a device name")
    }
}

impl From<DeviceName> for String {
    fn from(d: DeviceName) -> Self {
        d.0
    }
}

/// The body of `POST /api/v1/auth/code`: mail me a code. The answer is the same whether or not
/// the address has an account, so nobody learns who has one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CodeRequest {
    pub email: EmailAddress,
    /// The language to write the mail in (the app's current one); Japanese when absent.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, pattern = "^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$", example = "ja"))]
    pub locale: Option<LocaleTag>,
}

/// The body of `POST /api/v1/auth/sign-in`: the code from the mail, and a name for this device.
/// Signs up on first use: an address without an account gets one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CodeSignIn {
    pub email: EmailAddress,
    pub code: SignInCode,
    pub device_name: DeviceName,
}

/// A signed-in device: its long-lived credential (the app keeps it in the OS keyring, never in a
/// file) and a first access token.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignedIn {
    pub account: AccountView,
    pub device_id: DeviceId,
    /// Sent once; the server keeps only its SHA-256.
    pub device_credential: String,
    #[serde(flatten)]
    pub access: AccessGrant,
}

impl fmt::Debug for SignedIn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SignedIn")
            .field("account", &self.account.id)
            .field("device_id", &self.device_id)
            .finish_non_exhaustive()
    }
}

/// The body of `POST /api/v1/auth/refresh`: a device credential for a new access token.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Refresh {
    #[cfg_attr(feature = "openapi", schema(pattern = "^dc-[0-9a-f]{64}$"))]
    pub device_credential: String,
}

impl fmt::Debug for Refresh {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Refresh([redacted])")
    }
}

/// A short-lived access token, sent as `Authorization: Bearer …`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccessGrant {
    pub access_token: String,
    #[cfg_attr(feature = "openapi", schema(value_type = i64))]
    pub expires_at: UnixMillis,
}

impl fmt::Debug for AccessGrant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessGrant")
            .field("expires_at", &self.expires_at)
            .finish_non_exhaustive()
    }
}

/// What the server keeps about a resident, all of it (`GET /api/v1/account`): the address to
/// send codes and notices to (purpose: signing in, telling them about their own business), the
/// identity level (purpose: which procedures they may do online) and when the account began.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountView {
    pub id: AccountId,
    pub email: EmailAddress,
    pub identity_level: IdentityLevel,
    #[cfg_attr(feature = "openapi", schema(value_type = i64))]
    pub created_at: UnixMillis,
}

/// One device a resident is signed in on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeviceView {
    pub id: DeviceId,
    pub name: DeviceName,
    #[cfg_attr(feature = "openapi", schema(value_type = i64))]
    pub signed_in_at: UnixMillis,
    #[cfg_attr(feature = "openapi", schema(value_type = i64))]
    pub last_used_at: UnixMillis,
    /// The device this request came from.
    pub current: bool,
}

/// The devices a resident is signed in on, newest first (revoked ones are gone).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeviceList {
    pub devices: Vec<DeviceView>,
}
