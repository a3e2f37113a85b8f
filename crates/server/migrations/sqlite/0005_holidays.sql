-- The national holidays as the Cabinet Office publishes them (syukujitsu.csv), imported whole by
-- `madoguchi-server import-holidays`; the booking rules compute the years after the last one.
CREATE TABLE holidays (
    day TEXT PRIMARY KEY CHECK (length(day) = 10),
    name TEXT NOT NULL
);
