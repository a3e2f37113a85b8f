//! What a city offers for booking (services, counters, their hours) and the bookable slots that
//! follow from it for a range of days.
//!
//! A slot is a time at one counter for one service. Each takes the service's visit (its buffer
//! before, the appointment, its buffer after) out of the counter's opening period; slots follow
//! each other from the period's start and a slot whose visit would run past the period's end is not
//! offered. Times are computed in Japan (UTC+9, see [`crate::days`]) and stored as UTC instants.
//!
//! Capacity is per slot: how many residents a slot takes at once (e.g. 3 clerks at the counter).
//! A counter that takes several services offers each one's slots on its own grid; keeping two
//! services from booking the same clerk twice is the store's job when it books (issue 12's
//! transactional check), not this list's.

use std::collections::{BTreeMap, BTreeSet};
use std::num::NonZeroU16;
use std::ops::RangeInclusive;

use super::closure::ClosureCalendar;
use super::hours::{OpeningPeriod, WeeklyHours};
use super::ids::{CounterId, ServiceId};
use super::window::{BookingRefusal, BookingWindow, ChangeDeadline, ChangeRefusal};
use crate::days::MILLIS_PER_MINUTE;
use crate::{CalendarDate, LocalizedText, UnixMillis};

/// How a resident proves who they are, weakest first: a service asks for a minimum. Written
/// `contact`, `account`, `my-number-card` in a city's file and on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = ServiceIdentityLevel))]
pub enum IdentityLevel {
    /// A name and a way to reach them (e.g. a consultation).
    Contact,
    /// Signed in to an account the city verified by email or phone.
    Account,
    /// Signed with the マイナンバーカード's certificate (公的個人認証).
    MyNumberCard,
}

/// How long a visit takes at the counter, in minutes: the clerk's preparation before, the
/// appointment itself, and the wrap-up after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visit {
    buffer_before: u16,
    duration: u16,
    buffer_after: u16,
}

impl Visit {
    /// A visit whose appointment lasts at least a minute and which fits in a day.
    pub fn new(buffer_before: u16, duration: u16, buffer_after: u16) -> Option<Visit> {
        let total = u32::from(buffer_before) + u32::from(duration) + u32::from(buffer_after);
        (duration > 0 && total <= 24 * 60).then_some(Visit {
            buffer_before,
            duration,
            buffer_after,
        })
    }

    pub fn duration_minutes(self) -> u16 {
        self.duration
    }

    /// Minutes the counter is taken, buffers included.
    pub fn total_minutes(self) -> u16 {
        self.buffer_before + self.duration + self.buffer_after
    }

    pub fn buffer_before_minutes(self) -> u16 {
        self.buffer_before
    }

    pub fn buffer_after_minutes(self) -> u16 {
        self.buffer_after
    }
}

/// A service residents book, with its rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Service {
    pub id: ServiceId,
    pub visit: Visit,
    /// The least proof of identity a booking needs.
    pub identity: IdentityLevel,
    /// What to bring (city text, in its languages), shown with the confirmation.
    pub bring: Vec<LocalizedText>,
    pub window: BookingWindow,
    pub change_deadline: ChangeDeadline,
}

impl Service {
    /// Whether `slot` may be booked at `now` by someone proven to `identity`.
    pub fn can_book(
        &self,
        slot: &Slot,
        identity: IdentityLevel,
        now: UnixMillis,
    ) -> Result<(), BookingRefusal> {
        if slot.service != self.id {
            return Err(BookingRefusal::UnknownService);
        }
        if identity < self.identity {
            return Err(BookingRefusal::IdentityLevelTooLow);
        }
        self.window.check(slot, now)
    }

    /// The time `slot` takes its counter: the appointment with the buffers before and after. Two
    /// bookings at one counter compete for its clerks exactly where these overlap.
    pub fn occupies(&self, slot: &Slot) -> (UnixMillis, UnixMillis) {
        let minutes = |m: u16| i64::from(m) * MILLIS_PER_MINUTE;
        (
            slot.starts_at.plus_millis(-minutes(self.visit.buffer_before)),
            slot.ends_at.plus_millis(minutes(self.visit.buffer_after)),
        )
    }

    /// Whether a booking of this service starting at `starts_at` may be cancelled or moved at `now`.
    pub fn can_change(&self, starts_at: UnixMillis, now: UnixMillis) -> Result<(), ChangeRefusal> {
        self.change_deadline.check(starts_at, now)
    }
}

/// A counter (or a member of staff) that takes appointments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counter {
    pub id: CounterId,
    pub services: BTreeSet<ServiceId>,
    /// Residents one slot takes at once (parallel clerks).
    pub capacity: NonZeroU16,
    pub hours: WeeklyHours,
}

/// One bookable time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub service: ServiceId,
    pub counter: CounterId,
    /// The day in Japan.
    pub date: CalendarDate,
    /// When the appointment begins and ends (buffers not included).
    pub starts_at: UnixMillis,
    pub ends_at: UnixMillis,
    /// How many residents the slot takes; how many places remain is the store's count.
    pub capacity: u16,
}

/// Why a city's booking setup was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    #[error("service {0} is defined twice")]
    DuplicateService(ServiceId),
    #[error("counter {0} is defined twice")]
    DuplicateCounter(CounterId),
    #[error("counter {counter} takes service {service}, which is not defined")]
    UnknownServiceAtCounter { counter: CounterId, service: ServiceId },
}

impl ScheduleError {
    /// The stable code clients branch on.
    pub fn code(&self) -> &'static str {
        match self {
            ScheduleError::DuplicateService(_) => "duplicate_service",
            ScheduleError::DuplicateCounter(_) => "duplicate_counter",
            ScheduleError::UnknownServiceAtCounter { .. } => "unknown_service_at_counter",
        }
    }
}

/// A city's booking setup: its services, its counters and its closure days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    services: BTreeMap<ServiceId, Service>,
    counters: Vec<Counter>,
    closures: ClosureCalendar,
}

impl Schedule {
    /// A setup in which every counter's services exist and no id is used twice.
    pub fn new(
        services: Vec<Service>,
        counters: Vec<Counter>,
        closures: ClosureCalendar,
    ) -> Result<Schedule, ScheduleError> {
        let mut by_id = BTreeMap::new();
        for service in services {
            if let Some(twice) = by_id.insert(service.id.clone(), service) {
                return Err(ScheduleError::DuplicateService(twice.id));
            }
        }
        let mut counter_ids = BTreeSet::new();
        for counter in &counters {
            if !counter_ids.insert(&counter.id) {
                return Err(ScheduleError::DuplicateCounter(counter.id.clone()));
            }
            if let Some(service) = counter.services.iter().find(|s| !by_id.contains_key(*s)) {
                return Err(ScheduleError::UnknownServiceAtCounter {
                    counter: counter.id.clone(),
                    service: service.clone(),
                });
            }
        }
        Ok(Schedule {
            services: by_id,
            counters,
            closures,
        })
    }

    pub fn service(&self, id: &ServiceId) -> Option<&Service> {
        self.services.get(id)
    }

    pub fn closures(&self) -> &ClosureCalendar {
        &self.closures
    }

    /// Every service, by id.
    pub fn services(&self) -> impl Iterator<Item = &Service> {
        self.services.values()
    }

    /// Every counter, in the city's order.
    pub fn counters(&self) -> &[Counter] {
        &self.counters
    }

    pub fn counter(&self, id: &CounterId) -> Option<&Counter> {
        self.counters.iter().find(|c| c.id == *id)
    }

    /// Every slot of `service` on the open days of `days`, earliest first (then by counter).
    /// Whether each is inside its booking window at a given instant is [`Service::can_book`]'s call.
    pub fn slots(
        &self,
        service: &ServiceId,
        days: RangeInclusive<CalendarDate>,
    ) -> Result<Vec<Slot>, BookingRefusal> {
        let service = self.service(service).ok_or(BookingRefusal::UnknownService)?;
        let mut slots = Vec::new();
        let mut day = *days.start();
        while day <= *days.end() {
            if self.is_open(day)? {
                for counter in self.counters.iter().filter(|c| c.services.contains(&service.id)) {
                    slots.extend(slots_on(service, counter, day));
                }
            }
            let Some(next) = day.add_days(1) else { break };
            day = next;
        }
        slots.sort_by(|a, b| (a.starts_at, &a.counter).cmp(&(b.starts_at, &b.counter)));
        Ok(slots)
    }

    /// The slot of `service` at `counter` that starts at `starts_at`: how the server reads a
    /// booking request back into a slot, refusing what it was never offered.
    pub fn slot_at(
        &self,
        service: &ServiceId,
        counter: &CounterId,
        starts_at: UnixMillis,
    ) -> Result<Slot, BookingRefusal> {
        let service = self.service(service).ok_or(BookingRefusal::UnknownService)?;
        let counter = self
            .counters
            .iter()
            .find(|c| c.id == *counter && c.services.contains(&service.id))
            .ok_or(BookingRefusal::UnknownCounter)?;
        let day = starts_at.date_in_japan().ok_or(BookingRefusal::OutsideCalendar)?;
        if !self.is_open(day)? {
            return Err(BookingRefusal::DayClosed);
        }
        slots_on(service, counter, day)
            .find(|slot| slot.starts_at == starts_at)
            .ok_or(BookingRefusal::NotASlot)
    }

    fn is_open(&self, day: CalendarDate) -> Result<bool, BookingRefusal> {
        self.closures
            .is_open(day)
            .map_err(|_| BookingRefusal::OutsideCalendar)
    }
}

/// `counter`'s slots of `service` on `day`, ignoring closures (the caller checked the day).
fn slots_on<'a>(
    service: &'a Service,
    counter: &'a Counter,
    day: CalendarDate,
) -> impl Iterator<Item = Slot> + 'a {
    let midnight = day.start_in_japan();
    let visit = service.visit;
    counter
        .hours
        .on(day.weekday())
        .iter()
        .flat_map(move |period: &OpeningPeriod| {
            let (opens, closes) = (period.opens().minutes(), period.closes().minutes());
            let count = (closes - opens) / visit.total_minutes();
            (0..count).map(move |n| opens + n * visit.total_minutes() + visit.buffer_before)
        })
        .map(move |start_minute| {
            let starts_at = midnight.plus_millis(i64::from(start_minute) * MILLIS_PER_MINUTE);
            Slot {
                service: service.id.clone(),
                counter: counter.id.clone(),
                date: day,
                starts_at,
                ends_at: starts_at.plus_millis(i64::from(visit.duration) * MILLIS_PER_MINUTE),
                capacity: counter.capacity.get(),
            }
        })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::booking::holidays::{NationalHolidays, shipped};
    use crate::booking::hours::TimeOfDay;
    use crate::days::{MILLIS_PER_HOUR, Weekday};

    fn date(y: i32, m: u8, d: u8) -> CalendarDate {
        CalendarDate::new(y, m, d).unwrap()
    }

    fn at(h: u8, m: u8) -> TimeOfDay {
        TimeOfDay::new(h, m).unwrap()
    }

    fn service(id: &str, visit: Visit) -> Service {
        Service {
            id: ServiceId::parse(id).unwrap(),
            visit,
            identity: IdentityLevel::MyNumberCard,
            bring: Vec::new(),
            window: BookingWindow::new(30, 24).unwrap(),
            change_deadline: ChangeDeadline::hours_before(24),
        }
    }

    fn counter(id: &str, services: &[&str], hours: WeeklyHours) -> Counter {
        Counter {
            id: CounterId::parse(id).unwrap(),
            services: services.iter().map(|s| ServiceId::parse(s).unwrap()).collect(),
            capacity: NonZeroU16::new(3).unwrap(),
            hours,
        }
    }

    /// 夢咲市's citizen desk: 8:30–12:00 and 13:00–17:15 on weekdays, and a マイナンバーカード
    /// counter open Thursday and Saturday mornings; 2027-01-04 is closed locally for a system
    /// changeover.
    fn yumesaki(visit: Visit) -> Schedule {
        let morning = OpeningPeriod::new(at(8, 30), at(12, 0)).unwrap();
        let afternoon = OpeningPeriod::new(at(13, 0), at(17, 15)).unwrap();
        let weekdays = WeeklyHours::weekdays(&[morning, afternoon]).unwrap();
        let thursday_saturday = WeeklyHours::closed()
            .with(Weekday::Thursday, &[morning])
            .and_then(|h| h.with(Weekday::Saturday, &[morning]))
            .unwrap();
        Schedule::new(
            vec![service("my-number-card", visit), service("moving-in", visit)],
            vec![
                counter("counter-1", &["my-number-card", "moving-in"], weekdays),
                counter("counter-9", &["my-number-card"], thursday_saturday),
            ],
            ClosureCalendar::new(NationalHolidays::new(shipped()), [date(2027, 1, 4)]),
        )
        .unwrap()
    }

    fn card() -> ServiceId {
        ServiceId::parse("my-number-card").unwrap()
    }

    /// Minutes after midnight in Japan at which `slot` starts.
    fn minute_of_day(slot: &Slot) -> i64 {
        (slot.starts_at.0 - slot.date.start_in_japan().0) / MILLIS_PER_MINUTE
    }

    #[test]
    fn a_weekday_is_cut_into_visits_that_fit_each_opening_period() {
        // 5 + 30 + 10 = 45 minutes a visit: 8:30–12:00 holds 4 (to 11:30), 13:00–17:15 holds 5.
        let schedule = yumesaki(Visit::new(5, 30, 10).unwrap());
        let day = date(2027, 1, 5);
        let slots = schedule.slots(&card(), day..=day).unwrap();
        let starts: Vec<_> = slots.iter().map(minute_of_day).collect();
        assert_eq!(
            starts,
            [515, 560, 605, 650, 785, 830, 875, 920, 965],
            "08:35 09:20 10:05 10:50 | 13:05 13:50 14:35 15:20 16:05"
        );
        assert!(
            slots
                .iter()
                .all(|s| s.capacity == 3 && s.ends_at.0 - s.starts_at.0 == 30 * MILLIS_PER_MINUTE)
        );
        // Stored in UTC: 08:35 JST on 2027-01-05 is 2027-01-04T23:35Z.
        assert_eq!(slots[0].starts_at, UnixMillis(1_799_105_700_000));
    }

    #[test]
    fn no_slot_is_offered_over_the_year_end_break_or_the_weekend() {
        let schedule = yumesaki(Visit::new(0, 30, 0).unwrap());
        let slots = schedule
            .slots(&card(), date(2026, 12, 26)..=date(2027, 1, 7))
            .unwrap();
        let days: BTreeSet<_> = slots.iter().map(|s| (s.date, s.counter.as_str())).collect();
        // Saturday 12/26: a weekend closes the city even where a counter has Saturday hours (an
        // opening on a closure day, 休日開庁, is not modelled yet). 12/29–1/3: 年末年始 (12/31 is a
        // Thursday). 1/4: the city's own closure.
        assert_eq!(
            days.into_iter().collect::<Vec<_>>(),
            [
                (date(2026, 12, 28), "counter-1"),
                (date(2027, 1, 5), "counter-1"),
                (date(2027, 1, 6), "counter-1"),
                (date(2027, 1, 7), "counter-1"),
                (date(2027, 1, 7), "counter-9"),
            ]
        );
    }

    #[test]
    fn a_booking_request_is_read_back_into_the_slot_it_names_or_refused() {
        let schedule = yumesaki(Visit::new(0, 30, 0).unwrap());
        let counter_1 = CounterId::parse("counter-1").unwrap();
        let tuesday_9 = date(2027, 1, 5).start_in_japan().plus_millis(9 * MILLIS_PER_HOUR);
        let slot = schedule.slot_at(&card(), &counter_1, tuesday_9).unwrap();
        assert_eq!((slot.date, slot.capacity), (date(2027, 1, 5), 3));

        let refusal = |service: &str, counter: &str, at: UnixMillis| {
            schedule
                .slot_at(
                    &ServiceId::parse(service).unwrap(),
                    &CounterId::parse(counter).unwrap(),
                    at,
                )
                .unwrap_err()
        };
        assert_eq!(
            refusal("passport", "counter-1", tuesday_9),
            BookingRefusal::UnknownService
        );
        assert_eq!(
            refusal("moving-in", "counter-9", tuesday_9),
            BookingRefusal::UnknownCounter
        );
        assert_eq!(
            refusal("my-number-card", "counter-1", tuesday_9.plus_millis(60_000)),
            BookingRefusal::NotASlot
        );
        let new_years_day_9 = date(2027, 1, 1).start_in_japan().plus_millis(9 * MILLIS_PER_HOUR);
        assert_eq!(
            refusal("my-number-card", "counter-1", new_years_day_9),
            BookingRefusal::DayClosed
        );
    }

    #[test]
    fn a_resident_without_the_needed_identity_cannot_book() {
        let schedule = yumesaki(Visit::new(0, 30, 0).unwrap());
        let day = date(2027, 1, 5);
        let slot = &schedule.slots(&card(), day..=day).unwrap()[0];
        let service = schedule.service(&card()).unwrap();
        let now = date(2026, 12, 20).start_in_japan();
        assert_eq!(
            service.can_book(slot, IdentityLevel::Account, now),
            Err(BookingRefusal::IdentityLevelTooLow)
        );
        assert_eq!(service.can_book(slot, IdentityLevel::MyNumberCard, now), Ok(()));
    }

    #[test]
    fn a_setup_naming_a_service_nobody_defined_is_refused() {
        let closures = ClosureCalendar::new(NationalHolidays::new(shipped()), []);
        let result = Schedule::new(
            vec![service("moving-in", Visit::new(0, 30, 0).unwrap())],
            vec![counter("counter-1", &["passport"], WeeklyHours::closed())],
            closures,
        );
        assert_eq!(result.unwrap_err().code(), "unknown_service_at_counter");
    }

    proptest! {
        #![proptest_config(crate::test_support::pinned_proptest())]

        #[test]
        fn generated_slots_are_on_open_days_inside_opening_hours_and_never_overlap(
            before in 0_u16..30,
            duration in 5_u16..120,
            after in 0_u16..30,
            first_day in 0_i64..(2060 - 1970) * 365,
        ) {
            let visit = Visit::new(before, duration, after).unwrap();
            let schedule = yumesaki(visit);
            let from = CalendarDate::from_days_since_epoch(first_day).unwrap();
            let slots = schedule.slots(&card(), from..=from.add_days(20).unwrap()).unwrap();
            for slot in &slots {
                prop_assert_eq!(schedule.closures().is_open(slot.date), Ok(true));
                let counter = schedule.counters.iter().find(|c| c.id == slot.counter).unwrap();
                let start = minute_of_day(slot);
                let end = start + i64::from(visit.duration_minutes());
                let inside = counter.hours.on(slot.date.weekday()).iter().any(|p| {
                    i64::from(p.opens().minutes()) <= start - i64::from(before)
                        && end + i64::from(after) <= i64::from(p.closes().minutes())
                });
                prop_assert!(inside, "{:?} at minute {}", slot.date, start);
                let read_back = schedule.slot_at(&slot.service, &slot.counter, slot.starts_at);
                prop_assert_eq!(read_back.as_ref(), Ok(slot));
            }
            for counter in &schedule.counters {
                let at_counter: Vec<_> = slots.iter().filter(|s| s.counter == counter.id).collect();
                for pair in at_counter.windows(2) {
                    let gap = pair[1].starts_at.0 - pair[0].ends_at.0;
                    prop_assert!(gap >= i64::from(after + before) * MILLIS_PER_MINUTE);
                }
            }
        }
    }
}
