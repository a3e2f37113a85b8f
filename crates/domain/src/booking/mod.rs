//! Appointment booking at the city's counters (issue 12): the rules, without IO, that the server
//! enforces and the UI and shell show the same way.
//!
//! - [`holidays`] reads the Cabinet Office's `syukujitsu.csv`; [`holiday_rules`] computes 祝日法's
//!   days for the years after it (provisional);
//! - [`closure`]: the city's closure days (weekends, national holidays, 12/29–1/3, its own) and
//!   where a deadline on one lands (地方自治法 4条の2);
//! - [`hours`]: opening hours per weekday; [`slots`]: services, counters and the slots they give
//!   for a range of days; [`window`]: whether a slot may be booked, or a booking changed, at `now`;
//! - [`waitlist`]: a waiting resident's way to an offer and a booking;
//! - [`reminder`]: when the reminder the day before a visit goes out;
//! - [`config`]: the city's file that sets all of this up; [`wire`]: what booking says over HTTP.
//!
//! Time is always passed in ([`crate::UnixMillis`]); days are days in Japan ([`crate::days`]).
//! Refusals are enums with stable codes, never text.

pub mod closure;
pub mod config;
pub mod holiday_rules;
pub mod holidays;
pub mod hours;
pub mod ids;
pub mod reminder;
pub mod slots;
pub mod waitlist;
pub mod window;
pub mod wire;

pub use closure::{Closure, ClosureCalendar};
pub use config::{BookingConfig, CheckedConfig, ConfigProblem};
pub use holiday_rules::HolidayRule;
pub use holidays::{
    Holiday, HolidayFileError, HolidayFileProblem, HolidayList, HolidayName, NationalHolidays,
    OutsideCalendar,
};
pub use hours::{OpeningPeriod, OverlappingPeriods, TimeOfDay, WeeklyHours};
pub use ids::{CounterId, InvalidId, ServiceId};
pub use reminder::{DueReminders, reminders_due};
pub use slots::{Counter, IdentityLevel, Schedule, ScheduleError, Service, Slot, Visit};
pub use waitlist::{WaitlistRefusal, WaitlistState, next_in_line};
pub use window::{BookingRefusal, BookingWindow, ChangeDeadline, ChangeRefusal};
pub use wire::{
    BookableService, BookedBy, Booking, BookingCatalogue, BookingContact, BookingDay, BookingReceipt,
    BookingReference, BookingRequest, BookingRequestWithLocale, BookingStatus, CounterDay, CounterSummary,
    RescheduleRequest, SlotAvailability, SlotList, UtcTime, WaitlistEntry, WaitlistReceipt, WaitlistStatus,
};
