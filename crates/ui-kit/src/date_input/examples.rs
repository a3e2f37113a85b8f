//! Date input example: a date of birth in 西暦 or an era.

use leptos::prelude::*;
use madoguchi_domain::{Era, msg_id};

use super::{DateInput, Equivalent, WESTERN};
use crate::example::{Arg, ComponentExamples, Example, Translate};

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "date-input",
        title: msg_id!("kit-date-input-title"),
        examples: vec![Example {
            id: "date-input-birth",
            title: msg_id!("kit-date-input-birth"),
            render: birth,
        }],
    }
}

/// An era's name, e.g. 令和 / Reiwa.
pub fn era_name(t: &Translate, era: Era) -> String {
    t.text(match era {
        Era::Reiwa => msg_id!("kit-era-reiwa"),
        Era::Heisei => msg_id!("kit-era-heisei"),
        Era::Showa => msg_id!("kit-era-showa"),
        Era::Taisho => msg_id!("kit-era-taisho"),
    })
}

/// The date in words, as the live region says it.
pub fn describe(t: &Translate, equivalent: Equivalent) -> String {
    match equivalent {
        Equivalent::Western(d) => t.args(
            msg_id!("kit-date-equivalent-western"),
            &[
                ("year", Arg::Text(d.year().to_string())),
                ("month", Arg::Number(d.month().into())),
                ("day", Arg::Number(d.day().into())),
            ],
        ),
        Equivalent::Era(e, d) => t.args(
            msg_id!("kit-date-equivalent-era"),
            &[
                ("era", Arg::Text(era_name(t, e.era))),
                ("year", Arg::Number(e.year.into())),
                ("month", Arg::Number(d.month().into())),
                ("day", Arg::Number(d.day().into())),
            ],
        ),
    }
}

fn birth(t: &Translate) -> AnyView {
    let mut calendars = vec![(WESTERN.to_owned(), t.text(msg_id!("kit-date-western")))];
    calendars.extend(
        Era::ALL
            .into_iter()
            .map(|e| (e.as_str().to_owned(), era_name(t, e))),
    );
    let tr = t.clone();
    view! {
        <DateInput
            id="date-input-birth-date"
            legend=t.signal(msg_id!("kit-date-birth-legend"))
            hint=t.signal(msg_id!("kit-date-birth-hint"))
            calendar_label=t.signal(msg_id!("kit-date-calendar"))
            calendars=calendars
            initial_calendar=WESTERN
            year_label=t.signal(msg_id!("kit-date-year"))
            month_label=t.signal(msg_id!("kit-date-month"))
            day_label=t.signal(msg_id!("kit-date-day"))
            describe=Callback::new(move |e| describe(&tr, e))
        />
    }
    .into_any()
}
