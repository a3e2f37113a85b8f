//! Versioned schema migrations of the local database, tracked in `PRAGMA user_version`; each in
//! its own transaction, so a crash leaves the last complete version. Later kinds of data (form
//! definitions, drafts, applications, bookings, notices, the notice profile, the device's settings)
//! arrive as new files.

use rusqlite::Connection;

use super::StoreError;

const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_local.sql"),
    include_str!("../../migrations/0002_outbox_any_kind.sql"),
    include_str!("../../migrations/0003_applications.sql"),
    include_str!("../../migrations/0004_bookings.sql"),
    include_str!("../../migrations/0005_waitlist.sql"),
    include_str!("../../migrations/0006_account.sql"),
    include_str!("../../migrations/0007_notices.sql"),
    include_str!("../../migrations/0008_notice_profile.sql"),
    include_str!("../../migrations/0009_held_notices.sql"),
    include_str!("../../migrations/0010_device_settings.sql"),
    include_str!("../../migrations/0011_application_status.sql"),
    include_str!("../../migrations/0012_cached_life_events.sql"),
    include_str!("../../migrations/0013_inquiries_are_applications.sql"),
];

/// The schema version this build expects.
pub const LATEST: usize = MIGRATIONS.len();

pub fn migrate(conn: &mut Connection) -> Result<usize, StoreError> {
    let current: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let current = usize::try_from(current).unwrap_or(usize::MAX);
    if current > LATEST {
        return Err(StoreError::Corrupt(format!(
            "local data version {current} is newer than this app's {LATEST}"
        )));
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i64::try_from(index + 1).unwrap_or(i64::MAX))?;
        tx.commit()?;
    }
    Ok(LATEST)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_database_reaches_the_latest_version_and_a_second_run_changes_nothing() {
        let mut conn = Connection::open_in_memory().unwrap();
        assert_eq!(migrate(&mut conn).unwrap(), LATEST);
        assert_eq!(migrate(&mut conn).unwrap(), LATEST);
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('outbox', 'applications', 'cached_procedures')", [], |r| r.get(0))
            .unwrap();
        assert_eq!(tables, 3);
    }

    /// A device that updates the app with an inquiry still waiting keeps it, with its key, and
    /// the id sequence goes on past items already delivered.
    #[test]
    fn an_item_waiting_in_a_version_1_outbox_survives_and_any_kind_fits_after() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute(
            "INSERT INTO inquiries (department, subject, message, created_at) VALUES ('general', '件名', '内容', 0)",
            [],
        )
        .unwrap();
        let item = "INSERT INTO outbox (resource, kind, local_id, method, path, body, idempotency_key, created_at, next_attempt_at)
                    VALUES ('inquiry/1', ?1, 1, 'POST', 'api/v1/inquiries', '{}', ?2, 0, 0)";
        conn.execute(item, ["inquiry", "waiting-key-0000000001"]).unwrap();
        conn.execute(item, ["inquiry", "delivered-key-000000002"])
            .unwrap();
        conn.execute("DELETE FROM outbox WHERE id = 2", []).unwrap();
        assert!(
            conn.execute(item, ["application", "application-key-0000003"])
                .is_err(),
            "version 1 knew only inquiries"
        );

        assert_eq!(migrate(&mut conn).unwrap(), LATEST);
        let kept: (i64, String, String) = conn
            .query_row("SELECT id, idempotency_key, kind FROM outbox", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .unwrap();
        assert_eq!(
            kept,
            (1, "waiting-key-0000000001".to_owned(), "application".to_owned()),
            "the inquiry waits on as a question to the city (version 13)"
        );
        conn.execute(item, ["application", "application-key-0000003"])
            .unwrap();
        let next_id: i64 = conn
            .query_row("SELECT max(id) FROM outbox", [], |r| r.get(0))
            .unwrap();
        assert_eq!(next_id, 3, "id 2 was given already");
    }

    /// Version 13: the questions written before お問い合わせ became a form are applications now,
    /// each as far along as it was (waiting with its key, received with its reference, refused
    /// with its reason), with answers the `inquiry` form reads.
    /// An application as migration 0013 leaves it: id, procedure, answers, created, reference, error.
    type Row = (i64, String, String, i64, Option<String>, Option<String>);

    #[test]
    fn questions_kept_as_inquiries_become_applications_as_far_along_as_they_were() {
        let mut conn = Connection::open_in_memory().unwrap();
        for sql in &MIGRATIONS[..12] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 12).unwrap();
        conn.execute(
            "INSERT INTO applications (procedure, form_version, answers, created_at) VALUES ('oversized-waste', 1, '{}', 5)",
            [],
        )
        .unwrap();
        let inquiry = "INSERT INTO inquiries (department, subject, message, contact_name, contact_email, contact_phone, created_at, reference, error_code)
                       VALUES ('tax', ?1, '納付書をなくしました。', ?2, ?3, ?4, ?5, ?6, ?7)";
        conn.execute(
            inquiry,
            rusqlite::params![
                "waiting",
                "夢咲 花子",
                "hanako@example.jp",
                "0612-34-5678",
                10,
                None::<String>,
                None::<String>
            ],
        )
        .unwrap();
        conn.execute(
            inquiry,
            rusqlite::params![
                "received",
                "",
                "",
                "0612-34-5678",
                20,
                Some("Q-000007"),
                None::<String>
            ],
        )
        .unwrap();
        conn.execute(
            inquiry,
            rusqlite::params![
                "refused",
                None::<String>,
                None::<String>,
                None::<String>,
                30,
                None::<String>,
                Some("invalid_submission")
            ],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO outbox (resource, kind, local_id, method, path, body, idempotency_key, created_at, attempts, next_attempt_at)
             VALUES ('inquiry/1', 'inquiry', 1, 'POST', 'api/v1/inquiries', '{}', 'waiting-key-0000000001', 10, 2, 0)",
            [],
        )
        .unwrap();

        assert_eq!(migrate(&mut conn).unwrap(), LATEST);

        let rows: Vec<Row> = conn
            .prepare("SELECT local_id, procedure, answers, created_at, reference, error FROM applications ORDER BY local_id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let answers = |i: usize| serde_json::from_str::<serde_json::Value>(&rows[i].2).unwrap();
        assert_eq!(rows.len(), 4);
        assert_eq!((rows[1].0, rows[1].1.as_str(), rows[1].3), (2, "inquiry", 10));
        assert_eq!(
            answers(1),
            serde_json::json!({"department": "tax", "subject": "waiting", "message": "納付書をなくしました。",
                "reply-by": "email", "contact-email": "hanako@example.jp", "contact-name": "夢咲 花子"})
        );
        assert_eq!(
            answers(2),
            serde_json::json!({"department": "tax", "subject": "received", "message": "納付書をなくしました。",
                "reply-by": "phone", "contact-phone": "0612-34-5678"})
        );
        assert_eq!(rows[2].4.as_deref(), Some("Q-000007"));
        assert_eq!(answers(3)["reply-by"], "none");
        let refusal: madoguchi_domain::ApiError =
            serde_json::from_str(rows[3].5.as_deref().unwrap()).unwrap();
        assert_eq!(refusal, madoguchi_domain::ErrorCode::InvalidSubmission.into());

        let item: (String, String, i64, String, String, String, i64) = conn
            .query_row(
                "SELECT kind, resource, local_id, path, body, idempotency_key, attempts FROM outbox",
                [],
                |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                        r.get(6)?,
                    ))
                },
            )
            .unwrap();
        assert_eq!(
            (
                item.0.as_str(),
                item.1.as_str(),
                item.2,
                item.3.as_str(),
                item.5.as_str(),
                item.6
            ),
            (
                "application",
                "application/2",
                2,
                "api/v1/applications",
                "waiting-key-0000000001",
                2
            )
        );
        let body: madoguchi_domain::application::ApplicationSubmission =
            serde_json::from_str(&item.4).unwrap();
        assert_eq!(
            (body.procedure.as_str(), body.form_version, body.declared),
            ("inquiry", 1, false)
        );
        assert_eq!(serde_json::to_value(&body.answers).unwrap(), answers(1));
        let gone: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name IN ('inquiries', 'cached_departments')",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(gone, 0);
    }

    #[test]
    fn local_data_from_a_newer_app_is_refused_not_damaged() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        assert!(matches!(migrate(&mut conn), Err(StoreError::Corrupt(_))));
    }
}
