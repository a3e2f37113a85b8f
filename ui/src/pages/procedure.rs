//! A procedure's page (`#/procedures/<id>`): what it is and where it can be done (the catalogue),
//! and, when it can be done online, what applying asks of the resident — the identity check, what
//! to have at hand, the fee, how long the city takes (the form's guide) — with Start; done by
//! appointment, a link to booking.

use leptos::prelude::*;
use madoguchi_domain::account::IdentityLevel;
use madoguchi_domain::form::{FormSchema, Guide};
use madoguchi_domain::{ApiError, Channel, ErrorCode, Procedure, ProcedureId};
use madoguchi_i18n::msg_id;
use madoguchi_ui_kit::{BannerKind, NotificationBanner, SummaryList, SummaryRow, Tag};

use crate::i18n::{self, t_args, tm, tm_args, tr};
use crate::ipc;
use crate::pages::apply::{city_marked, city_plain, session};
use crate::pages::home::CityText;
use crate::routes::{Route, Stage};

/// The catalogue's entry: the server's answer, else the copy on this device.
async fn procedure(id: ProcedureId) -> Result<Option<Procedure>, ApiError> {
    let catalogue = match ipc::refresh_procedure_catalogue().await {
        Ok(fresh) => fresh.value,
        Err(error) => match ipc::cached_procedure_catalogue().await.ok().flatten() {
            Some(cached) => cached.value,
            None => return Err(error),
        },
    };
    Ok(catalogue.procedures.into_iter().find(|p| p.id == id))
}

#[component]
pub fn ProcedurePage(route: Route) -> impl IntoView {
    let Route::Procedure(id) = route else {
        return ().into_any();
    };
    let entry = {
        let id = id.clone();
        LocalResource::new(move || procedure(id.clone()))
    };
    let form = {
        let id = id.clone();
        LocalResource::new(move || {
            let id = id.clone();
            async move { ipc::applications::procedure_form(&id).await }
        })
    };
    view! {
        {move || match entry.get() {
            None => view! { <p class="mg-loading" role="status">{tr(msg_id!("loading"))}</p> }.into_any(),
            Some(Err(error)) => {
                let message = error.code.message_id();
                view! {
                    <h1 class="mg-heading-xl">{tr(msg_id!("procedure-problem-title"))}</h1>
                    <div class="mg-error" role="alert"><p class="mg-error__message" data-message-id=message>{tr(message)}</p></div>
                }
                .into_any()
            }
            Some(Ok(None)) => view! {
                <h1 class="mg-heading-xl">{tr(msg_id!("procedure-problem-title"))}</h1>
                <div class="mg-error" role="alert"><p class="mg-error__message">{tr(msg_id!("error-not-found"))}</p></div>
            }
            .into_any(),
            Some(Ok(Some(procedure))) => view! { <About procedure=procedure form=form /> }.into_any(),
        }}
    }
    .into_any()
}

#[component]
fn About(procedure: Procedure, form: LocalResource<Result<FormSchema, ApiError>>) -> impl IntoView {
    let name = procedure.name.clone();
    Effect::new(move |_| {
        document().set_title(&t_args(
            msg_id!("procedure-document-title"),
            &[("name", city_plain(&name).into())],
        ));
    });
    let online = procedure.channels.contains(&Channel::Online);
    let by_appointment = procedure.channels.contains(&Channel::Appointment);
    let channels = procedure.channels.clone();
    let id = procedure.id.clone();
    view! {
        <h1 class="mg-heading-xl"><CityText text=procedure.name.clone() /></h1>
        <p class="mg-lead"><CityText text=procedure.summary.clone() /></p>
        <h2>{tr(msg_id!("channels-label"))}</h2>
        <ul class="mg-procedure__channels" id="procedure-channels">
            {channels
                .into_iter()
                .map(|c| view! { <li data-message-id=c.message_id()><Tag label=Signal::derive(move || tm(c.message_id())) /></li> })
                .collect_view()}
        </ul>
        // Done at a counter by appointment: where to book it.
        {by_appointment.then(|| view! {
            <p><a class="mg-link" id="procedure-book" href=Route::Booking(String::new()).href()>{tr(msg_id!("booking-title"))}</a></p>
        })}
        {move || match (online, form.get()) {
            (false, _) | (true, Some(Err(ApiError { code: ErrorCode::NotFound, .. }))) => view! {
                <p id="procedure-not-online">{tr(msg_id!("procedure-not-online"))}</p>
            }
            .into_any(),
            (true, None) => view! { <p class="mg-loading" role="status">{tr(msg_id!("loading"))}</p> }.into_any(),
            (true, Some(Err(error))) => {
                let message = error.code.message_id();
                view! { <div class="mg-error" role="alert"><p class="mg-error__message" data-message-id=message>{tr(message)}</p></div> }.into_any()
            }
            (true, Some(Ok(schema))) => view! { <Online schema=schema id=id.clone() /> }.into_any(),
        }}
    }
}

/// What applying online needs, and Start (or Continue, with a draft in memory).
#[component]
fn Online(schema: FormSchema, id: ProcedureId) -> impl IntoView {
    let guide = schema.guide.clone().unwrap_or_default();
    let rows = guide_rows(&guide);
    let needed = guide.identity;
    let resuming = session::get(&id).is_some_and(|s| s.sent.is_none());
    let start = Route::Apply(id, Stage::Step(0)).href();
    // Who is signed in decides what to say before the resident fills anything: sign in, get checked
    // at a counter first, or nothing (their check is enough).
    let signed_in = LocalResource::new(|| async { ipc::account::current().await.ok().flatten() });
    view! {
        <h2>{tr(msg_id!("procedure-online-title"))}</h2>
        <SummaryList id="procedure-guide" rows=rows change_label=Signal::derive(String::new) />
        {move || {
            let account = signed_in.get()?;
            let level = account.as_ref().map_or(IdentityLevel::Unverified, |a| a.identity_level);
            (!level.satisfies(needed)).then(|| {
                let heading = if account.is_some() {
                    msg_id!("procedure-identity-not-checked")
                } else {
                    msg_id!("procedure-identity-verified-needed")
                };
                view! {
                    <NotificationBanner
                        id="procedure-identity"
                        kind=BannerKind::Information
                        title=Signal::derive(|| tm(msg_id!("procedure-identity-banner")))
                        heading=Signal::derive(move || tm(heading))
                    >
                        <p>{tr(msg_id!("procedure-identity-how"))}</p>
                        // Online, the check counts once the resident is signed in with that account.
                        {account.is_none().then(|| view! {
                            <p><a class="mg-link" id="procedure-identity-sign-in" href="#/account">{tr(msg_id!("account-sign-in"))}</a></p>
                        })}
                    </NotificationBanner>
                }
            })
        }}
        <p>
            <a class="mg-button" data-variant="primary" id="procedure-start" href=start>
                // One flex item, as in the kit's button: readings must not split the words apart.
                <span class="mg-button__label">{tr(if resuming { msg_id!("procedure-continue") } else { msg_id!("procedure-start") })}</span>
            </a>
        </p>
    }
}

/// The guide as rows of the kit's summary list.
fn guide_rows(guide: &Guide) -> Vec<SummaryRow> {
    let row = |key: &str, value: Vec<String>| SummaryRow {
        key: tm(key),
        value,
        change_href: None,
    };
    let mut rows = vec![row(
        msg_id!("procedure-identity"),
        vec![match guide.identity {
            IdentityLevel::Verified => tm(msg_id!("procedure-identity-verified")),
            IdentityLevel::Unverified => tm(msg_id!("procedure-identity-none")),
        }],
    )];
    if !guide.bring.is_empty() {
        rows.push(row(
            msg_id!("procedure-bring"),
            guide.bring.iter().map(city_marked).collect(),
        ));
    }
    rows.push(row(
        msg_id!("procedure-fee"),
        vec![if guide.fee_yen == 0 {
            tm(msg_id!("procedure-fee-free"))
        } else {
            i18n::yen(i64::from(guide.fee_yen))
        }],
    ));
    if let Some(days) = guide.takes_days {
        rows.push(row(
            msg_id!("procedure-takes"),
            vec![tm_args(msg_id!("procedure-takes-days"), &[("days", days.into())])],
        ));
    }
    rows
}
