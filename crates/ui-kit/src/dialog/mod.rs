//! The modal dialog: native `<dialog>` opened with `showModal()`, so the page behind is inert and Esc
//! closes it. On top of that: Tab and Shift+Tab wrap inside the dialog (the browser would otherwise
//! let focus leave to its own UI), and on closing, focus returns to what opened it.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast as _;

use crate::ruby::marked;

#[cfg(test)]
mod tests;

pub mod examples;

/// What can take focus inside the dialog, in order.
const FOCUSABLE: &str =
    "button:not([hidden]), [href], input, select, textarea, [tabindex]:not([tabindex=\"-1\"])";

fn focusables(dialog: &web_sys::HtmlDialogElement) -> Vec<web_sys::HtmlElement> {
    let Ok(list) = dialog.query_selector_all(FOCUSABLE) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}

/// Keeps Tab inside the dialog: from the last element to the first, and back with Shift.
fn trap_tab(dialog: &web_sys::HtmlDialogElement, ev: &web_sys::KeyboardEvent) {
    let items = focusables(dialog);
    let (Some(first), Some(last)) = (items.first(), items.last()) else {
        return;
    };
    let active = document().active_element();
    let at = |el: &web_sys::HtmlElement| active.as_ref().is_some_and(|a| a.is_same_node(Some(el)));
    let outside = !active.as_ref().is_some_and(|a| dialog.contains(Some(a)));
    if ev.shift_key() && (at(first) || outside) {
        ev.prevent_default();
        let _ = last.focus();
    } else if !ev.shift_key() && (at(last) || outside) {
        ev.prevent_default();
        let _ = first.focus();
    }
}

#[component]
pub fn Dialog(
    #[prop(into)] id: String,
    /// Open or closed, two-way (Esc and the close button set it to false).
    open: RwSignal<bool>,
    /// The dialog's heading and accessible name.
    #[prop(into)]
    title: Signal<String>,
    /// The close button's label (e.g. "閉じる").
    #[prop(into)]
    close_label: Signal<String>,
    children: Children,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Dialog>::new();
    // The element that had focus before opening; focus goes back there on close (2.4.3).
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    Effect::new(move |_| {
        let want_open = open.get();
        let Some(dialog) = node.get() else { return };
        if want_open && !dialog.open() {
            let active = document()
                .active_element()
                .and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok());
            opener.set_value(active);
            let _ = dialog.show_modal();
        } else if !want_open && dialog.open() {
            dialog.close();
        }
    });
    let title_id = format!("{id}-title");
    view! {
        <dialog
            class="mg-dialog"
            id=id
            node_ref=node
            aria-labelledby=title_id.clone()
            on:keydown=move |ev| {
                if ev.key() == "Tab"
                    && let Some(dialog) = node.get()
                {
                    trap_tab(&dialog, &ev);
                }
            }
            on:close=move |_| {
                open.set(false);
                if let Some(el) = opener.get_value() {
                    let _ = el.focus();
                }
            }
        >
            <div class="mg-dialog__header">
                <h2 class="mg-dialog__title" id=title_id.clone()>{marked(title)}</h2>
                <button type="button" class="mg-dialog__close" on:click=move |_| open.set(false)>
                    {marked(close_label)}
                </button>
            </div>
            <div class="mg-dialog__body">{children()}</div>
        </dialog>
    }
}
