//! お知らせ (`#/notices`): what the city says now, and what is for the resident alone.
//!
//! - **Urgent now** (a disaster, an evacuation order) is pinned at the top in the kit's emergency
//!   banner, which says "urgent" in words, not by colour alone. Every urgent notice shows, whoever
//!   it targets: until the resident's profile (issue 13) lets the device match areas, an order for
//!   another district is better read than missed.
//! - **For you**: a signed-in resident's personal notices (the visit tomorrow, an application's new
//!   status), newest first; signed out, a link to sign in says what they would get.
//! - **From the city**: the other notices meant for everyone, newest first, each with its kind,
//!   when it was published and where it points (a procedure, a booking service).
//!
//! The rules of what shows are the domain's (`notice::current`: live, the latest state of a topic);
//! the page only sorts them into the three parts.

use leptos::prelude::*;
use madoguchi_domain::notice::wire::{NoticeFeed, PersonalNotice, PersonalNoticeList, PersonalSubject};
use madoguchi_domain::notice::{self, Notice, Priority};
use madoguchi_domain::{ApiError, Cached};
use madoguchi_i18n::msg_id;
use madoguchi_ui_kit::{BannerKind, NotificationBanner, Tag, TagColour};

use crate::i18n::{self, t, t_args};
use crate::ipc;
use crate::pages::data_age::DataAge;
use crate::pages::home::CityText;

#[component]
pub fn NoticesPage() -> impl IntoView {
    Effect::new(move |_| document().set_title(&t(msg_id!("notices-document-title"))));
    let feed = LocalResource::new(ipc::notices::feed);
    let personal = LocalResource::new(ipc::notices::personal);
    view! {
        <h1 class="mg-heading-xl" id="notices-heading" tabindex="-1">{move || t(msg_id!("notices-title"))}</h1>
        {move || match feed.get() {
            None => view! { <p class="mg-loading" role="status">{move || t(msg_id!("loading"))}</p> }.into_any(),
            Some(Err(error)) => error_view(&error, "notices-error").into_any(),
            Some(Ok(cached)) => view! { <CityNotices cached=cached /> }.into_any(),
        }}
        <section class="mg-section" aria-labelledby="notices-personal-title">
            <h2 id="notices-personal-title">{move || t(msg_id!("notices-personal-title"))}</h2>
            {move || personal.get().map(|found| match found {
                Err(error) => error_view(&error, "notices-personal-error").into_any(),
                Ok(None) => view! {
                    <p id="notices-personal-sign-in">
                        {move || t(msg_id!("notices-personal-signed-out"))}" "
                        <a class="mg-link" href="#/account">{move || t(msg_id!("notices-personal-sign-in"))}</a>
                    </p>
                }
                .into_any(),
                Ok(Some(list)) => view! { <Personal list=list.value /> }.into_any(),
            })}
        </section>
    }
}

fn error_view(error: &ApiError, id: &'static str) -> impl IntoView + use<> {
    let message = error.code.message_id();
    view! {
        <div class="mg-error" role="alert" id=id>
            <p class="mg-error__message" data-message-id=message>{move || t(message)}</p>
        </div>
    }
}

/// The urgent banners, then the city's other notices for everyone.
#[component]
fn CityNotices(cached: Cached<NoticeFeed>) -> impl IntoView {
    let now = ipc::now();
    let shown = notice::current(&cached.value.notices, now)
        .into_iter()
        .cloned()
        .collect::<Vec<_>>();
    let (urgent, other): (Vec<Notice>, Vec<Notice>) = shown
        .into_iter()
        .partition(|n| n.content.priority == Priority::Urgent);
    // Targeted notices wait for the device's profile (issue 13); urgent ones show regardless.
    let mut other = other
        .into_iter()
        .filter(|n| n.content.rule.is_everyone())
        .collect::<Vec<_>>();
    other.sort_by_key(|n| std::cmp::Reverse(n.content.publish_at));
    let empty = other.is_empty();
    view! {
        <DataAge fetched_at=cached.fetched_at fresh=cached.fresh refresh_error=None kept_nowhere=None />
        {(!urgent.is_empty()).then(|| view! {
            <section class="mg-section" aria-labelledby="notices-urgent-title" id="notices-urgent">
                <h2 id="notices-urgent-title">{move || t(msg_id!("notices-urgent-title"))}</h2>
                {urgent.into_iter().map(|n| view! { <UrgentNotice notice=n /> }).collect_view()}
            </section>
        })}
        <section class="mg-section" aria-labelledby="notices-city-title">
            <h2 id="notices-city-title">{move || t(msg_id!("notices-city-title"))}</h2>
            {empty.then(|| view! { <p id="notices-city-empty">{move || t(msg_id!("notices-city-empty"))}</p> })}
            <ul class="mg-notice-list" id="notices-city">
                {other.into_iter().map(|n| view! { <CityNotice notice=n /> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn UrgentNotice(notice: Notice) -> impl IntoView {
    let id = format!("notice-{}", notice.id.as_str());
    let heading = notice.content.title.clone();
    view! {
        <NotificationBanner
            id=id
            kind=BannerKind::Emergency
            title=Signal::derive(|| t(msg_id!("notice-priority-urgent")))
            heading=Signal::derive(move || crate::pages::apply::city_plain(&heading))
        >
            <NoticeBody notice=notice.clone() />
        </NotificationBanner>
    }
}

#[component]
fn CityNotice(notice: Notice) -> impl IntoView {
    let important = notice.content.priority == Priority::Important;
    let category = notice.content.category;
    let id = format!("notice-{}", notice.id.as_str());
    view! {
        <li class="mg-notice" id=id data-priority=if important { "important" } else { "normal" }>
            <h3><CityText text=notice.content.title.clone() /></h3>
            <p>
                <Tag label=Signal::derive(move || t(category.message_id())) />
                {important.then(|| view! { " " <Tag label=Signal::derive(|| t(msg_id!("notice-priority-important"))) colour=TagColour::Warning /> })}
            </p>
            <NoticeBody notice=notice />
        </li>
    }
}

/// A notice's text, when it was published, and where it points.
#[component]
fn NoticeBody(notice: Notice) -> impl IntoView {
    let published = notice.content.publish_at;
    let procedure = notice.content.links.procedure.clone();
    let service = notice.content.links.booking_service.clone();
    view! {
        <p class="mg-notice__body"><CityText text=notice.content.body.clone() /></p>
        <p class="mg-hint">{move || t_args(msg_id!("notices-published"), &[("when", i18n::moment(published).into())])}</p>
        {procedure.map(|id| view! {
            <p><a class="mg-link" href=format!("#/procedures/{id}")>{move || t(msg_id!("notices-link-procedure"))}</a></p>
        })}
        {service.map(|id| view! {
            <p><a class="mg-link" href=format!("#/booking/{id}")>{move || t(msg_id!("notices-link-booking"))}</a></p>
        })}
    }
}

/// The resident's own notices, newest first.
#[component]
fn Personal(list: PersonalNoticeList) -> impl IntoView {
    if list.notices.is_empty() {
        return view! { <p id="notices-personal-empty">{move || t(msg_id!("notices-personal-empty"))}</p> }
            .into_any();
    }
    let mut notices = list.notices;
    notices.sort_by_key(|n| std::cmp::Reverse(n.at));
    view! {
        <ul class="mg-notice-list" id="notices-personal">
            {notices.into_iter().map(|n| view! { <PersonalItem notice=n /> }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn PersonalItem(notice: PersonalNotice) -> impl IntoView {
    let at = notice.at;
    let kind = match &notice.subject {
        PersonalSubject::ApplicationStatus { .. } => "application-status",
        PersonalSubject::BookingReminder { .. } => "booking-reminder",
    };
    let subject = notice.subject.clone();
    let text = move || match &subject {
        PersonalSubject::ApplicationStatus { reference, status } => format!(
            "{} {}",
            t_args(
                subject.message_id(),
                &[("reference", reference.to_string().into())]
            ),
            t(status.message_id())
        ),
        PersonalSubject::BookingReminder {
            reference, starts_at, ..
        } => t_args(
            subject.message_id(),
            &[
                ("reference", reference.to_string().into()),
                ("time", i18n::time(starts_at.0).into()),
            ],
        ),
    };
    view! {
        <li class="mg-notice" data-kind=kind>
            <p>{text}</p>
            <p class="mg-hint">{move || i18n::moment(at)}</p>
        </li>
    }
}
