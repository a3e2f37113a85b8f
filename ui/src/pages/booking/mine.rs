//! My bookings (`#/bookings`): each booking with where it is — waiting to be sent, booked with its
//! reference, refused, cancelled, visited — and, until its change deadline, "change the day and
//! time" and "cancel" (the kit's Dialog asks first). After the deadline the page says so and gives
//! the counter's phone number instead of the buttons. A change waiting in the outbox, or refused by
//! the city, is shown on its booking.
//!
//! Below them, the resident's places on full times' waitlists, each read again from the city when
//! the page opens: waiting; offered, with until when the place is held and "take this place"
//! (then it is a booking like the others, listed above); or passed on to the next in line.

use leptos::prelude::*;
use leptos::task::spawn_local;
use madoguchi_domain::booking::{BookingCatalogue, BookingStatus, ServiceId, UtcTime, WaitlistStatus};
use madoguchi_domain::{
    ApiError, BookingAction, DeliveryState, IdempotencyKey, LocalBooking, LocalWaitlistPlace, UnixMillis,
};
use madoguchi_i18n::msg_id;
use madoguchi_ui_kit::{Button, ButtonVariant, Dialog, Tag, TagColour};

use super::{BookStage, BookingRoute as Route};
use super::{Phone, Problem, clock, counter_of, counter_text, day_of, service_of, session, time_range};
use crate::i18n::{t, t_args, tr};
use crate::ipc;
use crate::pages::apply::city_plain;

/// Where one booking stands, as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Standing {
    /// Saved on the device, not yet sent: nothing is booked yet.
    Queued,
    /// The city refused the booking (e.g. full): nothing is booked.
    Refused(ApiError),
    /// Booked; whether it can still be changed online.
    Confirmed {
        changeable: bool,
    },
    Cancelled,
    CheckedIn,
    NoShow,
}

fn standing(booking: &LocalBooking, now: UnixMillis) -> Standing {
    match (&booking.delivery, &booking.booking) {
        (DeliveryState::Pending { .. }, _) => Standing::Queued,
        (DeliveryState::Failed { error }, _) => Standing::Refused(error.clone()),
        (DeliveryState::Sent { .. }, None) => Standing::Confirmed { changeable: true },
        (DeliveryState::Sent { .. }, Some(b)) => match b.status {
            BookingStatus::Confirmed => Standing::Confirmed {
                changeable: now < b.change_deadline.0,
            },
            BookingStatus::Cancelled => Standing::Cancelled,
            BookingStatus::CheckedIn => Standing::CheckedIn,
            BookingStatus::NoShow => Standing::NoShow,
        },
    }
}

impl Standing {
    /// The tag's words and colour (the words carry the meaning, not the colour).
    fn tag(&self) -> (&'static str, &'static str, TagColour) {
        match self {
            Standing::Queued => ("queued", msg_id!("bookings-state-queued"), TagColour::Information),
            Standing::Refused(_) => ("refused", msg_id!("bookings-state-refused"), TagColour::Error),
            Standing::Confirmed { .. } => (
                "confirmed",
                msg_id!("bookings-state-confirmed"),
                TagColour::Success,
            ),
            Standing::Cancelled => (
                "cancelled",
                msg_id!("bookings-state-cancelled"),
                TagColour::Neutral,
            ),
            Standing::CheckedIn => (
                "checked-in",
                msg_id!("bookings-state-checked-in"),
                TagColour::Neutral,
            ),
            Standing::NoShow => ("no-show", msg_id!("bookings-state-no-show"), TagColour::Warning),
        }
    }
}

/// Where one waitlist place stands, as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
enum PlaceStanding {
    /// Saved on the device, not yet sent: not in line yet.
    Queued,
    /// The city refused to put the resident in line (e.g. a place was free: book it instead).
    Refused(ApiError),
    Waiting,
    /// A place is held for the resident until then.
    Offered {
        until: UtcTime,
    },
    /// The offer was taken: it is one of the bookings.
    Booked,
    /// The offer lapsed and went to the next in line.
    Expired,
}

/// An offer whose time has passed on the page's clock is over, whatever was last read (the city
/// judges it the same way).
fn place_standing(place: &LocalWaitlistPlace, now: UnixMillis) -> PlaceStanding {
    match (&place.delivery, &place.entry) {
        (DeliveryState::Pending { .. }, _) => PlaceStanding::Queued,
        (DeliveryState::Failed { error }, _) => PlaceStanding::Refused(error.clone()),
        _ if place.booking.is_some() => PlaceStanding::Booked,
        (DeliveryState::Sent { .. }, None) => PlaceStanding::Waiting,
        (DeliveryState::Sent { .. }, Some(entry)) => match (entry.status, entry.offer_expires_at) {
            (WaitlistStatus::Waiting, _) => PlaceStanding::Waiting,
            (WaitlistStatus::Offered, Some(until)) if now < until.0 => PlaceStanding::Offered { until },
            (WaitlistStatus::Offered | WaitlistStatus::Expired, _) => PlaceStanding::Expired,
            (WaitlistStatus::Booked, _) => PlaceStanding::Booked,
        },
    }
}

impl PlaceStanding {
    /// The tag's words and colour (the words carry the meaning, not the colour).
    fn tag(&self) -> (&'static str, &'static str, TagColour) {
        match self {
            PlaceStanding::Queued => ("queued", msg_id!("bookings-state-queued"), TagColour::Information),
            PlaceStanding::Refused(_) => (
                "refused",
                msg_id!("bookings-waitlist-state-refused"),
                TagColour::Error,
            ),
            PlaceStanding::Waiting => (
                "waiting",
                msg_id!("bookings-waitlist-state-waiting"),
                TagColour::Information,
            ),
            PlaceStanding::Offered { .. } => (
                "offered",
                msg_id!("bookings-waitlist-state-offered"),
                TagColour::Success,
            ),
            PlaceStanding::Booked => ("booked", msg_id!("bookings-state-confirmed"), TagColour::Neutral),
            PlaceStanding::Expired => (
                "expired",
                msg_id!("bookings-waitlist-state-expired"),
                TagColour::Neutral,
            ),
        }
    }
}

/// Something waits to be sent: the booking, or a change of it.
fn waiting(list: &[LocalBooking]) -> bool {
    list.iter().any(|b| {
        matches!(b.delivery, DeliveryState::Pending { .. })
            || b.change.as_ref().is_some_and(|c| c.refused.is_none())
    })
}

/// Something about a waitlist place waits to be sent: joining, or taking the offer.
fn place_waiting(list: &[LocalWaitlistPlace]) -> bool {
    list.iter().any(|p| {
        matches!(p.delivery, DeliveryState::Pending { .. })
            || p.accept.as_ref().is_some_and(|a| a.refused.is_none())
    })
}

#[component]
pub fn MyBookingsPage() -> impl IntoView {
    Effect::new(move |_| document().set_title(&t(msg_id!("bookings-document-title"))));
    let catalogue = LocalResource::new(ipc::bookings::booking_services);
    let mine = LocalResource::new(ipc::bookings::my_bookings);
    let places = LocalResource::new(ipc::bookings::my_waitlist);
    // While something waits in the outbox, look again every 2 s so its outcome shows by itself.
    let handle = set_interval_with_handle(
        move || {
            let places_wait = places
                .get_untracked()
                .and_then(Result::ok)
                .is_some_and(|list| place_waiting(&list));
            if places_wait {
                places.refetch();
            }
            if places_wait
                || mine
                    .get_untracked()
                    .and_then(Result::ok)
                    .is_some_and(|list| waiting(&list))
            {
                mine.refetch();
            }
        },
        std::time::Duration::from_secs(2),
    );
    on_cleanup(move || {
        if let Ok(h) = handle {
            h.clear();
        }
    });
    let to_cancel = RwSignal::new(None::<LocalBooking>);
    let dialog_open = RwSignal::new(false);
    let said = RwSignal::new(None::<&'static str>);
    let failure = RwSignal::new(None::<ApiError>);
    // Web mode: the cancellation's key, kept until the city has decided (a retry is replayed).
    let cancel_key = StoredValue::new(None::<(i64, IdempotencyKey)>);
    let busy = RwSignal::new(false);
    let cancel = Callback::new(move |()| {
        let Some(booking) = to_cancel.get_untracked() else {
            return;
        };
        if busy.get_untracked() {
            return;
        }
        let kept = cancel_key
            .get_value()
            .filter(|(id, _)| *id == booking.local_id)
            .map(|(_, key)| Ok(key));
        let key = match kept.unwrap_or_else(ipc::new_idempotency_key) {
            Ok(key) => key,
            Err(error) => {
                failure.set(Some(error));
                return;
            }
        };
        cancel_key.set_value(Some((booking.local_id, key.clone())));
        dialog_open.set(false);
        busy.set(true);
        said.set(None);
        failure.set(None);
        spawn_local(async move {
            match ipc::bookings::change_booking(booking.local_id, &BookingAction::Cancel, &key).await {
                Ok(now) => {
                    cancel_key.set_value(None);
                    let waits = now.change.as_ref().is_some_and(|c| c.refused.is_none());
                    let refused = now.change.as_ref().is_some_and(|c| c.refused.is_some());
                    said.set(match (waits, refused) {
                        (true, _) => Some(msg_id!("bookings-cancel-queued")),
                        (_, true) => None,
                        _ => Some(msg_id!("bookings-cancelled")),
                    });
                }
                Err(error) => failure.set(Some(error)),
            }
            busy.set(false);
            mine.refetch();
        });
    });
    // Taking an offered place. Web mode: its key, kept until the city has decided.
    let accept_key = StoredValue::new(None::<(i64, IdempotencyKey)>);
    let accept = Callback::new(move |local_id: i64| {
        if busy.get_untracked() {
            return;
        }
        let kept = accept_key
            .get_value()
            .filter(|(id, _)| *id == local_id)
            .map(|(_, key)| Ok(key));
        let key = match kept.unwrap_or_else(ipc::new_idempotency_key) {
            Ok(key) => key,
            Err(error) => {
                failure.set(Some(error));
                return;
            }
        };
        accept_key.set_value(Some((local_id, key.clone())));
        busy.set(true);
        said.set(None);
        failure.set(None);
        spawn_local(async move {
            match ipc::bookings::accept_offer(local_id, &key).await {
                Ok(place) => {
                    accept_key.set_value(None);
                    said.set(match (&place.booking, &place.accept) {
                        (Some(_), _) => Some(msg_id!("bookings-waitlist-accepted")),
                        (None, Some(a)) if a.refused.is_none() => {
                            Some(msg_id!("bookings-waitlist-accept-queued"))
                        }
                        _ => None,
                    });
                }
                Err(error) => failure.set(Some(error)),
            }
            busy.set(false);
            mine.refetch();
            places.refetch();
        });
    });
    let intro = if ipc::is_app() {
        msg_id!("bookings-intro-app")
    } else {
        msg_id!("bookings-intro-web")
    };
    view! {
        <h1 class="mg-heading-xl" id=super::HEADING_ID tabindex="-1">{tr(msg_id!("bookings-title"))}</h1>
        <p class="mg-lead">{tr(intro)}</p>
        <p><a class="mg-link" id="bookings-new" href=Route::Services.href()>{tr(msg_id!("bookings-new"))}</a></p>
        <p role="status" id="bookings-said">{move || said.get().map(t)}</p>
        {move || failure.get().map(|error| view! { <Problem error=error id="bookings-failure" /> })}
        {move || match mine.get() {
            None => view! { <p class="mg-loading" role="status">{t(msg_id!("loading"))}</p> }.into_any(),
            Some(Err(error)) => view! { <Problem error=error /> }.into_any(),
            Some(Ok(list)) if list.is_empty() => view! { <p id="bookings-none">{tr(msg_id!("bookings-none"))}</p> }.into_any(),
            Some(Ok(list)) => {
                let catalogue = catalogue.get().and_then(Result::ok);
                let now = ipc::now();
                view! {
                    <ul class="mg-booking-list" id="bookings-list" role="list">
                        {list
                            .into_iter()
                            .map(|b| view! {
                                <Item
                                    booking=b
                                    catalogue=catalogue.clone()
                                    now=now
                                    on_cancel=Callback::new(move |b: LocalBooking| {
                                        to_cancel.set(Some(b));
                                        dialog_open.set(true);
                                    })
                                />
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }
        }}
        {move || {
            let list = places.get().and_then(Result::ok).filter(|l| !l.is_empty())?;
            let catalogue = catalogue.get().and_then(Result::ok);
            let now = ipc::now();
            Some(view! {
                <section id="waitlist" aria-labelledby="waitlist-title">
                    <h2 id="waitlist-title">{tr(msg_id!("booking-waitlist-title"))}</h2>
                    <ul class="mg-booking-list" id="waitlist-list" role="list">
                        {list
                            .into_iter()
                            .map(|p| view! { <PlaceItem place=p catalogue=catalogue.clone() now=now on_accept=accept /> })
                            .collect_view()}
                    </ul>
                </section>
            })
        }}
        <Dialog
            id="bookings-cancel-dialog"
            open=dialog_open
            title=Signal::derive(|| t(msg_id!("bookings-cancel-title")))
            close_label=Signal::derive(|| t(msg_id!("applications-dialog-close")))
        >
            <p id="bookings-cancel-what">{move || to_cancel.get().map(|b| when(&b))}</p>
            <p>{tr(msg_id!("bookings-cancel-text"))}</p>
            <Button id="bookings-cancel-yes" label=Signal::derive(|| t(msg_id!("bookings-cancel-yes"))) on_press=cancel />
            <Button
                id="bookings-cancel-no"
                variant=ButtonVariant::Secondary
                label=Signal::derive(|| t(msg_id!("bookings-cancel-no")))
                on_press=Callback::new(move |()| dialog_open.set(false))
            />
        </Dialog>
    }
}

/// The day and time of a booking: as the city last answered, else as asked.
fn when(booking: &LocalBooking) -> String {
    match &booking.booking {
        Some(b) => format!("{} {}", day_of(b.starts_at), time_range(b.starts_at, b.ends_at)),
        None => format!(
            "{} {}",
            day_of(booking.request.starts_at),
            clock(booking.request.starts_at)
        ),
    }
}

/// One booking of the list.
#[component]
fn Item(
    booking: LocalBooking,
    catalogue: Option<BookingCatalogue>,
    now: UnixMillis,
    on_cancel: Callback<LocalBooking>,
) -> impl IntoView {
    let state = standing(&booking, now);
    let (state_name, tag, colour) = state.tag();
    let service = &booking.request.service;
    let name = catalogue
        .as_ref()
        .and_then(|c| service_of(c, service))
        .map_or_else(|| service.clone(), |s| city_plain(&s.name));
    let counter_id = booking
        .booking
        .as_ref()
        .map_or(booking.request.counter.as_str(), |b| b.counter.as_str());
    let counter = catalogue
        .as_ref()
        .and_then(|c| counter_of(c, service, counter_id))
        .map_or_else(|| counter_id.to_owned(), counter_text);
    let phone = catalogue
        .as_ref()
        .map(|c| c.phone.clone())
        .filter(|p| !p.is_empty());
    let reference = match &booking.delivery {
        DeliveryState::Sent { reference } => Some(reference.clone()),
        _ => None,
    };
    let local_id = booking.local_id;
    let change = booking.change.clone();
    let detail = match (&state, &change) {
        (Standing::Queued, _) => view! { <p>{tr(msg_id!("booking-queued-text"))}</p> }.into_any(),
        (Standing::Refused(error), _) => view! {
            <Problem error=error.clone() />
            <p>{tr(msg_id!("booking-refused-text"))}</p>
        }
        .into_any(),
        // A change on its way: nothing more to ask until the city has answered it.
        (_, Some(change)) if change.refused.is_none() => {
            let waiting = match change.action {
                BookingAction::Cancel => msg_id!("bookings-cancel-queued"),
                BookingAction::Reschedule(_) => msg_id!("bookings-move-queued"),
            };
            view! { <p data-change="waiting">{tr(waiting)}</p> }.into_any()
        }
        (Standing::Confirmed { changeable: true }, refused) => {
            let refused = refused.clone().and_then(|c| c.refused);
            let actions = actions(&booking, &name, on_cancel);
            view! {
                {refused.map(|error| view! {
                    <p>{tr(msg_id!("bookings-change-refused"))}</p>
                    <Problem error=error />
                })}
                {actions}
            }
            .into_any()
        }
        (Standing::Confirmed { changeable: false }, _) => {
            let deadline = booking.booking.as_ref().map(|b| b.change_deadline);
            let text = deadline.map(|d| {
                t_args(
                    msg_id!("bookings-past-deadline"),
                    &[("date", day_of(d).into()), ("time", clock(d).into())],
                )
            });
            view! {
                <div class="mg-booking-deadline" data-change="past-deadline">
                    <p>{text}</p>
                    {phone.clone().map(|phone| view! { <Phone phone=phone /> })}
                </div>
            }
            .into_any()
        }
        _ => ().into_any(),
    };
    view! {
        <li class="mg-booking" data-local-id=local_id.to_string() data-state=state_name>
            <h2>{name.clone()}</h2>
            <p><Tag label=Signal::stored(t(tag)) colour=colour />" "{when(&booking)}</p>
            <p>{counter}</p>
            {reference.map(|r| view! { <p>{t_args(msg_id!("booking-reference"), &[("reference", r.into())])}</p> })}
            {detail}
        </li>
    }
}

/// One place on a waitlist.
#[component]
fn PlaceItem(
    place: LocalWaitlistPlace,
    catalogue: Option<BookingCatalogue>,
    now: UnixMillis,
    on_accept: Callback<i64>,
) -> impl IntoView {
    let state = place_standing(&place, now);
    let (state_name, tag, colour) = state.tag();
    let request = &place.request;
    let name = catalogue
        .as_ref()
        .and_then(|c| service_of(c, &request.service))
        .map_or_else(|| request.service.clone(), |s| city_plain(&s.name));
    let counter = catalogue
        .as_ref()
        .and_then(|c| counter_of(c, &request.service, &request.counter))
        .map_or_else(|| request.counter.clone(), counter_text);
    let when = format!("{} {}", day_of(request.starts_at), clock(request.starts_at));
    let reference = match &place.delivery {
        DeliveryState::Sent { reference } => Some(reference.clone()),
        _ => None,
    };
    let local_id = place.local_id;
    let accept = place.accept.clone();
    let detail = match &state {
        PlaceStanding::Queued => view! { <p>{tr(msg_id!("booking-waitlist-queued-text"))}</p> }.into_any(),
        PlaceStanding::Refused(error) => view! { <Problem error=error.clone() /> }.into_any(),
        PlaceStanding::Waiting => view! { <p>{tr(msg_id!("booking-waitlist-held"))}</p> }.into_any(),
        PlaceStanding::Offered { until } => {
            let held = t_args(
                msg_id!("bookings-waitlist-offered"),
                &[("date", day_of(*until).into()), ("time", clock(*until).into())],
            );
            let action = match accept {
                Some(a) if a.refused.is_none() => {
                    view! { <p data-change="waiting">{tr(msg_id!("bookings-waitlist-accept-queued"))}</p> }
                        .into_any()
                }
                refused => {
                    let label = t_args(
                        msg_id!("bookings-waitlist-accept"),
                        &[("service", name.clone().into())],
                    );
                    view! {
                        {refused.and_then(|a| a.refused).map(|error| view! { <Problem error=error /> })}
                        <p class="mg-button-group">
                            <Button
                                id=format!("waitlist-accept-{local_id}")
                                label=Signal::stored(label)
                                on_press=Callback::new(move |()| on_accept.run(local_id))
                            />
                        </p>
                    }
                    .into_any()
                }
            };
            view! {
                <p data-offer="held">{held}</p>
                {action}
            }
            .into_any()
        }
        PlaceStanding::Booked => view! { <p>{tr(msg_id!("bookings-waitlist-booked"))}</p> }.into_any(),
        PlaceStanding::Expired => {
            let refused = accept.and_then(|a| a.refused);
            view! {
                {refused.map(|error| view! { <Problem error=error /> })}
                <p>{tr(msg_id!("bookings-waitlist-expired"))}</p>
            }
            .into_any()
        }
    };
    view! {
        <li class="mg-booking" data-local-id=local_id.to_string() data-state=state_name>
            <h3>{name}</h3>
            <p><Tag label=Signal::stored(t(tag)) colour=colour />" "{when}</p>
            <p>{counter}</p>
            {reference.map(|r| view! { <p>{t_args(msg_id!("booking-waitlist-reference"), &[("reference", r.into())])}</p> })}
            {detail}
        </li>
    }
}

/// "Change the day and time" (into the booking pages, moving this booking) and "cancel".
fn actions(booking: &LocalBooking, name: &str, on_cancel: Callback<LocalBooking>) -> impl IntoView + use<> {
    let id = booking.local_id;
    let move_label = t_args(msg_id!("bookings-move"), &[("service", name.to_owned().into())]);
    let cancel_label = t_args(msg_id!("bookings-cancel"), &[("service", name.to_owned().into())]);
    let to_move = booking.clone();
    let to_cancel = booking.clone();
    let href = ServiceId::parse(&booking.request.service)
        .map(|s| Route::Book(s, BookStage::Day).href())
        .unwrap_or_default();
    view! {
        <p class="mg-button-group">
            <a
                class="mg-button"
                data-variant="secondary"
                id=format!("booking-move-{id}")
                href=href
                on:click=move |_| session::start_move(to_move.clone())
            >
                {move_label}
            </a>
            <Button
                id=format!("booking-cancel-{id}")
                variant=ButtonVariant::Secondary
                label=Signal::derive(move || cancel_label.clone())
                on_press=Callback::new(move |()| on_cancel.run(to_cancel.clone()))
            />
        </p>
    }
}

#[cfg(test)]
mod tests {
    use madoguchi_domain::booking::{
        BookedBy, Booking, BookingContact, BookingReference, BookingRequest, BookingStatus, UtcTime,
    };
    use madoguchi_domain::{ApiError, DeliveryState, ErrorCode, LocalBooking, UnixMillis};

    use super::{PlaceStanding, Standing, place_standing, standing};

    fn booked(status: BookingStatus, deadline: i64) -> LocalBooking {
        let request = BookingRequest {
            service: "my-number-card".into(),
            counter: "counter-1".into(),
            starts_at: UtcTime(UnixMillis(deadline + 86_400_000)),
            contact: BookingContact {
                name: "夢咲 花子".into(),
                ..BookingContact::default()
            },
        };
        LocalBooking {
            local_id: 1,
            booking: Some(Booking {
                reference: BookingReference("YMS-B-000001".into()),
                service: request.service.clone(),
                counter: request.counter.clone(),
                date: "2027-01-05".into(),
                starts_at: request.starts_at,
                ends_at: UtcTime(UnixMillis(request.starts_at.0.0 + 20 * 60_000)),
                status,
                booked_by: BookedBy::Resident,
                contact: request.contact.clone(),
                change_deadline: UtcTime(UnixMillis(deadline)),
            }),
            request,
            created_at: UnixMillis(0),
            delivery: DeliveryState::Sent {
                reference: "YMS-B-000001".into(),
            },
            change: None,
        }
    }

    #[test]
    fn a_booking_can_be_changed_online_until_its_deadline_and_not_from_that_instant() {
        let deadline = 1_799_000_000_000;
        let before = standing(
            &booked(BookingStatus::Confirmed, deadline),
            UnixMillis(deadline - 1),
        );
        assert_eq!(before, Standing::Confirmed { changeable: true });
        let at = standing(&booked(BookingStatus::Confirmed, deadline), UnixMillis(deadline));
        assert_eq!(at, Standing::Confirmed { changeable: false });
    }

    #[test]
    fn a_refused_or_waiting_booking_is_never_confirmed() {
        let mut queued = booked(BookingStatus::Confirmed, 0);
        queued.delivery = DeliveryState::Pending { attempts: 2 };
        assert_eq!(standing(&queued, UnixMillis(0)), Standing::Queued);
        let full = ApiError::from(ErrorCode::SlotFull);
        queued.delivery = DeliveryState::Failed { error: full.clone() };
        assert_eq!(standing(&queued, UnixMillis(0)), Standing::Refused(full));
        let cancelled = booked(BookingStatus::Cancelled, 4_000_000_000_000);
        assert_eq!(standing(&cancelled, UnixMillis(0)), Standing::Cancelled);
    }

    fn place(
        status: madoguchi_domain::booking::WaitlistStatus,
        until: Option<i64>,
    ) -> madoguchi_domain::LocalWaitlistPlace {
        let request = booked(BookingStatus::Confirmed, 0).request;
        madoguchi_domain::LocalWaitlistPlace {
            local_id: 2,
            entry: Some(madoguchi_domain::booking::WaitlistEntry {
                reference: BookingReference("YMS-W-000001".into()),
                service: request.service.clone(),
                counter: request.counter.clone(),
                starts_at: request.starts_at,
                status,
                offer_expires_at: until.map(|at| UtcTime(UnixMillis(at))),
                booking: None,
            }),
            request,
            created_at: UnixMillis(0),
            delivery: DeliveryState::Sent {
                reference: "YMS-W-000001".into(),
            },
            accept: None,
            booking: None,
        }
    }

    #[test]
    fn an_offer_is_shown_until_it_lapses_on_the_pages_clock_and_a_taken_one_is_a_booking() {
        use madoguchi_domain::booking::WaitlistStatus;
        let until = 1_799_000_000_000;
        let offered = place(WaitlistStatus::Offered, Some(until));
        assert_eq!(
            place_standing(&offered, UnixMillis(until - 1)),
            PlaceStanding::Offered {
                until: UtcTime(UnixMillis(until))
            }
        );
        assert_eq!(
            place_standing(&offered, UnixMillis(until)),
            PlaceStanding::Expired
        );
        let mut taken = offered.clone();
        taken.booking = Some(7);
        assert_eq!(place_standing(&taken, UnixMillis(until)), PlaceStanding::Booked);
        assert_eq!(
            place_standing(&place(WaitlistStatus::Waiting, None), UnixMillis(0)),
            PlaceStanding::Waiting
        );
    }

    #[test]
    fn a_place_not_yet_in_line_or_refused_is_never_shown_as_waiting() {
        use madoguchi_domain::booking::WaitlistStatus;
        let mut queued = place(WaitlistStatus::Waiting, None);
        queued.delivery = DeliveryState::Pending { attempts: 1 };
        queued.entry = None;
        assert_eq!(place_standing(&queued, UnixMillis(0)), PlaceStanding::Queued);
        let free = ApiError::from(ErrorCode::SlotAvailable);
        queued.delivery = DeliveryState::Failed { error: free.clone() };
        assert_eq!(
            place_standing(&queued, UnixMillis(0)),
            PlaceStanding::Refused(free)
        );
    }
}
