//! The notices a resident reads in the app (issue 13) against the real server: the city's feed and,
//! once signed in, the notices addressed to their account (here: an application they sent from
//! their phone changed status), both kept in the encrypted store so the inbox reads offline with
//! their age, and the personal ones gone with the sign-out.

mod support;

use madoguchi_domain::account::{CodeRequest, EmailAddress, SignInCode};
use madoguchi_domain::notice::wire::PersonalSubject;
use madoguchi_shell::local_data::LocalData;
use serde_json::{Value, json};
use support::smtp::SmtpSink;
use support::{START, data_in, device, free_port, post, server_with_mail};

const HANAKO: &str = "hanako@example.jp";
const DAY: i64 = 24 * 60 * 60 * 1000;

async fn sign_in(data: &LocalData, sink: &SmtpSink) {
    let email = EmailAddress::parse(HANAKO).expect("an address");
    data.account()
        .request_code(CodeRequest {
            email: email.clone(),
            locale: None,
        })
        .await
        .expect("the city mails a code");
    let code = SignInCode::parse(&sink.code_for(HANAKO).await).expect("six digits");
    data.account().sign_in(email, code).await.expect("signed in");
}

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
    sign_in(&device.data, &sink).await;

    // Hanako's phone (signed in through the API) sends an application; a clerk receives it.
    let asked = post(&server.url, "api/v1/auth/code", &json!({"email": HANAKO}), None).await;
    assert_eq!(asked.status(), 202);
    let code = sink.code_for(HANAKO).await;
    let phone: Value = post(
        &server.url,
        "api/v1/auth/sign-in",
        &json!({"email": HANAKO, "code": code, "deviceName": "花子のスマホ"}),
        None,
    )
    .await
    .json()
    .await
    .expect("signed in");
    let collection_day = madoguchi_domain::UnixMillis(START + 10 * DAY)
        .date_in_japan()
        .expect("a day")
        .iso();
    let application = json!({
        "procedure": "oversized-waste",
        "formVersion": 1,
        "answers": {
            "name": {"family": "夢咲", "given": "花子", "familyKana": "ゆめさき", "givenKana": "はなこ"},
            "address": {"postalCode": "〒999-0001", "address": "夢咲市本町一丁目2番3号"},
            "phone": "0612-34-5678",
            "kinds": ["sofa"],
            "count": "1",
            "collection-day": collection_day,
        },
        "declared": true
    });
    let sent = post(
        &server.url,
        "api/v1/applications",
        &application,
        phone["accessToken"].as_str(),
    )
    .await;
    assert_eq!(sent.status(), 201, "{}", sent.text().await.unwrap_or_default());
    let reference = sent.json::<Value>().await.expect("a receipt")["reference"]
        .as_str()
        .expect("a reference")
        .to_owned();
    let changed = post(
        &server.url,
        &format!("api/v1/admin/applications/{reference}/status"),
        &json!({"status": "received"}),
        Some(&clerk),
    )
    .await;
    assert_eq!(changed.status(), 200);

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
