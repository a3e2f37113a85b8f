//! File upload: one file, checked against the limits the moment it is picked (kind, size, name),
//! then sent with its progress shown as a bar and a percentage. A polite live region says the same
//! at each quarter and at the end, so a screen reader hears progress without a stream of numbers.
//!
//! The browser's own picker does the work (keyboard, screen readers, the OS file dialog), but its
//! words ("Choose File", "No file chosen") are in the browser's language, not the one the resident
//! chose here. So it is laid, transparent, over a button and a line in the resident's language; the
//! button's words are part of the picker's name, so a voice-control user can say them (2.5.3).
//!
//! Errors appear under the label like any field's (and in the live region, since picking a file
//! moves no focus). The rules are `madoguchi_domain::attachment`, which the server applies again to
//! the bytes that arrive. Sending goes through `services::AttachmentUpload` (the app's IPC module).

use leptos::prelude::*;
use leptos::task::spawn_local;
use madoguchi_domain::{AttachmentLimits, AttachmentReceipt, ErrorCode};
use web_sys::wasm_bindgen::JsCast as _;

use crate::form_field;
use crate::ruby::{marked, marked_str};
use crate::services::AttachmentUpload;

#[cfg(test)]
mod tests;

pub mod examples;

/// Where an upload is, for the caller to put in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UploadStatus {
    Uploading {
        name: String,
        percent: u8,
    },
    Done {
        name: String,
        size: u64,
    },
    /// Sending failed (offline, server trouble); picking the file again retries.
    Failed {
        name: String,
    },
}

/// The percentage of `sent` out of `total`, rounded down (100 only when all is sent).
pub fn percent(sent: u64, total: u64) -> u8 {
    if total == 0 {
        return 100;
    }
    u8::try_from(sent.min(total) * 100 / total).unwrap_or(100)
}

/// What the live region says: progress only at 0, 25, 50 and 75 %, then the outcome.
pub fn announced(status: &UploadStatus) -> UploadStatus {
    match status {
        UploadStatus::Uploading { name, percent } => UploadStatus::Uploading {
            name: name.clone(),
            percent: (percent / 25 * 25).min(75),
        },
        other => other.clone(),
    }
}

/// The live region's text for a pick: every other pick ends in a no-break space, so the same
/// message for a second file (another one too large) is still a change, and is read out again.
pub fn fresh_each_pick(text: String, generation: u32) -> String {
    if generation.is_multiple_of(2) {
        text
    } else {
        text + "\u{a0}"
    }
}

/// A server's refusal the resident must act on, shown as the field's error (the file, the day's
/// quota, too many tries, not signed in), rather than a failure to send that picking the file
/// again retries; its message id.
pub fn field_problem(code: ErrorCode) -> Option<&'static str> {
    match code {
        ErrorCode::AttachmentTooLarge
        | ErrorCode::AttachmentWrongKind
        | ErrorCode::InvalidAttachment
        | ErrorCode::AttachmentQuotaExceeded
        | ErrorCode::RateLimited => Some(code.message_id()),
        // Files are kept only for a signed-in resident (or a registered kiosk): say how to be one.
        ErrorCode::Unauthorized => Some(madoguchi_domain::msg_id!("attachment-error-sign-in")),
        _ => None,
    }
}

#[component]
pub fn FileUpload(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    /// Says which kinds and how large (the limits in words).
    #[prop(into)]
    hint: Signal<String>,
    #[prop(into)] progress_label: Signal<String>,
    /// The picker button's words ("ファイルを選ぶ").
    #[prop(into)]
    choose_label: Signal<String>,
    /// Said beside the button until a file is picked.
    #[prop(into)]
    nothing_chosen: Signal<String>,
    limits: AttachmentLimits,
    /// The caller's error (e.g. "attach a document" when the form was sent without one).
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    /// What was received, once it was.
    #[prop(optional)]
    receipt: RwSignal<Option<AttachmentReceipt>>,
    upload: AttachmentUpload,
    describe: Callback<UploadStatus, String>,
    /// Puts a problem's message id into words.
    message: Callback<&'static str, String>,
) -> impl IntoView {
    let status: RwSignal<Option<UploadStatus>> = RwSignal::new(None);
    // The name of the file last picked, shown beside the button.
    let chosen: RwSignal<Option<String>> = RwSignal::new(None);
    let problem: RwSignal<Option<&'static str>> = RwSignal::new(None);
    // Each pick starts a new generation; answers for an older pick are dropped.
    let generation = RwSignal::new(0u32);
    let shown_error = Signal::derive(move || error.get().or_else(|| problem.get().map(|id| message.run(id))));

    let accept = limits.accept();
    let on_change = move |ev: leptos::ev::Event| {
        let Some(file) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0))
        else {
            return;
        };
        generation.update(|g| *g += 1);
        let this = generation.get_untracked();
        receipt.set(None);
        let name = file.name();
        chosen.set(Some(name.clone()));
        // A File's size is a JS number of bytes: whole and far below 2^53.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let size = file.size() as u64;
        let kind = match limits.check_picked(&name, size, &file.type_()) {
            Ok(kind) => kind,
            Err(p) => {
                problem.set(Some(p.message_id()));
                status.set(None);
                return;
            }
        };
        problem.set(None);
        status.set(Some(UploadStatus::Uploading {
            name: name.clone(),
            percent: 0,
        }));
        let progress_name = name.clone();
        let on_progress = Box::new(move |sent: u64, total: u64| {
            if generation.get_untracked() == this {
                status.set(Some(UploadStatus::Uploading {
                    name: progress_name.clone(),
                    percent: percent(sent, total).min(99),
                }));
            }
        });
        spawn_local(async move {
            let answer = (upload.0)(file, kind, on_progress).await;
            if generation.get_untracked() != this {
                return;
            }
            match answer {
                Ok(r) => {
                    status.set(Some(UploadStatus::Done { name, size: r.size }));
                    receipt.set(Some(r));
                }
                Err(e) if field_problem(e.code).is_some() => {
                    problem.set(field_problem(e.code));
                    status.set(None);
                }
                Err(_) => status.set(Some(UploadStatus::Failed { name })),
            }
        });
    };

    let label_id = format!("{id}-label");
    let button_id = format!("{id}-button");
    let progress_id = format!("{id}-progress");
    let status_id = format!("{id}-status");
    let described = {
        let id = id.clone();
        let status_id = status_id.clone();
        move || {
            form_field::described_by(
                &id,
                true,
                shown_error.get().is_some(),
                std::slice::from_ref(&status_id),
            )
        }
    };
    let uploading_percent = move || match status.get() {
        Some(UploadStatus::Uploading { percent, .. }) => Some(percent),
        _ => None,
    };
    view! {
        <div class="mg-field mg-file-upload" data-invalid=move || shown_error.get().is_some().to_string()>
            <label class="mg-field__label" id=label_id.clone() for=id.clone()>{marked(label)}</label>
            {form_field::hint(&id, Some(hint))}
            {form_field::error(&id, shown_error)}
            <div class="mg-file-upload__picker">
                <input
                    class="mg-file-upload__input"
                    id=id.clone()
                    name=id.clone()
                    type="file"
                    accept=accept
                    aria-labelledby=format!("{label_id} {button_id}")
                    aria-describedby=described
                    aria-invalid=move || shown_error.get().is_some().then_some("true")
                    on:change=on_change
                />
                // Hidden from screen readers: the input (on top, transparent) is what they reach,
                // named by the label and these words.
                <span class="mg-file-upload__button" id=button_id aria-hidden="true">{marked(choose_label)}</span>
                <span class="mg-file-upload__chosen" aria-hidden="true">
                    {move || chosen.get().map_or_else(|| marked(nothing_chosen), IntoAny::into_any)}
                </span>
            </div>
            {move || uploading_percent().map(|p| {
                let progress_id = progress_id.clone();
                view! {
                    <div class="mg-file-upload__progress">
                        <label for=progress_id.clone()>{marked(progress_label)}</label>
                        <progress id=progress_id max="100" value=p></progress>
                    </div>
                }
            })}
            <p class="mg-file-upload__status" id=status_id data-state=move || match status.get() {
                Some(UploadStatus::Done { .. }) => "done",
                Some(UploadStatus::Failed { .. }) => "failed",
                _ => "",
            }>{move || status.get().map(|s| marked_str(describe.run(s)))}</p>
            <p class="mg-visually-hidden" aria-live="polite">
                {move || {
                    let said = match (problem.get(), status.get()) {
                        (Some(id), _) => message.run(id),
                        (None, Some(s)) => describe.run(announced(&s)),
                        (None, None) => return None,
                    };
                    Some(marked_str(fresh_each_pick(said, generation.get())))
                }}
            </p>
        </div>
    }
}
