-- The city's view of an application as last seen (its status and each change, as the wire's
-- `Application` JSON), so "My applications" shows the history offline too.
ALTER TABLE applications ADD COLUMN status TEXT;
