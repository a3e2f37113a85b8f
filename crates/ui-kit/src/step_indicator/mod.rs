//! The step indicator of a multi-page form: "ステップ 2 / 5" as text (so it is read and zoomed like
//! text), with the list of steps; the current one has `aria-current="step"`.

use leptos::prelude::*;

use crate::ruby::{marked, marked_str, plain};

#[cfg(test)]
mod tests;

pub mod examples;

#[component]
pub fn StepIndicator(
    #[prop(into)] id: String,
    /// Accessible name of the list (e.g. "手続きの流れ").
    #[prop(into)]
    label: Signal<String>,
    /// "Step 2 of 5" in words; shown and read first.
    #[prop(into)]
    position: Signal<String>,
    /// The steps' names, in order.
    steps: Vec<String>,
    /// The current step, from 1.
    current: usize,
) -> impl IntoView {
    let items = steps
        .into_iter()
        .enumerate()
        .map(|(i, name)| {
            let state = match (i + 1).cmp(&current) {
                std::cmp::Ordering::Less => "done",
                std::cmp::Ordering::Equal => "current",
                std::cmp::Ordering::Greater => "todo",
            };
            view! {
                <li class="mg-steps__step" data-state=state aria-current=(state == "current").then_some("step")>
                    <span class="mg-steps__number" aria-hidden="true">{(i + 1).to_string()}</span>
                    <span class="mg-steps__name">{marked_str(name)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="mg-steps" id=id.clone() aria-labelledby=format!("{id}-position")>
            <p class="mg-steps__position" id=format!("{id}-position")>{marked(position)}</p>
            <ol class="mg-steps__list" aria-label=plain(label)>{items}</ol>
        </nav>
    }
}
