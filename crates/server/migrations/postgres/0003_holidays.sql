-- The same table as SQLite's 0005: the published national holidays, imported whole.
CREATE TABLE holidays (
    day TEXT PRIMARY KEY CHECK (length(day) = 10),
    name TEXT NOT NULL
);
