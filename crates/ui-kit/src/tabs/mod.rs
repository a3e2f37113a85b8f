//! Tabs (WAI-ARIA APG "tabs with automatic activation"): a `tablist` of `tab`s, one `tabpanel` each.
//! Only the selected tab is in the tab order (roving tabindex); ←/→ move and select, Home/End jump to
//! the first/last. Inactive panels are `hidden`, so they are skipped by everyone.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast as _;

use crate::ruby::{marked, plain};

#[cfg(test)]
mod tests;

pub mod examples;

/// One tab and its panel.
pub struct TabItem {
    /// Suffix of the tab's and panel's ids.
    pub key: &'static str,
    pub label: Signal<String>,
    pub content: ViewFn,
}

/// The index selected by a key press, or `None` for keys tabs do not handle.
fn next_index(key: &str, current: usize, count: usize) -> Option<usize> {
    match key {
        "ArrowRight" => Some((current + 1) % count),
        "ArrowLeft" => Some((current + count - 1) % count),
        "Home" => Some(0),
        "End" => Some(count - 1),
        _ => None,
    }
}

#[component]
pub fn Tabs(
    #[prop(into)] id: String,
    /// The tab list's accessible name.
    #[prop(into)]
    label: Signal<String>,
    tabs: Vec<TabItem>,
) -> impl IntoView {
    let count = tabs.len();
    let selected = RwSignal::new(0_usize);
    let tab_id = {
        let id = id.clone();
        move |key: &str| format!("{id}-tab-{key}")
    };
    let panel_id = {
        let id = id.clone();
        move |key: &str| format!("{id}-panel-{key}")
    };
    let keys: Vec<&'static str> = tabs.iter().map(|t| t.key).collect();
    let focus_tab = {
        let tab_id = tab_id.clone();
        move |index: usize| {
            if let Some(el) = document().get_element_by_id(&tab_id(keys[index]))
                && let Ok(el) = el.dyn_into::<web_sys::HtmlElement>()
            {
                let _ = el.focus();
            }
        }
    };
    let buttons = tabs
        .iter()
        .enumerate()
        .map(|(i, tab)| {
            let focus_tab = focus_tab.clone();
            view! {
                <button
                    type="button"
                    role="tab"
                    class="mg-tabs__tab"
                    id=tab_id(tab.key)
                    aria-controls=panel_id(tab.key)
                    aria-selected=move || (selected.get() == i).to_string()
                    tabindex=move || if selected.get() == i { "0" } else { "-1" }
                    on:click=move |_| selected.set(i)
                    on:keydown=move |ev| {
                        if let Some(next) = next_index(&ev.key(), i, count) {
                            ev.prevent_default();
                            selected.set(next);
                            focus_tab(next);
                        }
                    }
                >
                    {marked(tab.label)}
                </button>
            }
        })
        .collect_view();
    let panels = tabs
        .into_iter()
        .enumerate()
        .map(|(i, tab)| {
            view! {
                <div
                    role="tabpanel"
                    class="mg-tabs__panel"
                    id=panel_id(tab.key)
                    aria-labelledby=tab_id(tab.key)
                    tabindex="0"
                    hidden=move || selected.get() != i
                >
                    {tab.content.run()}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="mg-tabs" id=id.clone()>
            <div role="tablist" class="mg-tabs__list" aria-label=plain(label)>{buttons}</div>
            {panels}
        </div>
    }
}

#[cfg(test)]
mod key_tests {
    use super::next_index;

    #[test]
    fn arrows_wrap_around_and_home_end_jump() {
        assert_eq!(next_index("ArrowRight", 2, 3), Some(0));
        assert_eq!(next_index("ArrowLeft", 0, 3), Some(2));
        assert_eq!(next_index("Home", 2, 3), Some(0));
        assert_eq!(next_index("End", 0, 3), Some(2));
        assert_eq!(next_index("Enter", 0, 3), None);
    }
}
