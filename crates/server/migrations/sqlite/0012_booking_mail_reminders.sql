-- A booking linked to no account but with a contact email is reminded by mail the day before
-- (`docs/booking.md`), in the booking's language: `locale`, chosen by the clerk who books on a
-- resident's behalf (or sent by the resident's client), Japanese when none was given.
-- Sending is claimed first, so several instances and a crash never mail twice under normal
-- operation: `mail_claimed_until` holds the mail for the sweep that claimed it (a claim that
-- lapses lets a later sweep retry after a crash; a failed send gives it back at once), and
-- `mailed_for` is the visit start the mail was sent about, set after the send (a booking moved
-- afterwards differs from it again and is mailed about its new time).
ALTER TABLE bookings ADD COLUMN locale TEXT NOT NULL DEFAULT 'ja';
ALTER TABLE bookings ADD COLUMN mailed_for INTEGER;
ALTER TABLE bookings ADD COLUMN mail_claimed_until INTEGER;
