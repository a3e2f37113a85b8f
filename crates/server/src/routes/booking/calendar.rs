//! What a resident takes away from a booking: an iCalendar file (RFC 5545) to add it to their
//! calendar, and the check-in code the counter scans — a QR code as SVG with the same code as text
//! beside it, for whoever cannot scan. Both need the booking's access token.
//!
//! The calendar event is in UTC (`DTSTART:…Z`) and names Asia/Tokyo as the calendar's zone
//! (`X-WR-TIMEZONE`), so a calendar shows it at the city's time; its texts are the city's own
//! (service, counter, place, what to bring) in the language asked for (`?lang=`), along the usual
//! fallback chain. No text of ours goes in: labels belong to the app, which has the locales.

use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use madoguchi_domain::booking::{Booking, BookingConfig, UtcTime};
use madoguchi_domain::{ApiError, LocaleTag, LocalizedText};
use serde::Deserialize;

use super::setup;
use crate::error::ServerError;
use crate::routes::AppState;

/// `?lang=` on the calendar route.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CalendarQuery {
    /// The language of the city's texts in the event (a BCP 47 tag such as `en`); Japanese when
    /// left out or not known.
    #[param(example = "en")]
    lang: Option<String>,
}

#[utoipa::path(
    get,
    path = "/api/v1/bookings/{reference}/calendar.ics",
    operation_id = "getBookingCalendar",
    tag = "booking",
    security(("access_token" = [])),
    params(
        ("reference" = String, Path, description = "The reference from the receipt", example = "YMS-B-000042"),
        CalendarQuery,
    ),
    responses(
        (status = 200, description = "The booking as an iCalendar event (UTC, shown in Asia/Tokyo)", body = String,
            content_type = "text/calendar; charset=utf-8"),
        (status = 400, description = "`invalid_request`: the query is malformed", body = ApiError),
        (status = 401, description = "`unauthorized`: no access token was sent", body = ApiError),
        (status = 404, description = "`not_found`: no booking with this reference has this access token", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn ics(
    State(state): State<AppState>,
    headers: HeaderMap,
    reference: Result<Path<String>, PathRejection>,
    query: Result<Query<CalendarQuery>, QueryRejection>,
) -> Result<Response, ServerError> {
    let booking = super::owned(&state, &headers, reference).await?;
    let Query(query) = query.map_err(|e| ServerError::InvalidRequest(e.body_text()))?;
    let lang = query
        .lang
        .and_then(|l| LocaleTag::parse(&l).ok())
        .unwrap_or_else(LocaleTag::source);
    let config = setup::load(&state).await?.map(|s| s.config.clone());
    let body = event(&booking, config.as_ref(), &lang, state.clock.now());
    let disposition = format!("attachment; filename=\"{}.ics\"", booking.reference);
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        body,
    )
        .into_response())
}

/// The iCalendar text of `booking`.
fn event(
    booking: &Booking,
    config: Option<&BookingConfig>,
    lang: &LocaleTag,
    now: madoguchi_domain::UnixMillis,
) -> String {
    let text = |t: &LocalizedText| t.resolve(lang).map(|r| r.text.to_owned()).unwrap_or_default();
    let service = config.and_then(|c| c.services.iter().find(|s| s.id == booking.service));
    let counter = config.and_then(|c| c.counters.iter().find(|c| c.id == booking.counter));
    let summary = service.map_or_else(|| booking.service.clone(), |s| text(&s.name));
    let location = counter.map_or_else(
        || booking.counter.clone(),
        |c| {
            let place = c.place.as_ref().map(&text).unwrap_or_default();
            [text(&c.name), place]
                .into_iter()
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join(", ")
        },
    );
    let mut description = vec![booking.reference.0.clone()];
    description.extend(
        service
            .iter()
            .flat_map(|s| s.bring.iter().map(|b| format!("- {}", text(b)))),
    );
    let stamp = |at: UtcTime| at.to_string().replace(['-', ':'], "").replace(".000", "");
    let status = match booking.status {
        madoguchi_domain::booking::BookingStatus::Cancelled => "CANCELLED",
        _ => "CONFIRMED",
    };
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Madoguchi//Booking//JA".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "X-WR-TIMEZONE:Asia/Tokyo".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}@madoguchi", booking.reference),
        format!("DTSTAMP:{}", stamp(UtcTime(now))),
        format!("DTSTART:{}", stamp(booking.starts_at)),
        format!("DTEND:{}", stamp(booking.ends_at)),
        format!("SUMMARY:{}", escape(&summary)),
        format!("LOCATION:{}", escape(&location)),
        format!("DESCRIPTION:{}", escape(&description.join("\n"))),
        format!("STATUS:{status}"),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    lines.iter().map(|l| fold(l)).collect::<Vec<_>>().join("")
}

/// RFC 5545 TEXT: backslash, semicolon, comma and newline escaped.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

/// A content line folded at 75 octets (never inside a UTF-8 character), ending in CRLF.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[utoipa::path(
    get,
    path = "/api/v1/bookings/{reference}/check-in.svg",
    operation_id = "getBookingCheckInCode",
    tag = "booking",
    security(("access_token" = [])),
    params(("reference" = String, Path, description = "The reference from the receipt", example = "YMS-B-000042")),
    responses(
        (status = 200, description = "The check-in code: a QR code of the reference, with the reference as text beside it",
            body = String, content_type = "image/svg+xml"),
        (status = 401, description = "`unauthorized`: no access token was sent", body = ApiError),
        (status = 404, description = "`not_found`: no booking with this reference has this access token", body = ApiError),
        (status = 503, description = "`unavailable`: the database does not answer now; retry in a while", body = ApiError),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn check_in_code(
    State(state): State<AppState>,
    headers: HeaderMap,
    reference: Result<Path<String>, PathRejection>,
) -> Result<Response, ServerError> {
    let booking = super::owned(&state, &headers, reference).await?;
    let svg = check_in_svg(&booking.reference.0)?;
    Ok((
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        svg,
    )
        .into_response())
}

/// A QR code of `code` and, to its right, `code` as text (for reading out or typing in).
fn check_in_svg(code: &str) -> Result<String, ServerError> {
    use qrcode::render::svg;
    let qr = qrcode::QrCode::with_error_correction_level(code.as_bytes(), qrcode::EcLevel::M)
        .map_err(|e| ServerError::Internal(format!("check-in code: {e}")))?;
    let size = 200;
    let image = qr
        .render::<svg::Color<'_>>()
        .min_dimensions(size, size)
        .quiet_zone(true)
        .build();
    // The renderer's image is a whole document; nest it, so the text can stand beside it.
    let inner = image
        .split_once("?>")
        .map_or(image.as_str(), |(_, rest)| rest)
        .trim();
    let inner = inner.replacen("<svg ", "<svg x=\"0\" y=\"0\" ", 1);
    let text_width = 16 * u32::try_from(code.chars().count()).unwrap_or(64);
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{code}\" width=\"{w}\" height=\"{size}\" \
         viewBox=\"0 0 {w} {size}\">{inner}<text x=\"{tx}\" y=\"{ty}\" font-family=\"monospace\" font-size=\"24\" \
         fill=\"#000\">{code}</text></svg>",
        w = size + 24 + text_width,
        tx = size + 12,
        ty = size / 2 + 8,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_folded_at_75_octets_without_splitting_a_character() {
        let line = format!("SUMMARY:{}", "マイナンバーカード".repeat(5));
        let folded = fold(&line);
        for part in folded.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(part.len() <= 75, "{part:?}");
        }
        assert_eq!(folded.replace("\r\n ", "").trim_end(), line);
    }

    #[test]
    fn text_is_escaped_as_rfc_5545_asks() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn the_check_in_code_shows_the_reference_beside_the_qr_code() {
        let svg = check_in_svg("YMS-B-000042").unwrap();
        assert!(svg.starts_with("<svg xmlns"));
        assert!(svg.contains(">YMS-B-000042</text>"));
        assert_eq!(svg.matches("<svg").count(), 2);
    }
}
