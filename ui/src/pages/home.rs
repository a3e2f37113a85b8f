//! The home page: the city's procedures, each with where it can be done, and links to the same
//! list narrowed to one life event (引越し, 出産・子育て, おくやみ, 就学: `#/life-events/<event>`,
//! this page again with a `life_event`). In the app the copy cached on the device shows at once
//! (with its age); then the server's answer replaces it, or, offline, a note says the list is from
//! the device and how old it is.

use leptos::prelude::*;
use madoguchi_domain::{
    ApiError, Cached, CalendarDate, ErrorCode, LifeEvent, LocalizedText, Procedure, ProcedureCatalogue,
    UnixMillis,
};
use madoguchi_i18n::msg_id;

use crate::i18n::{self, t, t_args, tr, tr_args};
use crate::ipc;
use crate::pages::data_age::DataAge;

/// What the page shows: the server's answer when it came; else the cached copy (with why the
/// refresh failed, if it did); an error only when there is neither.
type Shown = Result<(Cached<ProcedureCatalogue>, Option<ApiError>), ApiError>;

fn pick(
    refreshed: Option<Result<Cached<ProcedureCatalogue>, ApiError>>,
    cached: Option<Result<Option<Cached<ProcedureCatalogue>>, ApiError>>,
) -> Option<Shown> {
    let cached = cached.and_then(|c| c.ok()).flatten();
    match (refreshed, cached) {
        (Some(Ok(fresh)), _) => Some(Ok((fresh, None))),
        (Some(Err(error)), Some(cached)) => Some(Ok((cached, Some(error)))),
        (None, Some(cached)) => Some(Ok((cached, None))),
        (Some(Err(error)), None) => Some(Err(error)),
        (None, None) => None,
    }
}

/// Why nothing is kept on this device, when its cache could not be read for want of a keyring
/// (the shell then fetches the city's data uncached: it still shows).
fn kept_nowhere(cached: Option<Result<Option<Cached<ProcedureCatalogue>>, ApiError>>) -> Option<ApiError> {
    cached
        .and_then(Result::err)
        .filter(|e| e.code == ErrorCode::KeyringUnavailable)
}

/// The home page; with `life_event`, that event's page (its procedures only, under its name).
#[component]
pub fn Home(#[prop(optional)] life_event: Option<LifeEvent>) -> impl IntoView {
    // The only clock read of the page; everything after it is pure formatting.
    #[allow(clippy::cast_possible_truncation)] // milliseconds since 1970 fit in i64 for 292 million years
    let today = UnixMillis(js_sys::Date::now() as i64).date_in_japan();
    let cached = LocalResource::new(ipc::cached_procedure_catalogue);
    let refreshed = LocalResource::new(ipc::refresh_procedure_catalogue);
    let loaded = Signal::derive(move || pick(refreshed.get(), cached.get()));
    let catalogue = Signal::derive(move || loaded.get().map(|r| r.map(|(c, _)| c.value)));

    // Keep the window title in step with the city and the language (WCAG 2.4.2).
    Effect::new(move |_| {
        let title = match (
            catalogue.get().and_then(|r| r.ok()).map(|c| city_name(&c)),
            life_event,
        ) {
            (Some(city), Some(event)) if !city.is_empty() => t_args(
                msg_id!("life-event-document-title"),
                &[("event", t(event.message_id()).into()), ("city", city.into())],
            ),
            (Some(city), None) if !city.is_empty() => {
                t_args(msg_id!("document-title"), &[("city", city.into())])
            }
            _ => t(msg_id!("app-name")),
        };
        document().set_title(&title);
    });

    view! {
        <h1 class="mg-heading-xl">{tr(life_event.map_or(msg_id!("home-title"), LifeEvent::message_id))}</h1>
        {today.map(|date| view! { <Today date=date /> })}
        {move || match loaded.get() {
            None => view! { <p class="mg-loading" role="status">{t(msg_id!("loading"))}</p> }.into_any(),
            Some(Err(error)) => view! { <LoadError error=error retry=move || refreshed.refetch() /> }.into_any(),
            Some(Ok((c, refresh_error))) => view! {
                <DataAge
                    fetched_at=c.fetched_at
                    fresh=c.fresh
                    refresh_error=refresh_error
                    kept_nowhere=kept_nowhere(cached.get())
                />
                <Catalogue catalogue=c.value life_event=life_event />
            }
            .into_any(),
        }}
    }
}

/// Today's date where the city is (Asia/Tokyo), in the reader's language and calendar.
#[component]
fn Today(date: CalendarDate) -> impl IntoView {
    view! {
        <p class="mg-today">
            <time datetime=date.iso()>
                {tr_args(msg_id!("home-today"), move || {
                    vec![("date", crate::intl::date(&i18n::current(), date, crate::intl::DateLength::Long).into())]
                })}
            </time>
        </p>
    }
}

fn city_name(catalogue: &ProcedureCatalogue) -> String {
    catalogue
        .city
        .resolve(&i18n::current())
        .map(|r| r.text.to_owned())
        .unwrap_or_default()
}

#[component]
fn LoadError(error: ApiError, retry: impl Fn() + 'static) -> impl IntoView {
    let message_id = error.code.message_id();
    view! {
        <div class="mg-error" role="alert">
            <p class="mg-error__message" data-message-id=message_id>{tr(message_id)}</p>
            <button type="button" class="mg-button" on:click=move |_| retry()>{tr(msg_id!("retry"))}</button>
        </div>
    }
}

#[component]
fn Catalogue(catalogue: ProcedureCatalogue, life_event: Option<LifeEvent>) -> impl IntoView {
    let events = catalogue.life_events();
    let procedures: Vec<Procedure> = match life_event {
        Some(event) => catalogue.in_life_event(event).cloned().collect(),
        None => catalogue.procedures.clone(),
    };
    let count = procedures.len();
    let city = catalogue.city.clone();
    let lead = match life_event {
        Some(event) => tr(event.summary_message_id()).into_any(),
        None => tr_args(msg_id!("home-intro"), move || {
            let city = city
                .resolve(&i18n::current())
                .map(|r| r.text.to_owned())
                .unwrap_or_default();
            vec![("city", city.into())]
        })
        .into_any(),
    };
    view! {
        <p class="mg-lead">{lead}</p>
        {(life_event.is_none() && !events.is_empty()).then(|| view! { <LifeEvents events=events /> })}
        <p class="mg-count">{tr_args(msg_id!("home-procedure-count"), move || vec![("count", count.into())])}</p>
        <ul class="mg-procedure-list">
            {procedures.into_iter().map(|p| view! { <ProcedureItem procedure=p /> }).collect_view()}
        </ul>
    }
}

/// The life events the city's procedures are grouped by, each a link to its own list.
#[component]
fn LifeEvents(events: Vec<LifeEvent>) -> impl IntoView {
    view! {
        <nav class="mg-life-events" aria-labelledby="life-events-title">
            <h2 class="mg-life-events__title" id="life-events-title">{tr(msg_id!("life-events-title"))}</h2>
            <ul class="mg-life-events__list">
                {events
                    .into_iter()
                    .map(|event| {
                        view! {
                            <li>
                                <a class="mg-link" id=format!("life-event-{}", event.as_str()) href=crate::routes::Route::LifeEvent(event).href()>
                                    {tr(event.message_id())}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

#[component]
fn ProcedureItem(procedure: Procedure) -> impl IntoView {
    let heading_id = format!("procedure-{}", procedure.id);
    let channels = procedure.channels.clone();
    view! {
        <li class="mg-procedure" data-procedure-id=procedure.id.to_string()>
            // The name leads to the procedure's page (where it can be done, what it needs, and
            // Start when it can be done online): no new words on the first load.
            <h2 class="mg-procedure__name" id=heading_id.clone()>
                <a href=format!("#/procedures/{}", procedure.id)><CityText text=procedure.name.clone() /></a>
            </h2>
            <p class="mg-procedure__summary"><CityText text=procedure.summary.clone() /></p>
            <p class="mg-procedure__channels-label" id=format!("{heading_id}-channels")>
                {tr(msg_id!("channels-label"))}
            </p>
            <ul class="mg-procedure__channels" aria-labelledby=format!("{heading_id}-channels")>
                {channels
                    .into_iter()
                    .map(|c| view! { <li class="mg-tag" data-message-id=c.message_id()>{tr(c.message_id())}</li> })
                    .collect_view()}
            </ul>
        </li>
    }
}

/// A city text in the reader's language, or in its fallback with the right `lang` and a note
/// saying which language it is in (WCAG 3.1.2). Furigana marks in it render like a message's.
#[component]
pub fn CityText(text: LocalizedText) -> impl IntoView {
    move || {
        let wanted = i18n::current();
        match text.resolve(&wanted) {
            Some(r) if r.is_fallback_for(&wanted) => {
                let lang = r.lang.clone();
                let shown = r.text.to_owned();
                let note_lang = lang.clone();
                view! {
                    <span lang=i18n::html_lang(&lang).to_owned()>{i18n::ruby_view(Signal::stored(shown))}</span>
                    " "
                    <span class="mg-fallback-note">
                        "("
                        {tr_args(msg_id!("fallback-notice"), move || {
                            vec![("lang", note_lang.to_string().into()), ("language", i18n::endonym(&note_lang).into())]
                        })}
                        ")"
                    </span>
                }
                .into_any()
            }
            Some(r) => {
                let shown = r.text.to_owned();
                view! { <span>{i18n::ruby_view(Signal::stored(shown))}</span> }.into_any()
            }
            None => ().into_any(),
        }
    }
}

#[cfg(test)]
mod tests {
    use madoguchi_domain::{ApiError, ErrorCode};

    use super::kept_nowhere;

    #[test]
    fn only_a_missing_keyring_says_nothing_is_kept() {
        let error = |code: ErrorCode| Some(Err(ApiError::from(code)));
        assert_eq!(
            kept_nowhere(error(ErrorCode::KeyringUnavailable)).map(|e| e.code),
            Some(ErrorCode::KeyringUnavailable)
        );
        // A locked store is another message (the key is gone; the data is still there).
        assert_eq!(kept_nowhere(error(ErrorCode::LocalDataLocked)), None);
        assert_eq!(kept_nowhere(Some(Ok(None))), None);
        assert_eq!(kept_nowhere(None), None);
    }
}
