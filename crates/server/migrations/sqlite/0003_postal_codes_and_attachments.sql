-- Addresses by postal code (Japan Post's data, or the demo city's), and files residents attach.
CREATE TABLE postal_addresses (
    code TEXT NOT NULL CHECK (length(code) = 7),
    position INTEGER NOT NULL,
    prefecture TEXT NOT NULL,
    city TEXT NOT NULL,
    town TEXT NOT NULL,
    PRIMARY KEY (code, position)
);

-- A file waits here until an application quotes its id (applications come later, see ROADMAP).
CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('pdf', 'jpeg', 'png')),
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    received_at INTEGER NOT NULL
);
