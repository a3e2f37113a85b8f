//! Your account (`#/account`): signing in without a password when nobody is signed in here
//! ([`sign_in`]), and once signed in, what the city keeps about the resident, the devices they are
//! signed in on (each can be signed out) and every staff access to their data ([`overview`]).
//!
//! One page for both, so the menu's one link always leads somewhere useful and signing in or out
//! never leaves the resident on a page that no longer applies.

mod overview;
mod sign_in;

use leptos::prelude::*;
use madoguchi_domain::account::AccountView;
use madoguchi_i18n::msg_id;

use crate::i18n::t;
use crate::ipc;

/// The id of the page's `h1`, focused when the page changes between signed out and signed in.
const HEADING_ID: &str = "account-heading";

/// Who is signed in, as the page knows it: `None` while asking.
type Known = RwSignal<Option<Result<Option<AccountView>, madoguchi_domain::ApiError>>>;

#[component]
pub fn AccountPage() -> impl IntoView {
    Effect::new(move |_| document().set_title(&t(msg_id!("account-document-title"))));
    let known: Known = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        known.set(Some(ipc::account::current().await));
    });
    move || match known.get() {
        None => view! { <p class="mg-loading" role="status">{move || t(msg_id!("loading"))}</p> }.into_any(),
        Some(Ok(None)) => view! {
            <sign_in::SignIn on_signed_in=Callback::new(move |account| known.set(Some(Ok(Some(account))))) />
        }
        .into_any(),
        Some(Ok(Some(account))) => view! {
            <overview::Overview account=account on_signed_out=Callback::new(move |()| {
                known.set(Some(Ok(None)));
                crate::pages::apply::focus_heading(HEADING_ID);
            }) />
        }
        .into_any(),
        Some(Err(error)) => {
            let id = error.code.message_id();
            view! {
                <h1 class="mg-heading-xl" id=HEADING_ID tabindex="-1">{move || t(msg_id!("account-title"))}</h1>
                <div class="mg-error" role="alert" id="account-error">
                    <p class="mg-error__message" data-message-id=id>{move || t(id)}</p>
                </div>
            }
            .into_any()
        }
    }
}
