-- Erasure on request: that it happened, when, by whom and how many stories went;
-- never whose stories (the pseudonym) nor anything they said.

CREATE SEQUENCE erasure_log_id START 1;

CREATE TABLE erasure_log (
    id BIGINT PRIMARY KEY DEFAULT nextval('erasure_log_id'),
    erased_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    role VARCHAR NOT NULL,
    actor VARCHAR,
    stories INTEGER NOT NULL CHECK (stories >= 0)
);
