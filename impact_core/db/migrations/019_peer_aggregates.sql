-- Comparison with peers (issue 22 item 2, the KPI-model's optional benchmark). An organisation
-- publishes suppressed monthly aggregates under an opaque publisher id, never its name; another
-- installation reads such files and compares. Rows stay with the organisation that read them:
-- in a shared installation one organisation's peers are not another's.

-- The organisation's own opaque id in the files it publishes: random, made at its first
-- publication and kept, so a receiver's re-read of a newer file replaces the older one.
CREATE TABLE peer_publisher (
    organisation_id VARCHAR PRIMARY KEY REFERENCES organisation (id),
    publisher_id VARCHAR NOT NULL UNIQUE
);

-- Which files an organisation read: where its peer rows came from.
CREATE TABLE peer_file (
    organisation_id VARCHAR NOT NULL REFERENCES organisation (id),
    publisher_id VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    format_version INTEGER NOT NULL,
    created DATE NOT NULL,
    rows INTEGER NOT NULL CHECK (rows >= 0),
    read_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    PRIMARY KEY (organisation_id, publisher_id)
);

-- One published aggregate: an indicator in one month at one (unnamed) organisation. Unit and
-- aggregation as the publisher's manifest says, so a comparison only sets like against like.
CREATE TABLE peer_aggregate (
    organisation_id VARCHAR NOT NULL REFERENCES organisation (id),
    publisher_id VARCHAR NOT NULL,
    indicator_id VARCHAR NOT NULL,
    unit VARCHAR NOT NULL,
    aggregation VARCHAR NOT NULL CHECK (aggregation IN ('som', 'gemiddelde')),
    month DATE NOT NULL CHECK (day(month) = 1),
    value DOUBLE NOT NULL,
    people INTEGER NOT NULL CHECK (people >= 0),
    PRIMARY KEY (organisation_id, publisher_id, indicator_id, month)
);
