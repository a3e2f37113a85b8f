//! What residents and load balancers see when the database is in trouble: never a 500.

use madoguchi_domain::{ApiError, ErrorCode, IDEMPOTENCY_KEY_HEADER};
use madoguchi_server::storage::DatabaseLocation;

use crate::helpers::{APPLICATIONS_PATH, Backend, admin_sql, hanako_asks, on_both_stores, spawn_app};

async fn health_answers_204_while_the_database_answers(backend: Backend) {
    let app = spawn_app(backend).await;
    assert_eq!(app.get("/api/health").await.status(), 204);
}

on_both_stores!(health_answers_204_while_the_database_answers);

/// A load balancer must drop an instance whose database is gone: 503, with the stable code.
#[tokio::test]
async fn health_answers_503_when_postgresql_is_gone() {
    let app = spawn_app(Backend::Postgres).await;
    assert_eq!(app.get("/api/health").await.status(), 204);
    let DatabaseLocation::Postgres(url) = app.database_location() else {
        unreachable!("a PostgreSQL test app")
    };
    let name = url.rsplit('/').next().expect("a database name").to_owned();
    admin_sql(&format!("DROP DATABASE {name} WITH (FORCE)")).await;

    let response = app.get("/api/health").await;
    assert_eq!(response.status(), 503);
    assert_eq!(response.headers()["retry-after"], "1");
    let error: ApiError = response.json().await.unwrap();
    assert_eq!(error.code, ErrorCode::Unavailable);
    // The catalogue, too, is "try again", not "the server broke".
    assert_eq!(app.get("/api/v1/procedures").await.status(), 503);
}

/// Another process (a backup, the CLI) holds SQLite's write lock past the busy timeout: the
/// resident's app gets 503 `unavailable` (its outbox retries), not a 500; once the lock is gone
/// the same request with the same key is stored once.
#[tokio::test]
async fn a_locked_sqlite_database_answers_503_and_the_retry_is_stored_once() {
    let app = spawn_app(Backend::Sqlite).await;
    let DatabaseLocation::Sqlite(path) = app.database_location() else {
        unreachable!("a SQLite test app")
    };
    let blocker = rusqlite::Connection::open(path).unwrap();
    blocker.execute_batch("BEGIN IMMEDIATE").unwrap();

    let send = || {
        app.client
            .post(format!("{}{APPLICATIONS_PATH}", app.address))
            .header(IDEMPOTENCY_KEY_HEADER, "locked-database-0001-aaaa")
            .json(&hanako_asks())
            .send()
    };
    let response = send().await.unwrap();
    assert_eq!(response.status(), 503);
    assert_eq!(response.headers()["retry-after"], "1");
    let error: ApiError = response.json().await.unwrap();
    assert_eq!(error.code, ErrorCode::Unavailable);
    // Reads do not wait for the write lock (WAL).
    assert_eq!(app.get("/api/v1/procedures").await.status(), 200);

    blocker.execute_batch("ROLLBACK").unwrap();
    let first = send().await.unwrap();
    assert_eq!(first.status(), 201);
    let again = send().await.unwrap();
    assert_eq!(again.status(), 201);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
}
