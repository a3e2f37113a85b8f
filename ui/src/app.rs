//! The app frame every page shares: skip link, header with the furigana toggle and the language
//! menu, display settings, the residents' navigation, `main` (the page the URL names), footer.

use leptos::prelude::*;
use madoguchi_i18n::msg_id;
use madoguchi_ui_kit::{LanguageOption, PageHeader, RubyToggle, SkipLink};

use crate::display_settings::DisplaySettingsPanel;
use crate::i18n::{self, t, tm, tr};
use crate::pages::home::Home;
use crate::pages::lazy::LazyPage;
use crate::routes::Route;
use crate::settings;

/// The id of the main region, the skip link's target.
const MAIN_ID: &str = "main";

#[component]
pub fn App() -> impl IntoView {
    let locale = i18n::provide_locale();
    i18n::provide_markup();
    let display = settings::provide_settings();
    crate::notice_alerts::provide();
    // Endonyms do not change with the current language: the menu is built once.
    let languages = Signal::stored(
        i18n::offered_locales()
            .into_iter()
            .map(|tag| LanguageOption {
                lang: i18n::html_lang(&tag).to_owned(),
                name: i18n::endonym(&tag),
                tag: tag.to_string(),
            })
            .collect::<Vec<_>>(),
    );
    let select = Callback::new(move |tag: String| i18n::choose(locale, &tag));
    let route = RwSignal::new(Route::current().unwrap_or(Route::Home));
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        if let Some(r) = Route::current() {
            route.set(r);
        }
    });

    view! {
        <SkipLink label=Signal::derive(|| tm(msg_id!("skip-link"))) target=MAIN_ID />
        <PageHeader
            service_name=Signal::derive(|| tm(msg_id!("app-name")))
            language_label=Signal::derive(|| tm(msg_id!("language-switch-label")))
            languages=languages
            current=Signal::derive(move || locale.get().to_string())
            on_select=select
        >
            // Furigana only exist in Japanese text.
            <Show when=i18n::readings_apply>
                <RubyToggle
                    label=Signal::derive(|| tm(msg_id!("furigana-toggle")))
                    pressed=Signal::derive(i18n::readings_shown)
                    on_toggle=Callback::new(i18n::show_readings)
                />
            </Show>
        </PageHeader>
        // A language the reader chose whose messages could not be fetched: said in the language
        // the page stays in, until the next choice.
        <Show when=move || i18n::load_failed().is_some()>
            <div class="mg-error" role="alert" id="language-error">
                <p class="mg-error__message">{tr(msg_id!("language-load-failed"))}</p>
            </div>
        </Show>
        <DisplaySettingsPanel settings=display />
        <nav class="mg-nav" aria-label=move || t(msg_id!("nav-label"))>
            <ul>
                <li><a href="#/" aria-current=move || (route.get() == Route::Home).then_some("page")>{tr(msg_id!("home-title"))}</a></li>
                <li><a href="#/procedures/inquiry" aria-current=move || route.with(|r| matches!(r, Route::Procedure(id) | Route::Apply(id, _) if id.as_str() == crate::routes::INQUIRY)).then_some("page")>{tr(msg_id!("inquiry-title"))}</a></li>
                <li><a href="#/applications" aria-current=move || (route.get() == Route::Applications).then_some("page")>{tr(msg_id!("applications-title"))}</a></li>
                // Counter appointments, named by the home page's own words for them (no message
                // of its own on the first load).
                <li><a href="#/booking" aria-current=move || route.with(|r| matches!(r, Route::Booking(rest) if rest.is_empty())).then_some("page")>{tr(msg_id!("channel-appointment"))}</a></li>
                <li><a href="#/notices" id="nav-notices" aria-current=move || (route.get() == Route::Notices).then_some("page")>{tr(msg_id!("notices-title"))}</a></li>
                <li><a href="#/account" id="nav-account" aria-current=move || (route.get() == Route::Account).then_some("page")>{tr(msg_id!("account-title"))}</a></li>
            </ul>
        </nav>
        <main id=MAIN_ID tabindex="-1" class="mg-main">
            {move || {
                let route = route.get();
                match (crate::pages::chunk_of(&route), route) {
                    (Some((loaded, load)), route) => view! { <LazyPage loaded=loaded load=load route=route /> }.into_any(),
                    #[cfg(feature = "gallery")]
                    (None, Route::Gallery) => view! { <crate::pages::gallery::Gallery /> }.into_any(),
                    (None, Route::LifeEvent(event)) => view! { <Home life_event=event /> }.into_any(),
                    // The residents' bundle has no gallery; a stray /gallery link lands on the home page.
                    (None, _) => view! { <Home /> }.into_any(),
                }
            }}
        </main>
        <footer class="mg-footer">
            <p>{tr(msg_id!("footer-text"))}</p>
        </footer>
    }
}
