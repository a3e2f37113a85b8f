//! My bookings (`#/bookings`): each booking with where it is — waiting to be sent, booked with its
//! reference, refused, cancelled, visited — and, until its change deadline, "change the day and
//! time" and "cancel" (the kit's Dialog asks first). After the deadline the page says so and gives
//! the counter's phone number instead of the buttons. A change waiting in the outbox, or refused by
//! the city, is shown on its booking.

use leptos::prelude::*;
use leptos::task::spawn_local;
use madoguchi_domain::booking::{BookingCatalogue, BookingStatus, ServiceId};
use madoguchi_domain::{ApiError, BookingAction, DeliveryState, IdempotencyKey, LocalBooking, UnixMillis};
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

/// Something waits to be sent: the booking, or a change of it.
fn waiting(list: &[LocalBooking]) -> bool {
    list.iter().any(|b| {
        matches!(b.delivery, DeliveryState::Pending { .. })
            || b.change.as_ref().is_some_and(|c| c.refused.is_none())
    })
}

#[component]
pub fn MyBookingsPage() -> impl IntoView {
    Effect::new(move |_| document().set_title(&t(msg_id!("bookings-document-title"))));
    let catalogue = LocalResource::new(ipc::bookings::booking_services);
    let mine = LocalResource::new(ipc::bookings::my_bookings);
    // While something waits in the outbox, look again every 2 s so its outcome shows by itself.
    let handle = set_interval_with_handle(
        move || {
            if mine
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

    use super::{Standing, standing};

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
}
