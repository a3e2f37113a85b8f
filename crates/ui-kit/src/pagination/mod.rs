//! Pagination: previous/next links and the page numbers, in a named `nav`; the current page has
//! `aria-current="page"`. Each number link is named in full ("3ページ目") because "3" alone says
//! little out of context.

use leptos::prelude::*;

use crate::ruby::{marked, plain};

#[cfg(test)]
mod tests;

pub mod examples;

#[component]
pub fn Pagination(
    #[prop(into)] label: Signal<String>,
    /// The current page, from 1.
    current: usize,
    total: usize,
    /// The link address of a page.
    href: Callback<usize, String>,
    /// The full name of a page ("3ページ目").
    page_name: Callback<usize, String>,
    #[prop(into)] previous: Signal<String>,
    #[prop(into)] next: Signal<String>,
) -> impl IntoView {
    let pages = (1..=total)
        .map(|n| {
            let is_current = n == current;
            view! {
                <li class="mg-pagination__item">
                    <a
                        class="mg-pagination__link"
                        href=href.run(n)
                        aria-label=plain(Signal::stored(page_name.run(n)))
                        aria-current=is_current.then_some("page")
                    >
                        {n.to_string()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="mg-pagination" aria-label=plain(label)>
            <ul class="mg-pagination__list">
                {(current > 1).then(|| view! {
                    <li class="mg-pagination__item"><a class="mg-pagination__link" rel="prev" href=href.run(current - 1)>{marked(previous)}</a></li>
                })}
                {pages}
                {(current < total).then(|| view! {
                    <li class="mg-pagination__item"><a class="mg-pagination__link" rel="next" href=href.run(current + 1)>{marked(next)}</a></li>
                })}
            </ul>
        </nav>
    }
}
