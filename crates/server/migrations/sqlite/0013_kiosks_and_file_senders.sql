-- Kiosks an admin registered to a place (`madoguchi-server kiosk register`); the credential is
-- kept only as its SHA-256. A revoked kiosk keeps its row, so its credential is never taken again.
CREATE TABLE kiosks (
    id TEXT PRIMARY KEY,
    place TEXT NOT NULL,
    credential_sha256 TEXT NOT NULL UNIQUE,
    registered_at INTEGER NOT NULL,
    revoked_at INTEGER
);

-- Who sent each file (`account:<id>` or `kiosk:<id>`), so a day's bytes are counted per sender
-- and an account's unquoted files go with the account. Files kept before this have none.
ALTER TABLE attachments ADD COLUMN owner TEXT;
CREATE INDEX attachments_by_owner ON attachments (owner, received_at);
