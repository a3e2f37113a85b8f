//! Sending an attachment with progress, part of the one typed door (`ipc`).
//!
//! Web mode uses `XMLHttpRequest`: `fetch` cannot report upload progress. App mode hands the bytes
//! to the shell as a raw IPC body (no JSON encoding of megabytes) with the file's name, kind and
//! idempotency key in headers; the shell sends them to the city and emits `attachment-progress`
//! events, which this module follows while the command runs.

use js_sys::{Function, Promise, Reflect, Uint8Array};
use madoguchi_domain::{
    ApiError, AttachmentReceipt, ErrorCode, FileKind, IDEMPOTENCY_KEY_HEADER, IdempotencyKey,
};
use madoguchi_ui_kit::services::Progress;
use serde::Deserialize;
use wasm_bindgen::JsCast as _;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen_futures::JsFuture;

use super::{call_shell_raw, from_js, parse_reply};

/// The shell's progress event (`src-tauri/src/attachments.rs`).
const PROGRESS_EVENT: &str = "attachment-progress";
/// Headers of the app-mode upload command.
const NAME_HEADER: &str = "x-madoguchi-file-name";
const KIND_HEADER: &str = "x-madoguchi-file-kind";

fn internal() -> ApiError {
    ErrorCode::Internal.into()
}

/// `name` made safe for a header or query: percent-encoded UTF-8.
fn encode(name: &str) -> String {
    js_sys::encode_uri_component(name).into()
}

pub(super) async fn via_xhr(
    file: web_sys::File,
    kind: FileKind,
    key: &IdempotencyKey,
    resident: Option<&str>,
    progress: Progress,
) -> Result<AttachmentReceipt, ApiError> {
    let xhr = web_sys::XmlHttpRequest::new().map_err(|_| internal())?;
    let url = format!("/api/v1/attachments?name={}", encode(&file.name()));
    xhr.open_with_async("POST", &url, true).map_err(|_| internal())?;
    xhr.set_request_header("content-type", kind.mime())
        .map_err(|_| internal())?;
    xhr.set_request_header(IDEMPOTENCY_KEY_HEADER, key.as_str())
        .map_err(|_| internal())?;
    if let Some(token) = resident {
        xhr.set_request_header("authorization", &format!("Bearer {token}"))
            .map_err(|_| internal())?;
    }
    let on_progress = Closure::<dyn FnMut(web_sys::ProgressEvent)>::new(move |e: web_sys::ProgressEvent| {
        if e.length_computable() {
            // Byte counts are whole numbers well below 2^53.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            progress(e.loaded() as u64, e.total() as u64);
        }
    });
    xhr.upload()
        .map_err(|_| internal())?
        .set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
    let done = Promise::new(&mut |resolve: Function, reject: Function| {
        xhr.set_onload(Some(&resolve));
        xhr.set_onerror(Some(&reject));
        xhr.set_onabort(Some(&reject));
        xhr.set_ontimeout(Some(&reject));
    });
    xhr.send_with_opt_blob(Some(&file)).map_err(|_| internal())?;
    let finished = JsFuture::from(done).await;
    drop(on_progress);
    // onerror: the request never got an answer (network down, server stopped).
    finished.map_err(|_| ApiError::from(ErrorCode::ServerUnreachable))?;
    let text = xhr.response_text().ok().flatten().unwrap_or_default();
    parse_reply(xhr.status().unwrap_or(0), &text)
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ProgressPayload {
    key: String,
    sent: u64,
    total: u64,
}

pub(super) async fn via_shell(
    invoke: &Function,
    file: web_sys::File,
    kind: FileKind,
    key: &IdempotencyKey,
    progress: Progress,
) -> Result<AttachmentReceipt, ApiError> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| internal())?;
    let bytes = Uint8Array::new(&buffer);
    let unlisten = listen_progress(key.as_str().to_owned(), progress).await;
    let headers = js_sys::Object::new();
    let set = |name: &str, value: &str| Reflect::set(&headers, &name.into(), &value.into()).map(|_| ());
    set(NAME_HEADER, &encode(&file.name())).map_err(|_| internal())?;
    set(KIND_HEADER, kind.mime()).map_err(|_| internal())?;
    set(IDEMPOTENCY_KEY_HEADER, key.as_str()).map_err(|_| internal())?;
    let options = js_sys::Object::new();
    Reflect::set(&options, &"headers".into(), &headers).map_err(|_| internal())?;
    let answer = call_shell_raw(invoke, "upload_attachment", &bytes.into(), &options.into()).await;
    drop(unlisten);
    from_js(&answer?).ok_or_else(|| ErrorCode::BadResponse.into())
}

/// Follows the shell's progress events of this upload (others' are skipped).
async fn listen_progress(key: String, progress: Progress) -> Option<super::events::Subscription> {
    super::events::listen::<ProgressPayload>(PROGRESS_EVENT, move |p| {
        if p.key == key {
            progress(p.sent, p.total);
        }
    })
    .await
}
