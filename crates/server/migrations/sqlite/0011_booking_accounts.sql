-- Bookings and waitlist places made by a signed-in resident name their account, so that the day
-- before the visit the account gets a reminder (a personal notice; `docs/booking.md`). Anonymous
-- bookings keep NULL. A place taken from the waitlist passes the account on to its booking.
-- `reminded_for` is the visit start (`starts_at`) the account was last reminded of: set in the
-- transaction that writes the reminder, so a reminder is written once per visit whatever the
-- number of sweeps or instances; a booking moved to another time differs from it again and is
-- reminded of its new time.
ALTER TABLE bookings ADD COLUMN account_id TEXT REFERENCES accounts (id);
ALTER TABLE bookings ADD COLUMN reminded_for INTEGER;
ALTER TABLE waitlist ADD COLUMN account_id TEXT REFERENCES accounts (id);
-- An account's bookings and places, for its export and its deletion (which unlinks them).
CREATE INDEX bookings_by_account ON bookings (account_id) WHERE account_id IS NOT NULL;
CREATE INDEX waitlist_by_account ON waitlist (account_id) WHERE account_id IS NOT NULL;
