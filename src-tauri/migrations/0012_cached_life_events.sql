-- The life events each cached procedure belongs to (JSON array of their wire names), so the
-- catalogue's life-event pages work offline too. A copy cached before this column is dropped from
-- conditional requests (its ETag forgotten), so the next fetch brings the events in full.
ALTER TABLE cached_procedures ADD COLUMN life_events TEXT NOT NULL DEFAULT '[]';
UPDATE cache_meta SET etag = NULL WHERE resource = 'procedures';
