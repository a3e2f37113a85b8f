//! A clerk books on a resident's behalf (issue 12), and the resident still gets the reminder the
//! day before: as a personal notice when the contact email is their account's address (and the
//! booking shows in their audit log), by mail in the language the clerk picked when it is no
//! account's. The mail goes from 09:00 on the day before, once per visit however many sweeps run
//! on however many instances, and again at a later sweep when the mail server refused it.
//!
//! The clock is pinned at 2026-11-24 09:00 JST (a Tuesday) and moved; the tests run the sweep's
//! steps themselves through stores of their own, as another instance on the same database would.
//! The servers' own sweeps may run meanwhile: the tests count what reaches the mail servers.

use madoguchi_domain::account::EmailAddress;
use madoguchi_domain::booking::{BookedBy, BookingReceipt, SlotAvailability, UtcTime};
use madoguchi_domain::days::{JAPAN_UTC_OFFSET_MILLIS, MILLIS_PER_DAY, MILLIS_PER_HOUR, MILLIS_PER_MINUTE};
use madoguchi_domain::notice::{PersonalNoticeList, PersonalSubject};
use madoguchi_server::clock::Clock as _;
use madoguchi_server::mail::Mailer;
use madoguchi_server::storage;
use madoguchi_server::sweep::{MailedReminders, mail_reminders};
use serde_json::{Value, json};

use crate::booking_reminders::fresh_token;
use crate::bookings::{CARD, card_slot, request};
use crate::helpers::{Backend, TestApp, TestDatabase, on_both_stores, spawn_app, spawn_app_with_database};

const HANAKO: &str = "hanako@example.jp";
const ICHIRO: &str = "ichiro@example.jp";

/// The clerk's request for `slot`, for a resident reached at `email`, with `locale` if given.
fn on_behalf(slot: &SlotAvailability, email: &str, locale: Option<&str>) -> Value {
    let mut body = request(slot, "夢咲 一郎");
    body["contact"]["email"] = json!(email);
    if let Some(locale) = locale {
        body["locale"] = json!(locale);
    }
    body
}

/// The clerk books `body` on the resident's behalf.
async fn booked_by_clerk(app: &TestApp, key: &str, body: &Value) -> BookingReceipt {
    let response = app
        .post_json_as("/api/v1/admin/bookings", key, body, &app.clerk().await)
        .await;
    assert_eq!(response.status(), 201, "{}", response.text().await.unwrap());
    response.json().await.unwrap()
}

/// A mailer to `app`'s mail server, as an instance's own.
fn mailer_of(app: &TestApp) -> std::sync::Arc<dyn Mailer> {
    madoguchi_server::mail::from_config(Some(&app.mail.url()), "Madoguchi <no-reply@madoguchi.invalid>")
        .unwrap()
}

/// One run of the sweep's mail step through a store of its own, mailing through `app`'s server.
async fn mail_sweep(app: &TestApp) -> MailedReminders {
    let store = storage::open(app.database_location()).await.unwrap();
    mail_reminders(store.as_ref(), app.clock.as_ref(), mailer_of(app).as_ref())
        .await
        .unwrap()
}

/// A visit's start as the mail writes it: Japan time, `9:35`.
fn japan_time(at: UtcTime) -> String {
    let minutes = (at.0.0 + JAPAN_UTC_OFFSET_MILLIS).rem_euclid(MILLIS_PER_DAY) / MILLIS_PER_MINUTE;
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

async fn a_clerk_s_booking_for_a_resident_with_an_account_reaches_her_notices_and_audit_log(
    backend: Backend,
) {
    // Arrange: Hanako has an account; the clerk books tomorrow for her, typing her address in
    // capitals (sign-in keeps addresses lower-cased).
    let app = spawn_app(backend).await;
    let hanako = app.sign_in(HANAKO).await;
    let slot = card_slot(&app, "2026-11-25", 0).await;
    let receipt = booked_by_clerk(
        &app,
        "behalf-book-0001-aaaaaaaa",
        &on_behalf(&slot, "Hanako@Example.JP", Some("en")),
    )
    .await;
    assert_eq!(receipt.booking.booked_by, BookedBy::Staff);

    // Act: it is 09:00 the day before; the sweep's notice and mail steps run.
    let store = storage::open(app.database_location()).await.unwrap();
    madoguchi_server::sweep::remind_bookings(store.as_ref(), app.clock.as_ref())
        .await
        .unwrap();
    let mailed = mail_sweep(&app).await;

    // Assert: the reminder is on her account's feed, naming the booking; no mail (she has the
    // notice); her audit log says a clerk booked on her behalf, with the reference.
    let token = fresh_token(&app, &hanako).await;
    let notices: PersonalNoticeList = app
        .get_as_staff("/api/v1/account/notices", &token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        notices
            .notices
            .iter()
            .map(|n| n.subject.clone())
            .collect::<Vec<_>>(),
        [PersonalSubject::BookingReminder {
            reference: receipt.booking.reference.clone(),
            service: CARD.into(),
            counter: "counter-1".into(),
            starts_at: slot.starts_at,
        }]
    );
    assert_eq!(mailed, MailedReminders::default());
    assert!(
        app.mail
            .messages_to(HANAKO)
            .iter()
            .all(|m| !m.body().contains(&receipt.booking.reference.0)),
        "a mail about the booking went out besides the notice"
    );
    let audit: Value = app
        .get_as_staff("/api/v1/account/audit", &token)
        .await
        .json()
        .await
        .unwrap();
    let entries = audit["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(entries[0]["action"], "book-on-behalf");
    assert_eq!(entries[0]["role"], "clerk");
    assert_eq!(entries[0]["subject"], receipt.booking.reference.0.as_str());
}

async fn a_clerk_s_booking_for_a_resident_without_an_account_is_mailed_once_from_nine_the_day_before(
    backend: Backend,
) {
    // Arrange: two server instances on one database. The clerk books Thursday for Ichiro, who
    // has no account, in English; and one for a resident with no email at all.
    let database = TestDatabase::new(backend).await;
    let (a, b) = (
        spawn_app_with_database(&database).await,
        spawn_app_with_database(&database).await,
    );
    let thursday = card_slot(&a, "2026-11-26", 0).await;
    let receipt = booked_by_clerk(
        &a,
        "behalf-book-0002-aaaaaaaa",
        &on_behalf(&thursday, ICHIRO, Some("en")),
    )
    .await;
    let other = card_slot(&a, "2026-11-26", 1).await;
    booked_by_clerk(&a, "behalf-book-0003-aaaaaaaa", &request(&other, "夢咲 三郎")).await;
    let mails = || a.mail.messages_to(ICHIRO).len() + b.mail.messages_to(ICHIRO).len();
    let move_both = |millis: i64| {
        a.clock.advance_millis(millis);
        b.clock.advance_millis(millis);
    };

    // Act 1: Tuesday 09:00 (two days before), then Wednesday 08:59.
    let tuesday = mail_sweep(&a).await;
    move_both(24 * MILLIS_PER_HOUR - MILLIS_PER_MINUTE);
    let too_early = mail_sweep(&a).await;

    // Assert 1: no mail yet.
    assert_eq!(
        (tuesday, too_early),
        (MailedReminders::default(), MailedReminders::default())
    );
    assert_eq!(mails(), 0);

    // Act 2: 09:00 on Wednesday; four sweeps at once through both instances' stores and mailers.
    move_both(MILLIS_PER_MINUTE);
    let (store_a, store_b) = (
        storage::open(a.database_location()).await.unwrap(),
        storage::open(b.database_location()).await.unwrap(),
    );
    let (mailer_a, mailer_b) = (mailer_of(&a), mailer_of(&b));
    let clock = a.clock.as_ref();
    let at_once = tokio::join!(
        mail_reminders(store_a.as_ref(), clock, mailer_a.as_ref()),
        mail_reminders(store_b.as_ref(), clock, mailer_b.as_ref()),
        mail_reminders(store_a.as_ref(), clock, mailer_a.as_ref()),
        mail_reminders(store_b.as_ref(), clock, mailer_b.as_ref()),
    );

    // Assert 2: exactly one mail, in English, naming the visit in Japan time.
    let sent: usize = [at_once.0, at_once.1, at_once.2, at_once.3]
        .map(|r| r.unwrap().sent)
        .iter()
        .sum();
    assert!(sent <= 1, "{sent} mails sent for one visit");
    assert_eq!(mails(), 1);
    let mail = a
        .mail
        .messages_to(ICHIRO)
        .into_iter()
        .chain(b.mail.messages_to(ICHIRO))
        .next()
        .unwrap();
    let body = mail.body();
    for part in [
        receipt.booking.reference.0.as_str(),
        "Collecting your My Number Card",
        "Citizens Division, counter 1",
        "Main building, 1st floor",
        "11/26",
        &japan_time(thursday.starts_at),
        "tomorrow",
    ] {
        assert!(body.contains(part), "{part:?} is not in the mail:\n{body}");
    }

    // Act 3: an hour later, the sweep again on both instances.
    move_both(MILLIS_PER_HOUR);
    mail_sweep(&a).await;
    mail_sweep(&b).await;

    // Assert 3: still the one mail; and no account was made from the clerk's input.
    assert_eq!(mails(), 1);
    let store = storage::open(a.database_location()).await.unwrap();
    assert_eq!(
        store
            .account_by_email(EmailAddress::parse(ICHIRO).unwrap())
            .await
            .unwrap(),
        None
    );
}

async fn a_reminder_mail_the_mail_server_refused_is_sent_at_a_later_sweep_in_japanese_by_default(
    backend: Backend,
) {
    // Arrange: the clerk books tomorrow for Ichiro without choosing a language, and for someone
    // whose address does not exist; the city's mail server is refusing mail for now.
    let app = spawn_app(backend).await;
    let slot = card_slot(&app, "2026-11-25", 0).await;
    let receipt = booked_by_clerk(&app, "behalf-book-0004-aaaaaaaa", &on_behalf(&slot, ICHIRO, None)).await;
    booked_by_clerk(
        &app,
        "behalf-book-0005-aaaaaaaa",
        &on_behalf(&slot, "nobody@example.jp", None),
    )
    .await;
    app.mail.refuse(true);

    // Act 1: the sweep at 09:00.
    let refused = mail_sweep(&app).await;

    // Assert 1: nothing sent, both failures counted.
    assert_eq!(refused, MailedReminders { sent: 0, failed: 2 });
    assert!(app.mail.messages_to(ICHIRO).is_empty());

    // Act 2: the mail server is back; a minute later the sweep runs twice.
    app.mail.refuse(false);
    app.clock.advance_millis(MILLIS_PER_MINUTE);
    let back = mail_sweep(&app).await;
    let again = mail_sweep(&app).await;

    // Assert 2: Ichiro's is sent; the address that does not exist is refused for good once and
    // then left alone (a retry would fail alike); nothing more at the next sweep.
    assert_eq!(back, MailedReminders { sent: 1, failed: 1 });
    assert_eq!(again, MailedReminders::default());
    // One mail, in Japanese.
    let mails = app.mail.messages_to(ICHIRO);
    assert_eq!(mails.len(), 1);
    let body = mails[0].body();
    for part in [
        receipt.booking.reference.0.as_str(),
        "マイナンバーカードの受け取り",
        "市民課 1番窓口",
        "本庁舎1階",
        "11月25日",
        &japan_time(slot.starts_at),
        "明日",
    ] {
        assert!(body.contains(part), "{part:?} is not in the mail:\n{body}");
    }
}

async fn a_lapsed_resident_token_is_refused_and_books_nothing_and_the_same_request_books_once_refreshed(
    backend: Backend,
) {
    // Arrange: Hanako signed in; 16 minutes later her access token has lapsed (15 minutes).
    let app = spawn_app(backend).await;
    let hanako = app.sign_in(HANAKO).await;
    let lapsed = hanako.access.access_token.clone();
    app.clock.advance_millis(16 * MILLIS_PER_MINUTE);
    let slot = card_slot(&app, "2026-11-25", 0).await;
    let body = request(&slot, "夢咲 花子");

    // Act 1: a booking and a waitlist place sent with the lapsed token.
    let booking = app
        .post_json_as("/api/v1/bookings", "behalf-lapsed-0001-aaaaaa", &body, &lapsed)
        .await;
    let waitlist = app
        .post_json_as("/api/v1/waitlist", "behalf-lapsed-0002-aaaaaa", &body, &lapsed)
        .await;

    // Assert 1: both refused as unauthorized; the slot still has all its places.
    assert_eq!(booking.status(), 401);
    assert_eq!(booking.json::<Value>().await.unwrap()["code"], "unauthorized");
    assert_eq!(waitlist.status(), 401);
    assert_eq!(card_slot(&app, "2026-11-25", 0).await.remaining, slot.remaining);

    // Act 2: the same request with the same key and a fresh token; then a booking sent with
    // another booking's own access token (not a resident's), and one with no token at all.
    let token = fresh_token(&app, &hanako).await;
    let retried = app
        .post_json_as("/api/v1/bookings", "behalf-lapsed-0001-aaaaaa", &body, &token)
        .await;
    assert_eq!(retried.status(), 201);
    let receipt: BookingReceipt = retried.json().await.unwrap();
    let with_booking_token = app
        .post_json_as(
            "/api/v1/bookings",
            "behalf-lapsed-0003-aaaaaa",
            &request(&slot, "夢咲 次郎"),
            &receipt.access_token,
        )
        .await;
    let anonymous = app
        .post_json(
            "/api/v1/bookings",
            Some("behalf-lapsed-0004-aaaaaa"),
            &request(&slot, "夢咲 三郎"),
        )
        .await;

    // Assert 2: the key was not spent by the refusal: the retry books (linked, so reminded);
    // the other two book as before.
    assert_eq!(receipt.booking.booked_by, BookedBy::Resident);
    assert_eq!(with_booking_token.status(), 201);
    assert_eq!(anonymous.status(), 201);
    let store = storage::open(app.database_location()).await.unwrap();
    madoguchi_server::sweep::remind_bookings(store.as_ref(), app.clock.as_ref())
        .await
        .unwrap();
    let notices: PersonalNoticeList = app
        .get_as_staff("/api/v1/account/notices", &fresh_token(&app, &hanako).await)
        .await
        .json()
        .await
        .unwrap();
    let reminded: Vec<_> = notices
        .notices
        .into_iter()
        .filter_map(|n| match n.subject {
            PersonalSubject::BookingReminder { reference, .. } => Some(reference),
            PersonalSubject::ApplicationStatus { .. } => None,
        })
        .collect();
    assert_eq!(reminded, [receipt.booking.reference]);
}

async fn a_booking_linked_to_an_account_deleted_meanwhile_is_made_unlinked_not_refused(backend: Backend) {
    // Arrange: Hanako's account is found (as the clerk's look-up or her token would find it),
    // then she deletes it before the booking is written.
    let app = spawn_app(backend).await;
    let hanako = app.sign_in(HANAKO).await;
    let deleted = app
        .client
        .delete(format!("{}/api/v1/account", app.address))
        .bearer_auth(&hanako.access.access_token)
        .header(
            madoguchi_domain::IDEMPOTENCY_KEY_HEADER,
            "behalf-delete-0001-aaaaaa",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 204);
    let slot = card_slot(&app, "2026-11-25", 0).await;
    let five = 5 * MILLIS_PER_MINUTE;
    let booking = storage::NewBooking {
        slot: storage::SlotClaim {
            service: CARD.into(),
            counter: slot.counter.clone(),
            date: slot.date.clone(),
            starts_at: slot.starts_at.0,
            ends_at: slot.ends_at.0,
            occupies: (
                slot.starts_at.0.plus_millis(-five),
                slot.ends_at.0.plus_millis(five),
            ),
            capacity: slot.capacity,
            change_deadline: slot.starts_at.0,
        },
        contact: madoguchi_domain::booking::BookingContact {
            name: "夢咲 花子".into(),
            phone: None,
            email: Some(HANAKO.into()),
        },
        booked_by: BookedBy::Staff,
        reference_prefix: "YMS-B".into(),
        access_token_sha256: "0".repeat(64),
        access_token: "token".into(),
        offer_minutes: std::num::NonZeroU32::new(120).unwrap(),
        account: Some(hanako.account.id.clone()),
        locale: madoguchi_domain::LocaleTag::source(),
        audit: None,
    };
    let store = storage::open(app.database_location()).await.unwrap();
    let claim = storage::IdempotencyClaim {
        scope: String::new(),
        key: madoguchi_domain::IdempotencyKey::parse("behalf-race-0001-aaaaaaaa").unwrap(),
        fingerprint: "a booking".into(),
        at: app.clock.now(),
    };
    let rules = storage::ClaimRules {
        expired_before: app.clock.now().plus_millis(-MILLIS_PER_DAY),
        abandoned_before: app.clock.now().plus_millis(-30_000),
    };
    assert!(matches!(
        store.claim_idempotency_key(claim.clone(), rules).await.unwrap(),
        storage::ClaimOutcome::Claimed
    ));

    // Act: the booking is written naming the deleted account.
    let booked = store
        .book(booking, claim, madoguchi_server::idempotency::keep_created())
        .await;

    // Assert: booked (no error from the account's foreign key), linked to nobody: no reminder
    // notice is due, and the mail step takes it instead.
    assert!(matches!(booked, Ok(storage::Booked::Booked(_))), "{booked:?}");
    assert_eq!(
        madoguchi_server::sweep::remind_bookings(store.as_ref(), app.clock.as_ref())
            .await
            .unwrap(),
        0
    );
    assert_eq!(mail_sweep(&app).await.sent, 1);
}

on_both_stores!(
    a_clerk_s_booking_for_a_resident_with_an_account_reaches_her_notices_and_audit_log,
    a_clerk_s_booking_for_a_resident_without_an_account_is_mailed_once_from_nine_the_day_before,
    a_reminder_mail_the_mail_server_refused_is_sent_at_a_later_sweep_in_japanese_by_default,
    a_lapsed_resident_token_is_refused_and_books_nothing_and_the_same_request_books_once_refreshed,
    a_booking_linked_to_an_account_deleted_meanwhile_is_made_unlinked_not_refused,
);
