-- Passkeys (WebAuthn, docs/accounts.md): what signing in with one needs, and nothing more.

-- A resident's passkey. `credential_id` is the authenticator's id for it (base64url), by which a
-- sign-in finds it; `user_handle` the account's WebAuthn user id (random, never the address or the
-- account id), the same for each of an account's passkeys; `passkey` webauthn-rs' record as JSON:
-- the public key, its algorithm and the signature counter, which every sign-in updates.
CREATE TABLE passkeys (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    credential_id TEXT NOT NULL UNIQUE,
    user_handle TEXT NOT NULL,
    passkey TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_used_at INTEGER
);
CREATE INDEX passkeys_by_account ON passkeys (account_id);

-- Ceremonies begun and not yet finished: each works once (taking it deletes it) until
-- `expires_at`. `state` is webauthn-rs' state of the ceremony as JSON (the challenge, what the
-- answer must satisfy); a registration's belongs to the signed-in account, a sign-in's to nobody.
CREATE TABLE passkey_challenges (
    id TEXT PRIMARY KEY,
    purpose TEXT NOT NULL CHECK (purpose IN ('register', 'sign-in')),
    account_id TEXT REFERENCES accounts (id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX passkey_challenges_by_expiry ON passkey_challenges (expires_at);
