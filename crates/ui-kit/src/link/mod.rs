//! A text link. A link that opens a new tab says so in its name (visually hidden text), because an
//! unexpected new window disorients screen-reader and magnifier users (WCAG 3.2.5, G201).

use leptos::prelude::*;

use crate::ruby::marked;

#[cfg(test)]
mod tests;

pub mod examples;

#[component]
pub fn Link(
    #[prop(into)] href: String,
    #[prop(into)] label: Signal<String>,
    /// Set for a new tab: the words appended to the name (e.g. "(新しいタブで開きます)").
    #[prop(optional, into)]
    new_tab_note: Option<Signal<String>>,
) -> impl IntoView {
    let new_tab = new_tab_note.is_some();
    view! {
        <a
            class="mg-link"
            href=href
            target=new_tab.then_some("_blank")
            rel=new_tab.then_some("noopener noreferrer")
        >
            {marked(label)}
            // The space keeps the note a separate word in the accessible name.
            {new_tab_note.map(|note| view! { " " <span class="mg-link__note">{marked(note)}</span> })}
        </a>
    }
}
