//! Madoguchi's accessible component kit. Every screen is built from these components, so this is
//! where accessibility is won or lost.
//!
//! **Architecture Invariant:** no component holds language text. Every label, hint and message
//! arrives as a prop, already localized by the caller from `locales/`.
//!
//! Each component is a folder: `mod.rs` (the component), `style.css`, and later its examples
//! (data shared by the gallery, unit tests and the axe scan), tests and a README with its keyboard
//! behaviour and the WCAG success criteria it addresses.

pub mod page_header;
pub mod ruby;
pub mod skip_link;

pub use page_header::{LanguageOption, PageHeader};
pub use ruby::{RubySegment, RubyText, RubyToggle};
pub use skip_link::SkipLink;

/// The kit's CSS, every component's `style.css` in one string, for the app to put in a `<style>`
/// or a file.
pub const STYLES: &[&str] = &[
    include_str!("skip_link/style.css"),
    include_str!("page_header/style.css"),
    include_str!("ruby/style.css"),
];
