-- The texts written together in meetings get a masked twin too: the reasoning line's step
-- descriptions (the municipality edits them), Effectenarena descriptions and the learning
-- log's notes. NULL until masked; a read outside the organisation then shows nothing.
ALTER TABLE reasoning_step ADD COLUMN masked_description VARCHAR;
ALTER TABLE arena_effect ADD COLUMN masked_description VARCHAR;
ALTER TABLE assumption_test ADD COLUMN masked_note VARCHAR;
