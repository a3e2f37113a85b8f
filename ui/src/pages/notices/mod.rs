//! お知らせ (`#/notices`): what the city says that concerns this resident, and what is for them
//! alone. Which notices show is decided here on the device (`notice::inbox`), from the profile
//! the resident chose (`#/notices/profile`, kept on the device, never sent to the city).
//!
//! - **Your profile**: whether notices are matched to a profile, and a link to choose or change it.
//! - **Urgent now** (a disaster, an evacuation order) is pinned at the top in the kit's emergency
//!   banner, which says "urgent" in words, not by colour alone. Without a profile every urgent
//!   notice shows (an order for another district is better read than missed); with one, those
//!   for the resident's area.
//! - **From the city**: the other notices that match, newest first, filtered by kind if the
//!   resident likes, each with its kind, whether it is unread, when it was published and where it
//!   points (a procedure, a booking service). Read marks are kept per revision: a replaced notice
//!   is unread again.
//! - **For you**: a signed-in resident's personal notices (the visit tomorrow, an application's
//!   new status), newest first; signed out, a link to sign in says what they would get.
//!
//! A notice's own page (`#/notices/<id>`) shows it whole while it shows at all (withdrawn, expired
//! or replaced by a later state of its topic, it says so), and opening it marks it read.
//!
//! - **Alerts in this browser** (web mode): Web Push of urgent notices, turned on or off
//!   (`alerts.rs`).
//!
//! In the app, each change the shell's stream brings makes the page read again
//! (`notice_alerts::NoticesChanged`).

pub mod alerts;
pub mod profile;
pub mod tray;

use leptos::prelude::*;
use madoguchi_domain::notice::profile::wire_name;
use madoguchi_domain::notice::wire::{NoticeFeed, PersonalNotice, PersonalNoticeList, PersonalSubject};
use madoguchi_domain::notice::{self, Category, Notice, NoticeId, Priority, Profile, ReadMark, inbox};
use madoguchi_domain::{ApiError, Cached};
use madoguchi_i18n::msg_id;
use madoguchi_ui_kit::{
    BannerKind, Button, ButtonVariant, Choice, NotificationBanner, Select, Tag, TagColour,
};

use crate::i18n::{self, t, t_args};
use crate::ipc;
use crate::notice_alerts::NoticesChanged;
use crate::pages::data_age::DataAge;
use crate::pages::home::CityText;
use crate::routes::Route;

/// The notices chunk: the inbox (`#/notices`) or one notice (`#/notices/<id>`).
#[component]
pub fn NoticesPage(route: Route) -> impl IntoView {
    match route {
        Route::Notice(id) => view! { <NoticePage id=id /> }.into_any(),
        _ => view! { <Inbox /> }.into_any(),
    }
}

/// One notice, as long as it shows (live, the latest of its topic); opening it marks it read.
#[component]
fn NoticePage(id: NoticeId) -> impl IntoView {
    let feed = LocalResource::new(ipc::notices::feed);
    let found = Signal::derive(move || {
        feed.get().map(|fetched| {
            fetched.map(|cached| {
                notice::current(&cached.value.notices, ipc::now())
                    .into_iter()
                    .find(|n| n.id == id)
                    .cloned()
            })
        })
    });
    Effect::new(move |_| {
        let title = match found.get() {
            Some(Ok(Some(n))) => crate::pages::apply::city_plain(&n.content.title),
            _ => t(msg_id!("notices-title")),
        };
        document().set_title(&t_args(
            msg_id!("notice-document-title"),
            &[("title", title.into())],
        ));
    });
    // Read once it has been shown.
    Effect::new(move |_| {
        if let Some(Ok(Some(n))) = found.get() {
            leptos::task::spawn_local(async move {
                let _ = ipc::notices::mark_read(vec![ReadMark::of(&n)]).await;
            });
        }
    });
    view! {
        {move || match found.get() {
            None => view! { <p class="mg-loading" role="status">{move || t(msg_id!("loading"))}</p> }.into_any(),
            Some(Err(error)) => error_view(&error, "notice-error").into_any(),
            Some(Ok(None)) => view! {
                <h1 class="mg-heading-xl" id="notice-heading" tabindex="-1">{move || t(msg_id!("notices-title"))}</h1>
                <p id="notice-gone">{move || t(msg_id!("notice-gone"))}</p>
            }
            .into_any(),
            Some(Ok(Some(n))) => {
                let title = n.content.title.clone();
                let category = n.content.category;
                let priority = n.content.priority;
                view! {
                    <h1 class="mg-heading-xl" id="notice-heading" tabindex="-1"><CityText text=title /></h1>
                    <p>
                        <Tag label=Signal::derive(move || t(category.message_id())) />
                        {(priority != Priority::Normal).then(|| {
                            let colour = if priority == Priority::Urgent { TagColour::Error } else { TagColour::Warning };
                            view! { " " <Tag label=Signal::derive(move || t(priority.message_id())) colour=colour /> }
                        })}
                    </p>
                    <NoticeBody notice=n />
                }
                .into_any()
            }
        }}
        <p><a class="mg-link" id="notice-back" href="#/notices">{move || t(msg_id!("notice-profile-back"))}</a></p>
    }
}

#[component]
fn Inbox() -> impl IntoView {
    Effect::new(move |_| document().set_title(&t(msg_id!("notices-document-title"))));
    let changed = use_context::<NoticesChanged>().map(|c| c.0);
    let track = move || {
        if let Some(changed) = changed {
            changed.track();
        }
    };
    let feed = LocalResource::new(move || {
        track();
        ipc::notices::feed()
    });
    let personal = LocalResource::new(move || {
        track();
        ipc::notices::personal()
    });
    let settings = LocalResource::new(ipc::notices::settings);
    let marks = RwSignal::new(Vec::<ReadMark>::new());
    leptos::task::spawn_local(async move {
        if let Ok(kept) = ipc::notices::read_marks().await {
            marks.set(kept);
        }
    });
    view! {
        <h1 class="mg-heading-xl" id="notices-heading" tabindex="-1">{move || t(msg_id!("notices-title"))}</h1>
        {move || match (feed.get(), settings.get()) {
            (None, _) | (_, None) => view! { <p class="mg-loading" role="status">{move || t(msg_id!("loading"))}</p> }.into_any(),
            (Some(Err(error)), _) => error_view(&error, "notices-error").into_any(),
            (Some(Ok(cached)), Some(settings)) => {
                // A store that cannot be read is a device without a profile: the inbox still shows.
                let profile = settings.ok().flatten().map(|s| s.profile);
                view! {
                    <ProfileSummary chosen=profile.is_some() />
                    <CityNotices cached=cached profile=profile marks=marks />
                }
                .into_any()
            }
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
        <alerts::WebAlerts />
    }
}

/// Whether the inbox is matched to a profile, and the way to choose or change it.
#[component]
fn ProfileSummary(chosen: bool) -> impl IntoView {
    let (text, link) = if chosen {
        (
            msg_id!("notices-profile-active"),
            msg_id!("notices-profile-change"),
        )
    } else {
        (msg_id!("notices-profile-none"), msg_id!("notices-profile-choose"))
    };
    view! {
        <section class="mg-section" aria-labelledby="notices-profile-title" id="notices-profile" data-chosen=chosen.to_string()>
            <h2 id="notices-profile-title">{move || t(msg_id!("notices-profile-title"))}</h2>
            <p>{move || t(text)}</p>
            <p><a class="mg-link" id="notices-profile-link" href="#/notices/profile">{move || t(link)}</a></p>
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

/// The urgent banners, then the city's other notices that concern this resident.
#[component]
fn CityNotices(
    cached: Cached<NoticeFeed>,
    profile: Option<Profile>,
    marks: RwSignal<Vec<ReadMark>>,
) -> impl IntoView {
    let now = ipc::now();
    let notices = StoredValue::new(cached.value.notices);
    let profile = StoredValue::new(profile);
    let category = RwSignal::new(String::new());
    let shown = move |category: Option<Category>| {
        notices.with_value(|all| {
            profile.with_value(|profile| {
                let inbox = inbox::inbox(all, profile.as_ref(), category, now);
                (
                    inbox.urgent.into_iter().cloned().collect::<Vec<_>>(),
                    inbox.others.into_iter().cloned().collect::<Vec<_>>(),
                )
            })
        })
    };
    let chosen = move || Category::ALL.into_iter().find(|c| wire_name(c) == category.get());
    let urgent = shown(None).0;
    let mark_all = move |_| {
        let (urgent, others) = shown(chosen());
        let unread: Vec<ReadMark> = urgent
            .iter()
            .chain(&others)
            .filter(|n| inbox::is_unread(n, &marks.get_untracked()))
            .map(ReadMark::of)
            .collect();
        mark(marks, unread);
    };
    view! {
        <DataAge fetched_at=cached.fetched_at fresh=cached.fresh refresh_error=None kept_nowhere=None />
        {(!urgent.is_empty()).then(|| view! {
            <section class="mg-section" aria-labelledby="notices-urgent-title" id="notices-urgent">
                <h2 id="notices-urgent-title">{move || t(msg_id!("notices-urgent-title"))}</h2>
                {urgent.into_iter().map(|n| view! { <UrgentNotice notice=n marks=marks /> }).collect_view()}
            </section>
        })}
        <section class="mg-section" aria-labelledby="notices-city-title">
            <h2 id="notices-city-title">{move || t(msg_id!("notices-city-title"))}</h2>
            {move || {
                let options = std::iter::once(Choice::new("", t(msg_id!("notices-filter-all"))))
                    .chain(Category::ALL.into_iter().map(|c| Choice::new(wire_name(&c), t(c.message_id()))))
                    .collect::<Vec<_>>();
                view! {
                    <Select id="notices-category" label=Signal::derive(|| t(msg_id!("notices-filter-label"))) options=options selected=category />
                }
            }}
            {move || {
                let (_, others) = shown(chosen());
                let any_unread = others.iter().any(|n| inbox::is_unread(n, &marks.get()));
                let empty = others.is_empty();
                view! {
                    {any_unread.then(|| view! {
                        <Button id="notices-mark-all" variant=ButtonVariant::Secondary
                            label=Signal::derive(|| t(msg_id!("notices-mark-all-read")))
                            on_press=Callback::new(mark_all) />
                    })}
                    {empty.then(|| view! { <p id="notices-city-empty">{move || t(msg_id!("notices-city-empty"))}</p> })}
                    <ul class="mg-notice-list" id="notices-city">
                        {others.into_iter().map(|n| view! { <CityNotice notice=n marks=marks /> }).collect_view()}
                    </ul>
                }
            }}
        </section>
    }
}

/// Keeps `read` as read (on the device, or in web mode the tab), then shows it.
fn mark(marks: RwSignal<Vec<ReadMark>>, read: Vec<ReadMark>) {
    if read.is_empty() {
        return;
    }
    leptos::task::spawn_local(async move {
        if ipc::notices::mark_read(read.clone()).await.is_ok() {
            marks.update(|kept| kept.extend(read));
        }
    });
}

/// "Unread" in words and a button to mark it read, while it is unread.
#[component]
fn ReadState(notice: Notice, marks: RwSignal<Vec<ReadMark>>) -> impl IntoView {
    let mark_of = ReadMark::of(&notice);
    let button_id = format!("notice-{}-read", notice.id.as_str());
    move || {
        inbox::is_unread(&notice, &marks.get()).then(|| {
            let mark_of = mark_of.clone();
            view! {
                <p class="mg-notice__state">
                    <Tag label=Signal::derive(|| t(msg_id!("notices-unread"))) colour=TagColour::Information />" "
                    <Button id=button_id.clone() variant=ButtonVariant::Secondary
                        label=Signal::derive(|| t(msg_id!("notices-mark-read")))
                        on_press=Callback::new(move |_| mark(marks, vec![mark_of.clone()])) />
                </p>
            }
        })
    }
}

#[component]
fn UrgentNotice(notice: Notice, marks: RwSignal<Vec<ReadMark>>) -> impl IntoView {
    let id = format!("notice-{}", notice.id.as_str());
    let heading = notice.content.title.clone();
    view! {
        <NotificationBanner
            id=id
            kind=BannerKind::Emergency
            title=Signal::derive(|| t(msg_id!("notice-priority-urgent")))
            heading=Signal::derive(move || crate::pages::apply::city_plain(&heading))
        >
            <ReadState notice=notice.clone() marks=marks />
            <NoticeBody notice=notice.clone() />
            <p><a class="mg-link" id=format!("notice-{}-open", notice.id.as_str()) href=format!("#/notices/{}", notice.id.as_str())>{move || t(msg_id!("notices-open"))}</a></p>
        </NotificationBanner>
    }
}

#[component]
fn CityNotice(notice: Notice, marks: RwSignal<Vec<ReadMark>>) -> impl IntoView {
    let important = notice.content.priority == Priority::Important;
    let category = notice.content.category;
    let id = format!("notice-{}", notice.id.as_str());
    view! {
        <li class="mg-notice" id=id data-priority=if important { "important" } else { "normal" }>
            <h3><a class="mg-link" id=format!("notice-{}-open", notice.id.as_str()) href=format!("#/notices/{}", notice.id.as_str())><CityText text=notice.content.title.clone() /></a></h3>
            <p>
                <Tag label=Signal::derive(move || t(category.message_id())) />
                {important.then(|| view! { " " <Tag label=Signal::derive(|| t(msg_id!("notice-priority-important"))) colour=TagColour::Warning /> })}
            </p>
            <ReadState notice=notice.clone() marks=marks />
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
    let text = move || crate::notice_alerts::personal_text(&subject);
    view! {
        <li class="mg-notice" data-kind=kind>
            <p>{text}</p>
            <p class="mg-hint">{move || i18n::moment(at)}</p>
        </li>
    }
}
