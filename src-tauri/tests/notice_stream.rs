//! The app's end of the city's notice stream (issue 13) against the real server, through a proxy
//! the test cuts: every change reaches the device once and in order, including those published
//! while it was cut off (the follower resumes with `Last-Event-ID` from the id it kept), and the
//! follower reconnects by itself with backoff. A device's first connection resumes after the
//! feed's `lastEventId`, so nothing published between reading the feed and opening the stream is
//! lost either. Signing in on the device switches the open public stream to the resident's own at
//! once, so a personal notice arrives without waiting for a reconnection.

mod support;

use std::time::Duration;

use madoguchi_domain::LocaleTag;
use madoguchi_domain::notice::wire::{NoticeChange, NoticeEvent};
use madoguchi_shell::notices::stream::Deliver;
use madoguchi_shell::outbox::backoff::Backoff;
use serde_json::json;
use support::{
    START, TestClock, application_received, cut_proxy, data_in, device, port_of, post, server_on,
    server_with_mail, sign_in,
};
use tokio::sync::mpsc;

const DAY: i64 = 24 * 60 * 60 * 1000;

async fn publish(url: &str, clerk: &str, title: &str) -> String {
    let notice = json!({
        "title": {"ja": title},
        "body": {"ja": "本文"},
        "category": "disaster",
        "priority": "urgent",
        "rule": {},
        "expiresAt": START + 400 * DAY,
    });
    let answer: serde_json::Value = post(url, "api/v1/admin/notices", &notice, Some(clerk))
        .await
        .json()
        .await
        .expect("a notice");
    answer["id"].as_str().expect("an id").to_owned()
}

/// The titles of the next `n` published notices the follower delivers (within 20 s each).
async fn next_titles(events: &mut mpsc::UnboundedReceiver<NoticeEvent>, n: usize) -> Vec<String> {
    let mut titles = Vec::new();
    while titles.len() < n {
        let event = tokio::time::timeout(Duration::from_secs(20), events.recv())
            .await
            .expect("an event within 20 s")
            .expect("the follower runs");
        if let NoticeChange::Published { notice } = event.change {
            titles.push(
                notice
                    .content
                    .title
                    .resolve(&LocaleTag::parse("ja").expect("ja"))
                    .map(|r| r.text.to_owned())
                    .unwrap_or_default(),
            );
        }
    }
    titles
}

#[tokio::test]
async fn changes_published_while_the_device_was_cut_off_arrive_once_in_order_when_it_reconnects() {
    let server = server_on(0).await;
    let clerk = server.staff_token().await;
    let proxy = cut_proxy(port_of(&server.url)).await;
    let dir = tempfile::tempdir().expect("a folder");
    let data = data_in(dir.path(), &proxy.url, TestClock::at(START));
    let (sent, mut events) = mpsc::unbounded_channel();
    let deliver: Deliver = Box::new(move |event| {
        let _ = sent.send(event);
    });
    let backoff = Backoff {
        base: Duration::from_millis(100),
        cap: Duration::from_millis(400),
    };
    let follower = data.notice_follower(backoff, Box::new(|| 0.0), deliver);
    tokio::spawn(follower.run());

    // Connected: a change arrives as it is published. The follower's first connection reads the
    // feed (where to resume), its second is the stream.
    tokio::time::timeout(Duration::from_secs(20), async {
        while proxy.connections.load(std::sync::atomic::Ordering::SeqCst) < 2 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("the follower connects");
    publish(&server.url, &clerk, "第1報").await;
    assert_eq!(next_titles(&mut events, 1).await, ["第1報"]);

    // Cut off: two changes are published meanwhile; nothing arrives.
    proxy.cut();
    publish(&server.url, &clerk, "第2報").await;
    publish(&server.url, &clerk, "第3報").await;
    assert!(
        tokio::time::timeout(Duration::from_millis(800), events.recv())
            .await
            .is_err(),
        "nothing arrives while cut off"
    );

    // Back: the follower reconnects by itself and gets both, in order, then live ones.
    let before = proxy.connections.load(std::sync::atomic::Ordering::SeqCst);
    proxy.restore();
    assert_eq!(next_titles(&mut events, 2).await, ["第2報", "第3報"]);
    assert!(proxy.connections.load(std::sync::atomic::Ordering::SeqCst) > before);
    publish(&server.url, &clerk, "第4報").await;
    assert_eq!(next_titles(&mut events, 1).await, ["第4報"]);

    // Nothing twice.
    assert!(
        tokio::time::timeout(Duration::from_millis(500), events.recv())
            .await
            .is_err(),
        "no change is delivered twice"
    );
}

#[tokio::test]
async fn signing_in_switches_the_open_stream_to_the_residents_own_at_once() {
    const HANAKO: &str = "hanako@example.jp";
    let (server, sink) = server_with_mail(0, START).await;
    let clerk = server.staff_token().await;
    let device = device(&server.url);
    let (sent, mut events) = mpsc::unbounded_channel();
    let deliver: Deliver = Box::new(move |event| {
        let _ = sent.send(event);
    });
    // A long backoff: only the switch, not a retry, can reopen the stream within the test.
    let backoff = Backoff {
        base: Duration::from_millis(200),
        cap: Duration::from_secs(600),
    };
    let follower = device.data.notice_follower(backoff, Box::new(|| 0.0), deliver);
    tokio::spawn(follower.run());

    // The public stream is open (signed out): a change for everyone arrives.
    tokio::time::sleep(Duration::from_millis(300)).await;
    publish(&server.url, &clerk, "公開").await;
    assert_eq!(next_titles(&mut events, 1).await, ["公開"]);

    // Hanako signs in on the device; her application then changes status.
    sign_in(&device.data, &sink, HANAKO).await;
    let reference = application_received(&server, &sink, &clerk, HANAKO).await;

    // The personal notice comes on the stream, without the server ending the public one first.
    let personal = tokio::time::timeout(Duration::from_secs(20), async {
        loop {
            let event = events.recv().await.expect("the follower runs");
            if let NoticeChange::Personal { notice } = event.change {
                return notice;
            }
        }
    })
    .await
    .expect("the personal notice arrives within 20 s");
    assert!(
        format!("{:?}", personal.subject).contains(&reference),
        "{personal:?}"
    );
}
