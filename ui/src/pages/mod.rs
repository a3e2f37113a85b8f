//! One module per page, and the pieces pages share.

pub mod data_age;
#[cfg(feature = "gallery")]
pub mod gallery;
pub mod home;
pub mod inquiry;
pub mod lazy;

// The pages split out of the first download (see `lazy`).
lazy::lazy_page!(inquiry_chunk, crate::pages::inquiry::InquiryPage);
