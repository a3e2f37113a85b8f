//! The error summary: after a failed submit, a box at the top of the form listing every problem as a
//! link to its field. It takes focus when its list changes (so the reader lands on it, and a screen
//! reader reads it), and each link moves focus to the field itself, not just the scroll position.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast as _;

use crate::ruby::{marked, marked_str};

#[cfg(test)]
mod tests;

pub mod examples;

/// One problem: the message, and the id of the control to fix (the first input of a group).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorItem {
    pub target: String,
    pub message: String,
}

/// Moves focus to the control with this id and brings its label into view.
fn focus_field(id: &str) {
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    // The label (or legend) above the control is what the reader needs to see with it.
    let shown = el
        .closest("fieldset, .mg-field")
        .ok()
        .flatten()
        .unwrap_or_else(|| el.clone());
    shown.scroll_into_view();
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

#[component]
pub fn ErrorSummary(
    #[prop(into)] id: String,
    /// E.g. "入力内容に問題があります".
    #[prop(into)]
    title: Signal<String>,
    /// The problems; nothing is drawn while empty.
    #[prop(into)]
    errors: Signal<Vec<ErrorItem>>,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    // Focus on every change after the first render (a page that opens with errors already shown,
    // such as a gallery example, must not steal focus).
    Effect::new(move |first: Option<()>| {
        let has_errors = errors.with(|e| !e.is_empty());
        if first.is_some()
            && has_errors
            && let Some(el) = node.get()
        {
            let _ = el.focus();
        }
    });
    let title_id = format!("{id}-title");
    view! {
        <Show when=move || errors.with(|e| !e.is_empty())>
            <div
                class="mg-error-summary"
                id=id.clone()
                node_ref=node
                tabindex="-1"
                role="alert"
                aria-labelledby=title_id.clone()
            >
                <h2 class="mg-error-summary__title" id=title_id.clone()>{marked(title)}</h2>
                <ul class="mg-error-summary__list">
                    <For
                        each=move || errors.get()
                        key=|e| e.target.clone()
                        children=|e| {
                            let target = e.target.clone();
                            view! {
                                <li>
                                    <a
                                        href=format!("#{}", e.target)
                                        on:click=move |ev| {
                                            ev.prevent_default();
                                            focus_field(&target);
                                        }
                                    >
                                        {marked_str(e.message)}
                                    </a>
                                </li>
                            }
                        }
                    />
                </ul>
            </div>
        </Show>
    }
}
