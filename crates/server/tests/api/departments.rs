use madoguchi_domain::{DepartmentCatalogue, LocaleTag};

use crate::helpers::{Backend, on_both_stores, spawn_app};

async fn the_demo_city_lists_its_departments_in_japanese_and_english(backend: Backend) {
    // Arrange
    let app = spawn_app(backend).await;

    // Act
    let response = app.get("/api/v1/departments").await;

    // Assert
    assert_eq!(response.status(), 200);
    let catalogue: DepartmentCatalogue = response.json().await.unwrap();
    let citizen = catalogue
        .departments
        .iter()
        .find(|d| d.id.as_str() == "citizen-affairs")
        .unwrap();
    assert_eq!(citizen.name.get(&LocaleTag::source()), Some("市民課"));
    assert_eq!(
        citizen.name.get(&LocaleTag::parse("en").unwrap()),
        Some("Citizen Affairs Division")
    );
}

async fn an_unchanged_catalogue_costs_a_304_when_the_client_sends_its_etag(backend: Backend) {
    let app = spawn_app(backend).await;
    for path in ["/api/v1/departments", "/api/v1/procedures"] {
        let first = app.get(path).await;
        let etag = first.headers()["etag"].to_str().unwrap().to_owned();

        let again = app
            .client
            .get(format!("{}{path}", app.address))
            .header("if-none-match", &etag)
            .send()
            .await
            .unwrap();

        assert_eq!(again.status(), 304, "{path}");
        assert_eq!(again.headers()["etag"].to_str().unwrap(), etag);
        let stale = app
            .client
            .get(format!("{}{path}", app.address))
            .header("if-none-match", "\"old\"")
            .send()
            .await
            .unwrap();
        assert_eq!(stale.status(), 200, "{path}");
    }
}

on_both_stores!(
    the_demo_city_lists_its_departments_in_japanese_and_english,
    an_unchanged_catalogue_costs_a_304_when_the_client_sends_its_etag,
);
