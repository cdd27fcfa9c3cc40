-- Organisations are tenants: the audit and erasure logs say whose data an entry is about, so a
-- steward reads their own organisation's entries only.
ALTER TABLE audit_log ADD COLUMN organisation_id VARCHAR;
ALTER TABLE audit_log ADD COLUMN municipality_code VARCHAR;
ALTER TABLE erasure_log ADD COLUMN organisation_id VARCHAR;
