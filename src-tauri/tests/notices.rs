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
