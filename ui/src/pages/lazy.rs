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
//! A chunk is fetched once: the loaded page's render function is kept in `Loaded`, so coming back
//! to a page renders it at once, without a frame of "loading".

use std::sync::OnceLock;

use leptos::prelude::*;
use madoguchi_i18n::msg_id;
use madoguchi_ui_kit::{BannerKind, Button, NotificationBanner};

use crate::i18n::t;

/// A chunk could not be fetched or instantiated (offline, a server gone mid-download).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkUnavailable;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkUnavailable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkUnavailable
    }
}

/// Draws a page whose code has arrived.
pub type Render = fn() -> AnyView;

/// The page's render function once its chunk is in.
pub type Loaded = OnceLock<Render>;

/// Fetches a page's chunk (`lazy_page!` writes one per page).
pub type Load =
    fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Render, ChunkUnavailable>>>>;

/// Declares `$name`, a `LazyPage` source for the page component `$page` split into its own chunk.
macro_rules! lazy_page {
    ($name:ident, $page:path) => {
        pub mod $name {
            use leptos::prelude::*;

            use $crate::pages::lazy::{ChunkUnavailable, Loaded, Render};

            // The split point: its body (and all only it reaches) goes into the chunk.
            #[::leptos::wasm_split::wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn render() -> Result<Render, ChunkUnavailable> {
                Ok(|| view! { <$page /> }.into_any())
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

/// Where a lazy page is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Fetching,
    Ready(Render),
    Failed,
}

/// A page from its chunk: at once when already fetched; otherwise a status line while it arrives,
/// or, when it cannot be fetched, a message and a button to try again.
#[component]
pub fn LazyPage(loaded: &'static Loaded, load: Load) -> impl IntoView {
    let state = RwSignal::new(
        loaded
            .get()
            .map_or(State::Fetching, |render| State::Ready(*render)),
    );
    let fetch = move || {
        state.set(State::Fetching);
        leptos::task::spawn_local(async move {
            match load().await {
                Ok(render) => {
                    let _ = loaded.set(render);
                    state.set(State::Ready(render));
                }
                Err(ChunkUnavailable) => state.set(State::Failed),
            }
        });
    };
    if state.get_untracked() == State::Fetching {
        fetch();
    }
    move || {
        match state.get() {
        State::Ready(render) => render(),
        State::Fetching => view! {
            <p class="mg-page-loading" role="status">{move || t(msg_id!("loading"))}</p>
        }
        .into_any(),
        State::Failed => view! {
            <NotificationBanner
                id="page-load-failed"
                kind=BannerKind::Emergency
                title=Signal::derive(|| t(msg_id!("page-load-failed-title")))
                heading=Signal::derive(|| t(msg_id!("page-load-failed")))
            >
                <Button label=Signal::derive(|| t(msg_id!("retry"))) on_press=Callback::new(move |()| fetch()) />
            </NotificationBanner>
        }
        .into_any(),
    }
    }
}
