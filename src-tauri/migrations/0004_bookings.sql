-- Appointments booked on this device (issue 12), in the encrypted store: a contact's name and
-- phone are personal data, the access token is the resident's proof the booking is theirs.
-- reference, access_token and booking (the city's Booking, JSON) are set once the city confirmed
-- it and updated by each accepted change; error (an ApiError, JSON) once it refused the booking;
-- change (a BookingChange, JSON) while a cancellation or a move waits or after it was refused.
CREATE TABLE bookings (
    local_id INTEGER PRIMARY KEY AUTOINCREMENT,
    request TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    reference TEXT,
    access_token TEXT,
    booking TEXT,
    error TEXT,
    change TEXT
);
