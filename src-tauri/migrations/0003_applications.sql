-- Online applications on the device: procedures' forms as fetched (so a draft can be checked and
-- submitted offline), drafts saved answer by answer, and submitted applications waiting for (or
-- holding) the city's receipt. All in the encrypted store: answers are personal data.
CREATE TABLE cached_forms (
    procedure TEXT NOT NULL,
    version INTEGER NOT NULL,
    schema TEXT NOT NULL,
    fetched_at INTEGER NOT NULL,
    PRIMARY KEY (procedure, version)
);

CREATE TABLE drafts (
    local_id INTEGER PRIMARY KEY AUTOINCREMENT,
    procedure TEXT NOT NULL,
    form_version INTEGER NOT NULL,
    -- The answers as entered (JSON, as on the wire), valid or not yet.
    answers TEXT NOT NULL,
    -- The step the resident was on, to resume there.
    step INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- reference and access_token are set once the city received it; error (an ApiError as JSON, with
-- its field problems) once it refused.
CREATE TABLE applications (
    local_id INTEGER PRIMARY KEY AUTOINCREMENT,
    procedure TEXT NOT NULL,
    form_version INTEGER NOT NULL,
    answers TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    reference TEXT,
    access_token TEXT,
    error TEXT
);
