//! Examples as data. Every component lists its examples here once; the same list drives the
//! gallery page (`/gallery`), the SSR unit tests (every example, in every locale) and the axe scan in
//! headless Chromium (which visits every example the gallery shows).
//!
//! An example holds no language text either: it names messages and renders through a
//! [`Translate`] the caller provides (the UI's `t(…)` in the gallery, a `Localizer` in tests).

use std::sync::Arc;

use leptos::prelude::*;

/// A value for a message placeable. Numbers stay numbers so plural rules can select on them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
}

type TranslateFn = dyn Fn(&str, &[(&str, Arg)]) -> String + Send + Sync;

/// Formats a message by id in the reader's language. Cheap to clone; `Send + Sync` so components
/// can keep it in callbacks and derived signals.
#[derive(Clone)]
pub struct Translate(Arc<TranslateFn>);

impl Translate {
    pub fn new(f: impl Fn(&str, &[(&str, Arg)]) -> String + Send + Sync + 'static) -> Self {
        Self(Arc::new(f))
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        (self.0)(id, &[])
    }

    /// A message with arguments.
    pub fn args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        (self.0)(id, args)
    }

    /// A message as a signal (re-read when the translator's language changes).
    pub fn signal(&self, id: &'static str) -> Signal<String> {
        let this = self.clone();
        Signal::derive(move || this.text(id))
    }
}

/// One named example of a component.
pub struct Example {
    /// Unique across the whole kit; the gallery's anchor and the tests' handle, e.g. `button-primary`.
    pub id: &'static str,
    /// Message id of the example's caption in the gallery.
    pub title: &'static str,
    /// Draws the example.
    pub render: fn(&Translate) -> AnyView,
}

/// A component and its examples, in the order the gallery shows them.
pub struct ComponentExamples {
    /// The component's folder name, e.g. `button`.
    pub component: &'static str,
    /// Message id of the component's name in the gallery.
    pub title: &'static str,
    pub examples: Vec<Example>,
}
