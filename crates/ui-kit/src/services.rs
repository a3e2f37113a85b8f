//! What a few components need from outside the page: looking up a postal code, uploading a file.
//!
//! The kit does no IO itself (only `ui/src/ipc.rs` leaves the page), so the app hands these in as
//! plain function pointers, either as props or through Leptos context for the gallery's examples.
//! Function pointers are `Copy + Send + Sync`, which context needs, while the futures they return may
//! hold browser objects (they run on the page's single thread).

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use madoguchi_domain::{ApiError, AttachmentReceipt, ErrorCode, FileKind, PostalCode, PostalCodeLookup};

/// A future on the page's thread.
pub type LocalFuture<T> = Pin<Box<dyn Future<Output = T>>>;

/// Looks up the addresses of a postal code (the city's server, through the app's IPC module).
#[derive(Clone, Copy)]
pub struct PostalLookup(pub fn(PostalCode) -> LocalFuture<Result<PostalCodeLookup, ApiError>>);

/// Reports upload progress: bytes sent so far, and in all.
pub type Progress = Box<dyn Fn(u64, u64)>;

/// Uploads a file the resident picked, of the kind already checked, reporting progress.
#[derive(Clone, Copy)]
pub struct AttachmentUpload(
    pub fn(web_sys::File, FileKind, Progress) -> LocalFuture<Result<AttachmentReceipt, ApiError>>,
);

impl PostalLookup {
    /// Where no server is reachable (the SSR unit tests): every lookup fails as if offline, which
    /// the component reports as "enter the address yourself".
    pub const OFFLINE: PostalLookup =
        PostalLookup(|_| Box::pin(async { Err(ErrorCode::ServerUnreachable.into()) }));

    /// The app's lookup if it provided one through context, else [`PostalLookup::OFFLINE`].
    pub fn from_context() -> Self {
        use_context::<Self>().unwrap_or(Self::OFFLINE)
    }
}

impl AttachmentUpload {
    /// Where no server is reachable: every upload fails as if offline.
    pub const OFFLINE: AttachmentUpload =
        AttachmentUpload(|_, _, _| Box::pin(async { Err(ErrorCode::ServerUnreachable.into()) }));

    /// The app's uploader if it provided one through context, else [`AttachmentUpload::OFFLINE`].
    pub fn from_context() -> Self {
        use_context::<Self>().unwrap_or(Self::OFFLINE)
    }
}
