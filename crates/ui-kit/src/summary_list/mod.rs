//! The summary list: "check your answers". Each row is a question (`dt`), the answer (`dd`, one
//! line per part) and, when it can be changed, a "change" link back to the question. The link's
//! accessible name carries the question too ("変更 氏名"), so a screen reader's list of links says
//! which answer each one changes (WCAG 2.4.4).

use leptos::prelude::*;

use crate::ruby::{marked, marked_str};

#[cfg(test)]
mod tests;

pub mod examples;

/// One question and its answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryRow {
    pub key: String,
    /// The answer, one line per part (a name and its reading, an address and its postal code).
    pub value: Vec<String>,
    /// Where "change" leads (the question's page, with focus on it); none for a fixed answer.
    pub change_href: Option<String>,
}

#[component]
pub fn SummaryList(
    #[prop(into)] id: String,
    rows: Vec<SummaryRow>,
    /// The link's visible word ("変更"); the row's question follows it, visually hidden.
    #[prop(into)]
    change_label: Signal<String>,
) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|row| {
            let key = row.key.clone();
            let lines = row
                .value
                .into_iter()
                .map(|line| view! { <span class="mg-summary-list__line">{marked_str(line)}</span> })
                .collect_view();
            let action = row.change_href.map(|href| {
                view! {
                    <dd class="mg-summary-list__action">
                        <a class="mg-link" href=href>
                            {marked(change_label)}
                            <span class="mg-visually-hidden">" " {marked_str(key)}</span>
                        </a>
                    </dd>
                }
            });
            view! {
                <div class="mg-summary-list__row">
                    <dt class="mg-summary-list__key">{marked_str(row.key)}</dt>
                    <dd class="mg-summary-list__value">{lines}</dd>
                    {action}
                </div>
            }
        })
        .collect_view();
    view! { <dl class="mg-summary-list" id=id>{rows}</dl> }
}
