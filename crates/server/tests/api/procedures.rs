use madoguchi_domain::{Channel, LifeEvent, LocaleTag, ProcedureCatalogue};

use crate::helpers::{Backend, on_both_stores, spawn_app};

async fn the_catalogue_lists_the_demo_citys_procedures_with_japanese_and_english_names(backend: Backend) {
    // Arrange
    let app = spawn_app(backend).await;

    // Act
    let response = app.get("/api/v1/procedures").await;

    // Assert
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    let catalogue: ProcedureCatalogue = response.json().await.unwrap();
    assert_eq!(catalogue.city.get(&LocaleTag::source()), Some("夢咲市"));
    assert!(
        catalogue.procedures.len() >= 10,
        "only {} procedures",
        catalogue.procedures.len()
    );
    let moving_in = catalogue
        .procedures
        .iter()
        .find(|p| p.id.as_str() == "moving-in")
        .unwrap();
    assert_eq!(moving_in.name.get(&LocaleTag::source()), Some("転入届"));
    assert_eq!(
        moving_in.name.get(&LocaleTag::parse("en").unwrap()),
        Some("Moving-in notification")
    );
    assert_eq!(moving_in.channels, [Channel::Online, Channel::Counter]);
}

async fn a_language_the_city_does_not_translate_falls_back_along_its_chain(backend: Backend) {
    let app = spawn_app(backend).await;
    let catalogue: ProcedureCatalogue = app.get("/api/v1/procedures").await.json().await.unwrap();
    // French is not one of the demo city's languages: English comes next in its chain.
    let fr = LocaleTag::parse("fr").unwrap();
    let name = catalogue.procedures[0].name.resolve(&fr).unwrap();
    assert_eq!(name.lang.as_str(), "en");
    assert!(name.is_fallback_for(&fr));
    // A Japanese variant the city does not write falls back to Japanese, never to English.
    let variant = LocaleTag::parse("ja-x-kansai").unwrap();
    assert_eq!(
        catalogue.procedures[0]
            .name
            .resolve(&variant)
            .unwrap()
            .lang
            .as_str(),
        "ja"
    );
}

/// The catalogue groups procedures by life event (引越し, 出産・子育て, おくやみ, 就学): each
/// procedure says which it belongs to, as the city wrote them, kept by the store both ways.
async fn the_catalogue_groups_procedures_by_life_event(backend: Backend) {
    // Act
    let app = spawn_app(backend).await;
    let catalogue: ProcedureCatalogue = app.get("/api/v1/procedures").await.json().await.unwrap();

    // Assert: every life event has its procedures, in the city's order.
    assert_eq!(catalogue.life_events(), LifeEvent::ALL);
    let ids = |event| {
        catalogue
            .in_life_event(event)
            .map(|p| p.id.to_string())
            .collect::<Vec<_>>()
    };
    let moving = ids(LifeEvent::Moving);
    assert_eq!(&moving[..2], ["moving-in", "moving-out"], "{moving:?}");
    assert!(moving.contains(&"oversized-waste".to_owned()), "{moving:?}");
    assert!(ids(LifeEvent::Childbirth).contains(&"child-allowance".to_owned()));
    assert!(ids(LifeEvent::Bereavement).contains(&"national-health-insurance".to_owned()));
    assert!(ids(LifeEvent::SchoolEntry).contains(&"school-enrollment".to_owned()));
    // A procedure in several events is in each; one in none is in none.
    let insurance = catalogue
        .procedures
        .iter()
        .find(|p| p.id.as_str() == "national-health-insurance")
        .unwrap();
    assert_eq!(
        insurance.life_events,
        [LifeEvent::Moving, LifeEvent::Childbirth, LifeEvent::Bereavement]
    );
    let consultation = catalogue
        .procedures
        .iter()
        .find(|p| p.id.as_str() == "foreign-resident-consultation")
        .unwrap();
    assert!(consultation.life_events.is_empty());
}

async fn two_servers_on_port_zero_keep_separate_databases(backend: Backend) {
    let a = spawn_app(backend).await;
    let b = spawn_app(backend).await;
    assert_ne!(a.address, b.address);
    assert_eq!(a.get("/api/v1/procedures").await.status(), 200);
    assert_eq!(b.get("/api/v1/procedures").await.status(), 200);
}

async fn an_unknown_api_path_is_a_404(backend: Backend) {
    let app = spawn_app(backend).await;
    assert_eq!(app.get("/api/v1/nothing-here").await.status(), 404);
}

on_both_stores!(
    the_catalogue_lists_the_demo_citys_procedures_with_japanese_and_english_names,
    a_language_the_city_does_not_translate_falls_back_along_its_chain,
    the_catalogue_groups_procedures_by_life_event,
    two_servers_on_port_zero_keep_separate_databases,
    an_unknown_api_path_is_a_404,
);
