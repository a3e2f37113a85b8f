-- Departments residents can ask, the inquiries they send, and the idempotency keys that make every
-- mutation safe to retry.
CREATE TABLE departments (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    -- 0 once a city drops a department from its list; kept because old inquiries point at it.
    listed INTEGER NOT NULL DEFAULT 1 CHECK (listed IN (0, 1))
);

CREATE TABLE department_texts (
    department_id TEXT NOT NULL REFERENCES departments (id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (department_id, locale)
);

-- The reference a resident sees (Q-000042) is derived from id, so it cannot disagree with it.
CREATE TABLE inquiries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    department_id TEXT NOT NULL REFERENCES departments (id),
    subject TEXT NOT NULL,
    message TEXT NOT NULL,
    contact_name TEXT,
    contact_email TEXT,
    contact_phone TEXT,
    received_at INTEGER NOT NULL
);

-- One row per idempotency key: 'pending' while the first request runs, then 'done' with the
-- response every retry replays. Rows older than the retention period are purged on the next claim.
CREATE TABLE idempotency_keys (
    key TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'done')),
    status INTEGER,
    content_type TEXT,
    body BLOB,
    created_at INTEGER NOT NULL,
    claimed_at INTEGER NOT NULL
);

CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
