//! Accordion and details: show/hide sections of a page.
//!
//! [`Accordion`]: a list of sections, each a heading holding a button with `aria-expanded` that shows
//! or hides its panel (WAI-ARIA APG accordion). Headings keep the page's outline navigable.
//! [`Details`]: one optional explanation as native `<details>`/`<summary>` (no script needed).

use leptos::prelude::*;

use crate::ruby::marked;

#[cfg(test)]
mod tests;

pub mod examples;

/// One section of an accordion.
pub struct AccordionItem {
    pub key: &'static str,
    pub heading: Signal<String>,
    pub content: ViewFn,
}

#[component]
pub fn Accordion(
    #[prop(into)] id: String,
    items: Vec<AccordionItem>,
    /// The heading level of each section's title (2, 3 or 4), to fit the page's outline.
    #[prop(default = 3)]
    level: u8,
) -> impl IntoView {
    let sections = items
        .into_iter()
        .map(|item| {
            let open = RwSignal::new(false);
            let button_id = format!("{id}-{}-button", item.key);
            let panel_id = format!("{id}-{}-panel", item.key);
            let button = view! {
                <button
                    type="button"
                    class="mg-accordion__button"
                    id=button_id.clone()
                    aria-expanded=move || open.get().to_string()
                    aria-controls=panel_id.clone()
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    <span class="mg-accordion__icon" aria-hidden="true"></span>
                    {marked(item.heading)}
                </button>
            };
            let heading = match level {
                2 => view! { <h2 class="mg-accordion__heading">{button}</h2> }.into_any(),
                4 => view! { <h4 class="mg-accordion__heading">{button}</h4> }.into_any(),
                _ => view! { <h3 class="mg-accordion__heading">{button}</h3> }.into_any(),
            };
            view! {
                <div class="mg-accordion__section">
                    {heading}
                    <div
                        class="mg-accordion__panel"
                        id=panel_id.clone()
                        role="region"
                        aria-labelledby=button_id
                        hidden=move || !open.get()
                    >
                        {item.content.run()}
                    </div>
                </div>
            }
        })
        .collect_view();
    view! { <div class="mg-accordion" id=id>{sections}</div> }
}

#[component]
pub fn Details(#[prop(into)] summary: Signal<String>, children: Children) -> impl IntoView {
    view! {
        <details class="mg-details">
            <summary class="mg-details__summary">{marked(summary)}</summary>
            <div class="mg-details__body">{children()}</div>
        </details>
    }
}
