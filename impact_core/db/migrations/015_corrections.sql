-- Nothing a meeting recorded is deleted: a meeting is cancelled, an agenda item or afspraak
-- withdrawn, an empty round withdrawn, and each correction says what changed, who made it, when
-- and why. Old and new values of a free text keep masked twins, as the text itself does.
ALTER TABLE meeting ADD COLUMN withdrawn BOOLEAN DEFAULT false;
ALTER TABLE agenda_item ADD COLUMN withdrawn BOOLEAN DEFAULT false;
ALTER TABLE decision ADD COLUMN withdrawn BOOLEAN DEFAULT false;
ALTER TABLE selection_round ADD COLUMN withdrawn BOOLEAN DEFAULT false;

CREATE TABLE correction (
    id VARCHAR PRIMARY KEY,
    record_table VARCHAR NOT NULL CHECK (record_table IN ('meeting', 'agenda_item', 'decision', 'selection_round')),
    record_id VARCHAR NOT NULL,
    meeting_id VARCHAR,
    round_id VARCHAR,
    changed VARCHAR NOT NULL,
    old_value VARCHAR,
    new_value VARCHAR,
    reason VARCHAR NOT NULL,
    role VARCHAR NOT NULL,
    actor VARCHAR,
    corrected_at TIMESTAMP NOT NULL,
    masked_old_value VARCHAR,
    masked_new_value VARCHAR,
    masked_reason VARCHAR,
    CHECK (meeting_id IS NOT NULL OR round_id IS NOT NULL)
);
