-- Retention: when the raw text of a story was replaced by its masked version.
ALTER TABLE story ADD COLUMN masked_on DATE;
