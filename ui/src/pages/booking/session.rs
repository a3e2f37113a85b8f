//! The booking in progress: the service, the day and time chosen, who is coming, and what booking
//! (or joining a full time's waitlist) gave. Kept in this page's memory (a `thread_local`), not in a component, because each stage is a
//! page of its own (the browser's Back works) and a page's signals go when it does. Nothing of it
//! is written to browser storage.

use std::cell::RefCell;

use madoguchi_domain::booking::{BookingContact, UtcTime};
use madoguchi_domain::form::FieldProblem;
use madoguchi_domain::{IdempotencyKey, LocalBooking, LocalWaitlistPlace};

/// The slot chosen on the time page: where the booking goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chosen {
    pub counter: String,
    pub starts_at: UtcTime,
    pub ends_at: UtcTime,
}

/// One booking being made (or a booking being moved), or just made.
#[derive(Clone, Debug, Default)]
pub struct Flow {
    pub service: String,
    /// The day chosen, `YYYY-MM-DD` in Japan.
    pub day: Option<String>,
    pub slot: Option<Chosen>,
    /// As entered; checked with `BookingContact::parse` before the check page.
    pub contact: BookingContact,
    /// Problems to show when the details page opens (the city's refusal of the contact).
    pub problems: Vec<FieldProblem>,
    /// Web mode: the booking's (or the move's) key, kept until the city has decided.
    pub web_key: Option<IdempotencyKey>,
    /// The booking being moved to another slot (from "my bookings"): no contact is asked, and the
    /// check page moves it instead of booking.
    pub moving: Option<LocalBooking>,
    /// What booking (or moving) gave, for the confirmation.
    pub done: Option<LocalBooking>,
    /// The chosen time is full and the resident joins its waitlist instead of booking it (the
    /// same details and check pages; the check page joins).
    pub waitlist: bool,
    /// What joining the waitlist gave, for the confirmation.
    pub joined: Option<LocalWaitlistPlace>,
}

thread_local! {
    static FLOW: RefCell<Option<Flow>> = const { RefCell::new(None) };
}

/// The flow for `service`: the one in memory, or a new one (for another service, or after the
/// last one was booked and the resident starts again at the day page).
pub fn open(service: &str, fresh_after_done: bool) -> Flow {
    FLOW.with(|f| {
        let mut f = f.borrow_mut();
        let keep = f.as_ref().is_some_and(|flow| {
            let finished = flow.done.is_some() || flow.joined.is_some();
            flow.service == service && !(fresh_after_done && finished)
        });
        if !keep {
            *f = Some(Flow {
                service: service.to_owned(),
                ..Flow::default()
            });
        }
        f.clone().unwrap_or_default()
    })
}

/// The flow in memory, whatever its service.
pub fn open_current() -> Option<Flow> {
    FLOW.with(|f| f.borrow().clone())
}

/// Starts booking `service` afresh (the services page's links).
pub fn start(service: &str) {
    FLOW.with(|f| {
        *f.borrow_mut() = Some(Flow {
            service: service.to_owned(),
            ..Flow::default()
        });
    });
}

/// Starts moving `booking` to another slot of its service ("my bookings").
pub fn start_move(booking: LocalBooking) {
    FLOW.with(|f| {
        *f.borrow_mut() = Some(Flow {
            service: booking.request.service.clone(),
            moving: Some(booking),
            ..Flow::default()
        });
    });
}

/// Changes the flow in memory (nothing when there is none).
pub fn update(change: impl FnOnce(&mut Flow)) {
    FLOW.with(|f| {
        if let Some(flow) = f.borrow_mut().as_mut() {
            change(flow);
        }
    });
}

#[cfg(test)]
mod tests {
    use madoguchi_domain::booking::{BookingContact, BookingRequest, UtcTime};
    use madoguchi_domain::{DeliveryState, LocalBooking, UnixMillis};

    use super::{open, start_move, update};

    #[test]
    fn a_flow_is_kept_for_its_service_and_started_again_for_another_or_after_booking() {
        open("my-number-card", true);
        update(|f| f.day = Some("2027-01-05".into()));
        assert_eq!(open("my-number-card", true).day.as_deref(), Some("2027-01-05"));
        assert_eq!(open("moving-in", true).day, None, "another service starts afresh");

        update(|f| {
            f.day = Some("2027-01-06".into());
            f.done = Some(LocalBooking {
                local_id: 1,
                request: BookingRequest {
                    service: "moving-in".into(),
                    counter: "counter-2".into(),
                    starts_at: UtcTime(UnixMillis(0)),
                    contact: BookingContact::default(),
                },
                created_at: UnixMillis(0),
                delivery: DeliveryState::Pending { attempts: 0 },
                booking: None,
                change: None,
            });
        });
        assert!(
            open("moving-in", false).done.is_some(),
            "the confirmation still sees it"
        );
        assert_eq!(open("moving-in", true).day, None, "booking again starts afresh");
    }

    #[test]
    fn moving_a_booking_opens_a_flow_for_its_service() {
        let booking = LocalBooking {
            local_id: 7,
            request: BookingRequest {
                service: "childcare-consultation".into(),
                counter: "consultation-room".into(),
                starts_at: UtcTime(UnixMillis(0)),
                contact: BookingContact::default(),
            },
            created_at: UnixMillis(0),
            delivery: DeliveryState::Sent {
                reference: "YMS-B-000007".into(),
            },
            booking: None,
            change: None,
        };
        start_move(booking);
        let flow = open("childcare-consultation", true);
        assert_eq!(flow.moving.map(|b| b.local_id), Some(7));
    }
}
