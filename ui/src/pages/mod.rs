//! One module per page.

#[cfg(feature = "gallery")]
pub mod gallery;
pub mod home;
