//! Madoguchi's accessible component kit. Every screen is built from these components, so this is
//! where accessibility is won or lost.
//!
//! **Architecture Invariant:** no component holds language text. Every label, hint and message
//! arrives as a prop, already localized by the caller from `locales/`; examples name messages by id
//! and render through a [`Translate`].
//!
//! Each component is a folder: `mod.rs` (the component), `style.css`, `examples.rs` (data shared by
//! the gallery, the SSR unit tests and the axe scan), `tests.rs` and a `README.md` with its keyboard
//! behaviour and the WCAG success criteria it addresses. [`catalogue`] lists every example.

pub mod example;
mod form_field;

pub mod accordion;
pub mod button;
pub mod checkboxes;
pub mod date_input;
pub mod dialog;
pub mod error_summary;
pub mod page_header;
pub mod radios;
pub mod skip_link;
pub mod tabs;
pub mod text_input;

#[cfg(test)]
mod test_support;
#[cfg(test)]
mod tests;

pub use accordion::{Accordion, AccordionItem, Details};
pub use button::{Button, ButtonVariant};
pub use checkboxes::Checkboxes;
pub use date_input::{DateInput, Equivalent};
pub use dialog::Dialog;
pub use error_summary::{ErrorItem, ErrorSummary};
pub use example::{Arg, ComponentExamples, Example, Translate};
pub use page_header::{LanguageOption, PageHeader};
pub use radios::{Choice, Radios};
pub use skip_link::SkipLink;
pub use tabs::{TabItem, Tabs};
pub use text_input::{InputWidth, TextInput};

/// Every component's examples, in gallery order.
pub fn catalogue() -> Vec<ComponentExamples> {
    vec![
        skip_link::examples::examples(),
        page_header::examples::examples(),
        button::examples::examples(),
        text_input::examples::examples(),
        radios::examples::examples(),
        checkboxes::examples::examples(),
        date_input::examples::examples(),
        error_summary::examples::examples(),
        tabs::examples::examples(),
        accordion::examples::examples(),
        dialog::examples::examples(),
    ]
}
