//! Pages whose code is not in the first download: each lives in a WASM chunk of its own, fetched
//! the first time a reader opens it (issue 14: the home page must not carry every page).
//!
//! `lazy_page!` marks a page component as a split point (`wasm_split`, the mechanism behind Leptos
//! 0.8's `#[lazy]`): the compiler keeps it in the one module as usual, and the build's
//! `wasm-split-cli` step (xtask/src/ui_build.rs) moves it and everything only it uses into
//! `chunk-*.wasm` files beside the main one, loaded through `__wasm_split-<hash>.js`.
//! On the native target (unit tests) the page is called directly.
//!
//! Why not Leptos' own `#[lazy]`: a chunk that cannot be fetched (a dropped connection on mobile
//! data) would panic there, and a panic aborts the whole page. Here the split point is `fallible`:
//! the reader sees a localized message with a button to try again, and keeps the page they were
//! on.
//!
//! With the chunk come the pages' stylesheet (the kit components the home page does not draw) and,
//! once, the Japanese of the pages (`i18n::load_page_messages`); the page is drawn when all three
//! are here.
//!
//! A chunk is fetched once: the loaded page's render function is kept in `Loaded`, so coming back
//! to a page renders it at once, without a frame of "loading".

use std::sync::OnceLock;

use leptos::prelude::*;
use madoguchi_i18n::msg_id;
use madoguchi_ui_kit::{BannerKind, Button, NotificationBanner};

use crate::i18n::t;
use crate::routes::Route;

/// A chunk could not be fetched or instantiated (offline, a server gone mid-download).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkUnavailable;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkUnavailable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkUnavailable
    }
}

/// Draws a page whose code has arrived, for the route that names it (a page with parameters, such
/// as a procedure's id, reads them from it).
pub type Render = fn(Route) -> AnyView;

/// The page's render function once its chunk is in.
pub type Loaded = OnceLock<Render>;

/// Fetches a page's chunk (`lazy_page!` writes one per page).
pub type Load =
    fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Render, ChunkUnavailable>>>>;

/// Declares `$name`, a `LazyPage` source for the page component `$page` split into its own chunk.
/// `lazy_page!(name, Page)` for a page without parameters; `lazy_page!(name, Page, route)` for one
/// that takes the route (its `route: Route` prop) to read its parameters from.
macro_rules! lazy_page {
    ($name:ident, $page:path) => {
        $crate::pages::lazy::lazy_page!(@split $name, |_route| view! { <$page /> }.into_any());
    };
    ($name:ident, $page:path, route) => {
        $crate::pages::lazy::lazy_page!(@split $name, |route| view! { <$page route=route /> }.into_any());
    };
    (@split $name:ident, $render:expr) => {
        pub mod $name {
            use leptos::prelude::*;

            use $crate::pages::lazy::{ChunkUnavailable, Loaded, Render};

            // The split point: its body (and all only it reaches) goes into the chunk.
            #[::leptos::wasm_split::wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn render() -> Result<Render, ChunkUnavailable> {
                Ok($render)
            }

            pub static LOADED: Loaded = Loaded::new();

            pub fn load()
            -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Render, ChunkUnavailable>>>> {
                Box::pin(render())
            }
        }
    };
}
pub(crate) use lazy_page;

/// The id of the pages' stylesheet once it is linked.
const PAGES_CSS_ID: &str = "mg-pages-css";

/// Links the stylesheet of the pages loaded on demand (the kit components the home page does not
/// draw; `FIRST_LOAD_COMPONENTS` in xtask/src/ui_build.rs) and waits until it has arrived, so a
/// page is never drawn unstyled. Named by `<meta name="madoguchi-pages-css">`; once linked, at
/// once. A link that failed is taken out, so trying again fetches it again.
/// Starts at once (so it arrives while the chunk does); the future says when it is there.
fn pages_stylesheet() -> impl std::future::Future<Output = Result<(), ChunkUnavailable>> {
    let started = start_pages_stylesheet();
    async move {
        let Some((link, arrived)) = started? else {
            return Ok(());
        };
        arrived.await.map_err(|_| ChunkUnavailable)?;
        let _ = link.set_attribute("data-loaded", "");
        Ok(())
    }
}

/// Links the stylesheet unless it is here; `None` when there is nothing to wait for.
fn start_pages_stylesheet()
-> Result<Option<(web_sys::Element, wasm_bindgen_futures::JsFuture)>, ChunkUnavailable> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;

    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(ChunkUnavailable)?;
    if let Some(link) = document.get_element_by_id(PAGES_CSS_ID) {
        if link.get_attribute("data-loaded").is_some() {
            return Ok(None);
        }
        link.remove();
    }
    let Some(href) = document
        .query_selector(r#"meta[name="madoguchi-pages-css"]"#)
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
    else {
        // A page without the meta (the gallery) links every stylesheet itself.
        return Ok(None);
    };
    let link = document.create_element("link").map_err(|_| ChunkUnavailable)?;
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", &href);
    let _ = link.set_attribute("id", PAGES_CSS_ID);
    let arrived = js_sys::Promise::new(&mut |resolve, reject| {
        let on_load = Closure::once_into_js(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
        let on_error = Closure::once_into_js(move || {
            let _ = reject.call0(&wasm_bindgen::JsValue::NULL);
        });
        let _ = link.add_event_listener_with_callback("load", on_load.unchecked_ref());
        let _ = link.add_event_listener_with_callback("error", on_error.unchecked_ref());
    });
    let head = document
        .query_selector("head")
        .ok()
        .flatten()
        .ok_or(ChunkUnavailable)?;
    head.append_child(&link).map_err(|_| ChunkUnavailable)?;
    Ok(Some((link, wasm_bindgen_futures::JsFuture::from(arrived))))
}

/// Where a lazy page is.
#[derive(Clone, Copy)]
enum State {
    Fetching,
    Ready(Render),
    Failed,
}

/// A page from its chunk: at once when already fetched; otherwise a status line while it arrives,
/// or, when it cannot be fetched, a message and a button to try again.
#[component]
pub fn LazyPage(loaded: &'static Loaded, load: Load, route: Route) -> impl IntoView {
    let state = RwSignal::new(
        loaded
            .get()
            .map_or(State::Fetching, |render| State::Ready(*render)),
    );
    let fetch = move || {
        state.set(State::Fetching);
        leptos::task::spawn_local(async move {
            let (styles, messages, code) =
                futures::join!(pages_stylesheet(), crate::i18n::load_page_messages(), load());
            let messages = messages.map_err(|()| ChunkUnavailable);
            match styles.and(messages).and(code) {
                Ok(render) => {
                    let _ = loaded.set(render);
                    state.set(State::Ready(render));
                }
                Err(ChunkUnavailable) => state.set(State::Failed),
            }
        });
    };
    if matches!(state.get_untracked(), State::Fetching) {
        fetch();
    }
    move || {
        match state.get() {
            State::Ready(render) => render(route.clone()),
            State::Fetching => view! {
                <p class="mg-page-loading" role="status">{move || t(msg_id!("loading"))}</p>
            }
            .into_any(),
            State::Failed => {
                // The page that could not come cannot name the tab; this message does.
                document().set_title(&t(msg_id!("page-load-failed-document-title")));
                view! {
            <NotificationBanner
                id="page-load-failed"
                kind=BannerKind::Emergency
                title=Signal::derive(|| t(msg_id!("page-load-failed-title")))
                heading=Signal::derive(|| t(msg_id!("page-load-failed")))
            >
                <Button label=Signal::derive(|| t(msg_id!("retry"))) on_press=Callback::new(move |()| fetch()) />
            </NotificationBanner>
            }
            .into_any()
            }
        }
    }
}
