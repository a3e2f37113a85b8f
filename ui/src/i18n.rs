//! The reader's language in the UI: chosen from the saved choice, else the browser's / OS's
//! languages (negotiated by `madoguchi_i18n::negotiate`), else Japanese. Switching re-renders
//! every text at once (no reload) and updates `<html lang>` and `dir`.
//!
//! The residents' bundle carries Japanese only (the source and last fallback). Another language's
//! messages are fetched once, when the reader needs them (`ipc::locale_messages`): before the first
//! draw for the starting language, on the menu's click for a switch. Until they have arrived the
//! page stays in the language it is in; if they cannot be had, it stays there and says so
//! (`language-load-failed`), and choosing again tries again. Dates, times and numbers need no
//! download: the browser's `Intl` writes them in any language (`crate::intl`).
//!
//! Two ways to read a message: [`t`] gives plain text (furigana removed) for attributes, titles
//! and component props; [`tr`] gives a view that renders furigana as `<ruby>` when readings are on.
//! Readings are on by default in やさしい日本語 and off elsewhere; the reader's choice is saved.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use madoguchi_domain::LocaleTag;
use madoguchi_i18n::furigana::{self, Segment};
use madoguchi_i18n::{Args, Localizer};
use madoguchi_ui_kit::{RubySegment, RubyText};

use crate::ipc;

/// Where the reader's choice is kept between visits (per browser profile / app webview).
const STORAGE_KEY: &str = "madoguchi.locale";
/// Where the reader's furigana choice is kept (`on` / `off`; absent = the locale's default).
const READINGS_KEY: &str = "madoguchi.furigana";

thread_local! {
    /// The current locale, readable from any view without passing it down.
    static CURRENT: RefCell<Option<RwSignal<LocaleTag>>> = const { RefCell::new(None) };
    /// The reader's explicit furigana choice, if any.
    static READINGS: RefCell<Option<RwSignal<Option<bool>>>> = const { RefCell::new(None) };
    /// Localizers are built once per locale; parsing Fluent on every render would be wasteful.
    /// Holds only locales whose own messages are here (embedded or fetched).
    static LOCALIZERS: RefCell<HashMap<LocaleTag, Rc<Localizer>>> = RefCell::new(HashMap::new());
    /// The language whose messages could not be fetched, shown as an error until the next choice.
    static LOAD_FAILED: RefCell<Option<RwSignal<Option<LocaleTag>>>> = const { RefCell::new(None) };
    /// The starting language, when its messages could not be fetched before the first draw.
    static INITIAL_FAILED: RefCell<Option<LocaleTag>> = const { RefCell::new(None) };
    /// Counts the reader's choices, so a slow fetch for an earlier choice does not undo a later one.
    static CHOICES: Cell<u32> = const { Cell::new(0) };
    /// Whether the source locale's pages' messages have been fetched (`load_page_messages`).
    static PAGE_MESSAGES: Cell<bool> = const { Cell::new(false) };
}

/// Fetches, once, the Japanese messages of the pages loaded on demand: the residents' WASM embeds
/// only the first load's Japanese (`FIRST_LOAD` in crates/i18n/build.rs), and Japanese is every
/// locale's last fallback, so they are fetched whatever the reader's language, before the first
/// such page is drawn (`pages/lazy.rs`). Another locale's fetched file already holds its pages'
/// messages.
pub async fn load_page_messages() -> Result<(), ()> {
    if madoguchi_i18n::SOURCE_WHOLE || PAGE_MESSAGES.with(Cell::get) {
        return Ok(());
    }
    let source = LocaleTag::source();
    let messages = ipc::locale_messages(&source).await.map_err(drop)?;
    let localizer = Localizer::with_messages(&source, &messages).map_err(drop)?;
    LOCALIZERS.with(|l| l.borrow_mut().insert(source, Rc::new(localizer)));
    PAGE_MESSAGES.with(|p| p.set(true));
    Ok(())
}

/// Fetches the messages of the reader's starting language if this build does not carry them. Run
/// before the app is drawn, so the page never flashes in a language the reader did not ask for;
/// when they cannot be had, the app starts in Japanese and says so.
pub async fn load_starting_locale() {
    let wanted = wanted_locale();
    if !is_ready(&wanted) && load(&wanted).await.is_err() {
        INITIAL_FAILED.with(|f| *f.borrow_mut() = Some(wanted));
    }
}

/// Creates the locale and furigana signals for the app, and keeps the document's `lang` and `dir`
/// in step.
pub fn provide_locale() -> RwSignal<LocaleTag> {
    let wanted = wanted_locale();
    let locale = RwSignal::new(if is_ready(&wanted) {
        wanted
    } else {
        LocaleTag::source()
    });
    CURRENT.with(|c| *c.borrow_mut() = Some(locale));
    let failed = RwSignal::new(INITIAL_FAILED.with(|f| f.borrow_mut().take()));
    LOAD_FAILED.with(|f| *f.borrow_mut() = Some(failed));
    let saved_readings = stored(READINGS_KEY).map(|v| v == "on");
    READINGS.with(|r| *r.borrow_mut() = Some(RwSignal::new(saved_readings)));
    // Stylesheets and tests can see the reading choice, like the display settings.
    Effect::new(move |_| {
        let on = readings_shown();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-furigana", if on { "on" } else { "off" });
        }
    });
    Effect::new(move |_| {
        let tag = locale.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", html_lang(&tag));
            let _ = root.set_attribute("dir", text_direction(&tag));
        }
    });
    locale
}

/// Switches to `tag` (if we ship it) and remembers the choice; fetches its messages first if they
/// are not here yet.
pub fn choose(locale: RwSignal<LocaleTag>, tag: &str) {
    let Ok(tag) = LocaleTag::parse(tag) else { return };
    if !offered_locales().contains(&tag) {
        return;
    }
    let choice = CHOICES.with(|c| {
        c.set(c.get().wrapping_add(1));
        c.get()
    });
    if is_ready(&tag) {
        switch_to(locale, tag);
        return;
    }
    spawn_local(async move {
        let loaded = load(&tag).await;
        if CHOICES.with(Cell::get) != choice {
            return; // the reader has chosen again meanwhile
        }
        match loaded {
            Ok(()) => switch_to(locale, tag),
            Err(()) => set_load_failed(Some(tag)),
        }
    });
}

fn switch_to(locale: RwSignal<LocaleTag>, tag: LocaleTag) {
    set_load_failed(None);
    store(STORAGE_KEY, tag.as_str());
    locale.set(tag);
}

/// The language the reader chose whose messages could not be fetched, if any (tracked).
pub fn load_failed() -> Option<LocaleTag> {
    LOAD_FAILED.with(|f| f.borrow().and_then(|s| s.get()))
}

fn set_load_failed(tag: Option<LocaleTag>) {
    LOAD_FAILED.with(|f| {
        if let Some(s) = *f.borrow() {
            s.set(tag);
        }
    });
}

/// Whether `tag`'s own messages are here: embedded in this build, or fetched before.
fn is_ready(tag: &LocaleTag) -> bool {
    madoguchi_i18n::is_embedded(tag) || LOCALIZERS.with(|l| l.borrow().contains_key(tag))
}

/// Fetches `tag`'s messages and keeps a localizer for them.
async fn load(tag: &LocaleTag) -> Result<(), ()> {
    let messages = ipc::locale_messages(tag).await.map_err(drop)?;
    let localizer = Localizer::with_messages(tag, &messages).map_err(drop)?;
    LOCALIZERS.with(|l| l.borrow_mut().insert(tag.clone(), Rc::new(localizer)));
    Ok(())
}

/// The locale in effect; tracked, so a view calling it re-renders on a switch.
pub fn current() -> LocaleTag {
    CURRENT
        .with(|c| c.borrow().map(|s| s.get()))
        .unwrap_or_else(LocaleTag::source)
}

/// Whether furigana are shown: the reader's choice, else on for やさしい日本語 only (tracked).
pub fn readings_shown() -> bool {
    let choice = READINGS.with(|r| r.borrow().and_then(|s| s.get()));
    choice.unwrap_or_else(is_easy_japanese)
}

/// Shows or hides furigana everywhere and remembers the choice.
pub fn show_readings(on: bool) {
    store(READINGS_KEY, if on { "on" } else { "off" });
    READINGS.with(|r| {
        if let Some(s) = *r.borrow() {
            s.set(Some(on));
        }
    });
}

/// Whether the furigana toggle means anything in the current language (Japanese text only).
pub fn readings_apply() -> bool {
    current().language() == "ja"
}

/// A message in the current language as plain text, without furigana (reactive). For
/// attributes, the document title and component props.
pub fn t(id: &str) -> String {
    furigana::plain(&localizer().text(id))
}

/// [`t`] with arguments.
pub fn t_args(id: &str, args: &Args<'_>) -> String {
    furigana::plain(&localizer().format(id, args))
}

/// A message as written, its furigana marks kept, for a kit component's prop: the kit shows it
/// with readings through the markup [`provide_markup`] gives it, and puts its bases alone into
/// attributes. Never for the document title or an attribute the app writes itself (use [`t`]).
pub fn tm(id: &str) -> String {
    localizer().text(id)
}

/// [`tm`] with arguments.
pub fn tm_args(id: &str, args: &Args<'_>) -> String {
    localizer().format(id, args)
}

/// Tells the kit how Madoguchi marks readings (`漢字《かんじ》`, parsed by `madoguchi_i18n`) and
/// whether they are shown, so every text the app hands a component shows its readings.
pub fn provide_markup() {
    madoguchi_ui_kit::provide_text_markup(madoguchi_ui_kit::TextMarkup {
        segments: to_ruby_segments,
        as_read: furigana::as_read,
        show_readings: Signal::derive(readings_shown),
    });
}

/// An amount of yen in the current language (`amount-yen`), its digits grouped the way the
/// language groups them (1,200円, ¥1,200, 1.200 ienes), its furigana marks kept (for a kit prop).
pub fn yen(amount: i64) -> String {
    tm_args(
        madoguchi_i18n::msg_id!("amount-yen"),
        &[("amount", crate::intl::integer(&current(), amount).into())],
    )
}

/// A city date in the current language and calendar (和暦 for Japanese), abbreviated; the ISO text
/// as given when it is not a date.
pub fn date(iso: &str) -> String {
    madoguchi_domain::CalendarDate::parse_iso(iso).map_or_else(
        |_| iso.to_owned(),
        |d| crate::intl::date(&current(), d, crate::intl::DateLength::Medium),
    )
}

/// [`date`] for a kit prop: in やさしい日本語 with the readings of its kanji marked
/// (`madoguchi_i18n::furigana::date_readings`), as its messages have them.
pub fn date_marked(iso: &str) -> String {
    let text = date(iso);
    if is_easy_japanese() {
        furigana::date_readings(&text)
    } else {
        text
    }
}

fn is_easy_japanese() -> bool {
    let tag = current();
    tag.is_private_use() && tag.language() == "ja"
}

/// A moment on the city's clock in the current language, its day and time: 令和8年12月4日(金) 9:30.
pub fn moment(at: madoguchi_domain::UnixMillis) -> String {
    let day = at.date_in_japan().map(|d| date(&d.iso())).unwrap_or_default();
    format!("{day} {}", time(at))
}

/// The city's clock at `at` in the current language: 9:30, 2:05 PM.
pub fn time(at: madoguchi_domain::UnixMillis) -> String {
    crate::intl::time(&current(), at)
}

/// A message in the current language as a view, with furigana as `<ruby>` when readings are on.
pub fn tr(id: &'static str) -> impl IntoView {
    ruby_view(Signal::derive(move || localizer().text(id)))
}

/// [`tr`] with arguments, computed on every render (so they may read signals).
pub fn tr_args(
    id: &'static str,
    args: impl Fn() -> Vec<(&'static str, madoguchi_i18n::FluentValue<'static>)> + Send + Sync + 'static,
) -> impl IntoView {
    ruby_view(Signal::derive(move || localizer().format(id, &args())))
}

/// Any text that may carry furigana marks (a message, a city text), rendered with readings.
/// Takes a signal rather than a closure so that this code exists once in the WASM, not once per
/// caller.
pub fn ruby_view(text: Signal<String>) -> impl IntoView {
    let segments = Signal::derive(move || to_ruby_segments(&text.get()));
    view! { <RubyText segments=segments show_readings=Signal::derive(readings_shown) /> }
}

fn to_ruby_segments(text: &str) -> Vec<RubySegment> {
    furigana::segments(text)
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

fn localizer() -> Rc<Localizer> {
    localizer_for(&current())
}

/// `tag`'s localizer; Japanese for a locale whose messages are not here (the locale signal only
/// moves to a locale once they are).
fn localizer_for(tag: &LocaleTag) -> Rc<Localizer> {
    let tag = if is_ready(tag) {
        tag.clone()
    } else {
        LocaleTag::source()
    };
    LOCALIZERS.with(|l| {
        Rc::clone(
            l.borrow_mut()
                .entry(tag.clone())
                .or_insert_with(|| Rc::new(Localizer::new(&tag))),
        )
    })
}

/// Every locale offered in the language menu, in menu order.
pub fn offered_locales() -> Vec<LocaleTag> {
    madoguchi_i18n::available_locales()
}

/// The language's own name (endonym), from that locale's `language-name` message, as plain text.
/// Known for every language we ship, fetched or not.
pub fn endonym(tag: &LocaleTag) -> String {
    furigana::plain(madoguchi_i18n::endonym(tag).unwrap_or(tag.as_str()))
}

/// The value for a `lang` attribute. Private-use variants (e.g. やさしい日本語) are still Japanese.
pub fn html_lang(tag: &LocaleTag) -> &str {
    tag.standard_part()
}

/// Every language we ship is written left to right; a right-to-left one (Arabic, Persian, Urdu)
/// would be listed here.
fn text_direction(_tag: &LocaleTag) -> &'static str {
    "ltr"
}

/// The language the reader wants: the saved choice, else negotiated from the browser's.
fn wanted_locale() -> LocaleTag {
    if let Some(tag) = stored(STORAGE_KEY)
        .and_then(|s| LocaleTag::parse(&s).ok())
        .filter(|t| offered_locales().contains(t))
    {
        return tag;
    }
    let preferred: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    let preferred: Vec<&str> = preferred.iter().map(String::as_str).collect();
    madoguchi_i18n::negotiate(&preferred)
}

fn stored(key: &str) -> Option<String> {
    window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(key).ok().flatten())
}

fn store(key: &str, value: &str) {
    if let Some(storage) = window().local_storage().ok().flatten() {
        let _ = storage.set_item(key, value);
    }
}

/// The kit reads messages it is handed ids for (its examples, shared wordings such as an upload's
/// status) through this: the reader's language, reactively, with furigana marks kept (the kit
/// reads them through [`provide_markup`]).
pub fn translator() -> madoguchi_ui_kit::Translate {
    madoguchi_ui_kit::Translate::new(|id, args| {
        let args: Vec<_> = args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    madoguchi_ui_kit::Arg::Text(s) => s.clone().into(),
                    madoguchi_ui_kit::Arg::Number(n) => (*n).into(),
                };
                (*name, value)
            })
            .collect();
        tm_args(id, &args)
    })
}
