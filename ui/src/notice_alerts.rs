//! OS notifications for the city's notices (app mode), and the signal that tells an open inbox to
//! read again. Part of the frame, not of the inbox's chunk: the shell's stream reaches the app
//! whatever page is open, or none (the window in the tray).
//!
//! Each event from the shell's stream is judged here with the domain's rules
//! (`notice::inbox::notification`, against the profile kept on the device): a notice for another
//! area, or for nobody on this device, raises nothing; an urgent one for this resident raises a
//! notification at once, worded "urgent" in its title and sent as critical; quiet hours hold the
//! others until they end, and a daily digest gathers the normal ones into one notification.
//! Held notifications live in this page's memory: an app restarted before their time raises none
//! (the inbox still shows them, unread).

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::*;
use madoguchi_domain::UnixMillis;
use madoguchi_domain::notice::wire::{NoticeChange, OsNotification, PersonalSubject};
use madoguchi_domain::notice::{Delivery, Notice, Priority, inbox};
use madoguchi_i18n::msg_id;

use crate::i18n::{self, t, t_args};
use crate::ipc;

/// Bumped on every change the stream brings: an open inbox reads the feed again.
#[derive(Clone, Copy)]
pub struct NoticesChanged(pub RwSignal<u64>);

thread_local! {
    /// Normal notices waiting for the digest, with the instant it is due.
    static DIGEST: RefCell<(Option<UnixMillis>, Vec<Notice>)> = const { RefCell::new((None, Vec::new())) };
}

/// Provides [`NoticesChanged`] and, in the app, follows the shell's notice stream. Only this
/// much is in the first download: what an event means is judged in the `notice_alerts` chunk,
/// loaded with the first event.
pub fn provide() {
    let changed = RwSignal::new(0u64);
    provide_context(NoticesChanged(changed));
    if !ipc::is_app() {
        return;
    }
    leptos::task::spawn_local(async move {
        let subscription = ipc::notices::follow(move |event| {
            changed.update(|n| *n += 1);
            leptos::task::spawn_local(async move {
                // A chunk that cannot load (the app's own files: not expected) raises nothing;
                // the inbox still shows the notice, unread.
                if let Ok(task) = chunk::alert(event.0).await {
                    task.await;
                }
            });
        })
        .await;
        // The frame lives as long as the page, and so does following the stream.
        std::mem::forget(subscription);
    });
}

mod chunk {
    use std::future::Future;
    use std::pin::Pin;

    use crate::pages::lazy::ChunkUnavailable;

    // The split point: everything only this reaches (decoding, the domain's rules, the wording)
    // is in the `notice_alerts` chunk.
    #[::leptos::wasm_split::wasm_split(notice_alerts, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn alert(json: String) -> Result<Pin<Box<dyn Future<Output = ()>>>, ChunkUnavailable> {
        Ok(Box::pin(super::alert(crate::ipc::notices::StreamedEvent(json))))
    }
}

async fn alert(event: ipc::notices::StreamedEvent) {
    let Some(event) = event.read() else { return };
    match event.change {
        NoticeChange::Published { notice } => {
            let settings = ipc::notices::settings().await.ok().flatten();
            let profile = settings.as_ref().map(|s| &s.profile);
            let now = ipc::now();
            match inbox::notification(&notice, std::slice::from_ref(notice.as_ref()), profile, now) {
                None => {}
                Some(Delivery::Now) => show(worded(&notice)).await,
                Some(Delivery::At(at)) => {
                    let notification = worded(&notice);
                    set_timeout(
                        move || leptos::task::spawn_local(show(notification)),
                        wait_until(at, now),
                    );
                }
                Some(Delivery::InDigest(at)) => hold_for_digest(*notice, at, now),
            }
        }
        NoticeChange::Personal { notice } => {
            show(OsNotification {
                title: t(msg_id!("notices-personal-title")),
                body: personal_text(&notice.subject),
                urgent: false,
            })
            .await;
        }
        NoticeChange::Withdrawn { .. } => {}
    }
}

async fn show(notification: OsNotification) {
    // No notification service (no daemon): the inbox still has the notice, marked unread.
    let _ = ipc::notices::notify(notification).await;
}

fn wait_until(at: UnixMillis, now: UnixMillis) -> Duration {
    Duration::from_millis(u64::try_from(at.0.saturating_sub(now.0)).unwrap_or(0))
}

/// A notice as an OS notification in the reader's language: an urgent one says so in its title.
fn worded(notice: &Notice) -> OsNotification {
    let title = crate::pages::apply::city_plain(&notice.content.title);
    let urgent = notice.content.priority == Priority::Urgent;
    OsNotification {
        title: if urgent {
            t_args(msg_id!("notice-os-urgent-title"), &[("title", title.into())])
        } else {
            title
        },
        body: crate::pages::apply::city_plain(&notice.content.body),
        urgent,
    }
}

/// Keeps `notice` for the digest due at `at`; the first one kept sets the digest's timer.
fn hold_for_digest(notice: Notice, at: UnixMillis, now: UnixMillis) {
    let first = DIGEST.with_borrow_mut(|(due, held)| {
        held.push(notice);
        due.replace(at).is_none()
    });
    if first {
        set_timeout(
            || {
                let (_, held) = DIGEST.with_borrow_mut(std::mem::take);
                if let Some(latest) = held.last() {
                    let count = i64::try_from(held.len()).unwrap_or(i64::MAX);
                    let notification = OsNotification {
                        title: t_args(msg_id!("notice-os-digest-title"), &[("count", count.into())]),
                        body: crate::pages::apply::city_plain(&latest.content.title),
                        urgent: false,
                    };
                    leptos::task::spawn_local(show(notification));
                }
            },
            wait_until(at, now),
        );
    }
}

/// A personal notice in the reader's language (the city sends its subject, never text).
pub fn personal_text(subject: &PersonalSubject) -> String {
    match subject {
        PersonalSubject::ApplicationStatus { reference, status } => format!(
            "{} {}",
            t_args(
                subject.message_id(),
                &[("reference", reference.to_string().into())]
            ),
            t(status.message_id())
        ),
        PersonalSubject::BookingReminder {
            reference, starts_at, ..
        } => t_args(
            subject.message_id(),
            &[
                ("reference", reference.to_string().into()),
                ("time", i18n::time(starts_at.0).into()),
            ],
        ),
    }
}
