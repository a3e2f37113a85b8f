//! Residents sign in with a mailed code; staff with a password and TOTP. Codes, tokens and
//! sessions expire, are rate-limited and can be revoked, all judged by the test's clock.

use madoguchi_domain::account::{AccessGrant, AccountView, DeviceList, Role};
use madoguchi_domain::{ApiError, ErrorCode};
use madoguchi_server::clock::Clock as _;
use serde_json::json;

use crate::helpers::{Backend, STAFF_PASSWORD, STAFF_SECRETS, TestApp, new_staff, on_both_stores, spawn_app};

const MINUTE: i64 = 60 * 1000;

async fn post(app: &TestApp, path: &str, body: serde_json::Value) -> reqwest::Response {
    app.client
        .post(format!("{}{path}", app.address))
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn ask_code(app: &TestApp, email: &str) -> reqwest::Response {
    post(
        app,
        "/api/v1/auth/code",
        json!({ "email": email, "locale": "ja" }),
    )
    .await
}

async fn sign_in_with(app: &TestApp, email: &str, code: &str) -> reqwest::Response {
    post(
        app,
        "/api/v1/auth/sign-in",
        json!({ "email": email, "code": code, "deviceName": "花子のスマホ" }),
    )
    .await
}

async fn code(response: reqwest::Response) -> ErrorCode {
    response.json::<ApiError>().await.unwrap().code
}

async fn a_resident_signs_up_with_a_mailed_code_and_sees_what_the_city_keeps(backend: Backend) {
    let app = spawn_app(backend).await;
    assert_eq!(ask_code(&app, "Hanako@Example.JP").await.status(), 202);
    let mail = app.mail.messages();
    assert_eq!(mail.len(), 1);
    assert_eq!(mail[0].to, ["hanako@example.jp"]);
    let code = app.mail.code_for("hanako@example.jp").await;

    let signed_in = sign_in_with(&app, "hanako@example.jp", &code).await;
    assert_eq!(signed_in.status(), 201);
    let signed_in: madoguchi_domain::account::SignedIn = signed_in.json().await.unwrap();
    assert!(signed_in.device_credential.starts_with("dc-"));
    let me: AccountView = app
        .get_as_staff("/api/v1/account", &signed_in.access.access_token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me.email.as_str(), "hanako@example.jp");
    assert_eq!(me.identity_level.as_str(), "unverified");
    let devices: DeviceList = app
        .get_as_staff("/api/v1/account/devices", &signed_in.access.access_token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(devices.devices.len(), 1);
    assert!(devices.devices[0].current);
    assert_eq!(devices.devices[0].name.as_str(), "花子のスマホ");

    // The same address again is the same account, on a second device.
    let again = app.sign_in("hanako@example.jp").await;
    assert_eq!(again.account.id, me.id);
}

async fn a_code_works_once_within_ten_minutes_and_five_wrong_tries_spend_it(backend: Backend) {
    let app = spawn_app(backend).await;
    ask_code(&app, "taro@example.jp").await;
    let first = app.mail.code_for("taro@example.jp").await;
    app.clock.advance_millis(10 * MINUTE);
    let late = sign_in_with(&app, "taro@example.jp", &first).await;
    assert_eq!(late.status(), 422);
    assert_eq!(code(late).await, ErrorCode::SignInCodeInvalid);

    ask_code(&app, "taro@example.jp").await;
    let second = app.mail.code_for("taro@example.jp").await;
    assert_eq!(sign_in_with(&app, "taro@example.jp", &second).await.status(), 201);
    assert_eq!(
        sign_in_with(&app, "taro@example.jp", &second).await.status(),
        422,
        "used once"
    );

    ask_code(&app, "taro@example.jp").await;
    let third = app.mail.code_for("taro@example.jp").await;
    let wrong = if third == "000000" { "111111" } else { "000000" };
    for _ in 0..5 {
        assert_eq!(sign_in_with(&app, "taro@example.jp", wrong).await.status(), 422);
    }
    assert_eq!(
        sign_in_with(&app, "taro@example.jp", &third).await.status(),
        422,
        "five wrong tries spend the code"
    );
}

async fn codes_for_one_address_are_limited_to_five_in_fifteen_minutes(backend: Backend) {
    let app = spawn_app(backend).await;
    for _ in 0..5 {
        assert_eq!(ask_code(&app, "jiro@example.jp").await.status(), 202);
    }
    let sixth = ask_code(&app, "jiro@example.jp").await;
    assert_eq!(sixth.status(), 429);
    let retry: u64 = sixth.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=900).contains(&retry), "{retry}");
    assert_eq!(code(sixth).await, ErrorCode::RateLimited);
    assert_eq!(app.mail.messages().len(), 5, "no mail for the refused request");
    // Another address is not held up; the same one is served again in the next window.
    assert_eq!(ask_code(&app, "saburo@example.jp").await.status(), 202);
    app.clock.advance_millis(15 * MINUTE);
    assert_eq!(ask_code(&app, "jiro@example.jp").await.status(), 202);
}

async fn an_address_mail_cannot_carry_is_refused_at_the_field_before_anything_is_kept(backend: Backend) {
    let app = spawn_app(backend).await;
    // A control character: once mailed and refused by SMTP (503 `mail_unavailable`, found by the
    // contract test); now not an address at all.
    let control = ask_code(&app, "hanako\u{1}@example.jp").await;
    assert_eq!(control.status(), 400);
    assert_eq!(code(control).await, ErrorCode::InvalidRequest);
    // The right shape, but SMTP takes at most 64 characters before the `@`.
    let long = format!("{}@example.jp", "x".repeat(65));
    let refused = ask_code(&app, &long).await;
    assert_eq!(refused.status(), 422);
    let body: ApiError = refused.json().await.unwrap();
    assert_eq!(body.code, ErrorCode::InvalidSubmission);
    assert_eq!(body.problems.len(), 1);
    assert_eq!(body.problems[0].field, "email");
    assert_eq!(body.problems[0].message_id, "form-error-email");
    // Nothing was counted against a limit, and nothing sent.
    assert!(app.mail.messages().is_empty());
    let at_64 = format!("{}@example.jp", "x".repeat(64));
    assert_eq!(ask_code(&app, &at_64).await.status(), 202);
    assert_eq!(app.mail.messages().len(), 1);
}

async fn access_tokens_expire_refresh_with_the_device_credential_and_sign_out_ends_both(backend: Backend) {
    let app = spawn_app(backend).await;
    let signed_in = app.sign_in("hanako@example.jp").await;
    let token = signed_in.access.access_token.clone();
    assert_eq!(app.get_as_staff("/api/v1/account", &token).await.status(), 200);
    app.clock.advance_millis(15 * MINUTE);
    assert_eq!(app.get_as_staff("/api/v1/account", &token).await.status(), 401);

    let refresh = json!({ "deviceCredential": signed_in.device_credential });
    let grant = post(&app, "/api/v1/auth/refresh", refresh.clone()).await;
    assert_eq!(grant.status(), 200);
    let grant: AccessGrant = grant.json().await.unwrap();
    assert_eq!(
        app.get_as_staff("/api/v1/account", &grant.access_token)
            .await
            .status(),
        200
    );

    let out = app
        .post_json_as(
            "/api/v1/account/sign-out",
            "sign-out-key-0000000001",
            &json!({}),
            &grant.access_token,
        )
        .await;
    assert_eq!(out.status(), 204);
    assert_eq!(
        app.get_as_staff("/api/v1/account", &grant.access_token)
            .await
            .status(),
        401
    );
    assert_eq!(post(&app, "/api/v1/auth/refresh", refresh).await.status(), 401);
}

async fn a_resident_signs_out_another_device_but_not_someone_else_s(backend: Backend) {
    let app = spawn_app(backend).await;
    let phone = app.sign_in("hanako@example.jp").await;
    let laptop = app.sign_in("hanako@example.jp").await;
    let stranger = app.sign_in("taro@example.jp").await;
    let path = format!("/api/v1/account/devices/{}/revoke", laptop.device_id.0);
    let refused = app
        .post_json_as(
            &path,
            "revoke-key-000000000001",
            &json!({}),
            &stranger.access.access_token,
        )
        .await;
    assert_eq!(refused.status(), 404);
    assert_eq!(
        app.get_as_staff("/api/v1/account", &laptop.access.access_token)
            .await
            .status(),
        200
    );

    let revoked = app
        .post_json_as(
            &path,
            "revoke-key-000000000002",
            &json!({}),
            &phone.access.access_token,
        )
        .await;
    assert_eq!(revoked.status(), 204);
    assert_eq!(
        app.get_as_staff("/api/v1/account", &laptop.access.access_token)
            .await
            .status(),
        401
    );
    let devices: DeviceList = app
        .get_as_staff("/api/v1/account/devices", &phone.access.access_token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(devices.devices.len(), 1);
    assert_eq!(devices.devices[0].id, phone.device_id);
}

async fn staff_need_the_password_and_a_fresh_authenticator_code_and_tries_are_limited(backend: Backend) {
    let app = spawn_app(backend).await;
    let username = new_staff(app.database_location(), Role::Clerk).await;
    let secret = STAFF_SECRETS.lock().unwrap()[&username].clone();
    let totp = |at| madoguchi_server::credentials::totp_code(&secret, at).unwrap();
    let try_sign_in = |password: &str, code: String| {
        post(
            &app,
            "/api/v1/staff/sign-in",
            json!({ "username": username, "password": password, "totp": code }),
        )
    };
    let wrong_password = try_sign_in("not the password", totp(app.clock.now())).await;
    assert_eq!(wrong_password.status(), 401);
    assert_eq!(code(wrong_password).await, ErrorCode::StaffSignInFailed);
    let wrong_code = try_sign_in(STAFF_PASSWORD, totp(app.clock.now().plus_millis(5 * MINUTE))).await;
    assert_eq!(wrong_code.status(), 401);

    let session = try_sign_in(STAFF_PASSWORD, totp(app.clock.now())).await;
    assert_eq!(session.status(), 201);
    let session: madoguchi_domain::account::StaffSession = session.json().await.unwrap();
    assert_eq!(session.role, Role::Clerk);
    let replayed = try_sign_in(STAFF_PASSWORD, totp(app.clock.now())).await;
    assert_eq!(replayed.status(), 401, "one code signs in once");
    assert_eq!(
        app.get_as_staff("/api/v1/admin/applications", &session.token)
            .await
            .status(),
        200
    );

    // A working day later the session is over.
    app.clock.advance_millis(9 * 60 * MINUTE);
    assert_eq!(
        app.get_as_staff("/api/v1/admin/applications", &session.token)
            .await
            .status(),
        401
    );

    // Ten tries per username in fifteen minutes; the eleventh is refused before any check.
    for _ in 0..10 {
        assert_eq!(try_sign_in("guessing", totp(app.clock.now())).await.status(), 401);
    }
    let limited = try_sign_in(STAFF_PASSWORD, totp(app.clock.now())).await;
    assert_eq!(limited.status(), 429);
    assert_eq!(code(limited).await, ErrorCode::RateLimited);
}

async fn without_a_mail_server_sign_in_by_code_is_unavailable_and_says_so(backend: Backend) {
    let database = crate::helpers::TestDatabase::new(backend).await;
    let config = crate::helpers::test_config(database.location.clone(), None, None);
    let server = madoguchi_server::Application::build(&config).await.unwrap();
    let address = format!("http://{}", server.local_addr());
    tokio::spawn(server.run_until(std::future::pending()));
    let response = reqwest::Client::new()
        .post(format!("{address}/api/v1/auth/code"))
        .json(&json!({ "email": "hanako@example.jp" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 503);
    assert_eq!(code(response).await, ErrorCode::MailUnavailable);
}

async fn no_address_code_token_or_password_reaches_the_log_even_at_debug(backend: Backend) {
    let database = crate::helpers::TestDatabase::new(backend).await;
    let mail = crate::smtp::SmtpSink::start().await;
    let log_path = database.dir().join("server.log");
    let log = std::fs::File::create(&log_path).unwrap();
    let username = new_staff(&database.location, Role::Clerk).await;
    let mut server = crate::helpers::ServerProcess::start_with(
        &database.location,
        &[("MADOGUCHI_SMTP_URL", &mail.url()), ("RUST_LOG", "debug")],
        Some(log),
    );
    let address = server.address.clone();
    let client = reqwest::Client::new();
    let email = "secret.person@example.jp";
    let post =
        |path: &str, body: serde_json::Value| client.post(format!("{address}{path}")).json(&body).send();
    assert_eq!(
        post("/api/v1/auth/code", json!({ "email": email }))
            .await
            .unwrap()
            .status(),
        202
    );
    let code = mail.code_for(email).await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    assert_eq!(
        post(
            "/api/v1/auth/sign-in",
            json!({ "email": email, "code": wrong, "deviceName": "d" })
        )
        .await
        .unwrap()
        .status(),
        422
    );
    let signed_in: madoguchi_domain::account::SignedIn = post(
        "/api/v1/auth/sign-in",
        json!({ "email": email, "code": code, "deviceName": "d" }),
    )
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    let failed = post(
        "/api/v1/staff/sign-in",
        json!({ "username": username, "password": "a-wrong-password-123", "totp": "123456" }),
    )
    .await
    .unwrap();
    assert_eq!(failed.status(), 401);
    server.kill();
    let log = std::fs::read_to_string(&log_path).unwrap();
    assert!(
        log.contains("a staff sign-in failed"),
        "the log is written at all:\n{log}"
    );
    // The code as a number of its own, outside each line's timestamp (whose microseconds are six
    // digits too).
    let code_in_log = log.lines().any(|line| {
        let text = line.split_once(' ').map_or(line, |(_, rest)| rest);
        text.match_indices(code.as_str()).any(|(i, _)| {
            let before = text[..i].chars().next_back();
            let after = text[i + code.len()..].chars().next();
            !before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(|c| c.is_ascii_digit())
        })
    });
    assert!(!code_in_log, "the code is in the log");
    for secret in [
        email,
        "secret.person",
        signed_in.access.access_token.as_str(),
        signed_in.device_credential.as_str(),
        "a-wrong-password-123",
    ] {
        let leak = log.lines().find(|l| l.contains(secret));
        assert!(leak.is_none(), "{secret:?} is in the log: {leak:?}");
    }
}

on_both_stores!(
    no_address_code_token_or_password_reaches_the_log_even_at_debug,
    a_resident_signs_up_with_a_mailed_code_and_sees_what_the_city_keeps,
    a_code_works_once_within_ten_minutes_and_five_wrong_tries_spend_it,
    codes_for_one_address_are_limited_to_five_in_fifteen_minutes,
    an_address_mail_cannot_carry_is_refused_at_the_field_before_anything_is_kept,
    access_tokens_expire_refresh_with_the_device_credential_and_sign_out_ends_both,
    a_resident_signs_out_another_device_but_not_someone_else_s,
    staff_need_the_password_and_a_fresh_authenticator_code_and_tries_are_limited,
    without_a_mail_server_sign_in_by_code_is_unavailable_and_says_so,
);
