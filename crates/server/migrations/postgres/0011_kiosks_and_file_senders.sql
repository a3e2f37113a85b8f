-- The same as SQLite's 0013: kiosks registered to a place, and who sent each file.
CREATE TABLE kiosks (
    id TEXT PRIMARY KEY,
    place TEXT NOT NULL,
    credential_sha256 TEXT NOT NULL UNIQUE,
    registered_at BIGINT NOT NULL,
    revoked_at BIGINT
);

ALTER TABLE attachments ADD COLUMN owner TEXT;
CREATE INDEX attachments_by_owner ON attachments (owner, received_at);
