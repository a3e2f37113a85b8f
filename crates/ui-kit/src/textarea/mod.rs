//! A multi-line answer with a character limit. The count under the box is visible all the time; a
//! separate polite live region repeats it only when the reader is near or over the limit, so a
//! screen reader is not interrupted on every keystroke.

use leptos::prelude::*;

use crate::form_field;
use crate::ruby::{marked, marked_str};

#[cfg(test)]
mod tests;

pub mod examples;

/// From how many characters left the count is announced.
fn announce_from(max: usize) -> usize {
    (max / 10).max(10)
}

#[component]
pub fn Textarea(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    #[prop(optional, into)] value: RwSignal<String>,
    /// The most characters accepted.
    max_chars: usize,
    /// The count in words, given the characters left (negative when over).
    count_text: Callback<i64, String>,
    #[prop(default = 5)] rows: u32,
) -> impl IntoView {
    let remaining = move || max_chars as i64 - value.with(|v| v.chars().count()) as i64;
    let count_id = format!("{id}-count");
    let has_hint = hint.is_some();
    let described = {
        let id = id.clone();
        let count_id = count_id.clone();
        move || {
            form_field::described_by(
                &id,
                has_hint,
                error.get().is_some(),
                std::slice::from_ref(&count_id),
            )
        }
    };
    let over = move || remaining() < 0;
    view! {
        <div class="mg-field" data-invalid=move || error.get().is_some().to_string()>
            <label class="mg-field__label" for=id.clone()>{marked(label)}</label>
            {form_field::hint(&id, hint)}
            {form_field::error(&id, error)}
            <textarea
                class="mg-textarea"
                id=id.clone()
                name=id.clone()
                rows=rows
                aria-describedby=described
                aria-invalid=move || (error.get().is_some() || over()).then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
            <p class="mg-textarea__count" id=count_id data-over=move || over().to_string()>
                {move || marked_str(count_text.run(remaining()))}
            </p>
            <p class="mg-visually-hidden" aria-live="polite">
                {move || {
                    let left = remaining();
                    (left <= announce_from(max_chars) as i64).then(|| marked_str(count_text.run(left)))
                }}
            </p>
        </div>
    }
}
