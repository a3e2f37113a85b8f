//! Applying online: the pieces the procedure page, the form's pages and "my applications" share.
//!
//! - [`session`]: the application being filled, kept in this page's memory across its pages (each
//!   stage is its own route, so the browser's Back works), with its draft saved as it goes.
//! - [`renderer`]: the form renderer, one kit control per field kind of the city's schema.
//! - [`flow`]: the stages — a step per page, check your answers, the declaration and submit, the
//!   confirmation with the reference.

pub mod flow;
pub mod renderer;
pub mod session;

use leptos::prelude::*;
use madoguchi_domain::{CalendarDate, LocalizedText};
use madoguchi_i18n::furigana;

use crate::i18n;

/// A city text in the reader's language (or its fallback), as plain text for a kit prop.
pub fn city_plain(text: &LocalizedText) -> String {
    text.resolve(&i18n::current())
        .map(|r| furigana::plain(r.text))
        .unwrap_or_default()
}

/// A city text in the reader's language (or its fallback) as written, its furigana marks kept:
/// for a kit prop (the kit shows the readings, see `i18n::provide_markup`).
pub fn city_marked(text: &LocalizedText) -> String {
    text.resolve(&i18n::current())
        .map(|r| r.text.to_owned())
        .unwrap_or_default()
}

/// Today in the city (forms bound dates relative to it); `None` only on a clock before 1970.
pub fn today() -> Option<CalendarDate> {
    crate::ipc::now().date_in_japan()
}

/// Moves the page to `route` (the app re-renders on `hashchange`).
pub fn go(route: &crate::routes::Route) {
    let _ = window().location().set_hash(&route.href());
}

/// Puts focus on the page's heading, so a keyboard or screen reader user starts each page at its
/// top, as after a page load.
pub fn focus_heading(id: &'static str) {
    use wasm_bindgen::JsCast as _;
    request_animation_frame(move || {
        if let Some(el) = document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}
