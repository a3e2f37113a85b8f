-- Resident sign-in (issue 10). An outbox item queued while signed in records its principal, the
-- device it was signed in as (`dev-…`; NULL: anonymous), and is sent under that principal on
-- every try: the city scopes idempotency keys by principal, so a retry that switched between
-- anonymous and signed in could be done twice. An item with `closes_principal` (a sign-out) waits
-- until no earlier item of its principal is still to be sent (see outbox/mod.rs).
ALTER TABLE outbox ADD COLUMN principal TEXT;
ALTER TABLE outbox ADD COLUMN closes_principal INTEGER NOT NULL DEFAULT 0;
CREATE INDEX outbox_by_principal ON outbox (principal, id);

-- The account the app is signed in as, as last read from the city (an AccountView, JSON), so the
-- app says "signed in as …" offline. One row at most; the credential itself is in the OS keyring,
-- never here.
CREATE TABLE signed_in_account (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    device_id TEXT NOT NULL,
    view TEXT NOT NULL,
    read_at INTEGER NOT NULL
);
