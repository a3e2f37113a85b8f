//! Breadcrumbs: where this page sits, as a named `nav` with an ordered list of links; the current
//! page is the last item, not a link, with `aria-current="page"`. Separators are drawn in CSS, so
//! they are not read out.

use leptos::prelude::*;

use crate::ruby::{marked, marked_str, plain};

#[cfg(test)]
mod tests;

pub mod examples;

/// One level above the current page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Crumb {
    pub label: String,
    pub href: String,
}

#[component]
pub fn Breadcrumbs(
    /// Accessible name of the navigation (e.g. "現在の位置").
    #[prop(into)]
    label: Signal<String>,
    trail: Vec<Crumb>,
    /// The current page's name.
    #[prop(into)]
    current: Signal<String>,
) -> impl IntoView {
    let links = trail
        .into_iter()
        .map(|c| view! { <li class="mg-breadcrumbs__item"><a class="mg-breadcrumbs__link" href=c.href>{marked_str(c.label)}</a></li> })
        .collect_view();
    view! {
        <nav class="mg-breadcrumbs" aria-label=plain(label)>
            <ol class="mg-breadcrumbs__list">
                {links}
                <li class="mg-breadcrumbs__item" aria-current="page">{marked(current)}</li>
            </ol>
        </nav>
    }
}
