-- Which municipality funds which organisation: a municipality sees the work it funds.

CREATE TABLE funding (
    municipality_code VARCHAR NOT NULL REFERENCES municipality (code),
    organisation_id VARCHAR NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (municipality_code, organisation_id)
);
