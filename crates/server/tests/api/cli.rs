//! The server's database commands, run as an operator would: `migrate` (on an empty database,
//! and on one an older server left with data to carry over) and `copy-data`.

use std::collections::BTreeSet;
use std::process::{Command, Output};

use madoguchi_domain::application::{ApplicationReceipt, ApplicationStatus};
use madoguchi_domain::form::{Answers, FormSchema};
use madoguchi_domain::{IDEMPOTENCY_KEY_HEADER, UnixMillis};
use madoguchi_server::storage::DatabaseLocation;
use serde_json::json;

use crate::attachments::upload;
use madoguchi_domain::account::Role;

use crate::helpers::{
    APPLICATIONS_PATH, Backend, START, TestDatabase, hanako_asks, on_both_stores, spawn_app_with_database,
    spawn_app_with_database_configured, staff_list,
};

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

const DAY: i64 = 24 * 60 * 60 * 1000;

/// A database as the last server with `POST /api/v1/inquiries` left it: every migration file
/// before the one that makes inquiries applications (SQLite's 0018, PostgreSQL's 0016), applied
/// and recorded as that server did (a version counts the migrations applied, so a gap in the
/// files' numbers is not one).
async fn database_with_the_inquiries_table(backend: Backend) -> TestDatabase {
    let database = TestDatabase::new(backend).await;
    let (store, first_not_applied) = match backend {
        Backend::Sqlite => ("sqlite", 18),
        Backend::Postgres => ("postgres", 16),
    };
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(store);
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            name.ends_with(".sql") && name[..4].parse::<u32>().unwrap() < first_not_applied
        })
        .collect();
    files.sort();
    let mut sql: String = files
        .iter()
        .map(|file| std::fs::read_to_string(file).unwrap())
        .collect::<Vec<_>>()
        .join("\n");
    let applied = files.len();
    match backend {
        Backend::Sqlite => sql.push_str(&format!("\nPRAGMA user_version = {applied};")),
        Backend::Postgres => sql.insert_str(
            0,
            &format!(
                "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now());
                 INSERT INTO schema_migrations (version) SELECT generate_series(1, {applied});\n"
            ),
        ),
    }
    execute(&database, &sql).await;
    database
}

/// Runs `sql` (statements separated by `;`) on the test's database, as a database's own tool would.
async fn execute(database: &TestDatabase, sql: &str) {
    match &database.location {
        DatabaseLocation::Sqlite(path) => rusqlite::Connection::open(path)
            .unwrap()
            .execute_batch(sql)
            .unwrap(),
        DatabaseLocation::Postgres(url) => {
            let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await.unwrap();
            let connection = tokio::spawn(connection);
            client.batch_execute(sql).await.unwrap();
            drop(client);
            let _ = connection.await;
        }
    }
}

fn answers(value: serde_json::Value) -> Answers {
    serde_json::from_value(value).unwrap()
}

/// A city upgrading from a server that still had `POST /api/v1/inquiries`, which never imported an
/// `inquiry` form: `migrate` makes each question it holds an application of that form, which the
/// clerk finds under the reference the resident was given, with what was asked and when, and
/// answers like any other; the form comes with them, so the next question is asked on it.
async fn migrate_makes_each_inquiry_a_question_the_clerk_finds_and_answers(backend: Backend) {
    // Arrange: Hanako asked two days ago (quotes, a backslash and a line break in her message);
    // someone else, with only a phone number, yesterday.
    let database = database_with_the_inquiries_table(backend).await;
    let (asked, later) = (START.0 - 2 * DAY, START.0 - DAY);
    let message = "土曜日に\"窓口\"は開いていますか。\n急ぎではありません\\";
    execute(
        &database,
        &format!(
            "INSERT INTO departments (id, position) VALUES ('citizen-affairs', 0), ('tax', 1);
             INSERT INTO inquiries (id, department_id, subject, message, contact_name, contact_email, contact_phone, received_at)
             VALUES (7, 'citizen-affairs', '住民票の写しについて', '{message}', '夢咲 花子', 'hanako@example.jp', NULL, {asked}),
                    (8, 'tax', '固定資産税', '納付書が届きません。', NULL, NULL, '0612-34-5678', {later});"
        ),
    )
    .await;

    // Act
    let migrated = server(&["migrate"], Some(&database.location.raw()));

    // Assert
    assert!(migrated.status.success(), "{}", text(&migrated));
    // A city of its own, not the demo: whatever form there is came with the questions.
    let app = spawn_app_with_database_configured(&database, |config| config.demo_city = false).await;
    let list = staff_list(&app).await;
    let references: Vec<&str> = list.iter().map(|a| a.reference.0.as_str()).collect();
    assert_eq!(references, ["Q-000007", "Q-000008"]);
    let (hanako, other) = (&list[0], &list[1]);
    assert_eq!(hanako.procedure.as_str(), "inquiry");
    assert_eq!(hanako.form_version, 1);
    assert_eq!(hanako.status, ApplicationStatus::Submitted);
    let history: Vec<_> = hanako.history.iter().map(|c| (c.status, c.at)).collect();
    assert_eq!(history, [(ApplicationStatus::Submitted, UnixMillis(asked))]);
    assert_eq!(
        hanako.answers,
        answers(json!({
            "department": "citizen-affairs",
            "subject": "住民票の写しについて",
            "message": message,
            "reply-by": "email",
            "contact-email": "hanako@example.jp",
            "contact-name": "夢咲 花子"
        }))
    );
    assert_eq!(
        other.answers,
        answers(json!({
            "department": "tax",
            "subject": "固定資産税",
            "message": "納付書が届きません。",
            "reply-by": "phone",
            "contact-phone": "0612-34-5678"
        }))
    );
    assert_eq!(other.history[0].at, UnixMillis(later));
    // The form they name is served, and every answer is one of its fields.
    let form: FormSchema = app
        .get("/api/v1/procedures/inquiry/form?version=1")
        .await
        .json()
        .await
        .unwrap();
    let fields: BTreeSet<&str> = form
        .steps
        .iter()
        .flat_map(|step| &step.fields)
        .map(|field| field.id.as_str())
        .collect();
    for question in &list {
        for id in question.answers.keys() {
            assert!(fields.contains(id.as_str()), "{id} is not a field of the form");
        }
    }
    // The clerk answers an old question like any other.
    let answered = app
        .post_json_as(
            "/api/v1/admin/applications/Q-000007/status",
            "answer-old-question-0001",
            &json!({ "status": "received", "message": "土曜日は閉庁しています。" }),
            &app.clerk().await,
        )
        .await;
    assert_eq!(answered.status(), 200, "{}", answered.text().await.unwrap());
    // A question asked now, on that form, gets a reference never given before and comes last.
    let next = app
        .post_json(
            APPLICATIONS_PATH,
            Some("question-after-upgrade-0001"),
            &hanako_asks(),
        )
        .await;
    assert_eq!(next.status(), 201, "{}", next.text().await.unwrap());
    let receipt: ApplicationReceipt = next.json().await.unwrap();
    assert_eq!(receipt.reference.0, "YMS-2026-000003");
    let list = staff_list(&app).await;
    let references: Vec<&str> = list.iter().map(|a| a.reference.0.as_str()).collect();
    assert_eq!(references, ["Q-000007", "Q-000008", "YMS-2026-000003"]);
    assert_eq!(list[0].status, ApplicationStatus::Received);
}

/// A city that already took questions on the `inquiry` form when it upgraded (the demo city
/// imported it at start): `migrate` adds no second form, the old questions name its version 1, and
/// the clerk's list stays oldest first, an old question before a newer application with a smaller
/// number.
async fn migrated_inquiries_take_their_place_among_the_questions_already_on_the_form(backend: Backend) {
    // Arrange: the form, a question sent on it yesterday, and an inquiry sent through the old
    // route the day before by an app not yet updated.
    let database = database_with_the_inquiries_table(backend).await;
    let form = madoguchi_server::demo::forms()
        .into_iter()
        .find(|form| form.procedure.as_str() == "inquiry")
        .unwrap();
    let schema = serde_json::to_string(&form).unwrap().replace('\'', "''");
    let sent = serde_json::to_string(&hanako_asks()["answers"]).unwrap();
    let (asked, sent_at) = (START.0 - 2 * DAY, START.0 - DAY);
    let token_hash = "0".repeat(64);
    execute(
        &database,
        &format!(
            "INSERT INTO forms (procedure_id, version, schema, imported_at) VALUES ('inquiry', 1, '{schema}', 0);
             INSERT INTO applications (reference, procedure_id, form_version, answers, status, access_token_sha256, received_at)
             VALUES ('YMS-2026-000001', 'inquiry', 1, '{sent}', 'submitted', '{token_hash}', {sent_at});
             INSERT INTO application_events (application_id, position, status, at, actor)
             SELECT id, 0, 'submitted', received_at, 'resident' FROM applications;
             INSERT INTO departments (id, position) VALUES ('welfare', 0);
             INSERT INTO inquiries (id, department_id, subject, message, contact_name, contact_email, contact_phone, received_at)
             VALUES (1, 'welfare', '介護保険の申請', '母の介護について相談したいです。', NULL, 'taro@example.jp', NULL, {asked});"
        ),
    )
    .await;

    // Act
    let migrated = server(&["migrate"], Some(&database.location.raw()));

    // Assert
    assert!(migrated.status.success(), "{}", text(&migrated));
    let app = spawn_app_with_database(&database).await;
    let list = staff_list(&app).await;
    let found: Vec<(&str, u32, UnixMillis)> = list
        .iter()
        .map(|a| (a.reference.0.as_str(), a.form_version, a.history[0].at))
        .collect();
    assert_eq!(
        found,
        [
            ("Q-000001", 1, UnixMillis(asked)),
            ("YMS-2026-000001", 1, UnixMillis(sent_at)),
        ]
    );
    assert_eq!(list[1].answers, answers(hanako_asks()["answers"].clone()));
    let kept: FormSchema = app
        .get("/api/v1/procedures/inquiry/form")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(kept, form, "the city's form, and no newer one");
}

on_both_stores!(
    migrate_brings_an_empty_database_to_the_schema_and_says_which,
    an_admin_registers_lists_and_revokes_a_kiosk,
    migrate_makes_each_inquiry_a_question_the_clerk_finds_and_answers,
    migrated_inquiries_take_their_place_among_the_questions_already_on_the_form,
);

/// A town's data (catalogue, departments, areas, postal codes, a question, an attachment, a kept
/// idempotency answer) moves to PostgreSQL and the same API answers the same from both.
#[tokio::test]
async fn copy_data_moves_a_town_to_postgresql_and_the_api_answers_the_same() {
    let source = TestDatabase::new(Backend::Sqlite).await;
    let town = spawn_app_with_database(&source).await;
    let created = town
        .post_json(APPLICATIONS_PATH, Some("copy-data-question-0001"), &hanako_asks())
        .await;
    assert_eq!(created.status(), 201);
    let created: serde_json::Value = created.json().await.unwrap();
    assert_eq!(created["reference"], "YMS-2026-000001");
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
        "/api/v1/admin/applications",
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
        .post(format!("{}{APPLICATIONS_PATH}", after.address))
        .header(IDEMPOTENCY_KEY_HEADER, "copy-data-question-0001")
        .json(&hanako_asks())
        .send()
        .await
        .unwrap();
    assert_eq!(retry.headers()["idempotent-replayed"], "true");
    // New applications continue the references: YMS-2026-000002, never a second YMS-2026-000001.
    let next = client
        .post(format!("{}{APPLICATIONS_PATH}", after.address))
        .header(IDEMPOTENCY_KEY_HEADER, "copy-data-question-0002")
        .json(&hanako_asks())
        .send()
        .await
        .unwrap();
    let receipt: serde_json::Value = next.json().await.unwrap();
    assert_eq!(receipt["reference"], "YMS-2026-000002");
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
