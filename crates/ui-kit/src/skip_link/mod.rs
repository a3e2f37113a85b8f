//! The skip link: the first focusable thing on every page, jumping past the header to `#main`
//! (WCAG 2.4.1 Bypass Blocks). Visually hidden until focused, then shown on top (2.4.7, 2.4.11).

use leptos::prelude::*;

use crate::ruby::marked;

pub mod examples;
#[cfg(test)]
mod tests;

/// `label` is the localized "skip to main content"; `target` the id of the main region.
#[component]
pub fn SkipLink(#[prop(into)] label: Signal<String>, #[prop(into)] target: String) -> impl IntoView {
    view! { <a class="mg-skip-link" href=format!("#{target}")>{marked(label)}</a> }
}
