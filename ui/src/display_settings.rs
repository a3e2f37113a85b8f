//! The display settings panel, in the frame of every page: text size, colours, line spacing and
//! furigana. A `<details>` so it costs one line until opened; each setting is a radio group (the
//! kit's), and a change applies at once (see [`crate::settings`]).

use leptos::prelude::*;
use madoguchi_i18n::msg_id;
use madoguchi_ui_kit::{Choice, Radios};

use crate::i18n::t;
use crate::settings::{DisplaySettings, TextSize};

/// A radio group bound to one field of the settings.
fn setting_group(
    settings: RwSignal<DisplaySettings>,
    id: &'static str,
    legend: &'static str,
    choices: Vec<(&'static str, &'static str)>,
    read: fn(&DisplaySettings) -> &'static str,
    write: fn(&mut DisplaySettings, &str),
) -> impl IntoView {
    let selected = RwSignal::new(Some(read(&settings.get_untracked()).to_owned()));
    Effect::new(move |_| {
        if let Some(value) = selected.get() {
            settings.update(|s| write(s, &value));
        }
    });
    move || {
        let choices = choices
            .iter()
            .map(|(value, label)| Choice::new(*value, t(label)))
            .collect::<Vec<_>>();
        view! { <Radios id=id legend=Signal::derive(move || t(legend)) choices=choices selected=selected inline=true /> }
    }
}

#[component]
pub fn DisplaySettingsPanel(settings: RwSignal<DisplaySettings>) -> impl IntoView {
    view! {
        <details class="mg-display-settings" id="display-settings">
            <summary class="mg-display-settings__summary">{move || t(msg_id!("display-settings-title"))}</summary>
            <div class="mg-display-settings__body">
                {setting_group(
                    settings,
                    "display-text-size",
                    msg_id!("display-text-size"),
                    vec![
                        ("100", msg_id!("display-text-size-100")),
                        ("150", msg_id!("display-text-size-150")),
                        ("200", msg_id!("display-text-size-200")),
                    ],
                    |s| s.text_size.as_str(),
                    |s, v| s.text_size = TextSize::parse(v).unwrap_or_default(),
                )}
                {setting_group(
                    settings,
                    "display-contrast",
                    msg_id!("display-contrast"),
                    vec![("default", msg_id!("display-contrast-default")), ("high", msg_id!("display-contrast-high"))],
                    |s| if s.high_contrast { "high" } else { "default" },
                    |s, v| s.high_contrast = v == "high",
                )}
                {setting_group(
                    settings,
                    "display-line-spacing",
                    msg_id!("display-line-spacing"),
                    vec![("normal", msg_id!("display-line-spacing-normal")), ("wide", msg_id!("display-line-spacing-wide"))],
                    |s| if s.wide_line_spacing { "wide" } else { "normal" },
                    |s, v| s.wide_line_spacing = v == "wide",
                )}
                {setting_group(
                    settings,
                    "display-furigana",
                    msg_id!("display-furigana"),
                    vec![("on", msg_id!("display-furigana-on")), ("off", msg_id!("display-furigana-off"))],
                    |s| if s.furigana { "on" } else { "off" },
                    |s, v| s.furigana = v != "off",
                )}
            </div>
        </details>
    }
}
