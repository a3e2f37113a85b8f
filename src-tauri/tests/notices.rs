//! The notices a resident reads in the app (issue 13) against the real server: the city's feed and,
//! once signed in, the notices addressed to their account (here: an application they sent from
//! their phone changed status), both kept in the encrypted store so the inbox reads offline with
//! their age, and the personal ones gone with the sign-out.

mod support;

use madoguchi_domain::notice::wire::PersonalSubject;
use serde_json::json;
use support::{START, application_received, data_in, device, free_port, post, server_with_mail, sign_in};

const HANAKO: &str = "hanako@example.jp";
const DAY: i64 = 24 * 60 * 60 * 1000;

#[tokio::test]
async fn the_feed_and_the_residents_own_notices_are_kept_for_reading_offline_and_the_personal_ones_go_with_the_sign_out()
 {
    // Arrange: the city publishes a notice for everyone; Hanako signs in on the app.
    let (server, sink) = server_with_mail(0, START).await;
    let clerk = server.staff_token().await;
    let notice = json!({
        "title": {"ja": "夢咲市民まつりのお知らせ"},
        "body": {"ja": "11月に中央公園で開きます。"},
        "category": "events",
        "priority": "normal",
        "rule": {},
        "expiresAt": START + 30 * DAY,
    });
    assert_eq!(
        post(&server.url, "api/v1/admin/notices", &notice, Some(&clerk))
            .await
            .status(),
        201
    );
    let device = device(&server.url);
    assert_eq!(
        device.data.account().personal_notices().await.expect("asked"),
        None
    );
    sign_in(&device.data, &sink, HANAKO).await;

    // Hanako's phone (signed in through the API) sends an application; a clerk receives it.
    let reference = application_received(&server, &sink, &clerk, HANAKO).await;

    // Act: the inbox is read online, then offline.
    let feed = device.data.notice_feed().await.expect("the feed");
    let personal = device
        .data
        .account()
        .personal_notices()
        .await
        .expect("asked")
        .expect("signed in");
    let offline = data_in(
        device.dir.path(),
        &format!("http://127.0.0.1:{}/", free_port()),
        device.clock.clone(),
    );
    let kept_feed = offline.notice_feed().await.expect("the kept feed");
    let kept_personal = offline
        .account()
        .personal_notices()
        .await
        .expect("asked")
        .expect("still signed in offline");

    // Assert
    assert!(feed.fresh);
    assert_eq!(feed.value.notices.len(), 1);
    assert!(!kept_feed.fresh, "offline, the kept feed says it is not fresh");
    assert_eq!(kept_feed.value, feed.value);
    assert!(personal.fresh);
    assert!(
        personal.value.notices.iter().any(|n| matches!(
            &n.subject,
            PersonalSubject::ApplicationStatus { reference: r, .. } if r.to_string() == reference
        )),
        "{:?}",
        personal.value
    );
    assert!(!kept_personal.fresh);
    assert_eq!(kept_personal.value, personal.value);

    // Signed out: the personal notices are gone from the device, even offline.
    device.data.account().sign_out().await.expect("signed out");
    assert_eq!(offline.account().personal_notices().await.expect("asked"), None);
    assert_eq!(
        device.data.account().personal_notices().await.expect("asked"),
        None
    );
}

#[tokio::test]
async fn a_held_notification_outlives_the_app_and_is_handed_out_once_when_due() {
    use madoguchi_domain::UnixMillis;
    use madoguchi_domain::notice::NoticeId;
    use madoguchi_domain::notice::held::HeldNotice;
    const HOUR: i64 = 60 * 60 * 1000;
    let held = |id: &str, revision: u32, due_in_hours: i64, digest: bool| HeldNotice {
        id: NoticeId::parse(id).expect("an id"),
        revision,
        due_at: UnixMillis(START + due_in_hours * HOUR),
        digest,
    };
    // Arrange: during quiet hours the app holds one notice until they end and one for the digest;
    // the first is replaced meanwhile (a later hold of it wins).
    let dir = tempfile::tempdir().expect("a folder");
    let offline = format!("http://127.0.0.1:{}/", free_port());
    let clock = support::TestClock::at(START);
    let app = data_in(dir.path(), &offline, clock.clone());
    app.hold_notice(held("ntc-quiet", 1, 1, false))
        .await
        .expect("held");
    app.hold_notice(held("ntc-digest", 1, 3, true))
        .await
        .expect("held");
    app.hold_notice(held("ntc-quiet", 2, 2, false))
        .await
        .expect("held again");
    let early = app.take_due_notices().await.expect("asked");
    assert!(early.due.is_empty());
    assert_eq!(early.next_at, Some(UnixMillis(START + 2 * HOUR)));

    // Act: the app is closed; it runs again after the first was due, then after the second.
    drop(app);
    clock.advance_millis(2 * HOUR + HOUR / 2);
    let again = data_in(dir.path(), &offline, clock.clone());
    let first = again.take_due_notices().await.expect("asked");
    let twice = again.take_due_notices().await.expect("asked");
    clock.advance_millis(HOUR);
    let second = again.take_due_notices().await.expect("asked");

    // Assert
    assert_eq!(first.due, [held("ntc-quiet", 2, 2, false)]);
    assert_eq!(first.next_at, Some(UnixMillis(START + 3 * HOUR)));
    assert!(twice.due.is_empty(), "each is handed out once");
    assert_eq!(second.due, [held("ntc-digest", 1, 3, true)]);
    assert_eq!(second.next_at, None);
}
