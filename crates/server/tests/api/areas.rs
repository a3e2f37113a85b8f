//! The city's list of areas (issue 13): published in the city's order with every name it has,
//! cached by the app with an ETag, and the only codes a notice's rule may name.

use madoguchi_domain::notice::AreaList;
use madoguchi_domain::{ApiError, ErrorCode, IDEMPOTENCY_KEY_HEADER, LocaleTag};
use madoguchi_server::clock::Clock as _;
use serde_json::json;

use crate::helpers::{Backend, on_both_stores, spawn_app};
use crate::notices::{evacuation, feed, key};

async fn the_demo_citys_areas_are_listed_in_the_citys_order_with_their_names(backend: Backend) {
    // Arrange
    let app = spawn_app(backend).await;

    // Act
    let response = app.get("/api/v1/areas").await;

    // Assert
    assert_eq!(response.status(), 200);
    let list: AreaList = response.json().await.unwrap();
    let en = LocaleTag::parse("en").unwrap();
    let listed: Vec<(&str, &str, &str)> = list
        .areas
        .iter()
        .map(|a| {
            (
                a.code.as_str(),
                a.name.get(&LocaleTag::source()).unwrap(),
                a.name.get(&en).unwrap(),
            )
        })
        .collect();
    assert_eq!(
        listed,
        [
            ("yumesaki-1-chome", "夢咲1丁目", "Yumesaki 1-chome"),
            ("yumesaki-2-chome", "夢咲2丁目", "Yumesaki 2-chome"),
            ("yumesaki-3-chome", "夢咲3丁目", "Yumesaki 3-chome"),
            ("minato-1-chome", "港1丁目", "Minato 1-chome"),
            ("minato-2-chome", "港2丁目", "Minato 2-chome"),
            ("kita-yumesaki", "北夢咲", "Kita-Yumesaki"),
        ]
    );
    // A language the city did not write falls back along the reader's chain (English here).
    let korean = LocaleTag::parse("ko").unwrap();
    let shown = list.areas[5].name.resolve(&korean).unwrap();
    assert_eq!((shown.text, shown.lang), ("Kita-Yumesaki", &en));
}

async fn an_unchanged_area_list_costs_a_304_and_comes_compressed(backend: Backend) {
    // Arrange
    let app = spawn_app(backend).await;
    let first = app.get("/api/v1/areas").await;
    let etag = first.headers()["etag"].to_str().unwrap().to_owned();

    // Act
    let again = app
        .client
        .get(format!("{}/api/v1/areas", app.address))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    let brotli = app
        .client
        .get(format!("{}/api/v1/areas", app.address))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();

    // Assert
    assert_eq!(again.status(), 304);
    assert_eq!(again.headers()["etag"].to_str().unwrap(), etag);
    assert_eq!(brotli.status(), 200);
    assert_eq!(brotli.headers()["content-encoding"], "br");
    assert_eq!(brotli.headers()["vary"], "accept-encoding");
    let brotli_etag = brotli.headers()["etag"].to_str().unwrap();
    assert_eq!(brotli_etag, format!("{}-br\"", etag.trim_end_matches('"')));
}

async fn a_notice_for_an_area_not_on_the_citys_list_is_refused_at_the_rules_areas(backend: Backend) {
    // Arrange: 夢咲4丁目 is not one of the city's areas; two listed ones beside it.
    let app = spawn_app(backend).await;
    let clerk = app.clerk().await;
    let mut draft = evacuation(app.clock.now(), "evacuation-yumesaki-4-chome", "避難指示(4丁目)");
    draft["rule"]["areas"] = json!(["yumesaki-3-chome", "yumesaki-4-chome", "kita-yumesaki"]);

    // Act
    let response = app
        .post_json_as("/api/v1/admin/notices", &key(), &draft, &clerk)
        .await;

    // Assert
    assert_eq!(response.status(), 422);
    let error: ApiError = response.json().await.unwrap();
    assert_eq!(error.code, ErrorCode::InvalidSubmission);
    let problems: Vec<(&str, &str)> = error
        .problems
        .iter()
        .map(|p| (p.field.as_str(), p.message_id.as_str()))
        .collect();
    assert_eq!(problems, [("rule.areas", "notice-error-area")]);
    assert!(feed(&app).await.notices.is_empty(), "nothing was published");
}

async fn an_unlisted_area_comes_back_with_the_drafts_other_problems_in_field_order(backend: Backend) {
    // Arrange
    let app = spawn_app(backend).await;
    let mut draft = evacuation(app.clock.now(), "evacuation-minato-3-chome", "避難指示");
    draft["priority"] = json!("critical");
    draft["rule"]["areas"] = json!(["minato-3-chome", "港3丁目"]);
    draft["expiresAt"] = json!(app.clock.now().0 - 1);

    // Act
    let response = app
        .post_json_as("/api/v1/admin/notices", &key(), &draft, &app.clerk().await)
        .await;

    // Assert: the malformed code is the domain's problem, and the unlisted one adds no second
    // message at the same field.
    assert_eq!(response.status(), 422);
    let error: ApiError = response.json().await.unwrap();
    let problems: Vec<(&str, &str)> = error
        .problems
        .iter()
        .map(|p| (p.field.as_str(), p.message_id.as_str()))
        .collect();
    assert_eq!(
        problems,
        [
            ("priority", "form-error-choice"),
            ("rule.areas", "notice-error-area"),
            ("expiresAt", "notice-error-expiry"),
        ]
    );

    // And with only the unlisted code wrong besides the rest, it is reported between them.
    draft["rule"]["areas"] = json!(["minato-3-chome"]);
    let response = app
        .post_json_as("/api/v1/admin/notices", &key(), &draft, &app.clerk().await)
        .await;
    let error: ApiError = response.json().await.unwrap();
    let fields: Vec<&str> = error.problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["priority", "rule.areas", "expiresAt"]);
}

async fn replacing_a_notice_checks_its_areas_too(backend: Backend) {
    // Arrange
    let app = spawn_app(backend).await;
    let clerk = app.clerk().await;
    let mut draft = evacuation(app.clock.now(), "evacuation-minato", "避難指示(港)");
    draft["rule"]["areas"] = json!(["minato-1-chome", "minato-2-chome"]);
    let created = app
        .post_json_as("/api/v1/admin/notices", &key(), &draft, &clerk)
        .await;
    assert_eq!(created.status(), 201, "listed areas are accepted");
    let created: serde_json::Value = created.json().await.unwrap();
    let id = created["id"].as_str().unwrap();
    draft["rule"]["areas"] = json!(["minato-3-chome"]);

    // Act
    let replaced = app
        .client
        .put(format!("{}/api/v1/admin/notices/{id}", app.address))
        .header(IDEMPOTENCY_KEY_HEADER, key())
        .bearer_auth(&clerk)
        .json(&draft)
        .send()
        .await
        .unwrap();

    // Assert
    assert_eq!(replaced.status(), 422);
    let error: ApiError = replaced.json().await.unwrap();
    assert_eq!(error.problems.len(), 1);
    assert_eq!(error.problems[0].field, "rule.areas");
    assert_eq!(error.problems[0].message_id, "notice-error-area");
    let shown = feed(&app).await;
    assert_eq!(shown.notices.len(), 1);
    assert_eq!(shown.notices[0].revision, 1, "the notice stays as it was");
}

async fn the_openapi_document_describes_the_area_list(backend: Backend) {
    let app = spawn_app(backend).await;

    let doc: serde_json::Value = app.get("/api/openapi.json").await.json().await.unwrap();

    let get = &doc["paths"]["/api/v1/areas"]["get"];
    assert_eq!(get["operationId"], "listAreas");
    assert_eq!(
        get["responses"]["200"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/AreaList"
    );
    assert!(get["responses"]["304"].is_object());
    assert!(doc["components"]["schemas"]["Area"]["properties"]["code"].is_object());
}

on_both_stores!(
    the_demo_citys_areas_are_listed_in_the_citys_order_with_their_names,
    an_unchanged_area_list_costs_a_304_and_comes_compressed,
    a_notice_for_an_area_not_on_the_citys_list_is_refused_at_the_rules_areas,
    an_unlisted_area_comes_back_with_the_drafts_other_problems_in_field_order,
    replacing_a_notice_checks_its_areas_too,
    the_openapi_document_describes_the_area_list,
);
