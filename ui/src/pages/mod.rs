//! One module per page, and the pieces pages share.

pub mod account;
pub mod applications;
pub mod apply;
pub mod booking;
pub mod data_age;
#[cfg(feature = "gallery")]
pub mod gallery;
pub mod home;
pub mod lazy;
pub mod notices;
pub mod procedure;

use crate::routes::Route;

// The pages split out of the first download (see `lazy`).
lazy::lazy_page!(procedure_chunk, crate::pages::procedure::ProcedurePage, route);
lazy::lazy_page!(apply_chunk, crate::pages::apply::flow::ApplyPage, route);
lazy::lazy_page!(applications_chunk, crate::pages::applications::ApplicationsPage);
lazy::lazy_page!(booking_chunk, crate::pages::booking::BookingPage, route);
lazy::lazy_page!(account_chunk, crate::pages::account::AccountPage);
lazy::lazy_page!(notices_chunk, crate::pages::notices::NoticesPage, route);
lazy::lazy_page!(
    notice_profile_chunk,
    crate::pages::notices::profile::NoticeProfilePage
);

/// The chunk that draws `route`, or `None` for the pages in the first download (home, and the
/// gallery in its own bundle). One table, so the frame draws every lazy page with one
/// `LazyPage` rather than one per page.
pub fn chunk_of(route: &Route) -> Option<(&'static lazy::Loaded, lazy::Load)> {
    match route {
        Route::Home | Route::LifeEvent(_) | Route::Gallery => None,
        Route::Procedure(_) => Some((&procedure_chunk::LOADED, procedure_chunk::load)),
        Route::Apply(..) => Some((&apply_chunk::LOADED, apply_chunk::load)),
        Route::Applications => Some((&applications_chunk::LOADED, applications_chunk::load)),
        Route::Booking(_) => Some((&booking_chunk::LOADED, booking_chunk::load)),
        Route::Account => Some((&account_chunk::LOADED, account_chunk::load)),
        Route::Notices | Route::Notice(_) => Some((&notices_chunk::LOADED, notices_chunk::load)),
        Route::NoticeProfile => Some((&notice_profile_chunk::LOADED, notice_profile_chunk::load)),
    }
}
