//! Attachments from the UI: the file's bytes arrive as a raw IPC body (no JSON encoding of
//! megabytes), its name, kind and idempotency key as headers; the shell sends them to the city and
//! reports progress as `attachment-progress` events the UI follows (`ui/src/ipc/upload.rs`).
//!
//! They go straight to the city rather than through the outbox: a resident watches the progress
//! and picks the file again if it fails (the idempotency key makes a retry safe). Queueing large
//! files offline waits for the application forms that will quote them (ROADMAP 2).

use madoguchi_domain::{AttachmentName, AttachmentProblem, FileKind, IDEMPOTENCY_KEY_HEADER, IdempotencyKey};
use serde::Serialize;
use tauri::http::HeaderMap;
use tauri::ipc::InvokeBody;

/// The event carrying upload progress to the UI.
pub const PROGRESS_EVENT: &str = "attachment-progress";
/// The file's name, percent-encoded UTF-8.
pub const NAME_HEADER: &str = "x-madoguchi-file-name";
/// The file's MIME type, as checked by the UI.
pub const KIND_HEADER: &str = "x-madoguchi-file-kind";

/// One upload's progress, for the UI.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProgressEvent {
    /// The upload's idempotency key: the UI follows only its own upload.
    pub key: String,
    pub sent: u64,
    pub total: u64,
}

/// An attachment handed over by the UI, read and checked, ready to send.
#[derive(Debug)]
pub struct PendingAttachment {
    pub name: AttachmentName,
    pub kind: FileKind,
    pub key: IdempotencyKey,
    pub content: Vec<u8>,
}

impl PendingAttachment {
    /// Reads the upload command's headers and raw body.
    pub fn from_ipc(headers: &HeaderMap, body: &InvokeBody) -> Result<Self, AttachmentProblem> {
        let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
        let name = header(NAME_HEADER)
            .and_then(|v| percent_encoding::percent_decode_str(v).decode_utf8().ok())
            .ok_or(AttachmentProblem::BadName)
            .and_then(|n| AttachmentName::parse(&n))?;
        let kind = header(KIND_HEADER)
            .and_then(FileKind::from_mime)
            .ok_or(AttachmentProblem::WrongKind)?;
        // A missing key is the UI's bug, not the file's; "invalid" asks the resident to try again.
        let key = header(IDEMPOTENCY_KEY_HEADER)
            .and_then(|k| IdempotencyKey::parse(k).ok())
            .ok_or(AttachmentProblem::BadName)?;
        let content = match body {
            InvokeBody::Raw(bytes) => bytes.clone(),
            InvokeBody::Json(_) => return Err(AttachmentProblem::Empty),
        };
        if content.is_empty() {
            return Err(AttachmentProblem::Empty);
        }
        Ok(Self {
            name,
            kind,
            key,
            content,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tauri::http::HeaderValue;

    fn headers(name: &str, kind: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(NAME_HEADER, HeaderValue::from_str(name).unwrap());
        h.insert(KIND_HEADER, HeaderValue::from_str(kind).unwrap());
        h.insert(
            IDEMPOTENCY_KEY_HEADER,
            HeaderValue::from_static("upload-key-00000000001"),
        );
        h
    }

    #[test]
    fn a_japanese_file_name_survives_the_trip_through_a_header() {
        // encodeURIComponent("在留カード.jpg")
        let name = "%E5%9C%A8%E7%95%99%E3%82%AB%E3%83%BC%E3%83%89.jpg";
        let pending = PendingAttachment::from_ipc(
            &headers(name, "image/jpeg"),
            &InvokeBody::Raw(vec![0xFF, 0xD8, 0xFF]),
        )
        .unwrap();
        assert_eq!(pending.name.as_str(), "在留カード.jpg");
        assert_eq!(pending.kind, FileKind::Jpeg);
        assert_eq!(pending.key.as_str(), "upload-key-00000000001");
    }

    #[test]
    fn an_unaccepted_kind_or_an_empty_body_is_refused_before_sending() {
        assert_eq!(
            PendingAttachment::from_ipc(
                &headers("a.exe", "application/x-msdownload"),
                &InvokeBody::Raw(vec![1])
            )
            .unwrap_err(),
            AttachmentProblem::WrongKind
        );
        assert_eq!(
            PendingAttachment::from_ipc(&headers("a.pdf", "application/pdf"), &InvokeBody::Raw(Vec::new()))
                .unwrap_err(),
            AttachmentProblem::Empty
        );
        assert_eq!(
            PendingAttachment::from_ipc(
                &headers("..%2Fx.pdf", "application/pdf"),
                &InvokeBody::Raw(vec![1])
            )
            .unwrap_err(),
            AttachmentProblem::BadName
        );
    }
}
