//! The reader's display settings: text size (100/150/200 %), high contrast and line spacing.
//! (Furigana, also in the panel, is the reader's reading choice kept by `crate::i18n`, the one
//! switch the header's ふりがな toggle and the panel share.) They apply at once, without a reload, as attributes on `<html>` that the stylesheet
//! reads (`assets/css/display-settings.css`, `tokens.css`), and persist in `localStorage` (per
//! browser profile / app webview; per account once accounts exist).

use std::cell::RefCell;

use leptos::prelude::*;

/// Where the settings are kept between visits.
const STORAGE_KEY: &str = "madoguchi.display";

/// The root font size, as a percentage of the browser's (which the reader may have set already).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Largest,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::Largest];

    pub fn as_str(self) -> &'static str {
        match self {
            TextSize::Normal => "100",
            TextSize::Large => "150",
            TextSize::Largest => "200",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// Everything the display settings panel sets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DisplaySettings {
    pub text_size: TextSize,
    pub high_contrast: bool,
    pub wide_line_spacing: bool,
}

impl DisplaySettings {
    /// The attributes written on `<html>`.
    pub fn attributes(self) -> [(&'static str, &'static str); 3] {
        [
            ("data-text-size", self.text_size.as_str()),
            (
                "data-contrast",
                if self.high_contrast { "high" } else { "default" },
            ),
            (
                "data-line-spacing",
                if self.wide_line_spacing { "wide" } else { "normal" },
            ),
        ]
    }

    /// The stored form: `key=value` pairs separated by `;`, readable in dev tools.
    pub fn to_storage(self) -> String {
        self.attributes()
            .iter()
            .map(|(k, v)| format!("{}={v}", &k[5..]))
            .collect::<Vec<_>>()
            .join(";")
    }

    /// Reads the stored form; anything unknown or missing keeps its default, so an old or damaged
    /// value never breaks the page.
    pub fn from_storage(stored: &str) -> Self {
        let mut settings = Self::default();
        for pair in stored.split(';') {
            match pair.split_once('=') {
                Some(("text-size", v)) => settings.text_size = TextSize::parse(v).unwrap_or_default(),
                Some(("contrast", v)) => settings.high_contrast = v == "high",
                Some(("line-spacing", v)) => settings.wide_line_spacing = v == "wide",
                _ => {}
            }
        }
        settings
    }
}

thread_local! {
    static CURRENT: RefCell<Option<RwSignal<DisplaySettings>>> = const { RefCell::new(None) };
}

/// Creates the settings signal, applies it to `<html>` now and on every change, and saves changes.
pub fn provide_settings() -> RwSignal<DisplaySettings> {
    let stored = window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    let settings = RwSignal::new(
        stored
            .map(|s| DisplaySettings::from_storage(&s))
            .unwrap_or_default(),
    );
    CURRENT.with(|c| *c.borrow_mut() = Some(settings));
    Effect::new(move |_| {
        let value = settings.get();
        if let Some(root) = document().document_element() {
            for (name, v) in value.attributes() {
                let _ = root.set_attribute(name, v);
            }
        }
        if let Some(storage) = window().local_storage().ok().flatten() {
            let _ = storage.set_item(STORAGE_KEY, &value.to_storage());
        }
    });
    settings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_survive_a_round_trip_through_storage() {
        let s = DisplaySettings {
            text_size: TextSize::Largest,
            high_contrast: true,
            wide_line_spacing: true,
        };
        assert_eq!(DisplaySettings::from_storage(&s.to_storage()), s);
    }

    #[test]
    fn a_damaged_stored_value_falls_back_to_the_defaults() {
        assert_eq!(
            DisplaySettings::from_storage("text-size=300;garbage"),
            DisplaySettings::default()
        );
    }

    #[test]
    fn the_attributes_name_what_the_stylesheet_selects_on() {
        let s = DisplaySettings {
            text_size: TextSize::Large,
            ..DisplaySettings::default()
        };
        assert_eq!(
            s.attributes(),
            [
                ("data-text-size", "150"),
                ("data-contrast", "default"),
                ("data-line-spacing", "normal"),
            ]
        );
    }
}
