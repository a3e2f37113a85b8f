-- The life events (引越し, 出産・子育て, おくやみ, 就学) a procedure belongs to, by their wire names
-- (`moving`, `childbirth`, `bereavement`, `school-entry`); the catalogue groups procedures by them.
-- Replaced with the catalogue (the procedure's row going takes these with it).
CREATE TABLE procedure_life_events (
    procedure_id TEXT NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
    life_event TEXT NOT NULL CHECK (life_event IN ('moving', 'childbirth', 'bereavement', 'school-entry')),
    PRIMARY KEY (procedure_id, life_event)
);
