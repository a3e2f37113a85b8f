-- Procedures' forms (every imported version, as the FormSchema's JSON) and the applications made
-- with them, each with its history of statuses. An attachment belongs to the application that
-- quoted it (application_id), and to no other.
CREATE TABLE forms (
    procedure_id TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    schema TEXT NOT NULL,
    imported_at INTEGER NOT NULL,
    PRIMARY KEY (procedure_id, version)
);

-- `status` is the latest of application_events, kept here as well because a status change is a
-- conditional update of this row: two clerks cannot both move an application from the same status.
CREATE TABLE applications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    procedure_id TEXT NOT NULL,
    form_version INTEGER NOT NULL,
    answers TEXT NOT NULL,
    status TEXT NOT NULL,
    -- Hex SHA-256 of the access token the resident got in the receipt; the token itself is not kept.
    access_token_sha256 TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    FOREIGN KEY (procedure_id, form_version) REFERENCES forms (procedure_id, version)
);

CREATE TABLE application_events (
    application_id INTEGER NOT NULL REFERENCES applications (id),
    position INTEGER NOT NULL,
    status TEXT NOT NULL,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL CHECK (actor IN ('resident', 'staff')),
    message TEXT,
    PRIMARY KEY (application_id, position)
);

ALTER TABLE attachments ADD COLUMN application_id INTEGER REFERENCES applications (id);
