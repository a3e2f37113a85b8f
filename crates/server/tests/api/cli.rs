//! The server's database commands, run as an operator would: `migrate` and `copy-data`.

use std::process::{Command, Output};

use madoguchi_domain::IDEMPOTENCY_KEY_HEADER;

use crate::attachments::upload;
use madoguchi_domain::account::Role;

use crate::helpers::{Backend, TestDatabase, on_both_stores, spawn_app_with_database};
use crate::inquiries::hanako_asks;

fn server(args: &[&str], database: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_madoguchi-server"));
    command
        .args(args)
        .env("MADOGUCHI_CONFIG", "/nonexistent/madoguchi.toml")
        .env("RUST_LOG", "warn");
    if let Some(database) = database {
        command.env("MADOGUCHI_DATABASE", database);
    }
    command.output().expect("the server binary runs")
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

async fn migrate_brings_an_empty_database_to_the_schema_and_says_which(backend: Backend) {
    let database = TestDatabase::new(backend).await;
    let first = server(&["migrate"], Some(&database.location.raw()));
    assert!(first.status.success(), "{}", text(&first));
    assert!(text(&first).contains("schema version"), "{}", text(&first));
    let again = server(&["migrate"], Some(&database.location.raw()));
    assert!(
        again.status.success(),
        "a second run is a no-op: {}",
        text(&again)
    );
}

async fn an_admin_registers_lists_and_revokes_a_kiosk(backend: Backend) {
    let database = TestDatabase::new(backend).await;
    let db = database.location.raw();

    let registered = server(&["kiosk", "register", "中央図書館 2階"], Some(&db));
    let blank = server(&["kiosk", "register", "  "], Some(&db));

    assert!(registered.status.success(), "{}", text(&registered));
    let said = String::from_utf8_lossy(&registered.stdout).into_owned();
    let id = said
        .split_whitespace()
        .find(|w| w.starts_with("kiosk-"))
        .expect("the kiosk's id is printed")
        .to_owned();
    let credential = said.lines().last().unwrap();
    assert!(
        credential.starts_with("kc-") && credential.len() == 3 + 64,
        "the credential is printed once, on its own line: {said}"
    );
    assert!(!blank.status.success());
    assert!(text(&blank).contains("is not a place"), "{}", text(&blank));
    let listed = server(&["kiosk", "list"], Some(&db));
    assert_eq!(
        kiosk_lines(&listed),
        [format!("{id}\t中央図書館 2階\tactive")],
        "the list shows the place, never the credential"
    );

    let revoked = server(&["kiosk", "revoke", &id], Some(&db));
    let twice = server(&["kiosk", "revoke", &id], Some(&db));

    assert!(revoked.status.success(), "{}", text(&revoked));
    assert!(!twice.status.success(), "a revoked kiosk cannot be revoked again");
    let listed = server(&["kiosk", "list"], Some(&db));
    assert_eq!(kiosk_lines(&listed), [format!("{id}\t中央図書館 2階\trevoked")]);
}

/// The lines of `kiosk list` (the database driver may log a notice beside them).
fn kiosk_lines(output: &Output) -> Vec<String> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter(|l| l.starts_with("kiosk-"))
        .map(str::to_owned)
        .collect()
}

on_both_stores!(
    migrate_brings_an_empty_database_to_the_schema_and_says_which,
    an_admin_registers_lists_and_revokes_a_kiosk,
);

/// A town's data (catalogue, departments, areas, postal codes, an inquiry, an attachment, a kept
/// idempotency answer) moves to PostgreSQL and the same API answers the same from both.
#[tokio::test]
async fn copy_data_moves_a_town_to_postgresql_and_the_api_answers_the_same() {
    let source = TestDatabase::new(Backend::Sqlite).await;
    let town = spawn_app_with_database(&source).await;
    let created = town
        .post_json(
            "/api/v1/inquiries",
            Some("copy-data-inquiry-0001"),
            &hanako_asks(),
        )
        .await;
    assert_eq!(created.status(), 201);
    let pdf = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".to_vec();
    let uploaded = upload(
        &town,
        "証明書.pdf",
        "application/pdf",
        "copy-data-upload-000001",
        pdf.clone(),
    )
    .await;
    assert_eq!(uploaded.status(), 201);
    let attachment: serde_json::Value = uploaded.json().await.unwrap();
    drop(town);

    let target = TestDatabase::new(Backend::Postgres).await;
    let copied = server(
        &[
            "copy-data",
            "--from",
            &source.location.raw(),
            "--to",
            &target.location.raw(),
        ],
        None,
    );
    assert!(copied.status.success(), "{}", text(&copied));
    assert!(text(&copied).contains("row counts and checksums match"));

    // Both with the tests' pinned clock, so the kept answer is still within its 24 hours.
    let before = spawn_app_with_database(&source).await;
    let after = spawn_app_with_database(&target).await;
    let client = reqwest::Client::new();
    let attachment_path = format!("/api/v1/admin/attachments/{}", attachment["id"].as_str().unwrap());
    for path in [
        "/api/v1/procedures",
        "/api/v1/departments",
        "/api/v1/areas",
        "/api/v1/postal-codes/9990001",
        "/api/v1/admin/inquiries",
        attachment_path.as_str(),
    ] {
        let mut answers = Vec::new();
        for server in [&before, &after] {
            let response = client
                .get(format!("{}{path}", server.address))
                .bearer_auth(server.staff_token(Role::Clerk).await)
                .send()
                .await
                .unwrap();
            answers.push((response.status().as_u16(), response.bytes().await.unwrap()));
        }
        assert_eq!(answers[0].0, 200, "{path}");
        assert_eq!(answers[0], answers[1], "{path} differs after the copy");
    }
    // The kept answer came along: a retry against PostgreSQL replays, not stores again.
    let retry = client
        .post(format!("{}/api/v1/inquiries", after.address))
        .header(IDEMPOTENCY_KEY_HEADER, "copy-data-inquiry-0001")
        .json(&hanako_asks())
        .send()
        .await
        .unwrap();
    assert_eq!(retry.headers()["idempotent-replayed"], "true");
    // New inquiries continue the references: Q-000002, never a second Q-000001.
    let next = client
        .post(format!("{}/api/v1/inquiries", after.address))
        .header(IDEMPOTENCY_KEY_HEADER, "copy-data-inquiry-0002")
        .json(&hanako_asks())
        .send()
        .await
        .unwrap();
    let receipt: serde_json::Value = next.json().await.unwrap();
    assert_eq!(receipt["reference"], "Q-000002");
}

/// Bad input gets a clear message, a failing exit code, and changes nothing.
#[tokio::test]
async fn copy_data_refuses_bad_input_and_changes_nothing() {
    let source = TestDatabase::new(Backend::Sqlite).await;
    drop(spawn_app_with_database(&source).await);
    let from = source.location.raw();
    let target = TestDatabase::new(Backend::Postgres).await;
    let to = target.location.raw();

    let refusals: Vec<(Vec<String>, &str)> = vec![
        (
            vec![
                "--from".into(),
                from.clone(),
                "--to".into(),
                "mysql://root@127.0.0.1/city".into(),
            ],
            "unsupported database scheme",
        ),
        (
            vec![
                "--from".into(),
                from.clone(),
                "--to".into(),
                "/tmp/another.sqlite3".into(),
            ],
            "--to must be a postgres:// URL",
        ),
        (
            vec![
                "--from".into(),
                source.dir().join("missing.sqlite3").display().to_string(),
                "--to".into(),
                to.clone(),
            ],
            "is not a file",
        ),
        (
            // Nothing listens on port 1.
            vec![
                "--from".into(),
                from.clone(),
                "--to".into(),
                "postgres://postgres@127.0.0.1:1/city".into(),
            ],
            "database unavailable",
        ),
    ];
    for (args, expected) in refusals {
        let mut all = vec!["copy-data".to_owned()];
        all.extend(args);
        let refs: Vec<&str> = all.iter().map(String::as_str).collect();
        let output = server(&refs, None);
        assert!(!output.status.success(), "{all:?} succeeded");
        assert!(text(&output).contains(expected), "{all:?}: {}", text(&output));
        assert!(
            text(&output).contains("nothing was changed"),
            "{all:?}: {}",
            text(&output)
        );
    }
    assert!(
        !source.dir().join("missing.sqlite3").exists(),
        "no file is created for a wrong --from"
    );

    // A target with data is refused, and keeps its data as it was.
    let first = server(&["copy-data", "--from", &from, "--to", &to], None);
    assert!(first.status.success(), "{}", text(&first));
    let second = server(&["copy-data", "--from", &from, "--to", &to], None);
    assert!(!second.status.success());
    assert!(text(&second).contains("already has data"), "{}", text(&second));
    let check = server(&["migrate"], Some(&to));
    assert!(
        check.status.success(),
        "the target is still a good database: {}",
        text(&check)
    );
}
