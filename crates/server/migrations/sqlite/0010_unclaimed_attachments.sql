-- The sweep deletes files no application quoted within a day (`sweep.rs`): this index finds them
-- by age without reading every file's row.
CREATE INDEX attachments_unclaimed ON attachments (received_at) WHERE application_id IS NULL;
