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
pub mod breadcrumbs;
pub mod button;
pub mod checkboxes;
pub mod date_input;
pub mod day_picker;
pub mod dialog;
pub mod error_summary;
pub mod file_upload;
pub mod link;
pub mod name_input;
pub mod notification_banner;
pub mod page_header;
pub mod pagination;
pub mod postal_code;
pub mod radios;
pub mod ruby;
pub mod select;
pub mod services;
pub mod skip_link;
pub mod step_indicator;
pub mod summary_list;
pub mod table;
pub mod tabs;
pub mod tag;
pub mod text_input;
pub mod textarea;
pub mod time_picker;

#[cfg(test)]
mod test_support;
#[cfg(test)]
mod tests;

pub use accordion::{Accordion, AccordionItem, Details};
pub use breadcrumbs::{Breadcrumbs, Crumb};
pub use button::{Button, ButtonVariant};
pub use checkboxes::Checkboxes;
pub use date_input::{DateInput, Equivalent};
pub use day_picker::{DayPicker, SlotOption};
pub use dialog::Dialog;
pub use error_summary::{ErrorItem, ErrorSummary};
pub use example::{Arg, ComponentExamples, Example, Translate};
pub use file_upload::{FileUpload, UploadStatus};
pub use link::Link;
pub use name_input::{NameInput, NameLabels, NameValue};
pub use notification_banner::{BannerKind, NotificationBanner};
pub use page_header::{LanguageOption, PageHeader};
pub use pagination::Pagination;
pub use postal_code::{AddressValue, LookupStatus, PostalCodeInput};
pub use radios::{Choice, Radios};
pub use ruby::{RubySegment, RubyText, RubyToggle, TextMarkup, provide_text_markup};
pub use select::Select;
pub use services::{AttachmentUpload, PostalLookup};
pub use skip_link::SkipLink;
pub use step_indicator::StepIndicator;
pub use summary_list::{SummaryList, SummaryRow};
pub use table::Table;
pub use tabs::{TabItem, Tabs};
pub use tag::{Tag, TagColour};
pub use text_input::{InputWidth, TextInput};
pub use textarea::Textarea;
pub use time_picker::TimePicker;

/// Every component's examples, in gallery order.
pub fn catalogue() -> Vec<ComponentExamples> {
    vec![
        skip_link::examples::examples(),
        page_header::examples::examples(),
        notification_banner::examples::examples(),
        breadcrumbs::examples::examples(),
        step_indicator::examples::examples(),
        button::examples::examples(),
        link::examples::examples(),
        text_input::examples::examples(),
        textarea::examples::examples(),
        radios::examples::examples(),
        checkboxes::examples::examples(),
        select::examples::examples(),
        date_input::examples::examples(),
        day_picker::examples::examples(),
        time_picker::examples::examples(),
        name_input::examples::examples(),
        postal_code::examples::examples(),
        file_upload::examples::examples(),
        error_summary::examples::examples(),
        summary_list::examples::examples(),
        tag::examples::examples(),
        table::examples::examples(),
        tabs::examples::examples(),
        accordion::examples::examples(),
        dialog::examples::examples(),
        pagination::examples::examples(),
    ]
}
