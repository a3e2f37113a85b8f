//! The component gallery (`/gallery`): every example of every kit component, in the reader's
//! language, with the display settings applied. People building screens read it; the end-to-end
//! tests scan it with axe and drive it by keyboard. It ships in the normal build, so what is scanned
//! is what residents get.

use leptos::prelude::*;
use madoguchi_i18n::msg_id;
use madoguchi_ui_kit::{AttachmentUpload, ComponentExamples, Example, PostalLookup, catalogue};

use crate::i18n::{t, translator};
use crate::ipc;

#[component]
pub fn Gallery() -> impl IntoView {
    Effect::new(move |_| {
        document().set_title(&t(msg_id!("gallery-document-title")));
    });
    // The examples that reach the city (postal code lookup, file upload) do so through the app's
    // one typed door, exactly as real screens will.
    provide_context(PostalLookup(ipc::services::postal_lookup));
    provide_context(AttachmentUpload(ipc::services::attachment_upload));
    let components = catalogue();
    let contents = components
        .iter()
        .map(|c| {
            let title = c.title;
            view! { <li><a href=format!("#component-{}", c.component)>{move || t(title)}</a></li> }
        })
        .collect_view();
    view! {
        <h1 class="mg-heading-xl">{move || t(msg_id!("gallery-title"))}</h1>
        <p class="mg-lead">{move || t(msg_id!("gallery-intro"))}</p>
        <nav class="mg-gallery__contents" aria-labelledby="gallery-contents-title">
            <h2 id="gallery-contents-title" class="mg-gallery__contents-title">{move || t(msg_id!("gallery-contents"))}</h2>
            <ul>{contents}</ul>
        </nav>
        {components.into_iter().map(|c| view! { <ComponentSection component=c /> }).collect_view()}
    }
}

#[component]
fn ComponentSection(component: ComponentExamples) -> impl IntoView {
    let id = format!("component-{}", component.component);
    let title = component.title;
    view! {
        <section class="mg-gallery__component" id=id.clone() aria-labelledby=format!("{id}-title")>
            <h2 id=format!("{id}-title")>{move || t(title)}</h2>
            {component.examples.into_iter().map(|e| view! { <ExampleSection example=e /> }).collect_view()}
        </section>
    }
}

#[component]
fn ExampleSection(example: Example) -> impl IntoView {
    let title_id = format!("example-{}-title", example.id);
    let (title, render) = (example.title, example.render);
    view! {
        <section class="mg-gallery__example" data-example=example.id aria-labelledby=title_id.clone()>
            <h3 class="mg-gallery__example-title" id=title_id.clone()>{move || t(title)}</h3>
            // Re-drawn when the language changes, as a real screen would be.
            <div class="mg-gallery__render">{move || render(&translator())}</div>
        </section>
    }
}
