//! Banner examples: information, success, and an emergency (an evacuation order).

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::{BannerKind, NotificationBanner};
use crate::example::{ComponentExamples, Example, Translate};
use crate::ruby::marked_str;

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "notification-banner",
        title: msg_id!("kit-banner-title"),
        examples: vec![
            Example {
                id: "notification-banner-information",
                title: msg_id!("kit-banner-information"),
                render: information,
            },
            Example {
                id: "notification-banner-success",
                title: msg_id!("kit-banner-success"),
                render: success,
            },
            Example {
                id: "notification-banner-emergency",
                title: msg_id!("kit-banner-emergency"),
                render: emergency,
            },
        ],
    }
}

fn information(t: &Translate) -> AnyView {
    let body = t.text(msg_id!("kit-banner-closure-body"));
    view! {
        <NotificationBanner id="notification-banner-information-box" title=t.signal(msg_id!("kit-banner-notice")) heading=t.signal(msg_id!("kit-banner-closure"))>
            <p>{marked_str(body)}</p>
        </NotificationBanner>
    }
    .into_any()
}

fn success(t: &Translate) -> AnyView {
    let body = t.text(msg_id!("kit-banner-received-body"));
    view! {
        <NotificationBanner
            id="notification-banner-success-box"
            kind=BannerKind::Success
            title=t.signal(msg_id!("kit-banner-done"))
            heading=t.signal(msg_id!("kit-banner-received"))
        >
            <p>{marked_str(body)}</p>
        </NotificationBanner>
    }
    .into_any()
}

fn emergency(t: &Translate) -> AnyView {
    let body = t.text(msg_id!("kit-banner-evacuation-body"));
    view! {
        <NotificationBanner
            id="notification-banner-emergency-box"
            kind=BannerKind::Emergency
            title=t.signal(msg_id!("kit-banner-urgent"))
            heading=t.signal(msg_id!("kit-banner-evacuation"))
        >
            <p>{marked_str(body)}</p>
        </NotificationBanner>
    }
    .into_any()
}
