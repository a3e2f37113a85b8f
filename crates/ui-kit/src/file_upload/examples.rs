//! File upload example: a document photo or PDF, sent to the city's server (the gallery provides
//! the app's uploader through context; see `crate::services`).

use leptos::prelude::*;
use madoguchi_domain::{AttachmentLimits, msg_id};

use super::{FileUpload, UploadStatus};
use crate::example::{Arg, ComponentExamples, Example, Translate};
use crate::services::AttachmentUpload;

pub fn examples() -> ComponentExamples {
    ComponentExamples {
        component: "file-upload",
        title: msg_id!("kit-file-upload-title"),
        examples: vec![Example {
            id: "file-upload-document",
            title: msg_id!("kit-file-upload-document"),
            render: document,
        }],
    }
}

/// A size in words: whole KB (rounded up) under 1 MB, else whole MB (rounded to nearest).
pub fn size_text(t: &Translate, bytes: u64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    let n = |v: u64| Arg::Number(i64::try_from(v).unwrap_or(i64::MAX));
    if bytes < MB {
        t.args(msg_id!("attachment-size-kb"), &[("kb", n(bytes.div_ceil(KB)))])
    } else {
        t.args(msg_id!("attachment-size-mb"), &[("mb", n((bytes + MB / 2) / MB))])
    }
}

/// An upload's state in words (from `locales/*/forms.ftl`).
pub fn describe(t: &Translate, status: UploadStatus) -> String {
    match status {
        UploadStatus::Uploading { name, percent } => t.args(
            msg_id!("attachment-status-uploading"),
            &[
                ("name", Arg::Text(name)),
                ("percent", Arg::Number(percent.into())),
            ],
        ),
        UploadStatus::Done { name, size } => t.args(
            msg_id!("attachment-status-done"),
            &[("name", Arg::Text(name)), ("size", Arg::Text(size_text(t, size)))],
        ),
        UploadStatus::Failed { name } => {
            t.args(msg_id!("attachment-status-failed"), &[("name", Arg::Text(name))])
        }
    }
}

fn document(t: &Translate) -> AnyView {
    let limits = AttachmentLimits::default();
    let hint = t.args(
        msg_id!("kit-file-upload-hint"),
        &[("max", Arg::Text(size_text(t, limits.max_bytes)))],
    );
    let (tr, tm) = (t.clone(), t.clone());
    view! {
        <FileUpload
            id="file-upload-document-file"
            label=t.signal(msg_id!("kit-file-upload-label"))
            hint=hint
            progress_label=t.signal(msg_id!("attachment-progress"))
            choose_label=t.signal(msg_id!("attachment-choose"))
            nothing_chosen=t.signal(msg_id!("attachment-nothing-chosen"))
            limits=limits
            upload=AttachmentUpload::from_context()
            describe=Callback::new(move |s| describe(&tr, s))
            message=Callback::new(move |id| tm.text(id))
        />
    }
    .into_any()
}
