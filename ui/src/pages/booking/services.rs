//! What can be booked (`#/booking`): each service with how long it takes, the identity it needs,
//! what to bring and where it is done, and a link that starts booking it. Asked live: nothing of
//! booking is cached.

use leptos::prelude::*;
use madoguchi_domain::booking::{BookableService, ServiceId};
use madoguchi_i18n::msg_id;
use madoguchi_ui_kit::{SummaryList, SummaryRow};

use super::{BookStage, BookingRoute as Route};
use super::{Phone, Problem, counter_text, identity_text, session};
use crate::i18n::{t, t_args, tr};
use crate::ipc;
use crate::pages::apply::city_plain;

#[component]
pub fn ServicesPage() -> impl IntoView {
    Effect::new(move |_| document().set_title(&t(msg_id!("booking-document-title"))));
    let catalogue = LocalResource::new(ipc::bookings::booking_services);
    view! {
        <h1 class="mg-heading-xl" id=super::HEADING_ID tabindex="-1">{tr(msg_id!("booking-title"))}</h1>
        <p class="mg-lead">{tr(msg_id!("booking-intro"))}</p>
        <p><a class="mg-link" id="booking-see-mine" href=Route::Mine.href()>{tr(msg_id!("bookings-title"))}</a></p>
        {move || match catalogue.get() {
            None => view! { <p class="mg-loading" role="status">{t(msg_id!("loading"))}</p> }.into_any(),
            Some(Err(error)) => view! { <Problem error=error /> }.into_any(),
            Some(Ok(catalogue)) if catalogue.services.is_empty() => view! {
                <p id="booking-services-none">{tr(msg_id!("booking-services-none"))}</p>
            }
            .into_any(),
            Some(Ok(catalogue)) => {
                let phone = (!catalogue.phone.is_empty()).then(|| catalogue.phone.clone());
                view! {
                    <ul class="mg-booking-services" id="booking-services" role="list">
                        {catalogue
                            .services
                            .into_iter()
                            .filter_map(|s| Some((ServiceId::parse(&s.id).ok()?, s)))
                            .map(|(id, s)| view! { <Service id=id service=s /> })
                            .collect_view()}
                    </ul>
                    {phone.map(|phone| view! { <Phone phone=phone /> })}
                }
                .into_any()
            }
        }}
    }
}

/// One service: its facts as the kit's summary list, and the link that starts booking it.
#[component]
fn Service(id: ServiceId, service: BookableService) -> impl IntoView {
    let name = city_plain(&service.name);
    let heading = format!("booking-service-{id}");
    let start = Route::Book(id.clone(), BookStage::Day);
    let label = t_args(msg_id!("booking-start"), &[("service", name.clone().into())]);
    view! {
        <li class="mg-booking-service" data-service=service.id.clone()>
            <h2 id=heading.clone()>{name}</h2>
            <SummaryList id=format!("{heading}-facts") rows=facts(&service) change_label=Signal::derive(String::new) />
            <p>
                <a
                    class="mg-button"
                    data-variant="primary"
                    id=format!("booking-start-{}", service.id)
                    href=start.href()
                    on:click=move |_| session::start(id.as_str())
                >
                    {label}
                </a>
            </p>
        </li>
    }
}

/// How long, who, what to bring and where, as rows.
pub fn facts(service: &BookableService) -> Vec<SummaryRow> {
    let row = |key: &str, value: Vec<String>| SummaryRow {
        key: t(key),
        value,
        change_href: None,
    };
    let bring = if service.bring.is_empty() {
        vec![t(msg_id!("booking-bring-nothing"))]
    } else {
        service.bring.iter().map(city_plain).collect()
    };
    vec![
        row(
            msg_id!("booking-duration"),
            vec![t_args(
                msg_id!("booking-duration-minutes"),
                &[("minutes", service.duration_minutes.into())],
            )],
        ),
        row(msg_id!("booking-identity"), vec![identity_text(service.identity)]),
        row(msg_id!("booking-bring"), bring),
        row(
            msg_id!("booking-counter"),
            service.counters.iter().map(counter_text).collect(),
        ),
        row(
            msg_id!("booking-window"),
            vec![t_args(
                msg_id!("booking-window-text"),
                &[
                    ("days", service.opens_days_ahead.into()),
                    ("hours", service.closes_hours_before.into()),
                ],
            )],
        ),
    ]
}
