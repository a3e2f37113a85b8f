use crate::helpers::spawn_app;

#[tokio::test]
async fn the_openapi_document_describes_the_catalogue_route_and_its_types() {
    // Arrange
    let app = spawn_app().await;

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
