//! What booking says over HTTP (the app, the web UI, the counter's screens and the city's server
//! share these): the bookable services, the slots of a range of days with the places left, a
//! booking request and its receipt, a booking as its resident and the counter see it, and a place
//! on a waitlist.
//!
//! Instants cross the wire as RFC 3339 in UTC (`2027-01-05T00:30:00Z`, [`UtcTime`]); the day a slot
//! is on is the day in Japan (`YYYY-MM-DD`), which the UI shows with its times in Asia/Tokyo.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::slots::IdentityLevel;
use crate::days::{MILLIS_PER_DAY, MILLIS_PER_HOUR, MILLIS_PER_MINUTE};
use crate::{CalendarDate, LocaleTag, LocalizedText, UnixMillis};

/// An instant on the wire: RFC 3339, written in UTC (`2027-01-05T00:30:00Z`, milliseconds only
/// when there are some); read with any offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, format = DateTime, example = "2027-01-05T00:30:00Z"))]
pub struct UtcTime(pub UnixMillis);

impl fmt::Display for UtcTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let millis = self.0.0;
        let days = millis.div_euclid(MILLIS_PER_DAY);
        let of_day = millis.rem_euclid(MILLIS_PER_DAY);
        let Some(date) = CalendarDate::from_days_since_epoch(days) else {
            return Err(fmt::Error);
        };
        write!(
            f,
            "{}T{:02}:{:02}:{:02}",
            date.iso(),
            of_day / MILLIS_PER_HOUR,
            of_day % MILLIS_PER_HOUR / MILLIS_PER_MINUTE,
            of_day % MILLIS_PER_MINUTE / 1000
        )?;
        if of_day % 1000 != 0 {
            write!(f, ".{:03}", of_day % 1000)?;
        }
        f.write_str("Z")
    }
}

impl UtcTime {
    /// Reads RFC 3339's `date-time` (`2027-01-05T09:30:00+09:00`, `…T00:30:00.5Z`); digits past
    /// the millisecond are dropped.
    pub fn parse(s: &str) -> Option<UtcTime> {
        let b = s.as_bytes();
        let digits = |from: usize, len: usize| -> Option<i64> {
            let part = b.get(from..from + len)?;
            part.iter()
                .all(u8::is_ascii_digit)
                .then(|| part.iter().fold(0, |n, d| n * 10 + i64::from(d - b'0')))
        };
        let at = |i: usize, c: &[u8]| b.get(i).is_some_and(|x| c.contains(x));
        if !(at(4, b"-") && at(7, b"-") && at(10, b"Tt") && at(13, b":") && at(16, b":")) {
            return None;
        }
        let (year, month, day) = (digits(0, 4)?, digits(5, 2)?, digits(8, 2)?);
        let (hour, minute, second) = (digits(11, 2)?, digits(14, 2)?, digits(17, 2)?);
        if hour > 23 || minute > 59 || second > 60 {
            return None;
        }
        let mut i = 19;
        let mut millis = 0;
        if at(i, b".") {
            i += 1;
            let start = i;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i == start {
                return None;
            }
            let fraction = &s[start..i.min(start + 3)];
            millis = format!("{fraction:0<3}").parse().ok()?;
        }
        let offset_minutes = match b.get(i)? {
            b'Z' | b'z' if i + 1 == b.len() => 0,
            sign @ (b'+' | b'-') if i + 6 == b.len() && at(i + 3, b":") => {
                let (h, m) = (digits(i + 1, 2)?, digits(i + 4, 2)?);
                if h > 23 || m > 59 {
                    return None;
                }
                (h * 60 + m) * if *sign == b'-' { -1 } else { 1 }
            }
            _ => return None,
        };
        // Year 0000 is valid RFC 3339 but not a `CalendarDate`: count it 400 years (one
        // Gregorian cycle) later and step back.
        let (shift, cycle_days) = if year == 0 { (400, 146_097) } else { (0, 0) };
        let date = CalendarDate::new(
            i32::try_from(year + shift).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
        .ok()?;
        let days = date.days_since_epoch() - cycle_days;
        let local = days * MILLIS_PER_DAY
            + hour * MILLIS_PER_HOUR
            + minute * MILLIS_PER_MINUTE
            + second * 1000
            + millis;
        Some(UtcTime(UnixMillis(local - offset_minutes * MILLIS_PER_MINUTE)))
    }
}

impl Serialize for UtcTime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for UtcTime {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        UtcTime::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("not an RFC 3339 date-time: {text:?}")))
    }
}

/// The body of `GET /api/v1/booking/services`: what residents can book, and the number to call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingCatalogue {
    pub services: Vec<BookableService>,
    /// The counter's phone number (for a change past the deadline); empty before the city sets
    /// up booking.
    pub phone: String,
}

/// A service as residents choose it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookableService {
    #[cfg_attr(feature = "openapi", schema(example = "my-number-card"))]
    pub id: String,
    pub name: LocalizedText,
    /// Minutes of the appointment itself.
    pub duration_minutes: u16,
    pub identity: IdentityLevel,
    pub bring: Vec<LocalizedText>,
    /// Booking opens at 00:00 this many days before the day.
    pub opens_days_ahead: u16,
    /// Booking closes this many hours before a slot.
    pub closes_hours_before: u16,
    /// A booking can be cancelled or moved online until this many minutes before it.
    pub change_deadline_minutes: u32,
    /// The counters that take it.
    pub counters: Vec<CounterSummary>,
}

/// A counter as a resident reads it on a confirmation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CounterSummary {
    #[cfg_attr(feature = "openapi", schema(example = "counter-1"))]
    pub id: String,
    pub name: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<LocalizedText>,
}

/// The body of `GET /api/v1/booking/services/{id}/slots`: every slot inside the booking window on
/// the open days of the range, earliest first, with the places left.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SlotList {
    pub service: String,
    pub slots: Vec<SlotAvailability>,
}

/// One slot and how many more residents it takes (0: full; its waitlist is open).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SlotAvailability {
    pub counter: String,
    /// The day in Japan, `YYYY-MM-DD`.
    #[cfg_attr(feature = "openapi", schema(example = "2027-01-05"))]
    pub date: String,
    pub starts_at: UtcTime,
    pub ends_at: UtcTime,
    pub capacity: u16,
    pub remaining: u16,
}

/// The body of `POST /api/v1/bookings` (and of joining a slot's waitlist): the slot as listed, and
/// who comes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingRequest {
    #[cfg_attr(feature = "openapi", schema(example = "my-number-card"))]
    pub service: String,
    #[cfg_attr(feature = "openapi", schema(example = "counter-1"))]
    pub counter: String,
    pub starts_at: UtcTime,
    pub contact: BookingContact,
}

/// A booking request with the language its reminder mail is written in: the body of
/// `POST /api/v1/admin/bookings` (the clerk picks the resident's language) and, read the same way,
/// of `POST /api/v1/bookings`. A booking linked to no account, with a contact email, is reminded by
/// mail the day before in this language; Japanese when it is left out. Kept with the booking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingRequestWithLocale {
    #[serde(flatten)]
    pub request: BookingRequest,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, pattern = "^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$", example = "en"))]
    pub locale: Option<LocaleTag>,
}

/// The body of `POST /api/v1/bookings/{reference}/reschedule`: another slot of the same service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RescheduleRequest {
    #[cfg_attr(feature = "openapi", schema(example = "counter-1"))]
    pub counter: String,
    pub starts_at: UtcTime,
}

/// Who the booking is for, and how to reach them (for a waitlist offer and the reminder).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingContact {
    #[cfg_attr(feature = "openapi", schema(example = "夢咲 花子"))]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(example = "0612-34-5678"))]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(example = "hanako@example.jp"))]
    pub email: Option<String>,
}

/// The longest name on a booking, in characters.
pub const CONTACT_NAME_MAX_CHARS: usize = 100;

impl BookingContact {
    /// The contact as kept (trimmed, blanks dropped), or every problem at its field
    /// (`contact.name`, …), with the form messages every client already has.
    pub fn parse(&self) -> Result<BookingContact, Vec<crate::form::FieldProblem>> {
        use crate::form::{FieldProblem, MessageArg};
        let mut problems = Vec::new();
        let name = self.name.trim();
        if name.is_empty() {
            problems.push(FieldProblem::new(
                "contact.name",
                crate::msg_id!("form-error-required"),
            ));
        } else if crate::contact::char_count(name) > CONTACT_NAME_MAX_CHARS {
            problems.push(
                FieldProblem::new("contact.name", crate::msg_id!("form-error-too-long"))
                    .with("max", MessageArg::Number(CONTACT_NAME_MAX_CHARS as i64)),
            );
        }
        fn given(s: &Option<String>) -> Option<&str> {
            s.as_deref().map(str::trim).filter(|s| !s.is_empty())
        }
        let (phone, email) = (given(&self.phone), given(&self.email));
        if phone.is_some_and(|p| !crate::contact::is_plausible_phone(p)) {
            problems.push(FieldProblem::new(
                "contact.phone",
                crate::msg_id!("inquiry-error-phone"),
            ));
        }
        if email.is_some_and(|e| !crate::contact::is_plausible_email(e)) {
            problems.push(FieldProblem::new(
                "contact.email",
                crate::msg_id!("inquiry-error-email"),
            ));
        }
        if problems.is_empty() {
            Ok(BookingContact {
                name: name.to_owned(),
                phone: phone.map(str::to_owned),
                email: email.map(str::to_owned),
            })
        } else {
            Err(problems)
        }
    }
}

/// A booking's reference, read out at the counter and encoded in the check-in QR code
/// (`YMS-B-000042`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "YMS-B-000042"))]
pub struct BookingReference(pub String);

impl fmt::Display for BookingReference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where a booking stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum BookingStatus {
    Confirmed,
    Cancelled,
    CheckedIn,
    NoShow,
}

impl BookingStatus {
    pub const ALL: [BookingStatus; 4] = [
        BookingStatus::Confirmed,
        BookingStatus::Cancelled,
        BookingStatus::CheckedIn,
        BookingStatus::NoShow,
    ];

    /// The name in the database and on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            BookingStatus::Confirmed => "confirmed",
            BookingStatus::Cancelled => "cancelled",
            BookingStatus::CheckedIn => "checked-in",
            BookingStatus::NoShow => "no-show",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.as_str() == s)
    }
}

/// Who made a booking: the resident, or a clerk (or volunteer) on the resident's behalf.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum BookedBy {
    Resident,
    Staff,
}

impl BookedBy {
    pub fn as_str(self) -> &'static str {
        match self {
            BookedBy::Resident => "resident",
            BookedBy::Staff => "staff",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [BookedBy::Resident, BookedBy::Staff]
            .into_iter()
            .find(|by| by.as_str() == s)
    }
}

/// A booking as its resident and the counter see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Booking {
    pub reference: BookingReference,
    pub service: String,
    pub counter: String,
    /// The day in Japan, `YYYY-MM-DD`.
    pub date: String,
    pub starts_at: UtcTime,
    pub ends_at: UtcTime,
    pub status: BookingStatus,
    pub booked_by: BookedBy,
    pub contact: BookingContact,
    /// The first instant it can no longer be cancelled or moved online.
    pub change_deadline: UtcTime,
}

/// The body of a successful booking (201) and of its replays.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingReceipt {
    pub booking: Booking,
    /// The resident's proof that the booking is theirs (`Authorization: Bearer …`) until accounts
    /// exist: 128 random bits; the server keeps only its hash.
    pub access_token: String,
}

/// The body of `GET /api/v1/admin/bookings`: a day's bookings at each counter, by start time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingDay {
    #[cfg_attr(feature = "openapi", schema(example = "2027-01-05"))]
    pub date: String,
    pub counters: Vec<CounterDay>,
}

/// One counter's bookings of the day (cancelled ones included, so the clerk sees the gap).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CounterDay {
    pub counter: String,
    pub bookings: Vec<Booking>,
}

/// Where a place on a waitlist stands (the domain's [`super::WaitlistState`] on the wire).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum WaitlistStatus {
    Waiting,
    Offered,
    Booked,
    Expired,
}

impl WaitlistStatus {
    pub const ALL: [WaitlistStatus; 4] = [
        WaitlistStatus::Waiting,
        WaitlistStatus::Offered,
        WaitlistStatus::Booked,
        WaitlistStatus::Expired,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            WaitlistStatus::Waiting => "waiting",
            WaitlistStatus::Offered => "offered",
            WaitlistStatus::Booked => "booked",
            WaitlistStatus::Expired => "expired",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.as_str() == s)
    }
}

/// A place on a full slot's waitlist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WaitlistEntry {
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "YMS-W-000007"))]
    pub reference: BookingReference,
    pub service: String,
    pub counter: String,
    pub starts_at: UtcTime,
    pub status: WaitlistStatus,
    /// While `offered`: the freed place is held until then; accept before it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offer_expires_at: Option<UtcTime>,
    /// Once `booked`: the booking the offer became.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub booking: Option<BookingReference>,
}

/// The body of joining a waitlist (201).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WaitlistReceipt {
    pub entry: WaitlistEntry,
    /// Proves the place is the resident's (`Authorization: Bearer …`), as with a booking.
    pub access_token: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_booking_request_without_a_locale_reads_as_one_in_japanese_and_one_with_it_keeps_it() {
        let plain = r#"{"service":"my-number-card","counter":"counter-1","startsAt":"2026-12-01T00:05:00Z","contact":{"name":"夢咲 花子"}}"#;
        let read: BookingRequestWithLocale = serde_json::from_str(plain).unwrap();
        assert_eq!(read.locale, None);
        assert_eq!(read.request.counter, "counter-1");
        let with = plain.replacen('{', r#"{"locale":"pt-BR","#, 1);
        let read: BookingRequestWithLocale = serde_json::from_str(&with).unwrap();
        assert_eq!(read.locale, Some(LocaleTag::parse("pt-BR").unwrap()));
        assert!(
            serde_json::from_str::<BookingRequestWithLocale>(&plain.replacen(
                '{',
                r#"{"locale":"日本語","#,
                1
            ))
            .is_err()
        );
    }

    #[test]
    fn an_instant_is_written_in_utc_and_read_with_any_offset() {
        let at = UtcTime(UnixMillis(1_799_105_700_000));
        assert_eq!(at.to_string(), "2027-01-04T23:35:00Z");
        for written in [
            "2027-01-04T23:35:00Z",
            "2027-01-05T08:35:00+09:00",
            "2027-01-04t23:35:00.000z",
            "2027-01-04T22:35:00-01:00",
        ] {
            assert_eq!(UtcTime::parse(written), Some(at), "{written}");
        }
        assert_eq!(
            UtcTime(UnixMillis(1_799_105_700_250)).to_string(),
            "2027-01-04T23:35:00.250Z"
        );
        assert_eq!(
            UtcTime::parse("2027-01-04T23:35:00.25987Z"),
            Some(UtcTime(UnixMillis(1_799_105_700_259)))
        );
        for bad in [
            "2027-01-04",
            "2027-01-04T23:35Z",
            "2027-02-30T00:00:00Z",
            "2027-01-04T24:00:00Z",
            "2027-01-04T23:35:00",
            "2027-01-04T23:35:00+0900",
            "2027-01-04T23:35:00.Z",
        ] {
            assert_eq!(UtcTime::parse(bad), None, "{bad}");
        }
        assert!(UtcTime::parse("0000-01-01T00:00:00Z").is_some());
    }

    #[test]
    fn a_contact_needs_a_name_and_plausible_ways_to_reach_them() {
        let ok = BookingContact {
            name: " 夢咲 花子 ".into(),
            phone: Some("0612-34-5678".into()),
            email: Some(" ".into()),
        };
        let kept = ok.parse().unwrap();
        assert_eq!((kept.name.as_str(), kept.email), ("夢咲 花子", None));
        let bad = BookingContact {
            name: String::new(),
            phone: Some("abc".into()),
            email: Some("not-an-email".into()),
        };
        let fields: Vec<_> = bad.parse().unwrap_err().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["contact.name", "contact.phone", "contact.email"]);
    }
}
