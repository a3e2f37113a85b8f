-- Notices (issue 13), the device's half: the resident's opt-in profile, what they have read, and
-- where the city's stream was left. None of it is ever sent to the city.
-- The profile with its consent record (a NoticeSettings, JSON): at most one row; no row means the
-- resident did not opt in (or cleared it).
CREATE TABLE notice_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    settings TEXT NOT NULL
);
-- "Read as of this revision": a replaced notice (a higher revision) is unread again.
CREATE TABLE notices_read (
    notice_id TEXT PRIMARY KEY,
    revision INTEGER NOT NULL
);
-- The last event id the stream delivered, sent back as Last-Event-ID when it reconnects.
CREATE TABLE notice_stream (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_event_id INTEGER NOT NULL
);
