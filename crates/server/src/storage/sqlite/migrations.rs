//! Versioned schema migrations for SQLite, tracked in `PRAGMA user_version`. Each runs in its own
//! transaction, so a crash leaves the database at the last complete version.

use rusqlite::Connection;

use crate::storage::StoreError;

/// The migrations, in order; index + 1 is the version a migration brings the database to.
const MIGRATIONS: &[&str] = &[
    include_str!("../../../migrations/sqlite/0001_catalogue.sql"),
    include_str!("../../../migrations/sqlite/0002_inquiries.sql"),
    include_str!("../../../migrations/sqlite/0003_postal_codes_and_attachments.sql"),
    include_str!("../../../migrations/sqlite/0004_forms_and_applications.sql"),
    include_str!("../../../migrations/sqlite/0005_holidays.sql"),
    include_str!("../../../migrations/sqlite/0006_accounts.sql"),
    include_str!("../../../migrations/sqlite/0007_booking.sql"),
    // 0008 is another branch's (merge it before this one, so versions stay in file order).
    include_str!("../../../migrations/sqlite/0009_notices.sql"),
    include_str!("../../../migrations/sqlite/0010_unclaimed_attachments.sql"),
    include_str!("../../../migrations/sqlite/0011_booking_accounts.sql"),
    include_str!("../../../migrations/sqlite/0012_booking_mail_reminders.sql"),
    include_str!("../../../migrations/sqlite/0013_kiosks_and_file_senders.sql"),
    include_str!("../../../migrations/sqlite/0014_passkeys.sql"),
    include_str!("../../../migrations/sqlite/0015_areas.sql"),
    include_str!("../../../migrations/sqlite/0016_push.sql"),
    include_str!("../../../migrations/sqlite/0017_life_events.sql"),
    include_str!("../../../migrations/sqlite/0018_inquiries_are_applications.sql"),
    include_str!("../../../migrations/sqlite/0019_application_accounts_by_account.sql"),
];

/// The schema version this build expects.
pub const LATEST: usize = MIGRATIONS.len();

/// Brings the database up to [`LATEST`]; refuses a database made by a newer build.
pub fn migrate(conn: &mut Connection) -> Result<usize, StoreError> {
    let current: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let current = usize::try_from(current).unwrap_or(usize::MAX);
    if current > LATEST {
        return Err(StoreError::Corrupt(format!(
            "database schema version {current} is newer than this server's {LATEST}: run a newer madoguchi-server"
        )));
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version(index + 1))?;
        tx.commit()?;
    }
    Ok(LATEST)
}

fn version(n: usize) -> i64 {
    i64::try_from(n).expect("fewer than i64::MAX migrations")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_database_reaches_the_latest_version_and_a_second_run_is_a_no_op() {
        let mut conn = Connection::open_in_memory().unwrap();
        assert_eq!(migrate(&mut conn).unwrap(), LATEST);
        assert_eq!(migrate(&mut conn).unwrap(), LATEST);
        let stored: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(stored, version(LATEST));
        conn.execute("INSERT INTO procedures (id, position) VALUES ('x', 0)", [])
            .unwrap();
    }

    #[test]
    fn a_version_1_database_with_a_catalogue_is_upgraded_in_place() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute(
            "INSERT INTO procedures (id, position) VALUES ('moving-in', 0)",
            [],
        )
        .unwrap();
        assert_eq!(migrate(&mut conn).unwrap(), LATEST);
        let kept: i64 = conn
            .query_row("SELECT count(*) FROM procedures", [], |r| r.get(0))
            .unwrap();
        assert_eq!(kept, 1);
        conn.execute("INSERT INTO departments (id, position) VALUES ('tax', 0)", [])
            .unwrap();
    }

    /// Migration 0018 (see the file): each inquiry becomes an application of the `inquiry` form,
    /// its answers stored byte for byte as the server stores an application's, on a form whose
    /// validator accepts them.
    #[test]
    fn each_inquiry_becomes_a_question_on_the_inquiry_form_with_its_answers_as_the_server_stores_them() {
        use madoguchi_domain::UnixMillis;
        use madoguchi_domain::form::{Answer, FormSchema, validate};

        // Arrange: the schema before 0018, holding two inquiries (one with every contact detail
        // and text that JSON must escape, one with none).
        // The migrations before 0018 are applied (found by content: there is no file 0008).
        let before = MIGRATIONS
            .iter()
            .position(|sql| sql.contains("DROP TABLE inquiries"))
            .expect("migration 0018");
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "foreign_keys", "ON").unwrap();
        for sql in &MIGRATIONS[..before] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", version(before)).unwrap();
        // A message with what JSON must escape: quotes, a backslash, a line break.
        let message = "土曜日に\"窓口\"は\\開いていますか。\n急ぎです。";
        conn.execute_batch(
            "INSERT INTO departments (id, position) VALUES ('citizen-affairs', 0), ('tax', 1)",
        )
        .unwrap();
        conn.execute(
            "INSERT INTO inquiries (id, department_id, subject, message, contact_name, contact_email, contact_phone, received_at)
             VALUES (41, 'citizen-affairs', '住民票の写し', ?1, '夢咲 花子', 'hanako@example.jp', '0612-34-5678', 1795400000000),
                    (42, 'tax', '固定資産税', '納付書が届きません。', NULL, NULL, NULL, 1795400060000)",
            [message],
        )
        .unwrap();

        // Act
        assert_eq!(migrate(&mut conn).unwrap(), LATEST);

        // Assert
        let rows: Vec<(String, String, String, i64, String, i64)> = conn
            .prepare(
                "SELECT reference, answers, status, form_version, access_token_sha256, received_at
                 FROM applications ORDER BY id",
            )
            .unwrap()
            .query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let text = |s: &str| Answer::Text(s.to_owned());
        let hanako = [
            ("contact-email", text("hanako@example.jp")),
            ("contact-name", text("夢咲 花子")),
            ("contact-phone", text("0612-34-5678")),
            ("department", text("citizen-affairs")),
            ("message", text(message)),
            ("reply-by", text("email")),
            ("subject", text("住民票の写し")),
        ];
        let anonymous = [
            ("department", text("tax")),
            ("message", text("納付書が届きません。")),
            ("reply-by", text("none")),
            ("subject", text("固定資産税")),
        ];
        let stored = |answers: &[(&str, Answer)]| {
            let map = answers
                .iter()
                .map(|(id, a)| (madoguchi_domain::form::FieldId::parse(id).unwrap(), a.clone()))
                .collect();
            crate::storage::rows::answers_json(&map).unwrap()
        };
        assert_eq!(
            rows,
            [
                (
                    "Q-000041".to_owned(),
                    stored(&hanako),
                    "submitted".to_owned(),
                    1,
                    "none".to_owned(),
                    1_795_400_000_000
                ),
                (
                    "Q-000042".to_owned(),
                    stored(&anonymous),
                    "submitted".to_owned(),
                    1,
                    "none".to_owned(),
                    1_795_400_060_000
                ),
            ]
        );
        let events: Vec<(String, String, i64, String)> = conn
            .prepare(
                "SELECT a.reference, e.status, e.at, e.actor FROM application_events e
                 JOIN applications a ON a.id = e.application_id WHERE e.position = 0 ORDER BY a.id",
            )
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            events,
            [
                (
                    "Q-000041".into(),
                    "submitted".into(),
                    1_795_400_000_000,
                    "resident".into()
                ),
                (
                    "Q-000042".into(),
                    "submitted".into(),
                    1_795_400_060_000,
                    "resident".into()
                ),
            ]
        );
        // The form the city had none of came with them, dated at the first question; the
        // domain's validator takes the anonymous question's answers as they are.
        let (schema, imported_at): (String, i64) = conn
            .query_row(
                "SELECT schema, imported_at FROM forms WHERE procedure_id = 'inquiry' AND version = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(imported_at, 1_795_400_000_000);
        let form: FormSchema = serde_json::from_str(&schema).unwrap();
        assert_eq!(form.check(), []);
        let answers = anonymous
            .iter()
            .map(|(id, a)| ((*id).to_owned(), a.clone()))
            .collect();
        let today = UnixMillis(1_795_400_060_000).date_in_japan().unwrap();
        let accepted = validate(&form, &answers, false, today).unwrap();
        assert_eq!(
            crate::storage::rows::answers_json(&accepted.answers).unwrap(),
            rows[1].1
        );
        let left: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'inquiries'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(left, 0, "the inquiries table is gone");
    }

    #[test]
    fn a_database_from_a_newer_build_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", version(LATEST + 1))
            .unwrap();
        assert!(migrate(&mut conn).is_err());
    }
}
