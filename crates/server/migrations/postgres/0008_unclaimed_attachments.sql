-- The same index as SQLite's 0010: the sweep finds unclaimed files by age (`sweep.rs`).
CREATE INDEX attachments_unclaimed ON attachments (received_at) WHERE application_id IS NULL;
