//! Ruby text (furigana): readings shown above kanji with `<ruby>`/`<rt>`, and the toggle that turns
//! them on and off.
//!
//! The caller parses its own markup (Madoguchi writes `漢字《かんじ》` in its messages, see
//! `madoguchi_i18n::furigana`) and passes plain segments, so the kit holds no language rules.
//! With readings off, no `<ruby>` or `<rt>` is rendered at all: nothing extra reaches the
//! accessibility tree, and the base text reads and copies as ordinary text. With readings on,
//! screen readers get the reading after the base, as the browser exposes `<rt>`.

use leptos::prelude::*;

/// A piece of text: a base, and its reading if it has one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RubySegment {
    pub base: String,
    pub reading: Option<String>,
}

/// Text with optional readings over parts of it.
#[component]
pub fn RubyText(
    /// The text, in order.
    #[prop(into)]
    segments: Signal<Vec<RubySegment>>,
    /// Whether readings are shown.
    #[prop(into)]
    show_readings: Signal<bool>,
) -> impl IntoView {
    move || {
        let show = show_readings.get();
        segments
            .get()
            .into_iter()
            .map(|segment| match segment.reading {
                Some(reading) if show => {
                    view! { <ruby class="mg-ruby">{segment.base}<rt class="mg-ruby__reading">{reading}</rt></ruby> }
                        .into_any()
                }
                _ => segment.base.into_any(),
            })
            .collect_view()
    }
}

/// A toggle button (`aria-pressed`) that shows or hides readings everywhere.
#[component]
pub fn RubyToggle(
    /// The button's text, e.g. "ふりがな".
    #[prop(into)]
    label: Signal<String>,
    /// Whether readings are shown now.
    #[prop(into)]
    pressed: Signal<bool>,
    /// Called with the new state.
    on_toggle: Callback<bool>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="mg-ruby-toggle"
            aria-pressed=move || pressed.get().to_string()
            on:click=move |_| on_toggle.run(!pressed.get_untracked())
        >
            <span class="mg-ruby-toggle__state" aria-hidden="true"></span>
            {label}
        </button>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segments() -> Vec<RubySegment> {
        vec![
            RubySegment {
                base: "手続".into(),
                reading: Some("てつづ".into()),
            },
            RubySegment {
                base: "き".into(),
                reading: None,
            },
        ]
    }

    fn render(show: bool) -> String {
        let segments = segments();
        view! { <p><RubyText segments=segments show_readings=show /></p> }.to_html()
    }

    #[test]
    fn readings_are_rendered_as_ruby_with_rt_when_on() {
        let html = render(true);
        assert!(
            html.contains(r#"<ruby class="mg-ruby">手続<rt class="mg-ruby__reading">てつづ</rt></ruby>"#),
            "{html}"
        );
        assert!(html.contains('き'));
    }

    #[test]
    fn readings_off_leave_plain_text_without_ruby_or_rt() {
        let html = render(false);
        assert!(!html.contains("<ruby") && !html.contains("<rt"), "{html}");
        assert!(!html.contains("てつづ"), "{html}");
        assert!(html.contains("手続") && html.contains('き'));
    }

    #[test]
    fn the_toggle_reports_its_state_with_aria_pressed() {
        let html =
            view! { <RubyToggle label="ふりがな".to_owned() pressed=true on_toggle=Callback::new(|_| {}) /> }
                .to_html();
        assert!(html.contains(r#"aria-pressed="true""#), "{html}");
        assert!(html.contains("ふりがな"));
        assert!(html.contains(r#"type="button""#));
    }
}
