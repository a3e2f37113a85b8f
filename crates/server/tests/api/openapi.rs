use crate::helpers::{Backend, on_both_stores, spawn_app};

async fn the_openapi_document_describes_the_catalogue_route_and_its_types(backend: Backend) {
    // Arrange
    let app = spawn_app(backend).await;

    // Act
    let response = app.get("/api/openapi.json").await;

    // Assert
    assert_eq!(response.status(), 200);
    let doc: serde_json::Value = response.json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let get = &doc["paths"]["/api/v1/procedures"]["get"];
    assert_eq!(
        get["responses"]["200"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/ProcedureCatalogue"
    );
    let channel = &doc["components"]["schemas"]["Channel"]["enum"];
    assert_eq!(
        channel,
        &serde_json::json!(["online", "kiosk", "counter", "appointment"])
    );
    assert!(doc["components"]["schemas"]["ApiError"]["properties"]["messageId"].is_object());
}

async fn every_mutation_declares_its_idempotency_key_and_every_operation_its_failures(backend: Backend) {
    // Arrange
    let app = spawn_app(backend).await;

    // Act
    let doc: serde_json::Value = app.get("/api/openapi.json").await.json().await.unwrap();

    // Assert
    let paths = doc["paths"].as_object().unwrap();
    let mut mutations = 0;
    let mut unkeyed = 0;
    let mut operation_ids = std::collections::BTreeSet::new();
    for (path, item) in paths {
        for (method, operation) in item.as_object().unwrap() {
            let id = operation["operationId"].as_str().unwrap();
            assert!(
                operation_ids.insert(id),
                "{method} {path}: operationId {id} is taken"
            );
            let responses = operation["responses"].as_object().unwrap();
            assert!(responses.contains_key("503"), "{method} {path} declares no 503");
            if method == "get" {
                continue;
            }
            let parameters = operation["parameters"].as_array().cloned().unwrap_or_default();
            if madoguchi_server::routes::accounts::UNKEYED_PATHS.contains(&path.as_str()) {
                // Sign-in answers secrets, never kept for replay: no key asked for.
                assert!(
                    !parameters.iter().any(|p| p["name"] == "Idempotency-Key"),
                    "{path}"
                );
                unkeyed += 1;
                continue;
            }
            mutations += 1;
            let key = parameters
                .iter()
                .find(|p| p["name"] == "Idempotency-Key")
                .unwrap_or_else(|| panic!("{method} {path} declares no Idempotency-Key"));
            assert_eq!(key["in"], "header");
            assert_eq!(key["required"], true);
            assert_eq!(key["schema"]["pattern"], "^[A-Za-z0-9_-]{22,128}$");
            for status in ["400", "408", "409", "413", "422"] {
                assert!(
                    responses.contains_key(status),
                    "{method} {path} declares no {status}"
                );
            }
        }
    }
    assert_eq!(
        mutations, 25,
        "POST attachments, applications, an application's withdraw, resubmit and status, \
         a device's revocation, a resident's and a staff member's sign-out, an identity check, \
         a passkey's registration; DELETE an account, a passkey; \
         bookings, a booking's cancel and reschedule, the waitlist and an offer's accept, and the \
         clerk's booking on behalf, check-in and no-show; a notice's creation, replacement (PUT) \
         and withdrawal; a push subscription (POST) and its end (DELETE)"
    );
    assert_eq!(
        unkeyed, 7,
        "a code, a sign-in, a refresh, a staff sign-in; beginning a passkey's registration and a \
         passkey sign-in, and finishing the sign-in"
    );
    assert!(doc["components"]["responses"]["MethodNotAllowed"].is_object());
}

on_both_stores!(
    the_openapi_document_describes_the_catalogue_route_and_its_types,
    every_mutation_declares_its_idempotency_key_and_every_operation_its_failures,
);
