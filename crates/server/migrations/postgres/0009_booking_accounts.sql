-- The same columns as SQLite's 0011: the account that made a booking or joined a waitlist while
-- signed in (NULL when anonymous), and the visit start a booking's account was last reminded of
-- (`reminded_for`, set in the transaction that writes the reminder: once per visit).
ALTER TABLE bookings ADD COLUMN account_id TEXT REFERENCES accounts (id);
ALTER TABLE bookings ADD COLUMN reminded_for BIGINT;
ALTER TABLE waitlist ADD COLUMN account_id TEXT REFERENCES accounts (id);
CREATE INDEX bookings_by_account ON bookings (account_id) WHERE account_id IS NOT NULL;
CREATE INDEX waitlist_by_account ON waitlist (account_id) WHERE account_id IS NOT NULL;
