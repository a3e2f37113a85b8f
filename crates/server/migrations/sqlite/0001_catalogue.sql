-- The city and its procedure catalogue. Localized texts are rows, one per locale, so a city can
-- add a language without a schema change and PostgreSQL can hold the same shape.
CREATE TABLE city (
    id INTEGER PRIMARY KEY CHECK (id = 1)
);

CREATE TABLE city_texts (
    field TEXT NOT NULL CHECK (field IN ('name')),
    locale TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (field, locale)
);

CREATE TABLE procedures (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE
);

CREATE TABLE procedure_texts (
    procedure_id TEXT NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
    field TEXT NOT NULL CHECK (field IN ('name', 'summary')),
    locale TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (procedure_id, field, locale)
);

CREATE TABLE procedure_channels (
    procedure_id TEXT NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel IN ('online', 'kiosk', 'counter', 'appointment')),
    PRIMARY KEY (procedure_id, channel)
);
