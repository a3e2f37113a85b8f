//! Booking a service, a page per stage (`#/booking/<service>`, `…/time`, `…/details`, `…/check`,
//! `…/done`) with the kit's step indicator: a day (the kit's day picker), a time (its time picker),
//! who is coming (skipped when moving a booking), check and book; then the confirmation — the
//! reference, what to bring, where to go, until when it can be changed — or, in the app with no
//! signal, "queued" and later the honest outcome: confirmed, or full.
//!
//! A time that is full (listed so on the time page, or refused as full when booked) can be waited
//! for instead: the resident joins its waitlist with the same contact details, through the same
//! details and check pages, and the confirmation says they are waiting and that a place freed up
//! is held for them for a limited time ("my bookings" shows the offer and takes it).
//!
//! Each page opens the [`session`](super::session) and leaves what the resident chose in it, so
//! the browser's Back and the check page's change links keep every choice.

use leptos::prelude::*;
use leptos::task::spawn_local;
use madoguchi_domain::booking::{
    BookingCatalogue, BookingContact, BookingRequest, RescheduleRequest, ServiceId, SlotList,
};
use madoguchi_domain::form::FieldProblem;
use madoguchi_domain::{ApiError, BookingAction, DeliveryState, ErrorCode, LocalBooking, LocalWaitlistPlace};
use madoguchi_i18n::msg_id;
use madoguchi_ui_kit::{
    BannerKind, Button, ButtonVariant, DayPicker, ErrorItem, ErrorSummary, NotificationBanner, SlotOption,
    StepIndicator, SummaryList, SummaryRow, TextInput, TimePicker,
};

use super::session::{self, Chosen, Flow};
use super::{BookStage, BookingRoute as Route, go};
use super::{
    HEADING_ID, Phone, Problem, TimeOffer, counter_of, counter_text, day_of, days_of, places_text,
    service_of, time_range, times_of,
};
use crate::i18n::{self, t, t_args, tr};
use crate::ipc;
use crate::pages::apply::{city_plain, focus_heading};

#[component]
pub fn BookPage(service: ServiceId, stage: BookStage) -> impl IntoView {
    // Opening the day page after a booking was made starts the next one afresh.
    let flow = session::open(service.as_str(), stage == BookStage::Day);
    let catalogue = LocalResource::new(ipc::bookings::booking_services);
    let page = match stage {
        BookStage::Day => view! { <DayPage service=service.clone() /> }.into_any(),
        BookStage::Time => match flow.day.clone() {
            Some(day) => view! { <TimePage service=service.clone() day=day /> }.into_any(),
            None => back_to(Route::Book(service.clone(), BookStage::Day)),
        },
        _ if flow.slot.is_none() && stage != BookStage::Done => {
            back_to(Route::Book(service.clone(), BookStage::Time))
        }
        BookStage::Details if flow.moving.is_none() => {
            view! { <DetailsPage service=service.clone() /> }.into_any()
        }
        BookStage::Details | BookStage::Check => {
            view! { <CheckPage service=service.clone() catalogue=catalogue /> }.into_any()
        }
        BookStage::Done => view! { <DonePage service=service.clone() catalogue=catalogue /> }.into_any(),
    };
    view! {
        <ServiceName catalogue=catalogue service=service.to_string() />
        {page}
    }
}

/// A stage opened without what it needs (a bookmark, a reload): the stage before it.
fn back_to(route: Route) -> AnyView {
    go(&route);
    ().into_any()
}

/// The service's name above every stage.
#[component]
fn ServiceName(
    catalogue: LocalResource<Result<BookingCatalogue, ApiError>>,
    service: String,
) -> impl IntoView {
    move || {
        catalogue.get().and_then(Result::ok).and_then(|c| {
            service_of(&c, &service)
                .map(|s| view! { <p class="mg-lead" id="booking-service-name">{city_plain(&s.name)}</p> })
        })
    }
}

/// Names the window after the stage (WCAG 2.4.2) and puts focus on its heading.
fn title_and_focus(page: &'static str) {
    Effect::new(move |_| {
        document().set_title(&t_args(
            msg_id!("booking-flow-document-title"),
            &[("page", t(page).into())],
        ));
    });
    focus_heading(HEADING_ID);
}

/// Day, time, contact, check: where the resident is (moving a booking skips the contact).
#[component]
fn Indicator(current: usize) -> impl IntoView {
    let moving = session::open_current().is_some_and(|f| f.moving.is_some());
    let mut steps = vec![t(msg_id!("booking-step-day")), t(msg_id!("booking-step-time"))];
    if !moving {
        steps.push(t(msg_id!("booking-step-details")));
    }
    steps.push(t(msg_id!("booking-step-check")));
    let total = steps.len();
    let current = current.min(total);
    view! {
        <StepIndicator
            id="booking-steps"
            label=Signal::derive(|| t(msg_id!("booking-steps-label")))
            position=Signal::derive(move || t_args(msg_id!("apply-step-position"), &[("current", current.into()), ("total", total.into())]))
            steps=steps
            current=current
        />
    }
}

/// Moving a booking: the slot it holds now, so the resident knows what is being replaced.
#[component]
fn MovingFrom(flow: Flow) -> impl IntoView {
    flow.moving.map(|moving| {
        let (starts_at, ends_at) = match &moving.booking {
            Some(b) => (b.starts_at, Some(b.ends_at)),
            None => (moving.request.starts_at, None),
        };
        let when = match ends_at {
            Some(ends_at) => format!("{} {}", day_of(starts_at), time_range(starts_at, ends_at)),
            None => format!("{} {}", day_of(starts_at), super::clock(starts_at)),
        };
        view! { <p id="booking-moving-from">{t_args(msg_id!("booking-moving-from"), &[("when", when.into())])}</p> }
    })
}

/// Joining a full time's waitlist: says so, with the time, above the details and check pages.
#[component]
fn WaitingFor(flow: Flow) -> impl IntoView {
    let joining = flow.waitlist && flow.moving.is_none();
    flow.slot.filter(|_| joining).map(|slot| {
        let when = format!(
            "{} {}",
            day_of(slot.starts_at),
            time_range(slot.starts_at, slot.ends_at)
        );
        view! {
            <p id="booking-waiting-for">{t_args(msg_id!("booking-waitlist-for"), &[("when", when.into())])}</p>
            <p class="mg-hint">{tr(msg_id!("booking-waitlist-held"))}</p>
        }
    })
}

/// The service's slots, asked live.
fn slots(service: &ServiceId, day: Option<String>) -> LocalResource<Result<SlotList, ApiError>> {
    let service = service.to_string();
    LocalResource::new(move || {
        let (service, day) = (service.clone(), day.clone());
        async move { ipc::bookings::booking_slots(&service, day.as_deref(), day.as_deref()).await }
    })
}

#[component]
fn DayPage(service: ServiceId) -> impl IntoView {
    title_and_focus(msg_id!("booking-day-title"));
    let flow = session::open(service.as_str(), false);
    let moving = flow.moving.is_some();
    let slots = slots(&service, None);
    let chosen = RwSignal::new(flow.day.clone());
    let problem = RwSignal::new(None::<String>);
    let back = if moving { Route::Mine } else { Route::Services };
    let next = Route::Book(service.clone(), BookStage::Time);
    let on_continue = Callback::new(move |()| match chosen.get_untracked() {
        None => problem.set(Some(t(msg_id!("booking-day-error")))),
        Some(day) => {
            session::update(|f| {
                if f.day.as_deref() != Some(day.as_str()) {
                    f.slot = None;
                }
                f.day = Some(day);
            });
            go(&next);
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_continue.run(());
    };
    // The summary's link leads to the first day that can be chosen (the group's first radio).
    let first_open = Signal::derive(move || {
        slots.get().and_then(Result::ok).and_then(|list| {
            days_of(&list.slots)
                .into_iter()
                .find(|(_, left)| left.is_some_and(|n| n > 0))
                .map(|(iso, _)| iso)
        })
    });
    let errors = Signal::derive(move || {
        problem
            .get()
            .map(|message| {
                vec![ErrorItem {
                    target: format!("booking-day-{}", first_open.get().unwrap_or_default()),
                    message,
                }]
            })
            .unwrap_or_default()
    });
    view! {
        <h1 class="mg-heading-xl" id=HEADING_ID tabindex="-1">
            {tr(msg_id!("booking-day-title"))}
        </h1>
        <Indicator current=1 />
        <MovingFrom flow=flow.clone() />
        {move || match slots.get() {
            None => view! { <p class="mg-loading" role="status">{t(msg_id!("loading"))}</p> }.into_any(),
            Some(Err(error)) => view! { <Problem error=error /> }.into_any(),
            Some(Ok(list)) if list.slots.is_empty() => view! { <NoDays /> }.into_any(),
            Some(Ok(list)) => {
                let days = days_of(&list.slots)
                    .into_iter()
                    .map(|(iso, left)| {
                        let label = i18n::date(&iso);
                        match left {
                            Some(0) => SlotOption::unavailable(iso, label, t(msg_id!("booking-full"))),
                            Some(left) => SlotOption::open(iso, label, places_text(left)),
                            None => SlotOption::unavailable(iso, label, t(msg_id!("booking-closed"))),
                        }
                    })
                    .collect::<Vec<_>>();
                view! {
                    <form class="mg-form" novalidate on:submit=on_submit>
                        <ErrorSummary id="booking-errors" title=Signal::derive(|| t(msg_id!("apply-errors-title"))) errors=errors />
                        <DayPicker
                            id="booking-day"
                            legend=Signal::derive(|| t(msg_id!("booking-day-legend")))
                            hint=Signal::derive(|| t(msg_id!("booking-day-hint")))
                            error=problem
                            days=days
                            selected=chosen
                        />
                        <div class="mg-button-group">
                            <Button id="booking-continue" submit=true label=Signal::derive(|| t(msg_id!("apply-continue"))) />
                            <a class="mg-link" id="booking-back" href=back.href()>{tr(msg_id!("apply-back"))}</a>
                        </div>
                    </form>
                }
                .into_any()
            }
        }}
    }
}

/// No day can be booked now (all past the window, or none open): call instead.
#[component]
fn NoDays() -> impl IntoView {
    let catalogue = LocalResource::new(ipc::bookings::booking_services);
    view! {
        <p id="booking-days-none">{tr(msg_id!("booking-days-none"))}</p>
        {move || catalogue.get().and_then(Result::ok).filter(|c| !c.phone.is_empty()).map(|c| view! { <Phone phone=c.phone /> })}
    }
}

#[component]
fn TimePage(service: ServiceId, day: String) -> impl IntoView {
    title_and_focus(msg_id!("booking-time-title"));
    let flow = session::open(service.as_str(), false);
    let slots = slots(&service, Some(day.clone()));
    let offers = Signal::derive(move || {
        slots
            .get()
            .and_then(Result::ok)
            .map(|list| times_of(&list.slots, &day))
    });
    let chosen = RwSignal::new(flow.slot.as_ref().map(|slot| super::time_value(slot.starts_at)));
    let problem = RwSignal::new(None::<String>);
    let moving = flow.moving.is_some();
    let next = Route::Book(
        service.clone(),
        if moving {
            BookStage::Check
        } else {
            BookStage::Details
        },
    );
    let back = Route::Book(service.clone(), BookStage::Day);
    let on_continue = Callback::new(move |()| {
        let picked = chosen.get_untracked().and_then(|value| {
            offers
                .get_untracked()?
                .into_iter()
                .find(|o| o.value() == value && o.remaining > 0)
        });
        match picked {
            None => problem.set(Some(t(msg_id!("booking-time-error")))),
            Some(offer) => {
                session::update(|f| {
                    f.slot = Some(Chosen {
                        counter: offer.counter,
                        starts_at: offer.starts_at,
                        ends_at: offer.ends_at,
                    });
                    f.waitlist = false;
                });
                go(&next);
            }
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_continue.run(());
    };
    let errors = Signal::derive(move || {
        let first_open = offers
            .get()
            .and_then(|list| list.into_iter().find(|o| o.remaining > 0))
            .map(|o| o.value())
            .unwrap_or_default();
        problem
            .get()
            .map(|message| {
                vec![ErrorItem {
                    target: format!("booking-time-{first_open}"),
                    message,
                }]
            })
            .unwrap_or_default()
    });
    // A full time: wait for it instead (never while moving a booking, which keeps its place).
    let details = Route::Book(service.clone(), BookStage::Details);
    let wait_for = Callback::new(move |offer: TimeOffer| {
        session::update(|f| {
            f.slot = Some(Chosen {
                counter: offer.counter,
                starts_at: offer.starts_at,
                ends_at: offer.ends_at,
            });
            f.waitlist = true;
        });
        go(&details);
    });
    let day_shown = i18n::date(flow.day.as_deref().unwrap_or_default());
    view! {
        <h1 class="mg-heading-xl" id=HEADING_ID tabindex="-1">{tr(msg_id!("booking-time-title"))}</h1>
        <Indicator current=2 />
        <MovingFrom flow=flow.clone() />
        <p id="booking-chosen-day">{t_args(msg_id!("booking-chosen-day"), &[("date", day_shown.into())])}</p>
        {move || match (slots.get(), offers.get()) {
            (Some(Err(error)), _) => view! { <Problem error=error /> }.into_any(),
            (_, None) => view! { <p class="mg-loading" role="status">{t(msg_id!("loading"))}</p> }.into_any(),
            (_, Some(list)) if list.is_empty() => view! { <NoDays /> }.into_any(),
            (_, Some(list)) => {
                let times = list
                    .iter()
                    .map(|o| {
                        let label = time_range(o.starts_at, o.ends_at);
                        if o.remaining == 0 {
                            SlotOption::unavailable(o.value(), label, t(msg_id!("booking-full")))
                        } else {
                            SlotOption::open(o.value(), label, places_text(o.remaining))
                        }
                    })
                    .collect::<Vec<_>>();
                view! {
                    <form class="mg-form" novalidate on:submit=on_submit>
                        <ErrorSummary id="booking-errors" title=Signal::derive(|| t(msg_id!("apply-errors-title"))) errors=errors />
                        <TimePicker
                            id="booking-time"
                            legend=Signal::derive(|| t(msg_id!("booking-time-legend")))
                            hint=Signal::derive(|| t(msg_id!("booking-time-hint")))
                            error=problem
                            times=times
                            selected=chosen
                        />
                        <div class="mg-button-group">
                            <Button id="booking-continue" submit=true label=Signal::derive(|| t(msg_id!("apply-continue"))) />
                            <a class="mg-link" id="booking-back" href=back.href()>{tr(msg_id!("apply-back"))}</a>
                        </div>
                    </form>
                    {(!moving).then(|| view! { <FullTimes times=list.clone() wait_for=wait_for /> })}
                }
                .into_any()
            }
        }}
    }
}

/// The day's full times, each with a button to join its waitlist (the time picker lists them as
/// text, with no radio); nothing when no time is full.
#[component]
fn FullTimes(times: Vec<TimeOffer>, wait_for: Callback<TimeOffer>) -> impl IntoView {
    let full: Vec<TimeOffer> = times.into_iter().filter(|o| o.remaining == 0).collect();
    (!full.is_empty()).then(|| {
        view! {
            <section id="booking-full-times" aria-labelledby="booking-full-times-title">
                <h2 id="booking-full-times-title">{tr(msg_id!("booking-waitlist-title"))}</h2>
                <p class="mg-hint">{tr(msg_id!("booking-waitlist-held"))}</p>
                <ul class="mg-list" role="list">
                    {full
                        .into_iter()
                        .map(|offer| {
                            let label = t_args(
                                msg_id!("booking-waitlist-join-time"),
                                &[("time", time_range(offer.starts_at, offer.ends_at).into())],
                            );
                            let id = format!("booking-wait-{}", offer.value());
                            view! {
                                <li>
                                    <Button
                                        id=id
                                        variant=ButtonVariant::Secondary
                                        label=Signal::stored(label)
                                        on_press=Callback::new(move |()| wait_for.run(offer.clone()))
                                    />
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}

/// The contact field each of `BookingContact::parse`'s problems belongs to.
fn contact_field(problem: &FieldProblem) -> &'static str {
    match problem.field.as_str() {
        "contact.phone" => "booking-phone",
        "contact.email" => "booking-email",
        _ => "booking-name",
    }
}

/// A contact problem in words (the form messages every client has, with their arguments).
fn problem_text(problem: &FieldProblem) -> String {
    use madoguchi_domain::form::MessageArg;
    let args: Vec<(&str, madoguchi_i18n::FluentValue<'static>)> = problem
        .args
        .iter()
        .map(|(name, value)| {
            let value = match value {
                MessageArg::Number(n) => (*n).into(),
                MessageArg::Text(text) => text.clone().into(),
            };
            (name.as_str(), value)
        })
        .collect();
    t_args(&problem.message_id, &args)
}

#[component]
fn DetailsPage(service: ServiceId) -> impl IntoView {
    title_and_focus(msg_id!("booking-details-title"));
    let flow = session::open(service.as_str(), false);
    let name = RwSignal::new(flow.contact.name.clone());
    let phone = RwSignal::new(flow.contact.phone.clone().unwrap_or_default());
    let email = RwSignal::new(flow.contact.email.clone().unwrap_or_default());
    let problems = RwSignal::new(flow.problems.clone());
    session::update(|f| f.problems.clear());
    let entered = move || BookingContact {
        name: name.get(),
        phone: Some(phone.get()),
        email: Some(email.get()),
    };
    // What is typed is kept in the session at once, so Back and the check page's change links
    // never make the resident type it twice.
    Effect::new(move |_| {
        let contact = entered();
        session::update(|f| f.contact = contact);
    });
    let next = Route::Book(service.clone(), BookStage::Check);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match untrack(entered).parse() {
            Ok(_) => {
                problems.set(Vec::new());
                go(&next);
            }
            Err(found) => problems.set(found),
        }
    };
    let error_at = move |field: &'static str| {
        Signal::derive(move || {
            problems.with(|p| p.iter().find(|p| contact_field(p) == field).map(problem_text))
        })
    };
    let errors = Signal::derive(move || {
        problems
            .get()
            .iter()
            .map(|p| ErrorItem {
                target: contact_field(p).to_owned(),
                message: problem_text(p),
            })
            .collect::<Vec<_>>()
    });
    let back = Route::Book(service.clone(), BookStage::Time);
    view! {
        <h1 class="mg-heading-xl" id=HEADING_ID tabindex="-1">{tr(msg_id!("booking-details-title"))}</h1>
        <Indicator current=3 />
        <WaitingFor flow=flow.clone() />
        <p class="mg-hint" id="booking-details-hint">{tr(msg_id!("booking-details-hint"))}</p>
        <form class="mg-form" novalidate on:submit=on_submit>
            <ErrorSummary id="booking-errors" title=Signal::derive(|| t(msg_id!("apply-errors-title"))) errors=errors />
            <TextInput
                id="booking-name"
                label=Signal::derive(|| t(msg_id!("inquiry-contact-name")))
                hint=Signal::derive(|| t(msg_id!("booking-name-hint")))
                error=error_at("booking-name")
                value=name
                autocomplete="name"
            />
            <TextInput
                id="booking-phone"
                label=Signal::derive(|| t(msg_id!("inquiry-contact-phone")))
                error=error_at("booking-phone")
                value=phone
                autocomplete="tel"
                input_type="tel"
            />
            <TextInput
                id="booking-email"
                label=Signal::derive(|| t(msg_id!("inquiry-contact-email")))
                error=error_at("booking-email")
                value=email
                autocomplete="email"
                input_type="email"
            />
            <div class="mg-button-group">
                <Button id="booking-continue" submit=true label=Signal::derive(|| t(msg_id!("apply-continue"))) />
                <a class="mg-link" id="booking-back" href=back.href()>{tr(msg_id!("apply-back"))}</a>
            </div>
        </form>
    }
}

/// The check page's rows: what, when, where, who; each with a link back to its page.
fn check_rows(flow: &Flow, catalogue: Option<&BookingCatalogue>) -> Vec<SummaryRow> {
    let service = ServiceId::parse(&flow.service).ok();
    let href = |stage| service.clone().map(|s| Route::Book(s, stage).href());
    let Some(slot) = &flow.slot else {
        return Vec::new();
    };
    let service_name = catalogue
        .and_then(|c| service_of(c, &flow.service))
        .map_or_else(|| flow.service.clone(), |s| city_plain(&s.name));
    let counter = catalogue
        .and_then(|c| counter_of(c, &flow.service, &slot.counter))
        .map_or_else(|| slot.counter.clone(), counter_text);
    let mut rows = vec![
        SummaryRow {
            key: t(msg_id!("apply-receipt-procedure")),
            value: vec![service_name],
            change_href: None,
        },
        SummaryRow {
            key: t(msg_id!("booking-step-day")),
            value: vec![day_of(slot.starts_at)],
            change_href: href(BookStage::Day),
        },
        SummaryRow {
            key: t(msg_id!("booking-step-time")),
            value: vec![time_range(slot.starts_at, slot.ends_at)],
            change_href: href(BookStage::Time),
        },
        SummaryRow {
            key: t(msg_id!("booking-counter")),
            value: vec![counter],
            change_href: None,
        },
    ];
    if flow.moving.is_none() {
        let contact = flow.contact.parse().unwrap_or_else(|_| flow.contact.clone());
        rows.push(SummaryRow {
            key: t(msg_id!("booking-step-details")),
            value: std::iter::once(contact.name.clone())
                .chain(contact.phone.clone())
                .chain(contact.email.clone())
                .collect(),
            change_href: href(BookStage::Details),
        });
    }
    rows
}

#[component]
fn CheckPage(
    service: ServiceId,
    catalogue: LocalResource<Result<BookingCatalogue, ApiError>>,
) -> impl IntoView {
    title_and_focus(msg_id!("booking-check-title"));
    let flow = session::open(service.as_str(), false);
    let moving = flow.moving.is_some();
    // Joining the time's waitlist rather than booking it: chosen on the time page, or here after
    // the city refused the booking as full.
    let waitlist = RwSignal::new(flow.waitlist && !moving);
    let busy = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let done = Route::Book(service.clone(), BookStage::Done);
    let on_press = Callback::new(move |()| {
        if busy.get_untracked() {
            return;
        }
        let flow = session::open_current().unwrap_or_default();
        let Some(slot) = flow.slot.clone() else { return };
        let key = match flow
            .web_key
            .clone()
            .map(Ok)
            .unwrap_or_else(ipc::new_idempotency_key)
        {
            Ok(key) => key,
            Err(error) => {
                failure.set(Some(error));
                return;
            }
        };
        session::update(|f| f.web_key = Some(key.clone()));
        busy.set(true);
        failure.set(None);
        let done = done.clone();
        let joining = waitlist.get_untracked();
        spawn_local(async move {
            let request = BookingRequest {
                service: flow.service.clone(),
                counter: slot.counter.clone(),
                starts_at: slot.starts_at,
                // As checked on the details page (trimmed, blanks dropped).
                contact: flow.contact.parse().unwrap_or_else(|_| flow.contact.clone()),
            };
            let result = match &flow.moving {
                Some(booking) => {
                    let action = BookingAction::Reschedule(RescheduleRequest {
                        counter: slot.counter.clone(),
                        starts_at: slot.starts_at,
                    });
                    ipc::bookings::change_booking(booking.local_id, &action, &key)
                        .await
                        .map(Made::Booking)
                }
                None if joining => ipc::bookings::join_waitlist(&request, &key)
                    .await
                    .map(Made::Place),
                None => ipc::bookings::book(&request, &key).await.map(Made::Booking),
            };
            busy.set(false);
            match result {
                // A move the city refused (web mode decides at once): the booking stays; say why
                // here, where another time can be chosen.
                Ok(Made::Booking(booking)) if refused_change(&booking).is_some() => {
                    session::update(|f| f.web_key = None);
                    failure.set(refused_change(&booking));
                }
                Ok(made) => {
                    session::update(|f| {
                        match made {
                            Made::Booking(booking) => f.done = Some(booking),
                            Made::Place(place) => {
                                f.waitlist = true;
                                f.joined = Some(place);
                            }
                        }
                        f.web_key = None;
                    });
                    go(&done);
                }
                Err(error) if error.code == ErrorCode::InvalidSubmission && !error.problems.is_empty() => {
                    // The contact refused where it was checked (the shell, the city): back to it.
                    let service = ServiceId::parse(&flow.service).ok();
                    session::update(|f| {
                        f.web_key = None;
                        f.problems = error.problems;
                    });
                    if let Some(service) = service {
                        go(&Route::Book(service, BookStage::Details));
                    }
                }
                Err(error) => {
                    // Decided (e.g. `slot_full`): the key is spent; a new choice gets a new one.
                    if !error.code.is_transient() {
                        session::update(|f| f.web_key = None);
                    }
                    failure.set(Some(error));
                }
            }
        });
    });
    // Refused as full: join the time's waitlist at once, with the details already checked.
    let wait_instead = Callback::new(move |()| {
        waitlist.set(true);
        session::update(|f| {
            f.waitlist = true;
            f.web_key = None;
        });
        on_press.run(());
    });
    let rows = move || {
        let flow = session::open_current().unwrap_or_default();
        let catalogue = catalogue.get().and_then(Result::ok);
        check_rows(&flow, catalogue.as_ref())
    };
    let other_time = Route::Book(service.clone(), BookStage::Time);
    let submit_label = move || {
        t(if moving {
            msg_id!("booking-move")
        } else if waitlist.get() {
            msg_id!("booking-waitlist-join")
        } else {
            msg_id!("booking-book")
        })
    };
    view! {
        <h1 class="mg-heading-xl" id=HEADING_ID tabindex="-1">
            {tr(msg_id!("booking-check-title"))}
        </h1>
        <Indicator current=4 />
        <MovingFrom flow=flow.clone() />
        {move || waitlist.get().then(|| view! { <WaitingFor flow=session::open_current().unwrap_or_default() /> })}
        {move || failure.get().map(|error| {
            let full = error.code == ErrorCode::SlotFull;
            let can_wait = full && !moving && !waitlist.get_untracked();
            view! {
                <Problem error=error id="booking-failure" />
                {can_wait.then(|| view! {
                    <p class="mg-hint">{tr(msg_id!("booking-waitlist-held"))}</p>
                    <p>
                        <Button
                            id="booking-wait-instead"
                            variant=ButtonVariant::Secondary
                            label=Signal::derive(|| t(msg_id!("booking-waitlist-join-this")))
                            on_press=wait_instead
                        />
                    </p>
                })}
                {full.then(|| view! {
                    <p><a class="mg-link" id="booking-choose-again" href=other_time.href()>{tr(msg_id!("booking-choose-again"))}</a></p>
                })}
            }
        })}
        {move || view! { <SummaryList id="booking-check" rows=rows() change_label=Signal::derive(|| t(msg_id!("apply-change"))) /> }}
        // Booking's own promise ("sent at once", "we will tell you if you got it"); joining a
        // waitlist says what it promises above (`WaitingFor`).
        {move || (!waitlist.get()).then(|| view! {
            <p class="mg-hint">{tr(if ipc::is_app() { msg_id!("booking-book-app") } else { msg_id!("booking-book-web") })}</p>
        })}
        <div class="mg-button-group">
            <Button
                id="booking-submit"
                label=Signal::derive(submit_label)
                loading=busy
                loading_label=Signal::derive(|| t(msg_id!("apply-submitting")))
                on_press=on_press
            />
        </div>
    }
}

/// What the check page's button made: a booking (or a move of one), or a place on a waitlist.
enum Made {
    Booking(LocalBooking),
    Place(LocalWaitlistPlace),
}

/// The city's refusal of a change, when that is what came back.
fn refused_change(booking: &LocalBooking) -> Option<ApiError> {
    booking.change.as_ref().and_then(|c| c.refused.clone())
}

/// Where a booking made from this page is: the three answers the confirmation can give.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Outcome {
    /// Saved on the device, not yet sent (or a move not yet sent).
    Queued,
    /// The city refused it: nobody holds a place for the resident (or the move, and the booking
    /// stays as it was).
    Refused(ApiError),
    /// Booked (or moved).
    Confirmed,
}

fn outcome(booking: &LocalBooking, moving: bool) -> Outcome {
    match (&booking.delivery, &booking.change) {
        (DeliveryState::Pending { .. }, _) => Outcome::Queued,
        (DeliveryState::Failed { error }, _) => Outcome::Refused(error.clone()),
        (DeliveryState::Sent { .. }, Some(change)) if moving => match &change.refused {
            Some(error) => Outcome::Refused(error.clone()),
            None => Outcome::Queued,
        },
        (DeliveryState::Sent { .. }, _) => Outcome::Confirmed,
    }
}

#[component]
fn DonePage(
    service: ServiceId,
    catalogue: LocalResource<Result<BookingCatalogue, ApiError>>,
) -> impl IntoView {
    title_and_focus(msg_id!("booking-done-page"));
    let flow = session::open(service.as_str(), false);
    if let Some(place) = flow.joined.clone() {
        return view! { <Joined place=place service=service catalogue=catalogue /> }.into_any();
    }
    let Some(made) = flow.done.clone() else {
        return view! {
            <h1 class="mg-heading-xl" id=HEADING_ID tabindex="-1">{tr(msg_id!("booking-done-nothing"))}</h1>
            <p><a class="mg-link" href=Route::Mine.href()>{tr(msg_id!("bookings-title"))}</a></p>
        }
        .into_any();
    };
    let moving = flow.moving.is_some();
    let shown = RwSignal::new(made);
    // Queued (app mode, offline): look again every 2 s, so the outcome shows once the city answers.
    let handle = set_interval_with_handle(
        move || {
            if outcome(&shown.get_untracked(), moving) != Outcome::Queued {
                return;
            }
            let local_id = shown.get_untracked().local_id;
            spawn_local(async move {
                if let Ok(list) = ipc::bookings::my_bookings().await
                    && let Some(now) = list.into_iter().find(|b| b.local_id == local_id)
                {
                    session::update(|f| f.done = Some(now.clone()));
                    shown.set(now);
                }
            });
        },
        std::time::Duration::from_secs(2),
    );
    on_cleanup(move || {
        if let Ok(h) = handle {
            h.clear();
        }
    });
    let again = Route::Book(service.clone(), BookStage::Time);
    view! {
        {move || match outcome(&shown.get(), moving) {
            Outcome::Queued => view! {
                <h1 class="mg-heading-xl" id=HEADING_ID tabindex="-1">{tr(msg_id!("booking-queued-title"))}</h1>
                <NotificationBanner
                    id="booking-queued"
                    title=Signal::derive(|| t(msg_id!("booking-queued-banner")))
                    heading=Signal::derive(move || t(if moving { msg_id!("booking-queued-move") } else { msg_id!("booking-queued-text") }))
                >
                    <p>{tr(msg_id!("booking-queued-hint"))}</p>
                </NotificationBanner>
                <p><a class="mg-link" href=Route::Mine.href()>{tr(msg_id!("bookings-title"))}</a></p>
            }
            .into_any(),
            Outcome::Refused(error) => view! {
                <h1 class="mg-heading-xl" id=HEADING_ID tabindex="-1">
                    {tr(if moving { msg_id!("booking-move-refused-title") } else { msg_id!("booking-refused-title") })}
                </h1>
                <Problem error=error id="booking-failure" />
                <p>{tr(if moving { msg_id!("booking-move-refused-text") } else { msg_id!("booking-refused-text") })}</p>
                <p><a class="mg-link" id="booking-choose-again" href=again.href()>{tr(msg_id!("booking-choose-again"))}</a></p>
            }
            .into_any(),
            Outcome::Confirmed => view! { <Confirmation booking=shown.get() catalogue=catalogue moving=moving /> }.into_any(),
        }}
    }
    .into_any()
}

/// Joining a waitlist's outcome: in line (with the reference, and that a place freed up is held
/// for a limited time), queued on the device (app mode, offline; looked at again every 2 s), or
/// refused (e.g. `slot_available`: a place is free, book it instead).
#[component]
fn Joined(
    place: LocalWaitlistPlace,
    service: ServiceId,
    catalogue: LocalResource<Result<BookingCatalogue, ApiError>>,
) -> impl IntoView {
    let shown = RwSignal::new(place);
    let handle = set_interval_with_handle(
        move || {
            if !matches!(shown.get_untracked().delivery, DeliveryState::Pending { .. }) {
                return;
            }
            let local_id = shown.get_untracked().local_id;
            spawn_local(async move {
                if let Ok(list) = ipc::bookings::my_waitlist().await
                    && let Some(now) = list.into_iter().find(|p| p.local_id == local_id)
                {
                    session::update(|f| f.joined = Some(now.clone()));
                    shown.set(now);
                }
            });
        },
        std::time::Duration::from_secs(2),
    );
    on_cleanup(move || {
        if let Ok(h) = handle {
            h.clear();
        }
    });
    let again = Route::Book(service, BookStage::Time);
    move || {
        match shown.get().delivery {
        DeliveryState::Pending { .. } => view! {
            <h1 class="mg-heading-xl" id=HEADING_ID tabindex="-1">{tr(msg_id!("booking-waitlist-queued-title"))}</h1>
            <NotificationBanner
                id="booking-queued"
                title=Signal::derive(|| t(msg_id!("booking-queued-banner")))
                heading=Signal::derive(|| t(msg_id!("booking-waitlist-queued-text")))
            >
                <p>{tr(msg_id!("booking-waitlist-held"))}</p>
            </NotificationBanner>
            <p><a class="mg-link" href=Route::Mine.href()>{tr(msg_id!("bookings-title"))}</a></p>
        }
        .into_any(),
        DeliveryState::Failed { error } => view! {
            <h1 class="mg-heading-xl" id=HEADING_ID tabindex="-1">{tr(msg_id!("booking-waitlist-refused-title"))}</h1>
            <Problem error=error id="booking-failure" />
            <p><a class="mg-link" id="booking-choose-again" href=again.href()>{tr(msg_id!("booking-choose-again"))}</a></p>
        }
        .into_any(),
        DeliveryState::Sent { reference } => {
            let place = shown.get();
            let heading = t_args(msg_id!("booking-waitlist-reference"), &[("reference", reference.into())]);
            let rows = move || {
                let catalogue = catalogue.get().and_then(Result::ok);
                place_rows(&place, catalogue.as_ref())
            };
            view! {
                <h1 class="mg-heading-xl" id=HEADING_ID tabindex="-1">{tr(msg_id!("booking-waitlist-done-title"))}</h1>
                <NotificationBanner
                    id="booking-waitlist-joined"
                    title=Signal::derive(|| t(msg_id!("booking-waitlist-title")))
                    heading=heading
                >
                    <p>{tr(msg_id!("booking-waitlist-held"))}</p>
                    <p>{tr(msg_id!("booking-waitlist-where"))}</p>
                </NotificationBanner>
                {move || view! { <SummaryList id="booking-waitlist-receipt" rows=rows() change_label=Signal::derive(|| t(msg_id!("apply-change"))) /> }}
                {(!ipc::is_app()).then(|| view! { <p class="mg-hint" id="booking-kept-web">{tr(msg_id!("booking-waitlist-kept-web"))}</p> })}
                <p><a class="mg-link" id="booking-see-bookings" href=Route::Mine.href()>{tr(msg_id!("bookings-title"))}</a></p>
            }
            .into_any()
        }
    }
    }
}

/// What a waitlist place's confirmation says: what, when, where.
fn place_rows(place: &LocalWaitlistPlace, catalogue: Option<&BookingCatalogue>) -> Vec<SummaryRow> {
    let row = |key: &str, value: String| SummaryRow {
        key: t(key),
        value: vec![value],
        change_href: None,
    };
    let request = &place.request;
    let service = catalogue
        .and_then(|c| service_of(c, &request.service))
        .map_or_else(|| request.service.clone(), |s| city_plain(&s.name));
    let counter = catalogue
        .and_then(|c| counter_of(c, &request.service, &request.counter))
        .map_or_else(|| request.counter.clone(), counter_text);
    vec![
        row(msg_id!("apply-receipt-procedure"), service),
        row(
            msg_id!("booking-when"),
            format!(
                "{} {}",
                day_of(request.starts_at),
                super::clock(request.starts_at)
            ),
        ),
        row(msg_id!("booking-counter"), counter),
    ]
}

/// The confirmation: the reference, when, where to go, what to bring, until when it can be
/// changed; printable.
#[component]
fn Confirmation(
    booking: LocalBooking,
    catalogue: LocalResource<Result<BookingCatalogue, ApiError>>,
    moving: bool,
) -> impl IntoView {
    let reference = match &booking.delivery {
        DeliveryState::Sent { reference } => reference.clone(),
        _ => String::new(),
    };
    let heading = t_args(
        msg_id!("booking-reference"),
        &[("reference", reference.clone().into())],
    );
    let rows = move || {
        let catalogue = catalogue.get().and_then(Result::ok);
        receipt_rows(&booking, &reference, catalogue.as_ref())
    };
    let print = Callback::new(|()| {
        let _ = window().print();
    });
    view! {
        <h1 class="mg-heading-xl" id=HEADING_ID tabindex="-1">
            {tr(if moving { msg_id!("booking-moved-title") } else { msg_id!("booking-done-title") })}
        </h1>
        <NotificationBanner
            id="booking-confirmation"
            kind=BannerKind::Success
            title=Signal::derive(|| t(msg_id!("booking-done-banner")))
            heading=heading
        >
            <p>{tr(msg_id!("booking-reference-hint"))}</p>
        </NotificationBanner>
        {move || view! { <SummaryList id="booking-receipt" rows=rows() change_label=Signal::derive(|| t(msg_id!("apply-change"))) /> }}
        {(!ipc::is_app()).then(|| view! { <p class="mg-hint" id="booking-kept-web">{tr(msg_id!("booking-kept-web"))}</p> })}
        <div class="mg-button-group mg-no-print">
            <Button id="booking-print" variant=ButtonVariant::Secondary label=Signal::derive(|| t(msg_id!("apply-print"))) on_press=print />
            <a class="mg-link" id="booking-see-bookings" href=Route::Mine.href()>{tr(msg_id!("bookings-title"))}</a>
        </div>
    }
}

/// What the confirmation (and a printout of it) says.
fn receipt_rows(
    booking: &LocalBooking,
    reference: &str,
    catalogue: Option<&BookingCatalogue>,
) -> Vec<SummaryRow> {
    let row = |key: &str, value: Vec<String>| SummaryRow {
        key: t(key),
        value,
        change_href: None,
    };
    let service = catalogue.and_then(|c| service_of(c, &booking.request.service));
    let mut rows = vec![
        row(
            msg_id!("apply-receipt-procedure"),
            vec![service.map_or_else(|| booking.request.service.clone(), |s| city_plain(&s.name))],
        ),
        row(msg_id!("booking-reference-label"), vec![reference.to_owned()]),
    ];
    if let Some(b) = &booking.booking {
        rows.push(row(
            msg_id!("booking-when"),
            vec![format!(
                "{} {}",
                day_of(b.starts_at),
                time_range(b.starts_at, b.ends_at)
            )],
        ));
        let counter = catalogue
            .and_then(|c| counter_of(c, &b.service, &b.counter))
            .map_or_else(|| b.counter.clone(), counter_text);
        rows.push(row(msg_id!("booking-counter"), vec![counter]));
    }
    if let Some(service) = service {
        let bring = if service.bring.is_empty() {
            vec![t(msg_id!("booking-bring-nothing"))]
        } else {
            service.bring.iter().map(city_plain).collect()
        };
        rows.push(row(msg_id!("booking-bring"), bring));
    }
    if let Some(b) = &booking.booking {
        rows.push(row(
            msg_id!("booking-deadline"),
            vec![t_args(
                msg_id!("booking-deadline-text"),
                &[
                    ("date", day_of(b.change_deadline).into()),
                    ("time", super::clock(b.change_deadline).into()),
                ],
            )],
        ));
    }
    rows
}

#[cfg(test)]
mod tests {
    use madoguchi_domain::booking::{BookingContact, BookingRequest, RescheduleRequest, UtcTime};
    use madoguchi_domain::{
        ApiError, BookingAction, BookingChange, DeliveryState, ErrorCode, LocalBooking, UnixMillis,
    };

    use super::{Outcome, outcome};

    fn booking(delivery: DeliveryState, change: Option<BookingChange>) -> LocalBooking {
        LocalBooking {
            local_id: 1,
            request: BookingRequest {
                service: "my-number-card".into(),
                counter: "counter-1".into(),
                starts_at: UtcTime(UnixMillis(0)),
                contact: BookingContact::default(),
            },
            created_at: UnixMillis(0),
            delivery,
            booking: None,
            change,
        }
    }

    #[test]
    fn a_booking_refused_while_it_waited_is_never_shown_as_confirmed() {
        let full = ApiError::from(ErrorCode::SlotFull);
        assert_eq!(
            outcome(&booking(DeliveryState::Pending { attempts: 3 }, None), false),
            Outcome::Queued
        );
        assert_eq!(
            outcome(
                &booking(DeliveryState::Failed { error: full.clone() }, None),
                false
            ),
            Outcome::Refused(full)
        );
        let sent = DeliveryState::Sent {
            reference: "YMS-B-000001".into(),
        };
        assert_eq!(outcome(&booking(sent, None), false), Outcome::Confirmed);
    }

    #[test]
    fn a_move_is_confirmed_only_once_the_city_took_it() {
        let sent = || DeliveryState::Sent {
            reference: "YMS-B-000001".into(),
        };
        let change = |refused: Option<ApiError>| {
            Some(BookingChange {
                action: BookingAction::Reschedule(RescheduleRequest {
                    counter: "counter-1".into(),
                    starts_at: UtcTime(UnixMillis(60_000)),
                }),
                refused,
            })
        };
        assert_eq!(outcome(&booking(sent(), change(None)), true), Outcome::Queued);
        let full = ApiError::from(ErrorCode::SlotFull);
        assert_eq!(
            outcome(&booking(sent(), change(Some(full.clone()))), true),
            Outcome::Refused(full)
        );
        assert_eq!(outcome(&booking(sent(), None), true), Outcome::Confirmed);
    }
}
