//! The postal code field with its address lines. Typing a complete code looks the address up and
//! fills the first address line; a polite live region under the code says what happened, and focus
//! stays in the code field, so the resident (or their screen reader) is never pulled away mid-word.
//!
//! Nothing typed is lost: an address line the resident wrote themselves is never overwritten (the
//! found address is only read out), and a lookup that fails or finds nothing just says so.

use leptos::prelude::*;
use leptos::task::spawn_local;
use madoguchi_domain::{AddressMatch, ErrorCode, PostalCode};

use crate::ruby::marked_str;
use crate::services::PostalLookup;
use crate::text_input::{InputWidth, TextInput};

#[cfg(test)]
mod tests;

pub mod examples;

/// The three fields' values, two-way.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AddressValue {
    pub postal_code: RwSignal<String>,
    pub line1: RwSignal<String>,
    pub line2: RwSignal<String>,
}

/// What the live region reports, for the caller to put in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LookupStatus {
    Searching(PostalCode),
    /// The first address line was filled with this.
    Filled(PostalCode, String),
    /// The address found, not filled in because the resident had written their own.
    Kept(PostalCode, String),
    /// Several towns share the code; their common part was filled in.
    Several(PostalCode, String),
    /// No address has this code.
    Unknown(PostalCode),
    /// The lookup failed (offline, server trouble).
    Failed,
}

/// Decides what a lookup's answer does to the first address line: returns the line to write (if
/// any) and what to report. `line1` is what the field holds, `filled` what we last wrote there.
pub fn apply_match(
    code: PostalCode,
    found: AddressMatch,
    line1: &str,
    filled: Option<&str>,
) -> (Option<String>, LookupStatus) {
    let ours = line1.trim().is_empty() || filled == Some(line1);
    match found {
        AddressMatch::None => (None, LookupStatus::Unknown(code)),
        AddressMatch::One(a) if ours => (Some(a.clone()), LookupStatus::Filled(code, a)),
        AddressMatch::Several(a) if ours => (Some(a.clone()), LookupStatus::Several(code, a)),
        AddressMatch::One(a) | AddressMatch::Several(a) => (None, LookupStatus::Kept(code, a)),
    }
}

#[component]
pub fn PostalCodeInput(
    #[prop(into)] id: String,
    #[prop(into)] postal_label: Signal<String>,
    #[prop(into)] postal_hint: Signal<String>,
    #[prop(into)] line1_label: Signal<String>,
    #[prop(into)] line2_label: Signal<String>,
    #[prop(optional)] value: AddressValue,
    /// The postal code's error when the form was sent (e.g. not seven digits).
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    lookup: PostalLookup,
    /// Puts a lookup's outcome into words for the live region.
    describe: Callback<LookupStatus, String>,
) -> impl IntoView {
    let status: RwSignal<Option<LookupStatus>> = RwSignal::new(None);
    // What the lookup last wrote into line 1, so a later lookup may replace it but nothing typed.
    let filled: RwSignal<Option<String>> = RwSignal::new(None);
    let looked_up: RwSignal<Option<PostalCode>> = RwSignal::new(None);

    Effect::new(move |_| {
        let Ok(code) = PostalCode::parse(&value.postal_code.get()) else {
            looked_up.set(None);
            return;
        };
        if looked_up.get_untracked() == Some(code) {
            return;
        }
        looked_up.set(Some(code));
        status.set(Some(LookupStatus::Searching(code)));
        spawn_local(async move {
            let answer = (lookup.0)(code).await;
            // The resident typed another code meanwhile: this answer is about nothing on screen.
            if looked_up.get_untracked() != Some(code) {
                return;
            }
            let outcome = match answer {
                Ok(lookup) => {
                    let (write, outcome) = apply_match(
                        code,
                        lookup.best_match(),
                        &value.line1.get_untracked(),
                        filled.get_untracked().as_deref(),
                    );
                    if let Some(line) = write {
                        value.line1.set(line.clone());
                        filled.set(Some(line));
                    }
                    outcome
                }
                Err(e) if e.code == ErrorCode::PostalCodeUnknown => LookupStatus::Unknown(code),
                Err(_) => LookupStatus::Failed,
            };
            status.set(Some(outcome));
        });
    });

    let status_id = format!("{id}-status");
    view! {
        <div class="mg-postal-code" id=id.clone()>
            <TextInput
                id=format!("{id}-postal-code")
                label=postal_label
                hint=postal_hint
                value=value.postal_code
                error=error
                autocomplete="postal-code"
                inputmode="numeric"
                width=InputWidth::Chars10
                describedby_extra=vec![status_id.clone()]
            />
            <p class="mg-postal-code__status" id=status_id role="status" aria-live="polite">
                {move || status.get().map(|s| marked_str(describe.run(s)))}
            </p>
            <TextInput id=format!("{id}-line1") label=line1_label value=value.line1 autocomplete="address-line1" />
            <TextInput id=format!("{id}-line2") label=line2_label value=value.line2 autocomplete="address-line2" />
        </div>
    }
}
