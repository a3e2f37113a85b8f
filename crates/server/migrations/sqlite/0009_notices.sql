-- Notices (issue 13). `content` is the notice's content as its wire JSON (`NoticeContent`), read
-- back whole; the columns beside it are what queries select on. `state` is 'active' until staff
-- withdraw the notice. Expired notices stay (an inbox may still show them; a topic's latest
-- state decides what shows even after it expired).
CREATE TABLE notices (
    id TEXT PRIMARY KEY,
    revision INTEGER NOT NULL CHECK (revision >= 1),
    updated_at INTEGER NOT NULL,
    content TEXT NOT NULL,
    topic TEXT,
    publish_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('active', 'withdrawn'))
);
CREATE INDEX notices_live ON notices (state, expires_at);
CREATE INDEX notices_topic ON notices (topic) WHERE topic IS NOT NULL;

-- The city's one sequence of notice changes, which every stream replays from (`Last-Event-ID`).
-- `account_id` NULL: a public change; else a personal notice only that account sees.
-- AUTOINCREMENT: an id is never reused, even after the newest row is deleted.
CREATE TABLE notice_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id TEXT,
    name TEXT NOT NULL,
    change TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX notice_events_account ON notice_events (account_id, id);

-- Which account submitted an application, when a signed-in resident did: its status changes are
-- personal notices to that account.
CREATE TABLE application_accounts (
    reference TEXT PRIMARY KEY,
    account_id TEXT NOT NULL
);
