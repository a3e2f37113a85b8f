-- Web Push (issue 13, `docs/notices.md`): the browsers that asked for urgent alerts, the city's
-- VAPID key, and how far the pushes have got through the notice events.
--
-- A subscription is what the browser's push service gave it: the endpoint (a capability URL at the
-- push service), the browser's P-256 public key (65 bytes) and its `auth` secret (16 bytes). No
-- account, no address, no user agent: the city cannot tell whose browser it is.
CREATE TABLE push_subscriptions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    endpoint TEXT NOT NULL UNIQUE,
    p256dh BLOB NOT NULL,
    auth BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    renewed_at INTEGER NOT NULL
);

-- The city's VAPID key pair (RFC 8292): one row, the P-256 private key as SEC1 DER. Made by the
-- first instance that starts, read by every other: browsers subscribed with its public key.
CREATE TABLE push_keys (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    private_key BLOB NOT NULL,
    created_at INTEGER NOT NULL
);

-- One row: the last notice event whose push was claimed (`push/mod.rs`). Made by the first worker
-- that starts, at the last event then, so a fresh deploy pushes no history.
CREATE TABLE push_cursor (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_event INTEGER NOT NULL
);
