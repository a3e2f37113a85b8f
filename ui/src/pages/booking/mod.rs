//! Counter appointments (issue 12), one page chunk for all of them (a resident who opens one goes
//! on to the next):
//!
//! - [`services`] (`#/booking`): what can be booked — how long it takes, the identity it needs,
//!   what to bring, where —, each with a link to book it.
//! - [`flow`] (`#/booking/<service>/…`): a day (the kit's day picker), a time (its time picker),
//!   who is coming, check and book; the confirmation says what to bring and where to go, with the
//!   reference. The same pages move a booking to another slot.
//! - [`mine`] (`#/bookings`): the resident's bookings, each with move and cancel (the kit's Dialog
//!   asks first) until its change deadline, the counter's phone number after it.
//! - [`session`]: the booking in progress, kept in this page's memory across its pages.
//!
//! Times are the city's (Asia/Tokyo), written the way the reader's language writes a time of day
//! (`9:30`, `9:30 AM`, `오전 9:30`: `i18n::time`); days are `i18n::date`'s (和暦 for Japanese).

pub mod flow;
pub mod mine;
pub mod services;
pub mod session;

use leptos::prelude::*;
use madoguchi_domain::booking::{
    BookableService, BookingCatalogue, CounterSummary, IdentityLevel, ServiceId, SlotAvailability, UtcTime,
};
use madoguchi_domain::{ApiError, CalendarDate, ErrorCode};
use madoguchi_i18n::msg_id;

use crate::i18n::{self, t, t_args, tr};
use crate::pages::apply::city_plain;
use crate::routes::Route;

/// The page a booking route names (a hash that names none shows what can be booked).
#[component]
pub fn BookingPage(route: Route) -> impl IntoView {
    let Route::Booking(rest) = route else {
        return ().into_any();
    };
    match BookingRoute::parse(&rest) {
        Some(BookingRoute::Book(service, stage)) => {
            view! { <flow::BookPage service=service stage=stage /> }.into_any()
        }
        Some(BookingRoute::Mine) => view! { <mine::MyBookingsPage /> }.into_any(),
        Some(BookingRoute::Services) | None => view! { <services::ServicesPage /> }.into_any(),
    }
}

/// A booking page, read from the rest of its hash after `#/booking` (`Route::Booking`): parsed
/// here, in the pages' chunk, so that the first load carries none of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BookingRoute {
    /// What can be booked (`#/booking`).
    Services,
    /// A stage of booking a service (`#/booking/<service>`, `…/time`, …).
    Book(ServiceId, BookStage),
    /// The resident's bookings, to move or cancel (`#/bookings`).
    Mine,
}

/// Where in booking a service the resident is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BookStage {
    /// Pick a day (`#/booking/<service>`).
    Day,
    /// Pick a time on that day.
    Time,
    /// Who is coming and how to reach them.
    Details,
    /// Check and book (or move).
    Check,
    /// The confirmation: what to bring, where to go, the reference.
    Done,
}

const STAGES: [(BookStage, &str); 5] = [
    (BookStage::Day, ""),
    (BookStage::Time, "/time"),
    (BookStage::Details, "/details"),
    (BookStage::Check, "/check"),
    (BookStage::Done, "/done"),
];

impl BookingRoute {
    /// The page `rest` (the hash after `#/booking`) names, if any.
    pub fn parse(rest: &str) -> Option<Self> {
        match rest {
            "" => return Some(BookingRoute::Services),
            "s" => return Some(BookingRoute::Mine),
            _ => {}
        }
        let rest = rest.strip_prefix('/')?;
        let (id, stage) = rest.find('/').map_or((rest, ""), |at| rest.split_at(at));
        let stage = STAGES.iter().find(|(_, s)| *s == stage)?.0;
        Some(BookingRoute::Book(ServiceId::parse(id).ok()?, stage))
    }

    /// The hash that names this page.
    pub fn href(&self) -> String {
        let rest = match self {
            BookingRoute::Services => String::new(),
            BookingRoute::Mine => "s".to_owned(),
            BookingRoute::Book(service, stage) => {
                let segment = STAGES.iter().find(|(s, _)| s == stage).map_or("", |(_, seg)| seg);
                format!("/{service}{segment}")
            }
        };
        Route::Booking(rest).href()
    }
}

/// Moves the page to a booking page (the app re-renders on `hashchange`).
pub fn go(to: &BookingRoute) {
    let _ = window().location().set_hash(&to.href());
}

/// The id of each booking page's `h1` (focused when a page of the flow opens).
pub const HEADING_ID: &str = "booking-heading";

/// The service `id` of the catalogue.
pub fn service_of<'a>(catalogue: &'a BookingCatalogue, id: &str) -> Option<&'a BookableService> {
    catalogue.services.iter().find(|s| s.id == id)
}

/// The counter `id` as the service lists it.
pub fn counter_of<'a>(
    catalogue: &'a BookingCatalogue,
    service: &str,
    id: &str,
) -> Option<&'a CounterSummary> {
    service_of(catalogue, service).and_then(|s| s.counters.iter().find(|c| c.id == id))
}

/// The city's clock at `at`, as the reader's language writes it: `9:30`, `2:05 PM`.
pub fn clock(at: UtcTime) -> String {
    i18n::time(at.0)
}

/// From one time to another, the way the reader's language writes a range (`9:30～9:50`).
pub fn time_range(starts_at: UtcTime, ends_at: UtcTime) -> String {
    t_args(
        msg_id!("booking-time-range"),
        &[("start", clock(starts_at).into()), ("end", clock(ends_at).into())],
    )
}

/// The day in Japan of `at`, as the reader reads dates.
pub fn day_of(at: UtcTime) -> String {
    at.0.date_in_japan()
        .map(|d| i18n::date(&d.iso()))
        .unwrap_or_default()
}

/// "あと3人予約できます", or that nobody more can.
pub fn places_text(remaining: u32) -> String {
    if remaining == 0 {
        t(msg_id!("booking-full"))
    } else {
        t_args(msg_id!("booking-places-left"), &[("count", remaining.into())])
    }
}

/// What proving who you are takes, in words.
pub fn identity_text(level: IdentityLevel) -> String {
    t(match level {
        IdentityLevel::Contact => msg_id!("booking-identity-contact"),
        IdentityLevel::Account => msg_id!("booking-identity-account"),
        IdentityLevel::MyNumberCard => msg_id!("booking-identity-my-number-card"),
    })
}

/// A counter with where it is: "市民課 1番窓口(本庁舎1階)".
pub fn counter_text(counter: &CounterSummary) -> String {
    match &counter.place {
        Some(place) => t_args(
            msg_id!("booking-counter-place"),
            &[
                ("counter", city_plain(&counter.name).into()),
                ("place", city_plain(place).into()),
            ],
        ),
        None => city_plain(&counter.name),
    }
}

/// The days of `slots` one by one, from the first to the last (every calendar day between them:
/// a day with no slot is closed), each with the places left that day.
pub fn days_of(slots: &[SlotAvailability]) -> Vec<(String, Option<u32>)> {
    let parse = |s: &SlotAvailability| CalendarDate::parse_iso(&s.date).ok();
    let (Some(first), Some(last)) = (
        slots.iter().filter_map(parse).min(),
        slots.iter().filter_map(parse).max(),
    ) else {
        return Vec::new();
    };
    let mut days = Vec::new();
    let mut day = first;
    while day <= last {
        let iso = day.iso();
        let on_day: Vec<&SlotAvailability> = slots.iter().filter(|s| s.date == iso).collect();
        let left = (!on_day.is_empty()).then(|| on_day.iter().map(|s| u32::from(s.remaining)).sum());
        days.push((iso, left));
        match day.add_days(1) {
            Some(next) => day = next,
            None => break,
        }
    }
    days
}

/// One time of a day: its start, its end, the places left at every counter together, and the
/// counter with the most of them (where a booking goes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeOffer {
    pub starts_at: UtcTime,
    pub ends_at: UtcTime,
    pub remaining: u32,
    pub counter: String,
}

impl TimeOffer {
    /// The radio's value (`0930`).
    pub fn value(&self) -> String {
        time_value(self.starts_at)
    }
}

/// A time's radio value: the city's hour and minute, `0930`; unique within a day.
pub fn time_value(at: UtcTime) -> String {
    let minute = at.0.minute_of_day_in_japan();
    format!("{:02}{:02}", minute / 60, minute % 60)
}

/// The times of `day`, earliest first. Several counters taking the service at the same time are
/// one time to the resident, with their places added up.
pub fn times_of(slots: &[SlotAvailability], day: &str) -> Vec<TimeOffer> {
    // Each time with the most places any one counter has then.
    let mut times: Vec<(TimeOffer, u16)> = Vec::new();
    for slot in slots.iter().filter(|s| s.date == day) {
        match times.iter_mut().find(|(t, _)| t.starts_at == slot.starts_at) {
            Some((time, most)) => {
                time.remaining += u32::from(slot.remaining);
                if slot.remaining > *most {
                    *most = slot.remaining;
                    time.counter = slot.counter.clone();
                }
            }
            None => times.push((
                TimeOffer {
                    starts_at: slot.starts_at,
                    ends_at: slot.ends_at,
                    remaining: u32::from(slot.remaining),
                    counter: slot.counter.clone(),
                },
                slot.remaining,
            )),
        }
    }
    times.sort_by_key(|(t, _)| t.starts_at);
    times.into_iter().map(|(t, _)| t).collect()
}

/// A failure in the reader's language; a change refused past its deadline also gives the number
/// to call.
#[component]
pub fn Problem(error: ApiError, #[prop(optional, into)] id: Option<String>) -> impl IntoView {
    let message = error.code.message_id();
    let phone = (error.code == ErrorCode::CancellationDeadlinePassed)
        .then_some(error.phone)
        .flatten();
    view! {
        <div class="mg-error" role="alert" id=id>
            <p class="mg-error__message" data-message-id=message>{move || t(message)}</p>
            {phone.map(|phone| view! { <Phone phone=phone /> })}
        </div>
    }
}

/// The counter's phone number, as a link a phone can call.
#[component]
pub fn Phone(phone: String) -> impl IntoView {
    let href = format!("tel:{}", phone.replace(['-', ' '], ""));
    view! {
        <p class="mg-booking-phone">
            {tr(msg_id!("booking-phone-label"))}" "<a class="mg-link" href=href>{phone}</a>
        </p>
    }
}

#[cfg(test)]
mod tests {
    use madoguchi_domain::UnixMillis;
    use madoguchi_domain::booking::{SlotAvailability, UtcTime};

    use super::{BookStage, BookingRoute, ServiceId, days_of, time_value, times_of};

    #[test]
    fn every_booking_page_reads_back_from_the_hash_it_writes() {
        let card = || ServiceId::parse("my-number-card").unwrap();
        let pages = [
            BookingRoute::Services,
            BookingRoute::Mine,
            BookingRoute::Book(card(), BookStage::Day),
            BookingRoute::Book(card(), BookStage::Time),
            BookingRoute::Book(card(), BookStage::Details),
            BookingRoute::Book(card(), BookStage::Check),
            BookingRoute::Book(card(), BookStage::Done),
        ];
        for page in pages {
            let href = page.href();
            let rest = href.strip_prefix("#/booking").unwrap();
            assert_eq!(BookingRoute::parse(rest), Some(page.clone()), "{href}");
        }
        assert_eq!(
            BookingRoute::Book(card(), BookStage::Day).href(),
            "#/booking/my-number-card"
        );
        assert_eq!(BookingRoute::Mine.href(), "#/bookings");
    }

    #[test]
    fn a_malformed_booking_hash_names_no_page() {
        assert_eq!(BookingRoute::parse("/my-number-card/later"), None);
        assert_eq!(BookingRoute::parse("/My_Card"), None);
        assert_eq!(BookingRoute::parse("/my-number-card/time/more"), None);
    }

    /// 2027-01-05 (a Tuesday) at `h:m` in Japan.
    fn at(h: i64, m: i64) -> UtcTime {
        UtcTime(UnixMillis(1_799_074_800_000 + (h * 60 + m) * 60_000))
    }

    fn slot(counter: &str, date: &str, h: i64, m: i64, remaining: u16) -> SlotAvailability {
        SlotAvailability {
            counter: counter.into(),
            date: date.into(),
            starts_at: at(h, m),
            ends_at: at(h, m + 20),
            capacity: 3,
            remaining,
        }
    }

    #[test]
    fn a_times_value_is_the_citys_hour_and_minute() {
        assert_eq!(time_value(at(8, 35)), "0835");
        assert_eq!(time_value(at(13, 0)), "1300");
        assert_eq!(time_value(at(23, 59)), "2359");
    }

    #[test]
    fn every_day_between_the_first_and_last_slot_is_listed_and_a_day_without_slots_is_closed() {
        let slots = [
            slot("counter-1", "2027-01-08", 9, 0, 2),
            slot("counter-1", "2027-01-08", 9, 30, 0),
            slot("counter-1", "2027-01-11", 9, 0, 0),
            slot("counter-1", "2027-01-12", 9, 0, 3),
        ];
        assert_eq!(
            days_of(&slots),
            [
                ("2027-01-08".to_owned(), Some(2)),
                ("2027-01-09".to_owned(), None),
                ("2027-01-10".to_owned(), None),
                ("2027-01-11".to_owned(), Some(0)),
                ("2027-01-12".to_owned(), Some(3)),
            ]
        );
        assert!(days_of(&[]).is_empty());
    }

    #[test]
    fn counters_at_the_same_time_are_one_time_and_a_booking_goes_where_most_places_are() {
        let slots = [
            slot("counter-1", "2027-01-05", 9, 35, 1),
            slot("counter-2", "2027-01-05", 9, 5, 2),
            slot("counter-2", "2027-01-05", 9, 35, 2),
            slot("counter-1", "2027-01-06", 9, 35, 3),
        ];
        let times = times_of(&slots, "2027-01-05");
        let read: Vec<_> = times
            .iter()
            .map(|t| (t.value(), t.remaining, t.counter.as_str()))
            .collect();
        assert_eq!(
            read,
            [
                ("0905".to_owned(), 2, "counter-2"),
                ("0935".to_owned(), 3, "counter-2")
            ]
        );
    }
}
