//! Madoguchi's languages: the Fluent messages of `locales/` (Japanese embedded at build time, every
//! locale with the `all-locales` feature, the others given at run time), the list of locales we
//! ship, negotiation of the reader's language, a [`Localizer`] that formats messages, furigana
//! written inside messages, and which calendar and formatting locale each language reads dates in
//! (the UI's browser formats them: `dates`).
//!
//! **Architecture Invariant:** every user-visible string comes from `locales/`. Code names a message
//! by its id, written as `msg_id!("home-title")` so that `cargo xtask i18n-check` can find every id
//! used in code and prove each exists in every locale.
//!
//! Formatting here is pure: no clock, no storage. The UI passes "now" and the reader's locale in.

pub mod dates;
mod embedded;
pub mod furigana;
mod localizer;
mod negotiate;
mod quantities;

pub use embedded::{SOURCE_WHOLE, available_locales, endonym, ftl_sources, is_embedded};
pub use fluent_bundle::FluentValue;
pub use localizer::{Args, InvalidMessages, Localizer};
pub use madoguchi_domain::msg_id;
pub use negotiate::negotiate;
