-- The same table as SQLite's 0015: the city's list of areas, each name its `LocalizedText` as JSON,
-- in the city's order. Replaced whole under an advisory lock (storage/postgres/catalogue.rs).
CREATE TABLE areas (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    position BIGINT NOT NULL UNIQUE
);
