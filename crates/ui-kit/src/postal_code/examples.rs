//! Postal code example: an address filled from the code, looked up on the city's server (the
//! gallery provides the app's lookup through context; see `crate::services`).

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::{LookupStatus, PostalCodeInput};
use crate::example::{Arg, ComponentExamples, Example, Translate};
use crate::services::PostalLookup;

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "postal-code",
        title: msg_id!("kit-postal-code-title"),
        examples: vec![Example {
            id: "postal-code-lookup",
            title: msg_id!("kit-postal-code-lookup"),
            render: lookup,
        }],
    }
}

/// A lookup's outcome in words (from `locales/*/forms.ftl`).
pub fn describe(t: &Translate, status: LookupStatus) -> String {
    let with = |id, code: madoguchi_domain::PostalCode, address: Option<String>| {
        let mut args = vec![("code", Arg::Text(code.to_string()))];
        if let Some(a) = address {
            args.push(("address", Arg::Text(a)));
        }
        t.args(id, &args)
    };
    match status {
        LookupStatus::Searching(c) => with(msg_id!("postal-status-searching"), c, None),
        LookupStatus::Filled(c, a) => with(msg_id!("postal-status-filled"), c, Some(a)),
        LookupStatus::Kept(c, a) => with(msg_id!("postal-status-kept"), c, Some(a)),
        LookupStatus::Several(c, a) => with(msg_id!("postal-status-several"), c, Some(a)),
        LookupStatus::Unknown(c) => with(msg_id!("postal-status-unknown"), c, None),
        LookupStatus::Failed => t.text(msg_id!("postal-status-failed")),
    }
}

fn lookup(t: &Translate) -> AnyView {
    let tr = t.clone();
    view! {
        <PostalCodeInput
            id="postal-code-lookup-address"
            postal_label=t.signal(msg_id!("postal-code"))
            postal_hint=t.signal(msg_id!("postal-hint"))
            line1_label=t.signal(msg_id!("address-line1"))
            line2_label=t.signal(msg_id!("address-line2"))
            lookup=PostalLookup::from_context()
            describe=Callback::new(move |s| describe(&tr, s))
        />
    }
    .into_any()
}
