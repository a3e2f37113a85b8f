use madoguchi_domain::{ApiError, ErrorCode, PostalCodeLookup};

use crate::helpers::{Backend, on_both_stores, spawn_app};

async fn a_demo_postal_code_gives_its_address_however_it_is_written(backend: Backend) {
    let app = spawn_app(backend).await;
    for written in [
        "999-0001",
        "9990001",
        "%EF%BC%99%EF%BC%99%EF%BC%99%EF%BC%90%EF%BC%90%EF%BC%90%EF%BC%91",
    ] {
        let response = app.get(&format!("/api/v1/postal-codes/{written}")).await;
        assert_eq!(response.status(), 200, "{written}");
        assert!(
            response.headers()["cache-control"]
                .to_str()
                .unwrap()
                .contains("max-age")
        );
        let lookup: PostalCodeLookup = response.json().await.unwrap();
        assert_eq!(lookup.postal_code.to_string(), "999-0001");
        assert_eq!(lookup.addresses.len(), 1);
        assert_eq!(lookup.addresses[0].line(), "夢咲県夢咲市本町一丁目");
    }
}

async fn a_code_shared_by_two_towns_lists_both_in_order(backend: Backend) {
    let app = spawn_app(backend).await;
    let lookup: PostalCodeLookup = app
        .get("/api/v1/postal-codes/9990010")
        .await
        .json()
        .await
        .unwrap();
    let towns: Vec<_> = lookup.addresses.iter().map(|a| a.town.as_str()).collect();
    assert_eq!(towns, ["港町", "浜町"]);
}

async fn an_unknown_code_is_a_404_and_a_malformed_one_a_400_each_with_its_message_id(backend: Backend) {
    let app = spawn_app(backend).await;
    let unknown = app.get("/api/v1/postal-codes/1234567").await;
    assert_eq!(unknown.status(), 404);
    let error: ApiError = unknown.json().await.unwrap();
    assert_eq!(error.code, ErrorCode::PostalCodeUnknown);
    assert_eq!(error.message_id, "postal-error-unknown");

    let malformed = app.get("/api/v1/postal-codes/12-34").await;
    assert_eq!(malformed.status(), 400);
    let error: ApiError = malformed.json().await.unwrap();
    assert_eq!(error.code, ErrorCode::InvalidPostalCode);
}

async fn a_city_loads_japan_posts_file_with_the_import_command(backend: Backend) {
    use madoguchi_domain::PostalCode;

    let test_database = crate::helpers::TestDatabase::new(backend).await;
    let dir = test_database.dir();
    let database = test_database.location.raw();
    let csv = dir.join("utf_ken_all.csv");
    std::fs::write(
        &csv,
        "13101,\"100  \",\"1000001\",\"ﾄｳｷｮｳﾄ\",\"ﾁﾖﾀﾞｸ\",\"ﾁﾖﾀﾞ\",\"東京都\",\"千代田区\",\"千代田\",0,0,0,0,0,0\n\
         13101,\"100  \",\"1000000\",\"ﾄｳｷｮｳﾄ\",\"ﾁﾖﾀﾞｸ\",\"ｲｶﾆｹｲｻｲｶﾞﾅｲﾊﾞｱｲ\",\"東京都\",\"千代田区\",\"以下に掲載がない場合\",0,0,0,0,0,0\n",
    )
    .unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_madoguchi-server"))
        .args(["import-postal-codes", csv.to_str().unwrap()])
        .env("MADOGUCHI_DATABASE", &database)
        .env("MADOGUCHI_CONFIG", dir.join("none.toml"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("imported 2 postal addresses"));

    let store = madoguchi_server::storage::open(&test_database.location)
        .await
        .unwrap();
    let found = store
        .postal_addresses(PostalCode::parse("100-0001").unwrap())
        .await
        .unwrap();
    assert_eq!(found[0].line(), "東京都千代田区千代田");
    let whole = store
        .postal_addresses(PostalCode::parse("100-0000").unwrap())
        .await
        .unwrap();
    assert_eq!(whole[0].town, "");

    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_madoguchi-server"))
        .args(["import-postal-codes", dir.join("missing.csv").to_str().unwrap()])
        .env("MADOGUCHI_DATABASE", &database)
        .env("MADOGUCHI_CONFIG", dir.join("none.toml"))
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert_eq!(
        store
            .postal_addresses(PostalCode::parse("100-0001").unwrap())
            .await
            .unwrap()
            .len(),
        1,
        "a failed import leaves the data as it was"
    );
}

on_both_stores!(
    a_city_loads_japan_posts_file_with_the_import_command,
    a_demo_postal_code_gives_its_address_however_it_is_written,
    a_code_shared_by_two_towns_lists_both_in_order,
    an_unknown_code_is_a_404_and_a_malformed_one_a_400_each_with_its_message_id,
);
