use crate::helpers::{Backend, on_both_stores, spawn_app_with};

async fn in_web_mode_the_ui_is_served_at_the_root_and_for_its_own_routes(backend: Backend) {
    // Arrange: a stand-in build folder with an index page.
    let ui = tempfile::tempdir().unwrap();
    std::fs::write(
        ui.path().join("index.html"),
        "<!doctype html><title>madoguchi</title>",
    )
    .unwrap();
    let app = spawn_app_with(backend, Some(ui.path().to_owned())).await;

    // Act / Assert
    for path in ["/", "/gallery"] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("<title>madoguchi</title>"),
            "{path}"
        );
    }
    assert_eq!(app.get("/api/v1/procedures").await.status(), 200);
}

async fn in_web_mode_an_unknown_api_path_is_still_a_json_404(backend: Backend) {
    let ui = tempfile::tempdir().unwrap();
    std::fs::write(ui.path().join("index.html"), "<!doctype html>").unwrap();
    let app = spawn_app_with(backend, Some(ui.path().to_owned())).await;
    let response = app.get("/api/v1/nothing-here").await;
    assert_eq!(response.status(), 404);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(
        body,
        serde_json::json!({"code": "not_found", "messageId": "error-not-found"})
    );
}

on_both_stores!(
    in_web_mode_the_ui_is_served_at_the_root_and_for_its_own_routes,
    in_web_mode_an_unknown_api_path_is_still_a_json_404,
);
