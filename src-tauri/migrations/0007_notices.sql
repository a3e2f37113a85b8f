-- Notices (issue 13): the inbox reads offline.
-- The city's public feed as last fetched (a NoticeFeed, JSON); its ETag and age are in
-- `cache_meta` under the resource `notice_feed`, like every cached resource.
CREATE TABLE cached_documents (
    resource TEXT PRIMARY KEY,
    body TEXT NOT NULL
);
-- The signed-in resident's own notices (a PersonalNoticeList, JSON), kept with the account they
-- belong to: deleting the row (signing out, another sign-in) deletes them.
ALTER TABLE signed_in_account ADD COLUMN notices TEXT;
ALTER TABLE signed_in_account ADD COLUMN notices_read_at INTEGER;
