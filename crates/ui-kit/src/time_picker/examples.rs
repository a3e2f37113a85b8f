//! Time picker example: a morning's times, one chosen, one full.

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::TimePicker;
use crate::day_picker::SlotOption;
use crate::example::{Arg, ComponentExamples, Example, Translate};

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "time-picker",
        title: msg_id!("kit-time-picker-title"),
        examples: vec![Example {
            id: "time-picker-morning",
            title: msg_id!("kit-time-picker-morning"),
            render: morning,
        }],
    }
}

fn morning(t: &Translate) -> AnyView {
    let range = |start: &str, end: &str| {
        t.args(
            msg_id!("kit-time-range"),
            &[
                ("start", Arg::Text(start.to_owned())),
                ("end", Arg::Text(end.to_owned())),
            ],
        )
    };
    let left = |count: i64| t.args(msg_id!("kit-places-left"), &[("count", Arg::Number(count))]);
    let times = vec![
        SlotOption::open("0830", range("8:30", "9:00"), left(3)),
        SlotOption::unavailable("0900", range("9:00", "9:30"), t.text(msg_id!("kit-slot-full"))),
        SlotOption::open("0930", range("9:30", "10:00"), left(1)),
        SlotOption::open("1000", range("10:00", "10:30"), left(2)),
    ];
    view! {
        <TimePicker
            id="time-picker-morning-time"
            legend=t.signal(msg_id!("kit-time-legend"))
            hint=t.signal(msg_id!("kit-time-hint"))
            times=times
            selected=RwSignal::new(Some("0930".to_owned()))
        />
    }
    .into_any()
}
