//! The display settings panel, in the frame of every page: text size, colours, line spacing and
//! furigana (the same switch as the header's ふりがな toggle). A `<details>` so it costs one line until opened; each setting is a radio group (the
//! kit's), and a change applies at once (see [`crate::settings`]).

use leptos::prelude::*;
use madoguchi_i18n::msg_id;
use madoguchi_ui_kit::{Choice, Radios};

use crate::i18n::{self, tm, tr};
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
            .map(|(value, label)| Choice::new(*value, tm(label)))
            .collect::<Vec<_>>();
        view! { <Radios id=id legend=Signal::derive(move || tm(legend)) choices=choices selected=selected inline=true /> }
    }
}

fn on_off(on: bool) -> &'static str {
    if on { "on" } else { "off" }
}

/// Furigana on/off: the same choice as the header's ふりがな toggle (`i18n::show_readings`), so
/// the two always agree and either one changes every reading on the page at once.
fn furigana_group() -> impl IntoView {
    let selected = RwSignal::new(Some(on_off(untrack(i18n::readings_shown)).to_owned()));
    Effect::new(move |_| {
        let shown = on_off(i18n::readings_shown());
        if selected.get_untracked().as_deref() != Some(shown) {
            selected.set(Some(shown.to_owned()));
        }
    });
    Effect::new(move |_| {
        if let Some(value) = selected.get() {
            let on = value == "on";
            if on != untrack(i18n::readings_shown) {
                i18n::show_readings(on);
            }
        }
    });
    move || {
        let choices = vec![
            Choice::new("on", tm(msg_id!("display-furigana-on"))),
            Choice::new("off", tm(msg_id!("display-furigana-off"))),
        ];
        view! {
            <Radios
                id="display-furigana"
                legend=Signal::derive(|| tm(msg_id!("display-furigana")))
                choices=choices
                selected=selected
                inline=true
            />
        }
    }
}

#[component]
pub fn DisplaySettingsPanel(settings: RwSignal<DisplaySettings>) -> impl IntoView {
    view! {
        <details class="mg-display-settings" id="display-settings">
            <summary class="mg-display-settings__summary">{tr(msg_id!("display-settings-title"))}</summary>
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
                {furigana_group()}
            </div>
        </details>
    }
}
