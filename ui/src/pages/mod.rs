//! One module per page.

pub mod gallery;
pub mod home;
