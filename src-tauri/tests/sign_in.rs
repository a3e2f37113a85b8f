//! A resident's sign-in on the device against the real server (issue 10), with a real SMTP
//! conversation for the mailed code and the real kernel keyring for the credential (run inside
//! `keyctl session -`, as `cargo xtask test` does): the credential is in the keyring and in no
//! file, a restarted app is still signed in (offline too, from the kept account), what is queued
//! while signed in reaches the city as the resident and what was queued before does not, and
//! signing out (at once on the device, through the outbox for the city, also when queued
//! offline) revokes the credential after the items queued under it, as does signing the device
//! out from another one. "Delete my data" takes the credential with it. A question sent signed in
//! gives the next form the resident's own details ("once only").

mod support;

use madoguchi_domain::account::{
    AccessGrant, AccountExport, AccountView, CodeRequest, EmailAddress, IdentityLevel, Refresh, SignInCode,
};
use madoguchi_domain::{DeliveryState, ErrorCode};
use madoguchi_shell::account::credential::DeviceCredential;
use madoguchi_shell::error::ShellError;
use madoguchi_shell::local_data::LocalData;
use madoguchi_shell::outbox::sender::Step;
use support::smtp::SmtpSink;
use support::{
    Device, PHONE, START, data_in, device, fill, free_port, queue_question, request, server_with_mail,
    slots_on,
};

const HANAKO: &str = "hanako@example.jp";

fn hanako() -> EmailAddress {
    EmailAddress::parse(HANAKO).expect("an address")
}

/// Asks for a code, reads it from the mail, signs in with it.
async fn sign_in(data: &LocalData, sink: &SmtpSink) -> AccountView {
    let before = sink.messages().len();
    data.account()
        .request_code(CodeRequest {
            email: hanako(),
            locale: None,
        })
        .await
        .expect("the city mails a code");
    assert_eq!(sink.messages().len(), before + 1, "one mail per request");
    let code = SignInCode::parse(&sink.code_for(HANAKO).await).expect("six digits");
    data.account()
        .sign_in(hanako(), code)
        .await
        .expect("the code signs the device in")
}

fn credential_of(data: &LocalData) -> Option<DeviceCredential> {
    data.account()
        .credentials()
        .current_entry()
        .load()
        .expect("the keyring answers")
        .map(|json| serde_json::from_str(&json).expect("a kept credential"))
}

/// What the city answers when `credential` asks for a token, and the token when it is 200.
async fn refresh(url: &str, credential: &str) -> (u16, Option<String>) {
    let response = reqwest::Client::new()
        .post(format!("{url}api/v1/auth/refresh"))
        .json(&Refresh {
            device_credential: credential.to_owned(),
        })
        .send()
        .await
        .expect("the server answers");
    let status = response.status().as_u16();
    let token = if status == 200 {
        Some(
            response
                .json::<AccessGrant>()
                .await
                .expect("a grant")
                .access_token,
        )
    } else {
        None
    };
    (status, token)
}

/// Everything the city keeps about the resident signed in with `credential`.
async fn export(url: &str, credential: &str) -> AccountExport {
    let (_, token) = refresh(url, credential).await;
    reqwest::Client::new()
        .get(format!("{url}api/v1/account/export"))
        .bearer_auth(token.expect("a token"))
        .send()
        .await
        .expect("the server answers")
        .json()
        .await
        .expect("an export")
}

/// Every byte of every file under `dir`.
fn files_under(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            found.extend(files_under(&path));
        } else {
            let bytes = std::fs::read(&path).expect("a readable file");
            found.push((path, bytes));
        }
    }
    found
}

async fn steps(device: &Device) -> Vec<Step> {
    let mut steps = Vec::new();
    loop {
        match device.sender.step().await.expect("a step") {
            Step::Idle => return steps,
            step @ (Step::NotDue(_) | Step::RetryAt(_)) => {
                steps.push(step);
                return steps;
            }
            step => steps.push(step),
        }
    }
}

#[tokio::test]
async fn a_resident_signs_in_with_the_mailed_code_and_a_restarted_app_is_still_signed_in_even_offline() {
    // Arrange
    let (server, sink) = server_with_mail(0, START).await;
    let device = device(&server.url);
    assert_eq!(device.data.account().signed_in().await.expect("asked"), None);

    // Act
    let view = sign_in(&device.data, &sink).await;

    // Assert: signed in as Hanako; the credential is in the keyring and in no file.
    assert_eq!(view.email, hanako());
    assert_eq!(view.identity_level, IdentityLevel::Unverified);
    let credential = credential_of(&device.data).expect("the credential is in the keyring");
    assert!(credential.credential.starts_with("dc-"));
    for (path, bytes) in files_under(device.dir.path()) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains(&credential.credential) && !text.contains(HANAKO),
            "{} holds a secret in plaintext",
            path.display()
        );
    }

    // A restart (new local data on the same folder, no token in memory): still signed in.
    let restarted = data_in(device.dir.path(), &server.url, device.clock.clone());
    assert_eq!(
        restarted.account().signed_in().await.expect("asked"),
        Some(view.clone())
    );
    let devices = restarted.account().devices().await.expect("the devices");
    assert_eq!(devices.devices.len(), 1);
    assert!(devices.devices[0].current);
    assert!(devices.devices[0].name.as_str().starts_with("Madoguchi app ("));
    let audit = restarted.account().audit().await.expect("the audit entries");
    assert!(
        audit.entries.is_empty(),
        "no member of staff looked at Hanako's data"
    );

    // Offline: the kept account; the live lists say the city cannot be reached.
    let offline = data_in(
        device.dir.path(),
        &format!("http://127.0.0.1:{}/", free_port()),
        device.clock.clone(),
    );
    assert_eq!(offline.account().signed_in().await.expect("asked"), Some(view));
    let devices = offline.account().devices().await;
    assert!(
        matches!(&devices, Err(e) if e.to_api_error().code == ErrorCode::ServerUnreachable),
        "{devices:?}"
    );
}

#[tokio::test]
async fn what_the_resident_sent_signed_in_fills_their_next_form_and_offline_the_form_starts_empty() {
    // Arrange: signed in, Hanako asks the city a question with her phone number (from the app).
    let (server, sink) = server_with_mail(0, START).await;
    let device = device(&server.url);
    sign_in(&device.data, &sink).await;
    let before = device.data.account().resident_details().await.expect("asked");
    queue_question(&device.data).await;
    assert_eq!(steps(&device).await, [Step::Delivered]);

    // Act
    let details = device.data.account().resident_details().await.expect("asked");

    // Assert: before, only the address she signs in with; after, the phone she gave too (the
    // question's form marks it as her own); nothing of it is kept on the device for this.
    assert_eq!(before.email.as_deref(), Some(HANAKO));
    assert_eq!(before.phone, None);
    assert_eq!(details.email.as_deref(), Some(HANAKO));
    assert_eq!(details.phone.as_deref(), Some(PHONE));
    let offline = data_in(
        device.dir.path(),
        &format!("http://127.0.0.1:{}/", free_port()),
        device.clock.clone(),
    );
    let unreachable = offline.account().resident_details().await;
    assert!(
        matches!(&unreachable, Err(e) if e.to_api_error().code == ErrorCode::ServerUnreachable),
        "{unreachable:?}"
    );
}

#[tokio::test]
async fn a_booking_queued_signed_in_is_the_residents_and_one_queued_before_stays_anonymous() {
    // Arrange: one booking queued before signing in, one after; both sent after.
    let (server, sink) = server_with_mail(0, START).await;
    let device = device(&server.url);
    let slots = slots_on(&device.data, "2026-12-02").await;
    fill(&server.url, &slots[2]).await;
    device
        .data
        .book(request(&slots[0]), None)
        .await
        .expect("queued anonymously");
    sign_in(&device.data, &sink).await;
    device
        .data
        .book(request(&slots[1]), None)
        .await
        .expect("queued signed in");
    device
        .data
        .join_waitlist(request(&slots[2]))
        .await
        .expect("queued signed in");

    // Act
    let sent = steps(&device).await;

    // Assert: all three reached the city; the account holds only the two queued signed in.
    assert_eq!(sent, [Step::Delivered, Step::Delivered, Step::Delivered]);
    let mut references: Vec<String> = device
        .data
        .my_bookings()
        .await
        .expect("the bookings")
        .into_iter()
        .map(|b| b.booking.expect("confirmed").reference.0)
        .collect();
    references.sort();
    let credential = credential_of(&device.data).expect("signed in");
    let kept = export(&server.url, &credential.credential).await;
    let linked: Vec<String> = kept.bookings.iter().map(|b| b.0.clone()).collect();
    assert_eq!(
        linked,
        [references[1].clone()],
        "only the booking queued signed in is Hanako's"
    );
    let place = device.data.my_waitlist().await.expect("the places").remove(0);
    let waitlisted: Vec<String> = kept.waitlist.iter().map(|w| w.0.clone()).collect();
    let DeliveryState::Sent { reference } = place.delivery else {
        panic!("not in line: {place:?}")
    };
    assert_eq!(
        waitlisted,
        [reference],
        "the waitlist place queued signed in is Hanako's"
    );
}

#[tokio::test]
async fn signing_out_offline_leaves_the_device_at_once_and_the_city_revokes_it_after_the_items_queued_before()
{
    // Arrange: signed in; then the signal goes.
    let port = free_port();
    let (server, sink) = server_with_mail(port, START).await;
    let device = device(&server.url);
    sign_in(&device.data, &sink).await;
    let slot = slots_on(&device.data, "2026-12-03").await.remove(0);
    let credential = credential_of(&device.data).expect("signed in");
    let offline = data_in(
        device.dir.path(),
        &format!("http://127.0.0.1:{}/", free_port()),
        device.clock.clone(),
    );
    let offline_sender = offline.sender(Default::default(), Box::new(|| 0.0));

    // Act 1: offline, Hanako books and signs out.
    offline
        .book(request(&slot), None)
        .await
        .expect("queued signed in");
    offline
        .account()
        .sign_out()
        .await
        .expect("signed out on the device");

    // Assert 1: signed out at once: no credential entry, no account, nothing sent yet.
    assert!(credential_of(&offline).is_none(), "the keyring entry is gone");
    assert_eq!(offline.account().signed_in().await.expect("asked"), None);
    assert!(matches!(
        offline_sender.step().await.expect("a step"),
        Step::RetryAt(_)
    ));
    assert_eq!(
        refresh(&server.url, &credential.credential).await.0,
        200,
        "not revoked yet"
    );

    // Act 2: the city is back.
    device.data.send_now().await.expect("due now");
    let sent = steps(&device).await;

    // Assert 2: the booking went first, as Hanako, then the sign-out; the credential is revoked
    // and gone from the keyring's every entry.
    assert_eq!(sent, [Step::Delivered, Step::Delivered]);
    assert_eq!(refresh(&server.url, &credential.credential).await.0, 401);
    let kept_for_sign_out = device
        .data
        .account()
        .credentials()
        .signing_out_entry(&credential.device_id.0)
        .load()
        .expect("the keyring answers");
    assert!(
        kept_for_sign_out.is_none(),
        "the credential left the keyring once revoked"
    );
    let other = tempfile::tempdir().expect("a folder");
    let phone = data_in(other.path(), &server.url, device.clock.clone());
    sign_in(&phone, &sink).await;
    let kept = export(&server.url, &credential_of(&phone).expect("signed in").credential).await;
    assert_eq!(
        kept.bookings.len(),
        1,
        "the booking queued before signing out is Hanako's"
    );
    assert!(
        kept.devices
            .iter()
            .any(|d| d.id == credential.device_id && d.signed_out_at.is_some()),
        "the device is listed as signed out"
    );
}

#[tokio::test]
async fn a_device_signed_out_from_another_finds_itself_signed_out() {
    // Arrange: Hanako's laptop and phone, both signed in.
    let (server, sink) = server_with_mail(0, START).await;
    let laptop = device(&server.url);
    let phone = device(&server.url);
    sign_in(&laptop.data, &sink).await;
    sign_in(&phone.data, &sink).await;
    let listed = phone.data.account().devices().await.expect("the devices");
    assert_eq!(listed.devices.len(), 2);
    let laptop_id = listed
        .devices
        .iter()
        .find(|d| !d.current)
        .expect("the other device")
        .id
        .clone();

    // Act: the phone signs the laptop out (through the outbox).
    phone
        .data
        .account()
        .sign_out_device(laptop_id)
        .await
        .expect("queued");
    assert_eq!(steps(&phone).await, [Step::Delivered]);

    // Assert: the laptop's credential is refused, so it is wiped and the laptop is signed out.
    let laptop_credential = credential_of(&laptop.data).expect("still in the keyring");
    assert_eq!(refresh(&server.url, &laptop_credential.credential).await.0, 401);
    assert_eq!(laptop.data.account().signed_in().await.expect("asked"), None);
    assert!(
        credential_of(&laptop.data).is_none(),
        "the refused credential is wiped"
    );
    let devices = phone.data.account().devices().await.expect("the devices");
    assert_eq!(devices.devices.len(), 1);
    let mine = laptop.data.account().devices().await;
    assert!(
        matches!(mine, Err(ShellError::Refused(ErrorCode::Unauthorized))),
        "{mine:?}"
    );
}

#[tokio::test]
async fn delete_my_data_takes_the_credential_with_it() {
    let (server, sink) = server_with_mail(0, START).await;
    let device = device(&server.url);
    sign_in(&device.data, &sink).await;
    assert!(credential_of(&device.data).is_some());

    device.data.delete_all().await.expect("deleted");

    assert!(credential_of(&device.data).is_none(), "the keyring entry is gone");
    assert!(
        device
            .data
            .store()
            .keys()
            .load()
            .expect("the keyring answers")
            .is_none()
    );
    assert_eq!(device.data.account().signed_in().await.expect("asked"), None);
    assert!(!device.data.store().exists(), "asking made no new store");
}
