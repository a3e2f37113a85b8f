//! A status tag (受付済み, 審査中, 完了 …): a short word in a tinted box. The colour only repeats
//! what the word says (WCAG 1.4.1).

use leptos::prelude::*;

use crate::ruby::marked;

#[cfg(test)]
mod tests;

pub mod examples;

/// The tag's colour family.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TagColour {
    #[default]
    Neutral,
    Information,
    Success,
    Warning,
    Error,
}

impl TagColour {
    fn as_str(self) -> &'static str {
        match self {
            TagColour::Neutral => "neutral",
            TagColour::Information => "info",
            TagColour::Success => "success",
            TagColour::Warning => "warning",
            TagColour::Error => "error",
        }
    }
}

#[component]
pub fn Tag(#[prop(into)] label: Signal<String>, #[prop(optional)] colour: TagColour) -> impl IntoView {
    view! { <strong class="mg-status-tag" data-colour=colour.as_str()>{marked(label)}</strong> }
}
