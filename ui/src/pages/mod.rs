//! One module per page, and the pieces pages share.

pub mod data_age;
pub mod home;
pub mod inquiry;
