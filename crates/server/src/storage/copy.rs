//! `madoguchi-server copy-data --from <sqlite file> --to postgres://…`: moves a town's data to
//! PostgreSQL when it outgrows one machine.
//!
//! Everything happens in one PostgreSQL transaction: create the schema if missing, refuse a
//! target that already holds data, copy every table in foreign-key order, move each identity that
//! numbers references or events past the largest id, then read every table back and compare its
//! row count and a SHA-256 over its rows (in primary-key order) with the source's. Any failure
//! rolls back, so bad input changes nothing. The source is opened read-only and never written.

use std::path::Path;

use madoguchi_domain::hex::to_hex;
use rusqlite::types::ValueRef;
use sha2::{Digest as _, Sha256};
use tokio_postgres::types::ToSql;

use super::{PostgresStore, SqliteStore, StoreError, postgres};

/// What a column holds, so both sides read it the same way.
#[derive(Clone, Copy)]
enum Kind {
    Int,
    Text,
    Bytes,
}

/// One table: its columns and the order its rows are compared in (its primary key).
struct Table {
    name: &'static str,
    columns: &'static [(&'static str, Kind)],
    order_by: &'static str,
}

use Kind::{Bytes, Int, Text};

/// Every table of the schema, parents before children.
const TABLES: &[Table] = &[
    Table {
        name: "city",
        columns: &[("id", Int)],
        order_by: "id",
    },
    Table {
        name: "city_texts",
        columns: &[("field", Text), ("locale", Text), ("text", Text)],
        order_by: "field, locale",
    },
    Table {
        name: "procedures",
        columns: &[("id", Text), ("position", Int)],
        order_by: "id",
    },
    Table {
        name: "procedure_texts",
        columns: &[
            ("procedure_id", Text),
            ("field", Text),
            ("locale", Text),
            ("text", Text),
        ],
        order_by: "procedure_id, field, locale",
    },
    Table {
        name: "procedure_channels",
        columns: &[("procedure_id", Text), ("channel", Text)],
        order_by: "procedure_id, channel",
    },
    Table {
        name: "procedure_life_events",
        columns: &[("procedure_id", Text), ("life_event", Text)],
        order_by: "procedure_id, life_event",
    },
    Table {
        name: "departments",
        columns: &[("id", Text), ("position", Int), ("listed", Int)],
        order_by: "id",
    },
    Table {
        name: "department_texts",
        columns: &[("department_id", Text), ("locale", Text), ("text", Text)],
        order_by: "department_id, locale",
    },
    Table {
        name: "areas",
        columns: &[("code", Text), ("name", Text), ("position", Int)],
        order_by: "code",
    },
    Table {
        name: "idempotency_keys",
        columns: &[
            ("key", Text),
            ("fingerprint", Text),
            ("state", Text),
            ("status", Int),
            ("content_type", Text),
            ("body", Bytes),
            ("created_at", Int),
            ("claimed_at", Int),
        ],
        order_by: "key",
    },
    Table {
        name: "postal_addresses",
        columns: &[
            ("code", Text),
            ("position", Int),
            ("prefecture", Text),
            ("city", Text),
            ("town", Text),
        ],
        order_by: "code, position",
    },
    Table {
        name: "forms",
        columns: &[
            ("procedure_id", Text),
            ("version", Int),
            ("schema", Text),
            ("imported_at", Int),
        ],
        order_by: "procedure_id, version",
    },
    // Before applications: an application names the account that submitted it.
    Table {
        name: "accounts",
        columns: &[
            ("id", Text),
            ("email", Text),
            ("identity_level", Text),
            ("created_at", Int),
        ],
        order_by: "id",
    },
    Table {
        name: "sign_in_codes",
        columns: &[
            ("email", Text),
            ("code_sha256", Text),
            ("expires_at", Int),
            ("attempts_left", Int),
        ],
        order_by: "email",
    },
    Table {
        name: "devices",
        columns: &[
            ("id", Text),
            ("account_id", Text),
            ("name", Text),
            ("credential_sha256", Text),
            ("signed_in_at", Int),
            ("last_used_at", Int),
            ("revoked_at", Int),
        ],
        order_by: "id",
    },
    Table {
        name: "access_tokens",
        columns: &[("token_sha256", Text), ("device_id", Text), ("expires_at", Int)],
        order_by: "token_sha256",
    },
    Table {
        name: "passkeys",
        columns: &[
            ("id", Text),
            ("account_id", Text),
            ("name", Text),
            ("credential_id", Text),
            ("user_handle", Text),
            ("passkey", Text),
            ("created_at", Int),
            ("last_used_at", Int),
        ],
        order_by: "id",
    },
    Table {
        name: "passkey_challenges",
        columns: &[
            ("id", Text),
            ("purpose", Text),
            ("account_id", Text),
            ("state", Text),
            ("expires_at", Int),
        ],
        order_by: "id",
    },
    Table {
        name: "staff",
        columns: &[
            ("username", Text),
            ("role", Text),
            ("password_hash", Text),
            ("totp_secret", Text),
            ("created_at", Int),
            ("last_totp_step", Int),
        ],
        order_by: "username",
    },
    Table {
        name: "staff_sessions",
        columns: &[
            ("token_sha256", Text),
            ("username", Text),
            ("expires_at", Int),
            ("revoked_at", Int),
        ],
        order_by: "token_sha256",
    },
    Table {
        name: "audit_log",
        columns: &[
            ("id", Int),
            ("at", Int),
            ("staff", Text),
            ("role", Text),
            ("action", Text),
            ("resident", Text),
            ("subject", Text),
            ("device", Text),
        ],
        order_by: "id",
    },
    Table {
        name: "rate_limits",
        columns: &[("bucket", Text), ("window_start", Int), ("hits", Int)],
        order_by: "bucket, window_start",
    },
    Table {
        name: "applications",
        columns: &[
            ("id", Int),
            ("reference", Text),
            ("procedure_id", Text),
            ("form_version", Int),
            ("answers", Text),
            ("status", Text),
            ("access_token_sha256", Text),
            ("received_at", Int),
            ("account_id", Text),
        ],
        order_by: "id",
    },
    Table {
        name: "application_events",
        columns: &[
            ("application_id", Int),
            ("position", Int),
            ("status", Text),
            ("at", Int),
            ("actor", Text),
            ("message", Text),
        ],
        order_by: "application_id, position",
    },
    Table {
        name: "holidays",
        columns: &[("day", Text), ("name", Text)],
        order_by: "day",
    },
    Table {
        name: "booking_config",
        columns: &[("id", Int), ("config", Text), ("imported_at", Int)],
        order_by: "id",
    },
    Table {
        name: "booking_cells",
        columns: &[
            ("counter_id", Text),
            ("starts_at", Int),
            ("capacity", Int),
            ("booked", Int),
        ],
        order_by: "counter_id, starts_at",
    },
    Table {
        name: "bookings",
        columns: &[
            ("id", Int),
            ("reference", Text),
            ("service_id", Text),
            ("counter_id", Text),
            ("day", Text),
            ("starts_at", Int),
            ("ends_at", Int),
            ("occupies_from", Int),
            ("occupies_until", Int),
            ("change_deadline", Int),
            ("status", Text),
            ("booked_by", Text),
            ("contact_name", Text),
            ("contact_phone", Text),
            ("contact_email", Text),
            ("access_token_sha256", Text),
            ("created_at", Int),
            ("account_id", Text),
            ("reminded_for", Int),
            ("locale", Text),
            ("mailed_for", Int),
            ("mail_claimed_until", Int),
        ],
        order_by: "id",
    },
    Table {
        name: "booking_events",
        columns: &[
            ("booking_id", Int),
            ("position", Int),
            ("action", Text),
            ("actor", Text),
            ("at", Int),
            ("counter_id", Text),
            ("starts_at", Int),
        ],
        order_by: "booking_id, position",
    },
    Table {
        name: "waitlist",
        columns: &[
            ("id", Int),
            ("reference", Text),
            ("service_id", Text),
            ("counter_id", Text),
            ("day", Text),
            ("starts_at", Int),
            ("ends_at", Int),
            ("occupies_from", Int),
            ("occupies_until", Int),
            ("capacity", Int),
            ("status", Text),
            ("contact_name", Text),
            ("contact_phone", Text),
            ("contact_email", Text),
            ("access_token_sha256", Text),
            ("since", Int),
            ("expires_at", Int),
            ("finished_at", Int),
            ("booking_id", Int),
            ("account_id", Text),
        ],
        order_by: "id",
    },
    Table {
        name: "notices",
        columns: &[
            ("id", Text),
            ("revision", Int),
            ("updated_at", Int),
            ("content", Text),
            ("topic", Text),
            ("publish_at", Int),
            ("expires_at", Int),
            ("state", Text),
        ],
        order_by: "id",
    },
    Table {
        name: "notice_events",
        columns: &[
            ("id", Int),
            ("account_id", Text),
            ("name", Text),
            ("change", Text),
            ("at", Int),
        ],
        order_by: "id",
    },
    Table {
        name: "application_accounts",
        columns: &[("reference", Text), ("account_id", Text)],
        order_by: "reference",
    },
    // After applications: an attachment names the application that claimed it.
    Table {
        name: "attachments",
        columns: &[
            ("id", Text),
            ("name", Text),
            ("kind", Text),
            ("size", Int),
            ("sha256", Text),
            ("content", Bytes),
            ("received_at", Int),
            ("application_id", Int),
            ("owner", Text),
        ],
        order_by: "id",
    },
    Table {
        name: "kiosks",
        columns: &[
            ("id", Text),
            ("place", Text),
            ("credential_sha256", Text),
            ("registered_at", Int),
            ("revoked_at", Int),
        ],
        order_by: "id",
    },
    // Web Push: the subscriptions, the city's VAPID key (browsers subscribed with its public key,
    // so it must move with them) and the cursor (event ids are copied as they are).
    Table {
        name: "push_subscriptions",
        columns: &[
            ("id", Int),
            ("endpoint", Text),
            ("p256dh", Bytes),
            ("auth", Bytes),
            ("created_at", Int),
            ("renewed_at", Int),
        ],
        order_by: "id",
    },
    Table {
        name: "push_keys",
        columns: &[("id", Int), ("private_key", Bytes), ("created_at", Int)],
        order_by: "id",
    },
    Table {
        name: "push_cursor",
        columns: &[("id", Int), ("last_event", Int)],
        order_by: "id",
    },
];

/// One value as both databases hold it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Value {
    Int(Option<i64>),
    Text(Option<String>),
    Bytes(Option<Vec<u8>>),
}

impl Value {
    fn as_sql(&self) -> &(dyn ToSql + Sync) {
        match self {
            Value::Int(v) => v,
            Value::Text(v) => v,
            Value::Bytes(v) => v,
        }
    }

    /// A canonical encoding: kind, presence, length, bytes; so "ab","c" and "a","bc" differ.
    fn digest_into(&self, hash: &mut Sha256) {
        let (tag, bytes): (u8, Option<Vec<u8>>) = match self {
            Value::Int(v) => (b'i', v.map(|n| n.to_be_bytes().to_vec())),
            Value::Text(v) => (b't', v.as_ref().map(|s| s.as_bytes().to_vec())),
            Value::Bytes(v) => (b'b', v.clone()),
        };
        hash.update([tag]);
        match bytes {
            None => hash.update([0]),
            Some(b) => {
                hash.update([1]);
                hash.update((b.len() as u64).to_be_bytes());
                hash.update(&b);
            }
        }
    }
}

/// What was copied: each table's rows and checksum, equal on both sides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyReport {
    pub tables: Vec<TableCount>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableCount {
    pub table: &'static str,
    pub rows: usize,
    /// Hex SHA-256 over the table's rows in primary-key order.
    pub checksum: String,
}

fn select(table: &Table) -> String {
    let columns: Vec<&str> = table.columns.iter().map(|(c, _)| *c).collect();
    format!(
        "SELECT {} FROM {} ORDER BY {}",
        columns.join(", "),
        table.name,
        table.order_by
    )
}

fn read_sqlite(conn: &rusqlite::Connection, table: &Table) -> Result<Vec<Vec<Value>>, StoreError> {
    let mut stmt = conn.prepare(&select(table))?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        let mut values = Vec::with_capacity(table.columns.len());
        for (i, (column, kind)) in table.columns.iter().enumerate() {
            let raw = row.get_ref(i)?;
            let mismatch =
                || StoreError::Corrupt(format!("{}.{column} holds a value of the wrong type", table.name));
            values.push(match (kind, raw) {
                (Kind::Int, ValueRef::Null) => Value::Int(None),
                (Kind::Int, ValueRef::Integer(n)) => Value::Int(Some(n)),
                (Kind::Text, ValueRef::Null) => Value::Text(None),
                (Kind::Text, ValueRef::Text(t)) => {
                    Value::Text(Some(String::from_utf8(t.to_vec()).map_err(|_| mismatch())?))
                }
                (Kind::Bytes, ValueRef::Null) => Value::Bytes(None),
                (Kind::Bytes, ValueRef::Blob(b)) => Value::Bytes(Some(b.to_vec())),
                _ => return Err(mismatch()),
            });
        }
        out.push(values);
    }
    Ok(out)
}

async fn read_postgres(
    tx: &tokio_postgres::Transaction<'_>,
    table: &Table,
) -> Result<Vec<Vec<Value>>, StoreError> {
    let rows = tx.query(&select(table), &[]).await?;
    Ok(rows
        .iter()
        .map(|row| {
            table
                .columns
                .iter()
                .enumerate()
                .map(|(i, (_, kind))| match kind {
                    Kind::Int => Value::Int(row.get(i)),
                    Kind::Text => Value::Text(row.get(i)),
                    Kind::Bytes => Value::Bytes(row.get(i)),
                })
                .collect()
        })
        .collect())
}

fn checksum(rows: &[Vec<Value>]) -> String {
    let mut hash = Sha256::new();
    for row in rows {
        for value in row {
            value.digest_into(&mut hash);
        }
    }
    to_hex(&hash.finalize())
}

/// Copies every table of the SQLite database at `from` into the empty PostgreSQL database at
/// `to`, verifying counts and checksums before committing.
pub async fn copy_sqlite_to_postgres(from: &Path, to: &str) -> Result<CopyReport, StoreError> {
    let source = SqliteStore::open_existing_read_only(from)?;
    let mut target = PostgresStore::client(to).await?;
    let tx = target.transaction().await?;
    postgres::apply_migrations(&tx).await?;
    for table in TABLES {
        let has_rows: bool = tx
            .query_one(&format!("SELECT EXISTS (SELECT 1 FROM {})", table.name), &[])
            .await?
            .get(0);
        if has_rows {
            return Err(StoreError::Conflict(format!(
                "the target already has data (table {}): copy-data only fills an empty database",
                table.name
            )));
        }
    }
    let mut report = Vec::with_capacity(TABLES.len());
    for table in TABLES {
        let rows = read_sqlite(&source, table)?;
        let columns: Vec<&str> = table.columns.iter().map(|(c, _)| *c).collect();
        let placeholders: Vec<String> = (1..=columns.len()).map(|i| format!("${i}")).collect();
        let insert = tx
            .prepare(&format!(
                "INSERT INTO {} ({}) VALUES ({})",
                table.name,
                columns.join(", "),
                placeholders.join(", ")
            ))
            .await?;
        for row in &rows {
            let params: Vec<&(dyn ToSql + Sync)> = row.iter().map(Value::as_sql).collect();
            tx.execute(&insert, &params).await?;
        }
        report.push(TableCount {
            table: table.name,
            rows: rows.len(),
            checksum: checksum(&rows),
        });
    }
    // New applications, bookings, waitlist places, audit entries, notice events and
    // push subscriptions continue after the copied ones: a reference is never given twice, the
    // audit log stays in order, and a device's Last-Event-ID still means the same event.
    for table in [
        "applications",
        "bookings",
        "waitlist",
        "audit_log",
        "notice_events",
        "push_subscriptions",
    ] {
        tx.execute(
            &format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'),
                               coalesce((SELECT max(id) FROM {table}), 1),
                               (SELECT count(*) > 0 FROM {table}))"
            ),
            &[],
        )
        .await?;
    }
    for (table, expected) in TABLES.iter().zip(&report) {
        let copied = read_postgres(&tx, table).await?;
        let found = checksum(&copied);
        if copied.len() != expected.rows || found != expected.checksum {
            return Err(StoreError::Corrupt(format!(
                "table {} did not arrive intact ({} rows, checksum {found}; expected {} rows, {})",
                table.name,
                copied.len(),
                expected.rows,
                expected.checksum
            )));
        }
    }
    tx.commit().await?;
    Ok(CopyReport { tables: report })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checksum_tells_apart_rows_that_concatenate_alike() {
        let a = vec![vec![
            Value::Text(Some("ab".into())),
            Value::Text(Some("c".into())),
        ]];
        let b = vec![vec![
            Value::Text(Some("a".into())),
            Value::Text(Some("bc".into())),
        ]];
        let null = vec![vec![Value::Text(None), Value::Text(Some("abc".into()))]];
        let empty = vec![vec![
            Value::Text(Some(String::new())),
            Value::Text(Some("abc".into())),
        ]];
        assert_ne!(checksum(&a), checksum(&b));
        assert_ne!(checksum(&null), checksum(&empty));
        assert_eq!(checksum(&a), checksum(&a.clone()));
    }

    #[test]
    fn every_table_of_the_sqlite_schema_is_copied() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.sqlite3");
        drop(SqliteStore::open(&path).unwrap());
        let conn = rusqlite::Connection::open(&path).unwrap();
        let mut stmt = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .unwrap();
        let mut in_schema: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        in_schema.sort();
        let mut copied: Vec<String> = TABLES.iter().map(|t| t.name.to_owned()).collect();
        copied.sort();
        assert_eq!(
            copied, in_schema,
            "a table added by a migration must be added to TABLES"
        );
        for table in TABLES {
            let columns: Vec<String> = conn
                .prepare(&format!("SELECT name FROM pragma_table_info('{}')", table.name))
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            let listed: Vec<&str> = table.columns.iter().map(|(c, _)| *c).collect();
            assert_eq!(columns, listed, "columns of {}", table.name);
        }
    }
}
