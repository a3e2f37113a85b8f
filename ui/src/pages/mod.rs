//! One module per page, and the pieces pages share.

pub mod applications;
pub mod apply;
pub mod booking;
pub mod data_age;
#[cfg(feature = "gallery")]
pub mod gallery;
pub mod home;
pub mod inquiry;
pub mod lazy;
pub mod procedure;

// The pages split out of the first download (see `lazy`).
lazy::lazy_page!(inquiry_chunk, crate::pages::inquiry::InquiryPage);
lazy::lazy_page!(procedure_chunk, crate::pages::procedure::ProcedurePage, route);
lazy::lazy_page!(apply_chunk, crate::pages::apply::flow::ApplyPage, route);
lazy::lazy_page!(applications_chunk, crate::pages::applications::ApplicationsPage);
lazy::lazy_page!(booking_chunk, crate::pages::booking::BookingPage, route);
