-- A participant's erasure (their instrument scores) is recorded beside a storyteller's: how many
-- scores went, never whose. Earlier rows erased stories only.
ALTER TABLE erasure_log ADD COLUMN instrument_scores INTEGER;
