//! OS notifications for the city's notices (app mode), and the signal that tells an open inbox to
//! read again. Part of the frame, not of the inbox's chunk: the shell's stream reaches the app
//! whatever page is open, or none (the window in the tray).
//!
//! Each event from the shell's stream is judged here with the domain's rules
//! (`notice::inbox::notification`, against the profile kept on the device): a notice for another
//! area, or for nobody on this device, raises nothing; an urgent one for this resident raises a
//! notification at once, worded "urgent" in its title and sent as critical; quiet hours hold the
//! others until they end, and a daily digest gathers the normal ones into one notification.
//! Held notifications are kept by the shell in the encrypted store (`notice::held`): they are
//! taken when their timer fires and whenever the app starts, so one whose time came while the
//! app was closed is raised when it next runs, worded from what the city shows then.
//!
//! The tray (app mode, opt-in): the shell has no words of its own, so the frame hands it the tray
//! icon's words at start and again whenever the language changes, and learns whether the resident
//! keeps the app in the tray ([`TrayKept`], which the profile screen shows and changes).

use std::time::Duration;

use leptos::prelude::*;
use madoguchi_domain::UnixMillis;
use madoguchi_domain::notice::held::{self, HeldNotice};
use madoguchi_domain::notice::wire::{NoticeChange, OsNotification, PersonalSubject, TrayWords};
use madoguchi_domain::notice::{Delivery, Notice, Priority, inbox};
use madoguchi_i18n::msg_id;

use crate::i18n::{self, t, t_args};
use crate::ipc;

/// Bumped on every change the stream brings: an open inbox reads the feed again.
#[derive(Clone, Copy)]
pub struct NoticesChanged(pub RwSignal<u64>);

/// Whether the app is kept in the tray when its window is closed, as the shell keeps it (`None`
/// until it has answered, and in web mode, which has no tray).
#[derive(Clone, Copy)]
pub struct TrayKept(pub RwSignal<Option<bool>>);

/// The tray icon's words in the reader's language (tracked: re-read when it changes).
pub fn tray_words() -> TrayWords {
    TrayWords {
        tooltip: t(msg_id!("app-tray-tooltip")),
        open: t(msg_id!("app-tray-open")),
        quit: t(msg_id!("app-tray-quit")),
    }
}

/// What the chunk is asked to do.
pub enum Job {
    /// An event from the shell's stream, still as JSON text.
    Event(String),
    /// Raise the held notifications now due (at start, and when a hold's timer fires).
    ReleaseDue,
}

/// Provides [`NoticesChanged`] and, in the app, follows the shell's notice stream. Only this
/// much is in the first download: what an event means is judged in the `notice_alerts` chunk,
/// loaded with the first event.
pub fn provide() {
    let changed = RwSignal::new(0u64);
    provide_context(NoticesChanged(changed));
    let tray = RwSignal::new(None);
    provide_context(TrayKept(tray));
    if !ipc::is_app() {
        return;
    }
    // The tray's words, now and at every change of language (the shell shows the icon only when
    // the resident chose it, and only once it has words).
    Effect::new(move |_| {
        let words = tray_words();
        leptos::task::spawn_local(async move {
            if let Ok(kept) = ipc::notices::set_tray(words, None).await {
                tray.set(Some(kept));
            }
        });
    });
    leptos::task::spawn_local(async move {
        let subscription = ipc::notices::follow(move |event| {
            changed.update(|n| *n += 1);
            leptos::task::spawn_local(async move {
                // A chunk that cannot load (the app's own files: not expected) raises nothing;
                // the inbox still shows the notice, unread.
                if let Ok(task) = chunk::run(Job::Event(event.0)).await {
                    task.await;
                }
            });
        })
        .await;
        // What fell due while the app was closed.
        if let Ok(task) = chunk::run(Job::ReleaseDue).await {
            task.await;
        }
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
    pub fn run(job: super::Job) -> Result<Pin<Box<dyn Future<Output = ()>>>, ChunkUnavailable> {
        Ok(Box::pin(async move {
            // The notifications' words are the pages' messages, which the first download does
            // not carry: fetched here (once) so a notification raised before any page was opened
            // — at start, or with only the home page drawn — is worded, not its message id.
            let _ = crate::i18n::load_page_messages().await;
            match job {
                super::Job::Event(json) => super::alert(crate::ipc::notices::StreamedEvent(json)).await,
                super::Job::ReleaseDue => super::release_due().await,
            }
        }))
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
                Some(Delivery::At(at)) => hold(&notice, at, false, now).await,
                Some(Delivery::InDigest(at)) => hold(&notice, at, true, now).await,
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

/// Keeps `notice` on the device until `at` (alone, or for the digest) and sets a timer for it.
async fn hold(notice: &Notice, at: UnixMillis, digest: bool, now: UnixMillis) {
    let held = HeldNotice {
        id: notice.id.clone(),
        revision: notice.revision,
        due_at: at,
        digest,
    };
    // Not kept (the store refused): the inbox still shows the notice, unread.
    if ipc::notices::hold(held).await.is_ok() {
        release_at(at, now);
    }
}

fn release_at(at: UnixMillis, now: UnixMillis) {
    set_timeout(|| leptos::task::spawn_local(release_due()), wait_until(at, now));
}

/// Raises what is due: each held notice alone, the digest's together; then waits for the next.
async fn release_due() {
    let Ok(taken) = ipc::notices::take_due().await else {
        return;
    };
    let now = ipc::now();
    if let Some(next) = taken.next_at {
        release_at(next, now);
    }
    if taken.due.is_empty() {
        return;
    }
    // The app's feed is the device's copy when the city is out of reach.
    let Ok(feed) = ipc::notices::feed().await else {
        return;
    };
    let release = held::release(&taken.due, &feed.value.notices, now);
    for notice in &release.each {
        show(worded(notice)).await;
    }
    if let Some(latest) = release.digest.last() {
        let count = i64::try_from(release.digest.len()).unwrap_or(i64::MAX);
        show(OsNotification {
            title: t_args(msg_id!("notice-os-digest-title"), &[("count", count.into())]),
            body: crate::pages::apply::city_plain(&latest.content.title),
            urgent: false,
        })
        .await;
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
