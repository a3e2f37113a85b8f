//! Banners at the top of a page: information (a region, read in order), success (an alert, after
//! something the reader did), and the emergency banner (an alert in the strongest colours, for
//! disasters and urgent closures, shown above everything).

use leptos::prelude::*;

use crate::ruby::marked;

#[cfg(test)]
mod tests;

pub mod examples;

/// What kind of news a banner carries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BannerKind {
    #[default]
    Information,
    Success,
    Emergency,
}

impl BannerKind {
    fn as_str(self) -> &'static str {
        match self {
            BannerKind::Information => "information",
            BannerKind::Success => "success",
            BannerKind::Emergency => "emergency",
        }
    }
}

#[component]
pub fn NotificationBanner(
    #[prop(into)] id: String,
    /// The small title above the heading (e.g. "お知らせ", "緊急情報"); names the region.
    #[prop(into)]
    title: Signal<String>,
    #[prop(into)] heading: Signal<String>,
    #[prop(optional)] kind: BannerKind,
    children: Children,
) -> impl IntoView {
    let title_id = format!("{id}-title");
    // Success and emergency news is announced as it appears; information is read in page order.
    let role = if kind == BannerKind::Information {
        "region"
    } else {
        "alert"
    };
    view! {
        <div class="mg-banner" id=id data-kind=kind.as_str() role=role aria-labelledby=title_id.clone()>
            <p class="mg-banner__title" id=title_id.clone()>{marked(title)}</p>
            <div class="mg-banner__content">
                <p class="mg-banner__heading">{marked(heading)}</p>
                {children()}
            </div>
        </div>
    }
}
