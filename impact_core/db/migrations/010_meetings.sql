-- Meetings of a leeratelier: who took part (by role), the agenda and its links, and the
-- effects an Effectenarena round named. A meeting without a programme belongs to the
-- municipality of the leeratelier (DuckDB cannot add a column with a foreign key; the
-- writes check the code).

ALTER TABLE meeting ADD COLUMN municipality_code VARCHAR;

-- A bewoner is recorded by first name or by role alone; nobody by address or contact.
CREATE TABLE participant (
    id VARCHAR PRIMARY KEY,
    meeting_id VARCHAR NOT NULL REFERENCES meeting (id),
    role VARCHAR NOT NULL CHECK (role IN ('professional', 'beleid', 'onderzoek', 'student', 'bewoner')),
    name VARCHAR
);

-- What an agenda item is about: a programme, an outcome (a reasoning step of level
-- uitkomst), a story or an indicator; or nothing.
CREATE TABLE agenda_item (
    id VARCHAR PRIMARY KEY,
    meeting_id VARCHAR NOT NULL REFERENCES meeting (id),
    position INTEGER NOT NULL CHECK (position >= 1),
    title VARCHAR NOT NULL,
    linked_kind VARCHAR CHECK (linked_kind IN ('programma', 'uitkomst', 'verhaal', 'indicator')),
    linked_id VARCHAR,
    CHECK ((linked_kind IS NULL) = (linked_id IS NULL))
);

-- Effectenarena: an effect the group named for a programme, who contributes to it and
-- who gains from it (the incasseerder), and its direction.
CREATE TABLE arena_effect (
    id VARCHAR PRIMARY KEY,
    meeting_id VARCHAR NOT NULL REFERENCES meeting (id),
    programme_id VARCHAR NOT NULL REFERENCES programme (id),
    description VARCHAR NOT NULL,
    contributor_id VARCHAR NOT NULL REFERENCES stakeholder (id),
    beneficiary_id VARCHAR NOT NULL REFERENCES stakeholder (id),
    valence VARCHAR NOT NULL CHECK (valence IN ('positief', 'negatief')),
    intention VARCHAR NOT NULL CHECK (intention IN ('bedoeld', 'onbedoeld'))
);
