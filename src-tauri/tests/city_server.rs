//! The shell's HTTP client against the real server (port 0, fresh database) and against nothing.

use madoguchi_domain::ErrorCode;
use madoguchi_server::{Application, ServerConfig};
use madoguchi_shell::city_server::CityServer;

#[tokio::test]
async fn the_catalogue_comes_from_the_running_server() {
    let dir = tempfile::tempdir().unwrap();
    let config = ServerConfig {
        port: 0,
        database: madoguchi_server::storage::DatabaseLocation::Sqlite(dir.path().join("c.sqlite3")),
        ..ServerConfig::default()
    };
    let app = Application::build(&config).await.unwrap();
    let url = format!("http://{}/", app.local_addr());
    tokio::spawn(app.run_until(std::future::pending()));

    let catalogue = CityServer::new(url.parse().unwrap())
        .procedure_catalogue()
        .await
        .unwrap();
    assert!(catalogue.procedures.len() >= 10);
}

#[tokio::test]
async fn a_stopped_server_is_reported_as_unreachable_with_its_message_id() {
    // Bind then drop a listener: the port is free and nothing answers on it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let server = CityServer::new(format!("http://127.0.0.1:{port}/").parse().unwrap());

    let error = server.procedure_catalogue().await.unwrap_err().to_api_error();
    assert_eq!(error.code, ErrorCode::ServerUnreachable);
    assert_eq!(
        serde_json::to_value(&error).unwrap()["messageId"],
        "error-server-unreachable"
    );
}
