//! One module per page, and the pieces pages share.

pub mod data_age;
#[cfg(feature = "gallery")]
pub mod gallery;
pub mod home;
pub mod inquiry;
