//! The kit's services (`madoguchi_ui_kit::services`) over the one typed door: the postal code
//! lookup and the attachment upload, in web mode (HTTP) and app mode (the shell).

use madoguchi_domain::{ApiError, AttachmentReceipt, FileKind, PostalCode, PostalCodeLookup};
use madoguchi_ui_kit::services::{LocalFuture, Progress};
use serde::Serialize;

use super::{call_shell, http_get, new_idempotency_key, tauri_invoke_fn, upload};

/// The addresses of a postal code (the city's data; not cached on the device).
pub async fn lookup_postal_code(code: PostalCode) -> Result<PostalCodeLookup, ApiError> {
    #[derive(Serialize)]
    struct Args {
        code: PostalCode,
    }
    match tauri_invoke_fn() {
        Some(invoke) => call_shell(&invoke, "lookup_postal_code", &Args { code }).await,
        None => http_get(&format!("/api/v1/postal-codes/{}", code.digits())).await,
    }
}

/// [`lookup_postal_code`] in the shape the kit's `PostalLookup` takes.
pub fn postal_lookup(code: PostalCode) -> LocalFuture<Result<PostalCodeLookup, ApiError>> {
    Box::pin(lookup_postal_code(code))
}

/// Sends a file the resident picked (already checked against the limits), reporting progress.
/// Web mode: an `XMLHttpRequest`, the one browser API that reports upload progress. App mode: the
/// bytes go to the shell, which sends them and reports progress through events.
pub async fn upload_attachment(
    file: web_sys::File,
    kind: FileKind,
    progress: Progress,
) -> Result<AttachmentReceipt, ApiError> {
    let key = new_idempotency_key()?;
    match tauri_invoke_fn() {
        Some(invoke) => upload::via_shell(&invoke, file, kind, &key, progress).await,
        // Files come only from a signed-in resident (or a registered kiosk): the page's sign-in.
        None => {
            let resident = super::account::resident_token().await;
            upload::via_xhr(file, kind, &key, resident.as_deref(), progress).await
        }
    }
}

/// [`upload_attachment`] in the shape the kit's `AttachmentUpload` takes.
pub fn attachment_upload(
    file: web_sys::File,
    kind: FileKind,
    progress: Progress,
) -> LocalFuture<Result<AttachmentReceipt, ApiError>> {
    Box::pin(upload_attachment(file, kind, progress))
}
