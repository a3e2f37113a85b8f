-- Places on full slots' waitlists joined on this device (issue 12), in the encrypted store beside
-- the bookings: the contact is personal data, the access token the resident's proof the place is
-- theirs. reference, access_token and entry (the city's WaitlistEntry, JSON) are set once the city
-- put the resident in line, entry refreshed when the place is read again; error (an ApiError,
-- JSON) once it refused joining; accept (a WaitlistAccept, JSON) while taking the offered place
-- waits or after it was refused; booking_local_id the booking the offer became (bookings.local_id).
CREATE TABLE waitlist_places (
    local_id INTEGER PRIMARY KEY AUTOINCREMENT,
    request TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    reference TEXT,
    access_token TEXT,
    entry TEXT,
    error TEXT,
    accept TEXT,
    booking_local_id INTEGER REFERENCES bookings (local_id)
);
