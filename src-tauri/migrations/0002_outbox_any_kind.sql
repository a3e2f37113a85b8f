-- The outbox carries any kind of mutation (each kind plugs in beside its own table, see
-- outbox/mod.rs), so `kind` loses the CHECK that named only inquiries. SQLite cannot drop a
-- constraint: the table is rebuilt with its rows, and its id sequence is kept so that an id
-- given to an item already delivered is never given again.
CREATE TABLE outbox_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    resource TEXT NOT NULL,
    kind TEXT NOT NULL,
    local_id INTEGER NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    body TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    failed_code TEXT
);

INSERT INTO outbox_new (id, resource, kind, local_id, method, path, body, idempotency_key, created_at, attempts, next_attempt_at, failed_code)
SELECT id, resource, kind, local_id, method, path, body, idempotency_key, created_at, attempts, next_attempt_at, failed_code
FROM outbox;

DELETE FROM sqlite_sequence WHERE name = 'outbox_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'outbox_new', seq FROM sqlite_sequence WHERE name = 'outbox';

DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_by_resource ON outbox (resource, id);
