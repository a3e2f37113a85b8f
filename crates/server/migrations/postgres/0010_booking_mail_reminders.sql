-- The same columns as SQLite's 0012: the booking's language for its reminder mail (`ja` when none
-- was given), the visit start the mail was sent about (`mailed_for`), and the claim a sweep holds
-- while it sends (`mail_claimed_until`: lapses after a crash; a failed send gives it back).
ALTER TABLE bookings ADD COLUMN locale TEXT NOT NULL DEFAULT 'ja';
ALTER TABLE bookings ADD COLUMN mailed_for BIGINT;
ALTER TABLE bookings ADD COLUMN mail_claimed_until BIGINT;
