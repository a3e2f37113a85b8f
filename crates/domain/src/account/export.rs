//! A resident's own data, all of it, as one JSON document (`GET /api/v1/account/export`), and what
//! deleting the account keeps (`DELETE /api/v1/account`; `docs/accounts.md` gives each purpose).

use serde::{Deserialize, Serialize};

use super::{AccountView, AuditEntry, DeviceId, DeviceName, PasskeyView};
use crate::UnixMillis;
use crate::application::ApplicationReference;
use crate::booking::BookingReference;
use crate::notice::wire::PersonalNotice;

/// Everything the city's server keeps about a signed-in resident. Secrets are not in it: the server
/// keeps only hashes of the device credentials and tokens, and gives out none of them. Notice
/// preferences and the resident's profile (area, children's ages) stay on the device and never
/// reach the server, so they are not here either.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountExport {
    /// When this copy was made.
    #[cfg_attr(feature = "openapi", schema(value_type = i64))]
    pub exported_at: UnixMillis,
    pub account: AccountView,
    /// Every device ever signed in to the account, signed out ones too (their row is kept so that
    /// their credential can never work again), newest first.
    pub devices: Vec<DeviceRecord>,
    /// The passkeys registered to sign in with (name and dates; their public keys are of no use
    /// to anyone else and are left out), newest first.
    #[serde(default)]
    pub passkeys: Vec<PasskeyView>,
    /// Every staff access to the resident's data, oldest first.
    pub audit: Vec<AuditEntry>,
    /// The personal notices kept for the account (an application's status changes, a booking's
    /// reminder), newest first.
    pub notices: Vec<PersonalNotice>,
    /// The applications submitted while signed in to the account (each is read with its own
    /// receipt's token), oldest first.
    pub applications: Vec<ApplicationReference>,
    /// The bookings made while signed in to the account (reminded the day before; each is read
    /// with its own receipt's token), oldest first.
    pub bookings: Vec<BookingReference>,
    /// The waitlist places joined while signed in (a place that becomes a booking passes the
    /// account on to it), oldest first.
    pub waitlist: Vec<BookingReference>,
}

/// One device in an export: what the resident saw in their list, and when it was signed out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeviceRecord {
    pub id: DeviceId,
    pub name: DeviceName,
    #[cfg_attr(feature = "openapi", schema(value_type = i64))]
    pub signed_in_at: UnixMillis,
    #[cfg_attr(feature = "openapi", schema(value_type = i64))]
    pub last_used_at: UnixMillis,
    /// When the device was signed out; absent while it is signed in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<i64>))]
    pub signed_out_at: Option<UnixMillis>,
}
