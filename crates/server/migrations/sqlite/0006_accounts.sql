-- Accounts (docs/accounts.md says why each column is kept). Secrets are kept only as SHA-256
-- (codes, credentials, tokens) or argon2id (staff passwords).

-- A resident: the address codes and notices go to, and how sure the city is of who they are.
CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    identity_level TEXT NOT NULL CHECK (identity_level IN ('unverified', 'verified')),
    created_at INTEGER NOT NULL
);

-- The one live sign-in code per address; a new request replaces it. `attempts_left` reaching 0
-- spends it.
CREATE TABLE sign_in_codes (
    email TEXT PRIMARY KEY,
    code_sha256 TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    attempts_left INTEGER NOT NULL
);

-- The devices a resident signed in on; a revoked one keeps its row (revoked_at) so its
-- credential can never be used again.
CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    credential_sha256 TEXT NOT NULL UNIQUE,
    signed_in_at INTEGER NOT NULL,
    last_used_at INTEGER NOT NULL,
    revoked_at INTEGER
);
CREATE INDEX devices_by_account ON devices (account_id);

CREATE TABLE access_tokens (
    token_sha256 TEXT PRIMARY KEY,
    device_id TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL
);
CREATE INDEX access_tokens_by_device ON access_tokens (device_id);

CREATE TABLE staff (
    username TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('clerk', 'volunteer', 'admin')),
    password_hash TEXT NOT NULL,
    totp_secret TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    -- The last TOTP step used, so one code signs in once.
    last_totp_step INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE staff_sessions (
    token_sha256 TEXT PRIMARY KEY,
    username TEXT NOT NULL REFERENCES staff (username) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER
);

-- Every staff access to residents' data. Append-only: the triggers refuse any change.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    staff TEXT NOT NULL,
    role TEXT NOT NULL,
    action TEXT NOT NULL,
    resident TEXT,
    subject TEXT NOT NULL,
    device TEXT NOT NULL
);
CREATE INDEX audit_log_by_resident ON audit_log (resident);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Fixed-window counters shared by every instance (sign-in codes per address and per client,
-- failed staff sign-ins).
CREATE TABLE rate_limits (
    bucket TEXT NOT NULL,
    window_start INTEGER NOT NULL,
    hits INTEGER NOT NULL,
    PRIMARY KEY (bucket, window_start)
);

-- An application submitted while signed in belongs to that account (NULL: anonymous, read with
-- its access token only).
ALTER TABLE applications ADD COLUMN account_id TEXT REFERENCES accounts (id);
