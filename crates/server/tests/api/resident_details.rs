//! "Once only": a signed-in resident's new form starts with what they already told the city. The
//! details come from their own applications (newest first, only the fields a form marks as the
//! resident's own) and their account's address; nobody else's, and nothing from an anonymous one.

use madoguchi_domain::form::{AddressAnswer, NameAnswer, ResidentDetails};
use serde_json::json;

use crate::applications::hanako_applies;
use crate::helpers::{Backend, TestApp, on_both_stores, spawn_app};

async fn details(app: &TestApp, token: &str) -> ResidentDetails {
    let response = app.get_as_staff("/api/v1/account/details", token).await;
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
    assert_eq!(
        response.headers()["cache-control"],
        "no-store",
        "personal data is never cached"
    );
    response.json().await.unwrap()
}

fn moved_to(address: &str, phone: &str) -> serde_json::Value {
    let mut body = hanako_applies();
    body["answers"]["address"] = json!({"postalCode": "999-0002", "address": address});
    body["answers"]["phone"] = json!(phone);
    body
}

async fn a_new_form_starts_with_what_the_resident_told_the_city_before(backend: Backend) {
    let app = spawn_app(backend).await;
    assert_eq!(
        app.get("/api/v1/account/details").await.status(),
        401,
        "only a signed-in resident has details"
    );
    let hanako = app.sign_in("hanako@example.jp").await.access.access_token;
    let taro = app.sign_in("taro@example.jp").await.access.access_token;

    // Before any application: only the address the account signs in with.
    assert_eq!(
        details(&app, &hanako).await,
        ResidentDetails {
            email: Some("hanako@example.jp".into()),
            ..ResidentDetails::default()
        }
    );

    // Two applications while signed in (she moved in between), and one from someone else without
    // signing in.
    for (key, body) in [
        ("details-0001-aaaaaaaaaaaa", hanako_applies()),
        (
            "details-0002-aaaaaaaaaaaa",
            moved_to("夢咲市港町5番", "0612-99-0000"),
        ),
    ] {
        let sent = app
            .post_json_as("/api/v1/applications", key, &body, &hanako)
            .await;
        assert_eq!(sent.status(), 201, "{}", sent.text().await.unwrap());
    }
    let mut stranger = hanako_applies();
    stranger["answers"]["name"] =
        json!({"family": "見知", "given": "らぬ", "familyKana": "みしり", "givenKana": "らぬ"});
    let anonymous = app
        .post_json(
            "/api/v1/applications",
            Some("details-0003-aaaaaaaaaaaa"),
            &stranger,
        )
        .await;
    assert_eq!(anonymous.status(), 201);

    assert_eq!(
        details(&app, &hanako).await,
        ResidentDetails {
            name: Some(NameAnswer {
                family: "夢咲".into(),
                given: "花子".into(),
                family_kana: "ユメサキ".into(),
                given_kana: "ハナコ".into(),
            }),
            address: Some(AddressAnswer {
                postal_code: "9990002".into(),
                address: "夢咲市港町5番".into(),
            }),
            birth_date: None,
            phone: Some("0612-99-0000".into()),
            email: Some("hanako@example.jp".into()),
        },
        "the newest answers, as the city accepted them; the form asks no birth date"
    );
    assert_eq!(
        details(&app, &taro).await,
        ResidentDetails {
            email: Some("taro@example.jp".into()),
            ..ResidentDetails::default()
        },
        "another resident learns nothing of hers"
    );

    // Deleting the account forgets them (its applications are no longer linked to anyone).
    let deleted = app
        .client
        .delete(format!("{}/api/v1/account", app.address))
        .bearer_auth(&hanako)
        .header(
            madoguchi_domain::IDEMPOTENCY_KEY_HEADER,
            "details-0004-aaaaaaaaaaaa",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 204);
    let hanako_again = app.sign_in("hanako@example.jp").await.access.access_token;
    assert_eq!(
        details(&app, &hanako_again).await,
        ResidentDetails {
            email: Some("hanako@example.jp".into()),
            ..ResidentDetails::default()
        }
    );
}

on_both_stores!(a_new_form_starts_with_what_the_resident_told_the_city_before);
