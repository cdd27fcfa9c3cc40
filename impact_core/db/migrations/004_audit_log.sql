-- Who wrote what, and when: the kind of write and the record, never its content.

CREATE SEQUENCE audit_log_id START 1;

CREATE TABLE audit_log (
    id BIGINT PRIMARY KEY DEFAULT nextval('audit_log_id'),
    written_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    role VARCHAR NOT NULL,
    actor VARCHAR,
    action VARCHAR NOT NULL,
    table_name VARCHAR NOT NULL,
    record_id VARCHAR NOT NULL
);
