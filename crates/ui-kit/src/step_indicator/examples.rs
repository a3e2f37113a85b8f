//! Step indicator example: step 2 of 5 of an application.

use leptos::prelude::*;
use madoguchi_domain::msg_id;

use super::StepIndicator;
use crate::example::{Arg, ComponentExamples, Example, Translate};

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "step-indicator",
        title: msg_id!("kit-steps-title"),
        examples: vec![Example {
            id: "step-indicator-application",
            title: msg_id!("kit-steps-application"),
            render: application,
        }],
    }
}

fn application(t: &Translate) -> AnyView {
    let steps = [
        msg_id!("kit-step-applicant"),
        msg_id!("kit-step-address"),
        msg_id!("kit-step-documents"),
        msg_id!("kit-step-check"),
        msg_id!("kit-step-send"),
    ];
    let position = t.args(
        msg_id!("kit-step-position"),
        &[("current", Arg::Number(2)), ("total", Arg::Number(5))],
    );
    view! {
        <StepIndicator
            id="step-indicator-application-steps"
            label=t.signal(msg_id!("kit-steps-label"))
            position=position
            steps=steps.iter().map(|s| t.text(s)).collect()
            current=2
        />
    }
    .into_any()
}
