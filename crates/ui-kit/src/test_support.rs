//! Helpers for the kit's SSR unit tests: render an example to HTML in a real locale (the messages of
//! `locales/`, through `madoguchi-i18n`), parse it, and read roles, names, states and ids.

use std::cell::RefCell;
use std::collections::HashMap;

use fluent_bundle::FluentValue;
use leptos::prelude::*;
use madoguchi_domain::LocaleTag;
use madoguchi_i18n::Localizer;
use scraper::{ElementRef, Html, Selector};

use crate::example::{Arg, Example, Translate};
use crate::ruby::{RubySegment, TextMarkup, provide_text_markup};

/// The locales every example is rendered in (やさしい日本語 for its readings).
pub const LOCALES: [&str; 3] = ["ja", "en", "ja-x-easy"];

thread_local! {
    static LOCALIZERS: RefCell<HashMap<String, Localizer>> = RefCell::new(HashMap::new());
    static MISSING: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// A translator backed by the real messages of `locale`, recording ids that do not exist.
pub fn translate(locale: &'static str) -> Translate {
    Translate::new(move |id, args| {
        LOCALIZERS.with(|l| {
            let mut l = l.borrow_mut();
            let localizer = l
                .entry(locale.to_owned())
                .or_insert_with(|| Localizer::new(&LocaleTag::parse(locale).expect("a valid tag")));
            if !localizer.has(id) {
                MISSING.with(|m| m.borrow_mut().push(id.to_owned()));
            }
            let args: Vec<(&str, FluentValue<'_>)> = args
                .iter()
                .map(|(k, v)| {
                    let v = match v {
                        Arg::Text(s) => FluentValue::from(s.clone()),
                        Arg::Number(n) => FluentValue::from(*n),
                    };
                    (*k, v)
                })
                .collect();
            localizer.format(id, &args)
        })
    })
}

/// Message ids asked for since the last call that no locale has.
pub fn take_missing() -> Vec<String> {
    MISSING.with(|m| std::mem::take(&mut *m.borrow_mut()))
}

/// Effects never run when rendering on the server; this executor drops what they would spawn
/// (focus moves, `showModal()`), which need a browser and are tested in Chromium instead.
struct NoEffects;

impl any_spawner::CustomExecutor for NoEffects {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// Renders an example to HTML in `locale` (inside a fresh reactive owner, as the app would).
pub fn render_html(example: &Example, locale: &'static str) -> String {
    // Set once for the test binary; later calls find it set, which is fine.
    let _ = any_spawner::Executor::init_custom_executor(NoEffects);
    let owner = Owner::new();
    owner.with(|| {
        provide_text_markup(TextMarkup {
            segments,
            as_read: madoguchi_i18n::furigana::as_read,
            show_readings: Signal::stored(false),
        });
        (example.render)(&translate(locale)).to_html()
    })
}

/// The app's markup, as the UI gives it: Madoguchi's `漢字《かんじ》` read by `madoguchi_i18n`.
fn segments(text: &str) -> Vec<RubySegment> {
    use madoguchi_i18n::furigana::{Segment, segments};
    segments(text)
        .into_iter()
        .map(|s| match s {
            Segment::Text(base) => RubySegment { base, reading: None },
            Segment::Ruby { base, reading } => RubySegment {
                base,
                reading: Some(reading),
            },
        })
        .collect()
}

/// The example with this id, rendered in `locale` and parsed.
pub fn example(id: &str, locale: &'static str) -> Html {
    let example = crate::catalogue()
        .into_iter()
        .flat_map(|c| c.examples)
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("no example {id}"));
    Html::parse_fragment(&render_html(&example, locale))
}

pub fn sel(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("bad selector {css}: {e:?}"))
}

/// Every element matching `css`.
pub fn all<'a>(html: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    html.select(&sel(css)).collect()
}

/// The one element matching `css`; fails if there are none or several.
pub fn one<'a>(html: &'a Html, css: &str) -> ElementRef<'a> {
    let found = all(html, css);
    assert_eq!(
        found.len(),
        1,
        "expected one `{css}`, found {} in {}",
        found.len(),
        html.html()
    );
    found[0]
}

pub fn attr<'a>(el: ElementRef<'a>, name: &str) -> Option<&'a str> {
    el.value().attr(name)
}

/// Text content with whitespace collapsed.
pub fn text(el: ElementRef<'_>) -> String {
    el.text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn by_id<'a>(html: &'a Html, id: &str) -> Option<ElementRef<'a>> {
    html.select(&sel(&format!("[id=\"{id}\"]"))).next()
}

/// The accessible name, as the accname algorithm would compute it for our markup:
/// `aria-labelledby`, then `aria-label`, then a `<label for>` / `<legend>`, then the content.
pub fn name(html: &Html, el: ElementRef<'_>) -> String {
    if let Some(ids) = attr(el, "aria-labelledby") {
        return ids
            .split_whitespace()
            .filter_map(|id| by_id(html, id))
            .map(text)
            .collect::<Vec<_>>()
            .join(" ");
    }
    if let Some(label) = attr(el, "aria-label") {
        return label.to_owned();
    }
    if let Some(id) = attr(el, "id")
        && let Some(label) = html.select(&sel(&format!("label[for=\"{id}\"]"))).next()
    {
        return text(label);
    }
    if el.value().name() == "fieldset"
        && let Some(legend) = el.select(&sel("legend")).next()
    {
        return text(legend);
    }
    text(el)
}

/// The texts an element's `aria-describedby` points at.
pub fn description(html: &Html, el: ElementRef<'_>) -> String {
    attr(el, "aria-describedby")
        .map(|ids| {
            ids.split_whitespace()
                .filter_map(|id| by_id(html, id))
                .map(text)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default()
}
