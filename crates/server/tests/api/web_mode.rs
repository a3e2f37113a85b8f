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

async fn every_page_and_api_answer_carries_the_security_headers_and_personal_data_is_never_stored(
    backend: Backend,
) {
    let ui = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(ui.path().join("gallery")).unwrap();
    std::fs::write(ui.path().join("index.html"), "<!doctype html>").unwrap();
    std::fs::write(ui.path().join("gallery/index.html"), "<!doctype html>").unwrap();
    let app = spawn_app_with(backend, Some(ui.path().to_owned())).await;
    let resident = app.sign_in("hanako@example.jp").await;
    let clerk = app.clerk().await;
    let pages = [app.get("/").await, app.get("/gallery/").await];
    let personal = [
        app.get_as_staff("/api/v1/account", &resident.access.access_token)
            .await,
        app.get_as_staff("/api/v1/admin/applications", &clerk).await,
    ];
    for response in pages.iter().chain(&personal) {
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().unwrap();
        for directive in [
            "script-src 'self' 'wasm-unsafe-eval'",
            "style-src 'self';",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ] {
            assert!(
                csp.contains(directive),
                "{} lacks {directive}: {csp}",
                response.url()
            );
        }
        assert!(!csp.contains("unsafe-inline"), "{csp}");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert_eq!(headers["referrer-policy"], "no-referrer");
    }
    for response in &personal {
        assert_eq!(response.status(), 200, "{}", response.url());
        assert_eq!(
            response.headers()["cache-control"],
            "no-store",
            "{}",
            response.url()
        );
    }
    // The public catalogue stays cacheable by its ETag.
    assert_ne!(
        app.get("/api/v1/procedures")
            .await
            .headers()
            .get("cache-control")
            .map(|v| v.to_str().unwrap().to_owned()),
        Some("no-store".to_owned())
    );
}

async fn the_ui_s_scripts_wasm_and_stylesheets_carry_only_nosniff_and_its_documents_everything(
    backend: Backend,
) {
    // Arrange: a stand-in build with a page, a script, the WASM, a stylesheet and a picture.
    let ui = tempfile::tempdir().unwrap();
    for (name, body) in [
        ("index.html", "<!doctype html>"),
        ("app-0123.js", "export {}"),
        ("app-0123.wasm", "\0asm"),
        ("app-0123.css", "p{}"),
        ("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
    ] {
        std::fs::write(ui.path().join(name), body).unwrap();
    }
    let app = spawn_app_with(backend, Some(ui.path().to_owned())).await;

    for path in ["/app-0123.js", "/app-0123.wasm", "/app-0123.css"] {
        // Act
        let response = app.get(path).await;

        // Assert: a file a document loads takes its rules from that document.
        assert_eq!(response.status(), 200, "{path}");
        let headers = response.headers();
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        for absent in ["content-security-policy", "x-frame-options", "referrer-policy"] {
            assert!(headers.get(absent).is_none(), "{path} has {absent}");
        }
    }
    // A document, a picture that can be opened as one, and the API keep every header.
    for path in ["/", "/logo.svg", "/api/v1/procedures"] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        let headers = response.headers();
        for present in ["content-security-policy", "x-frame-options", "referrer-policy"] {
            assert!(headers.get(present).is_some(), "{path} lacks {present}");
        }
    }
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
    every_page_and_api_answer_carries_the_security_headers_and_personal_data_is_never_stored,
    in_web_mode_the_ui_is_served_at_the_root_and_for_its_own_routes,
    in_web_mode_an_unknown_api_path_is_still_a_json_404,
    the_ui_s_scripts_wasm_and_stylesheets_carry_only_nosniff_and_its_documents_everything,
);
