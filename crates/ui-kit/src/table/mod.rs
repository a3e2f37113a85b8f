//! A data table with a caption, column headers (`scope="col"`) and row headers (`scope="row"`, the
//! first cell of each row). Numeric columns align right. On narrow screens the table scrolls inside
//! its own focusable, named region rather than making the page scroll sideways (WCAG 1.4.10 allows
//! two-dimensional data to scroll).

use leptos::prelude::*;

use crate::ruby::{marked, marked_str};

#[cfg(test)]
mod tests;

pub mod examples;

#[component]
pub fn Table(
    #[prop(into)] id: String,
    #[prop(into)] caption: Signal<String>,
    head: Vec<String>,
    /// Each row's cells; the first is the row's header.
    rows: Vec<Vec<String>>,
    /// Indexes of columns holding numbers (aligned right).
    #[prop(optional)]
    numeric: Vec<usize>,
) -> impl IntoView {
    let caption_id = format!("{id}-caption");
    let is_numeric = move |i: usize| numeric.contains(&i).to_string();
    let head = head
        .into_iter()
        .enumerate()
        .map(|(i, h)| view! { <th scope="col" data-numeric=is_numeric.clone()(i)>{marked_str(h)}</th> })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|row| {
            let cells = row
                .into_iter()
                .enumerate()
                .map(|(i, cell)| {
                    if i == 0 {
                        view! { <th scope="row">{marked_str(cell)}</th> }.into_any()
                    } else {
                        view! { <td data-numeric=is_numeric.clone()(i)>{marked_str(cell)}</td> }.into_any()
                    }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="mg-table-wrap" role="region" aria-labelledby=caption_id.clone() tabindex="0">
            <table class="mg-table" id=id>
                <caption class="mg-table__caption" id=caption_id.clone()>{marked(caption)}</caption>
                <thead><tr>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
