-- The resident's device: cached city data (one table per kind, not blobs) and their own
-- inquiries with the outbox that delivers them.

-- When each cached resource was last fetched, and the server's ETag for it.
CREATE TABLE cache_meta (
    resource TEXT PRIMARY KEY,
    etag TEXT,
    fetched_at INTEGER NOT NULL
);

CREATE TABLE cached_city_names (
    locale TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

-- Localized texts are JSON objects of tag → text, as on the wire (every language, for offline use).
CREATE TABLE cached_procedures (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    summary TEXT NOT NULL,
    channels TEXT NOT NULL
);

CREATE TABLE cached_departments (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL
);

-- What the resident wrote. reference is set once the city received it; error_code once it refused.
CREATE TABLE inquiries (
    local_id INTEGER PRIMARY KEY AUTOINCREMENT,
    department TEXT NOT NULL,
    subject TEXT NOT NULL,
    message TEXT NOT NULL,
    contact_name TEXT,
    contact_email TEXT,
    contact_phone TEXT,
    created_at INTEGER NOT NULL,
    reference TEXT,
    error_code TEXT
);

-- Mutations not yet delivered. Written in the same transaction as the local change; deleted in the
-- same transaction as the local change that records the server's answer. Delivered in id order
-- within a resource; failed_code (a 4xx) stops the resource until the resident acts.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    resource TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('inquiry')),
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

CREATE INDEX outbox_by_resource ON outbox (resource, id);
