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

/// How the app writes readings inside the texts it hands the kit, given through Leptos context
/// ([`provide_text_markup`]). With it, every text a component shows (labels, legends, hints,
/// errors, choices, summary keys and values, banner and step texts) is rendered with [`RubyText`],
/// and every text it puts where only plain text can go gets the bases alone (attributes) or the
/// text as read (an `<option>`). Without it (the SSR tests, an app without readings), texts
/// are shown as given. The kit still holds no language rule: the parser is the app's.
#[derive(Clone, Copy)]
pub struct TextMarkup {
    /// Splits a text into bases and readings (Madoguchi: `madoguchi_i18n::furigana`).
    pub segments: fn(&str) -> Vec<RubySegment>,
    /// The text as it is read (each base with a reading replaced by it), for where markup cannot
    /// go (an `<option>`).
    pub as_read: fn(&str) -> String,
    /// Whether readings are shown.
    pub show_readings: Signal<bool>,
}

/// Tells every component below how to read the app's texts.
pub fn provide_text_markup(markup: TextMarkup) {
    provide_context(markup);
}

fn markup() -> Option<TextMarkup> {
    use_context::<TextMarkup>()
}

/// A text as the kit shows it: with readings through the app's [`TextMarkup`], else as given.
/// Takes a signal, not a generic, so this code exists once in the WASM.
pub fn marked(text: Signal<String>) -> AnyView {
    match markup() {
        Some(m) => {
            let segments = Signal::derive(move || (m.segments)(&text.get()));
            view! { <RubyText segments=segments show_readings=m.show_readings /> }.into_any()
        }
        None => text.into_any(),
    }
}

/// [`marked`] for a text that does not change.
pub fn marked_str(text: String) -> AnyView {
    marked(Signal::stored(text))
}

/// A text for an attribute or any plain string: the bases alone, marks and readings left out.
pub fn plain(text: Signal<String>) -> Signal<String> {
    match markup() {
        Some(m) => Signal::derive(move || (m.segments)(&text.get()).into_iter().map(|s| s.base).collect()),
        None => text,
    }
}

/// A text where only text can go (an `<option>`): as it is read while readings are shown, else
/// the bases alone.
pub fn option_text(text: String) -> Signal<String> {
    match markup() {
        Some(m) => Signal::derive(move || {
            if m.show_readings.get() {
                (m.as_read)(&text)
            } else {
                (m.segments)(&text).into_iter().map(|s| s.base).collect()
            }
        }),
        None => Signal::stored(text),
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
            {marked(label)}
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

    /// A stand-in for the app's markup: `base[reading]`, one at the end of the text.
    fn bracketed(text: &str) -> Vec<RubySegment> {
        match text.split_once('[') {
            Some((base, reading)) => vec![RubySegment {
                base: base.to_owned(),
                reading: Some(reading.trim_end_matches(']').to_owned()),
            }],
            None => vec![RubySegment {
                base: text.to_owned(),
                reading: None,
            }],
        }
    }

    fn with_markup(show: bool, render: impl FnOnce() -> String) -> String {
        Owner::new().with(|| {
            provide_text_markup(TextMarkup {
                segments: bracketed,
                as_read: |text| {
                    bracketed(text)
                        .into_iter()
                        .map(|s| s.reading.unwrap_or(s.base))
                        .collect()
                },
                show_readings: Signal::stored(show),
            });
            render()
        })
    }

    #[test]
    fn with_the_apps_markup_a_text_shows_its_readings_and_attributes_get_the_bases() {
        let html = with_markup(true, || {
            let text = Signal::stored("AB[ab]".to_owned());
            view! { <p title=plain(text)>{marked(text)}</p> }.to_html()
        });
        assert!(html.contains(r#"title="AB""#), "{html}");
        assert!(
            html.contains(r#"<ruby class="mg-ruby">AB<rt class="mg-ruby__reading">ab</rt></ruby>"#),
            "{html}"
        );
    }

    #[test]
    fn an_option_is_written_as_read_while_readings_are_shown() {
        let on = with_markup(true, || option_text("AB[ab]".to_owned()).get_untracked());
        let off = with_markup(false, || option_text("AB[ab]".to_owned()).get_untracked());
        assert_eq!((on.as_str(), off.as_str()), ("ab", "AB"));
    }

    #[test]
    fn without_markup_a_text_is_shown_as_given() {
        let html = Owner::new().with(|| view! { <p>{marked_str("AB[ab]".to_owned())}</p> }.to_html());
        assert!(html.contains("AB[ab]") && !html.contains("<ruby"), "{html}");
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
