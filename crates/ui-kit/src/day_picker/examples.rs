//! Day picker examples: a week with days left, a full day and two closed ones; and the same week
//! when the resident went on without choosing.

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::{DayPicker, SlotOption};
use crate::example::{Arg, ComponentExamples, Example, Translate};

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "day-picker",
        title: msg_id!("kit-day-picker-title"),
        examples: vec![
            Example {
                id: "day-picker-week",
                title: msg_id!("kit-day-picker-week"),
                render: week,
            },
            Example {
                id: "day-picker-error",
                title: msg_id!("kit-day-picker-error"),
                render: with_error,
            },
        ],
    }
}

/// Thursday to Monday: places left, full, the weekend closed, places left.
pub fn sample_days(t: &Translate) -> Vec<SlotOption> {
    let left = |count: i64| t.args(msg_id!("kit-places-left"), &[("count", Arg::Number(count))]);
    vec![
        SlotOption::open("2027-01-07", t.text(msg_id!("kit-day-thursday")), left(1)),
        SlotOption::unavailable(
            "2027-01-08",
            t.text(msg_id!("kit-day-friday")),
            t.text(msg_id!("kit-slot-full")),
        ),
        SlotOption::unavailable(
            "2027-01-09",
            t.text(msg_id!("kit-day-saturday")),
            t.text(msg_id!("kit-day-closed")),
        ),
        SlotOption::unavailable(
            "2027-01-10",
            t.text(msg_id!("kit-day-sunday")),
            t.text(msg_id!("kit-day-closed")),
        ),
        SlotOption::open("2027-01-11", t.text(msg_id!("kit-day-monday")), left(12)),
    ]
}

fn week(t: &Translate) -> AnyView {
    view! {
        <DayPicker
            id="day-picker-week-day"
            legend=t.signal(msg_id!("kit-day-legend"))
            hint=t.signal(msg_id!("kit-day-hint"))
            days=sample_days(t)
        />
    }
    .into_any()
}

fn with_error(t: &Translate) -> AnyView {
    let error = t.text(msg_id!("kit-day-error"));
    view! {
        <DayPicker
            id="day-picker-error-day"
            legend=t.signal(msg_id!("kit-day-legend"))
            error=Signal::derive(move || Some(error.clone()))
            days=sample_days(t)
        />
    }
    .into_any()
}
