-- Appointment booking (issue 12). The city's booking file as imported (one row); its counters'
-- occupancy in 5-minute cells, each taken by a conditional update (`booked < capacity`), so a slot
-- is never overbooked whatever the concurrency; bookings with their history (who did what: the
-- resident or a clerk on their behalf); and the waitlists of full slots.
CREATE TABLE booking_config (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    config TEXT NOT NULL,
    imported_at INTEGER NOT NULL
);

CREATE TABLE booking_cells (
    counter_id TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    capacity INTEGER NOT NULL CHECK (capacity >= 1),
    booked INTEGER NOT NULL CHECK (booked >= 0),
    PRIMARY KEY (counter_id, starts_at)
);

CREATE TABLE bookings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    service_id TEXT NOT NULL,
    counter_id TEXT NOT NULL,
    day TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    occupies_from INTEGER NOT NULL,
    occupies_until INTEGER NOT NULL,
    change_deadline INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('confirmed', 'cancelled', 'checked-in', 'no-show')),
    booked_by TEXT NOT NULL CHECK (booked_by IN ('resident', 'staff')),
    contact_name TEXT NOT NULL,
    contact_phone TEXT,
    contact_email TEXT,
    -- Hex SHA-256 of the access token in the receipt; the token itself is not kept.
    access_token_sha256 TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX bookings_by_start ON bookings (starts_at);

CREATE TABLE booking_events (
    booking_id INTEGER NOT NULL REFERENCES bookings (id),
    position INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('booked', 'cancelled', 'rescheduled', 'checked-in', 'no-show')),
    actor TEXT NOT NULL CHECK (actor IN ('resident', 'staff')),
    at INTEGER NOT NULL,
    counter_id TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    PRIMARY KEY (booking_id, position)
);

CREATE TABLE waitlist (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    service_id TEXT NOT NULL,
    counter_id TEXT NOT NULL,
    day TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    occupies_from INTEGER NOT NULL,
    occupies_until INTEGER NOT NULL,
    -- The counter's capacity when the resident joined: the capacity of a cell an offer creates.
    capacity INTEGER NOT NULL CHECK (capacity >= 1),
    status TEXT NOT NULL CHECK (status IN ('waiting', 'offered', 'booked', 'expired')),
    contact_name TEXT NOT NULL,
    contact_phone TEXT,
    contact_email TEXT,
    access_token_sha256 TEXT NOT NULL,
    since INTEGER NOT NULL,
    expires_at INTEGER,
    finished_at INTEGER,
    booking_id INTEGER REFERENCES bookings (id)
);
CREATE INDEX waitlist_by_counter ON waitlist (counter_id, status, occupies_from);
