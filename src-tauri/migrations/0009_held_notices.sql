-- Notifications held for later (issue 13): until the resident's quiet hours end, or for the
-- daily digest. Kept here rather than in the page's memory so an app closed before their time
-- raises them when it next runs. Which notice and when only: the words come from the feed then.
CREATE TABLE held_notices (
    notice_id TEXT PRIMARY KEY,
    revision INTEGER NOT NULL,
    due_at INTEGER NOT NULL,
    digest INTEGER NOT NULL CHECK (digest IN (0, 1))
);
CREATE INDEX held_notices_due ON held_notices (due_at);
