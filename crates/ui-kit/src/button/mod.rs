//! The button: primary, secondary or tertiary; `type="button"` or `"submit"`.
//!
//! An unavailable button keeps focus and is announced as "dimmed/unavailable": it gets
//! `aria-disabled="true"` rather than `disabled` (which removes it from the tab order so a
//! keyboard or screen-reader user never learns it exists), and ignores presses. While loading it is
//! unavailable too, shows a spinner, and its name becomes the loading label, so the change is read out.

use leptos::prelude::*;

use crate::ruby::marked;

#[cfg(test)]
mod tests;

pub mod examples;

/// How prominent a button is. One primary button per screen, for the main action.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ButtonVariant {
    #[default]
    Primary,
    Secondary,
    Tertiary,
}

impl ButtonVariant {
    fn as_str(self) -> &'static str {
        match self {
            ButtonVariant::Primary => "primary",
            ButtonVariant::Secondary => "secondary",
            ButtonVariant::Tertiary => "tertiary",
        }
    }
}

#[component]
pub fn Button(
    /// The visible label, which is also the accessible name.
    #[prop(into)]
    label: Signal<String>,
    #[prop(optional)] variant: ButtonVariant,
    /// Submits the surrounding form instead of being a plain button.
    #[prop(optional)]
    submit: bool,
    /// Unavailable: announced and focusable, but presses do nothing.
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// Working: unavailable, with a spinner and `loading_label` as its name.
    #[prop(optional, into)]
    loading: Signal<bool>,
    #[prop(optional, into)] loading_label: Option<Signal<String>>,
    #[prop(optional, into)] id: Option<String>,
    /// Called on a press while available.
    #[prop(optional)]
    on_press: Option<Callback<()>>,
) -> impl IntoView {
    let unavailable = move || disabled.get() || loading.get();
    let shown_label = marked(Signal::derive(move || match (loading.get(), loading_label) {
        (true, Some(l)) => l.get(),
        _ => label.get(),
    }));
    view! {
        <button
            type=if submit { "submit" } else { "button" }
            id=id
            class="mg-button"
            data-variant=variant.as_str()
            data-loading=move || loading.get().to_string()
            aria-disabled=move || unavailable().then_some("true")
            on:click=move |ev| {
                if unavailable() {
                    ev.prevent_default();
                } else if let Some(cb) = on_press {
                    cb.run(());
                }
            }
        >
            <span class="mg-button__spinner" aria-hidden="true"></span>
            <span class="mg-button__label">{shown_label}</span>
        </button>
    }
}
