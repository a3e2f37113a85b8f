//! The OpenAPI contract, pinned where an outside client (schemathesis, `cargo xtask test`) found
//! the server answering otherwise than its document says: a method a route lacks, a malformed
//! idempotency key, the postal code's accepted forms, and JSON bodies on every refusal.

use madoguchi_domain::{ApiError, ErrorCode, IDEMPOTENCY_KEY_HEADER, PostalCodeLookup};
use reqwest::Method;

use crate::helpers::{APPLICATIONS_PATH, Backend, TestApp, hanako_asks, on_both_stores, spawn_app};

async fn send(app: &TestApp, method: Method, path: &str, key: Option<&str>) -> reqwest::Response {
    let mut request = app.client.request(method, format!("{}{path}", app.address));
    if let Some(key) = key {
        request = request.header(IDEMPOTENCY_KEY_HEADER, key);
    }
    request.send().await.expect("request reaches the server")
}

async fn error_code(response: reqwest::Response) -> ErrorCode {
    response.json::<ApiError>().await.expect("an ApiError body").code
}

async fn a_method_the_applications_route_lacks_is_405_with_allow_and_a_json_body_not_a_key_error(
    backend: Backend,
) {
    // Regression: the idempotency layer used to answer TRACE and PUT with 400
    // `idempotency_key_missing`, before the router could say the method does not exist.
    let app = spawn_app(backend).await;
    for method in [Method::TRACE, Method::PUT, Method::DELETE, Method::PATCH] {
        for key in [None, Some("method-check-0001-aaaaaaa")] {
            // Act
            let response = send(&app, method.clone(), APPLICATIONS_PATH, key).await;

            // Assert
            assert_eq!(response.status(), 405, "{method} with key {key:?}");
            assert_eq!(response.headers()["allow"], "POST", "{method}");
            assert_eq!(error_code(response).await, ErrorCode::InvalidRequest);
        }
    }
}

async fn a_method_a_read_only_route_lacks_is_405_too(backend: Backend) {
    let app = spawn_app(backend).await;

    let response = send(
        &app,
        Method::POST,
        "/api/v1/procedures",
        Some("method-check-0002-aaaaaaa"),
    )
    .await;

    assert_eq!(response.status(), 405);
    assert!(response.headers()["allow"].to_str().unwrap().contains("GET"));
    assert_eq!(error_code(response).await, ErrorCode::InvalidRequest);
}

async fn a_malformed_idempotency_key_is_400_idempotency_key_invalid(backend: Backend) {
    let app = spawn_app(backend).await;
    let too_long = "k".repeat(129);
    for key in [
        "short",
        "fifteen-chars-x",
        // 21 characters hold at most 126 bits: too few to be unguessable.
        "twenty-one-chars-0001",
        "has space in it 1234 56",
        "dots.are.not.allowed.here",
        too_long.as_str(),
    ] {
        // Act
        let response = app.post_json(APPLICATIONS_PATH, Some(key), &hanako_asks()).await;

        // Assert
        assert_eq!(response.status(), 400, "{key:?}");
        assert_eq!(
            error_code(response).await,
            ErrorCode::IdempotencyKeyInvalid,
            "{key:?}"
        );
    }
}

async fn a_missing_idempotency_key_is_400_idempotency_key_missing(backend: Backend) {
    let app = spawn_app(backend).await;

    let response = app.post_json(APPLICATIONS_PATH, None, &hanako_asks()).await;

    assert_eq!(response.status(), 400);
    assert_eq!(error_code(response).await, ErrorCode::IdempotencyKeyMissing);
}

async fn the_shortest_and_longest_keys_the_document_allows_are_accepted(backend: Backend) {
    let app = spawn_app(backend).await;
    let longest = "_-".repeat(64);
    // 22 base64url characters: 132 bits, the fewest that hold 128.
    for key in ["AbCdEfGhIjKlMnOpQrSt_-", longest.as_str()] {
        let response = app.post_json(APPLICATIONS_PATH, Some(key), &hanako_asks()).await;

        assert_eq!(response.status(), 201, "{key:?}");
    }
}

async fn every_form_of_a_postal_code_the_document_allows_is_looked_up(backend: Backend) {
    // Each corner of the declared pattern: 〒, full-width digits, each dash, blanks around
    // (U+3000 and a tab, percent-encoded as a client sends them).
    let app = spawn_app(backend).await;
    for written in [
        "%E3%80%92999-0001",                                                // 〒999-0001
        "%E3%80%92%E3%80%80999%E2%80%900001",                               // 〒　999‐0001
        "999%E2%88%920001",                                                 // 999−0001
        "999%E3%83%BC0001",                                                 // 999ー0001
        "999%EF%BC%8D0001",                                                 // 999－0001
        "999%E2%80%930001",                                                 // 999–0001
        "%09999-0001%E3%80%80",                                             // tab, then U+3000 after
        "%EF%BC%99%EF%BC%99%EF%BC%99-%EF%BC%90%EF%BC%90%EF%BC%90%EF%BC%91", // ９９９-０００１
    ] {
        let response = app.get(&format!("/api/v1/postal-codes/{written}")).await;

        assert_eq!(response.status(), 200, "{written}");
        let lookup: PostalCodeLookup = response.json().await.unwrap();
        assert_eq!(lookup.postal_code.to_string(), "999-0001");
    }
}

async fn a_postal_code_outside_the_pattern_is_400_in_json_even_when_not_utf8(backend: Backend) {
    let app = spawn_app(backend).await;
    for written in [
        "99-90001",
        "999--0001",
        "〒〒",
        "%FF%FE",
        "999-0001x",
        "%E3%80%92%20%E3%80%92999-0001",
    ] {
        let response = app.get(&format!("/api/v1/postal-codes/{written}")).await;

        assert_eq!(response.status(), 400, "{written}");
        assert_eq!(error_code(response).await, ErrorCode::InvalidPostalCode);
    }
}

async fn an_upload_without_a_name_is_400_invalid_request_in_json(backend: Backend) {
    let app = spawn_app(backend).await;
    let resident = app.resident().await;

    let response = app
        .client
        .post(format!("{}/api/v1/attachments", app.address))
        .bearer_auth(resident)
        .header("content-type", "image/png")
        .header(IDEMPOTENCY_KEY_HEADER, "nameless-upload-0000000001")
        .body(b"\x89PNG\r\n\x1a\n".to_vec())
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), 400);
    assert_eq!(error_code(response).await, ErrorCode::InvalidRequest);
}

async fn an_unknown_api_path_is_still_a_json_404(backend: Backend) {
    let app = spawn_app(backend).await;

    let response = app.get("/api/v1/no-such-thing").await;

    assert_eq!(response.status(), 404);
    assert_eq!(error_code(response).await, ErrorCode::NotFound);
}

on_both_stores!(
    a_method_the_applications_route_lacks_is_405_with_allow_and_a_json_body_not_a_key_error,
    a_method_a_read_only_route_lacks_is_405_too,
    a_malformed_idempotency_key_is_400_idempotency_key_invalid,
    a_missing_idempotency_key_is_400_idempotency_key_missing,
    the_shortest_and_longest_keys_the_document_allows_are_accepted,
    every_form_of_a_postal_code_the_document_allows_is_looked_up,
    a_postal_code_outside_the_pattern_is_400_in_json_even_when_not_utf8,
    an_upload_without_a_name_is_400_invalid_request_in_json,
    an_unknown_api_path_is_still_a_json_404,
);
