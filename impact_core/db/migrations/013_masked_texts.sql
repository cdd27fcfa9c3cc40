-- Every free text that may leave the organisation gets a masked twin, as stories have: what the
-- municipality and the shared screen read. NULL until masked; a read outside the organisation
-- then shows nothing rather than the raw text.
ALTER TABLE reflection ADD COLUMN masked_what_happened VARCHAR;
ALTER TABLE reflection ADD COLUMN masked_learned VARCHAR;
ALTER TABLE reflection ADD COLUMN masked_do_differently VARCHAR;
ALTER TABLE reflection ADD COLUMN masked_dilemma VARCHAR;
ALTER TABLE reflection ADD COLUMN masked_values_in_tension VARCHAR;
ALTER TABLE reflection ADD COLUMN masked_options VARCHAR;
ALTER TABLE reflection ADD COLUMN masked_choice VARCHAR;
ALTER TABLE reflection ADD COLUMN masked_parties VARCHAR;
ALTER TABLE reflection ADD COLUMN masked_follow_up VARCHAR;
ALTER TABLE selection_round ADD COLUMN masked_reasons VARCHAR;
ALTER TABLE selection_round ADD COLUMN masked_dissent VARCHAR;
ALTER TABLE decision ADD COLUMN masked_text VARCHAR;
ALTER TABLE decision ADD COLUMN masked_owner VARCHAR;
ALTER TABLE meeting ADD COLUMN masked_summary VARCHAR;
