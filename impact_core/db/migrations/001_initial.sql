-- The first schema. CHECK lists mirror the enums in impact_core/models.py;
-- tests/test_schema_matches_models.py fails when the two drift apart.

CREATE TABLE municipality (
    code VARCHAR PRIMARY KEY CHECK (regexp_full_match(code, 'GM[0-9]{4}')),
    name VARCHAR NOT NULL
);

CREATE TABLE neighbourhood (
    code VARCHAR PRIMARY KEY CHECK (regexp_full_match(code, 'BU[0-9]{8}')),
    name VARCHAR NOT NULL,
    municipality_code VARCHAR NOT NULL REFERENCES municipality (code)
);

CREATE TABLE organisation (
    id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    municipality_code VARCHAR NOT NULL REFERENCES municipality (code)
);

CREATE TABLE programme (
    id VARCHAR PRIMARY KEY,
    organisation_id VARCHAR NOT NULL REFERENCES organisation (id),
    name VARCHAR NOT NULL,
    pyramid_level VARCHAR NOT NULL
        CHECK (pyramid_level IN ('sociale_basis', 'preventie', 'aanpak_problemen', 'juridisch_klinisch')),
    target_group VARCHAR NOT NULL
        CHECK (target_group IN ('alle_bewoners', 'kinderen_jongeren', 'volwassenen', 'ouderen', 'mantelzorgers')),
    description VARCHAR NOT NULL,
    domains VARCHAR[] NOT NULL
);

CREATE TABLE ambition (
    id VARCHAR PRIMARY KEY,
    municipality_code VARCHAR NOT NULL REFERENCES municipality (code),
    title VARCHAR NOT NULL
);

CREATE TABLE indicator (
    id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    definition VARCHAR NOT NULL,
    unit VARCHAR NOT NULL,
    aggregation VARCHAR NOT NULL CHECK (aggregation IN ('som', 'gemiddelde')),
    direction VARCHAR NOT NULL CHECK (direction IN ('hoger_beter', 'lager_beter', 'neutraal')),
    chain_level VARCHAR NOT NULL CHECK (chain_level IN ('input', 'output', 'outcome', 'impact')),
    set_by VARCHAR NOT NULL CHECK (set_by IN ('gemeente', 'organisatie', 'samen', 'bewoners')),
    ambition_id VARCHAR REFERENCES ambition (id)
);

CREATE TABLE measurement (
    indicator_id VARCHAR NOT NULL REFERENCES indicator (id),
    programme_id VARCHAR NOT NULL REFERENCES programme (id),
    neighbourhood_code VARCHAR NOT NULL REFERENCES neighbourhood (code),
    month DATE NOT NULL CHECK (day(month) = 1),
    value DOUBLE NOT NULL,
    people INTEGER CHECK (people >= 0),
    target DOUBLE,
    PRIMARY KEY (indicator_id, programme_id, neighbourhood_code, month)
);

CREATE TABLE story (
    id VARCHAR PRIMARY KEY,
    title VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    storyteller_role VARCHAR NOT NULL
        CHECK (storyteller_role IN ('deelnemer', 'bewoner', 'mantelzorger', 'vrijwilliger', 'professional', 'partner')),
    collected_by VARCHAR NOT NULL,
    collected_on DATE NOT NULL,
    programme_id VARCHAR NOT NULL REFERENCES programme (id),
    neighbourhood_code VARCHAR REFERENCES neighbourhood (code),
    domain VARCHAR NOT NULL,
    significance VARCHAR NOT NULL,
    valence VARCHAR NOT NULL CHECK (valence IN ('positief', 'negatief')),
    intention VARCHAR NOT NULL CHECK (intention IN ('bedoeld', 'onbedoeld')),
    directness VARCHAR NOT NULL CHECK (directness IN ('direct', 'indirect')),
    consent VARCHAR NOT NULL CHECK (consent IN ('geen', 'organisatie', 'gemeente', 'openbaar')),
    read_back BOOLEAN NOT NULL,
    selected_level VARCHAR CHECK (selected_level IN ('team', 'organisatie', 'gemeente'))
);

CREATE TABLE reflection (
    id VARCHAR PRIMARY KEY,
    professional VARCHAR NOT NULL,
    reflected_on DATE NOT NULL,
    programme_id VARCHAR NOT NULL REFERENCES programme (id),
    kind VARCHAR NOT NULL CHECK (kind IN ('reflectie', 'moreel_beraad')),
    method VARCHAR NOT NULL,
    "values" VARCHAR[] NOT NULL,
    what_happened VARCHAR NOT NULL,
    learned VARCHAR NOT NULL,
    do_differently VARCHAR NOT NULL,
    dilemma VARCHAR NOT NULL,
    values_in_tension VARCHAR NOT NULL,
    options VARCHAR NOT NULL,
    choice VARCHAR NOT NULL,
    visibility VARCHAR NOT NULL CHECK (visibility IN ('intern', 'gemeente'))
);

CREATE TABLE stakeholder (
    id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    kind VARCHAR NOT NULL CHECK (kind IN (
        'gemeente', 'organisatie', 'zorgverzekeraar', 'woningcorporatie',
        'politie_justitie', 'onderwijs', 'werk_inkomen', 'bewoners'))
);

CREATE TABLE investment (
    programme_id VARCHAR NOT NULL REFERENCES programme (id),
    stakeholder_id VARCHAR NOT NULL REFERENCES stakeholder (id),
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    amount DOUBLE NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (programme_id, stakeholder_id, year)
);

CREATE TABLE effect (
    id VARCHAR PRIMARY KEY,
    programme_id VARCHAR NOT NULL REFERENCES programme (id),
    name VARCHAR NOT NULL,
    description VARCHAR NOT NULL,
    quantity DOUBLE NOT NULL CHECK (quantity >= 0),
    proxy_value DOUBLE NOT NULL CHECK (proxy_value >= 0),
    proxy_source VARCHAR NOT NULL,
    deadweight DOUBLE NOT NULL CHECK (deadweight BETWEEN 0 AND 1),
    displacement DOUBLE NOT NULL CHECK (displacement BETWEEN 0 AND 1),
    attribution DOUBLE NOT NULL CHECK (attribution BETWEEN 0 AND 1),
    drop_off DOUBLE NOT NULL CHECK (drop_off BETWEEN 0 AND 1),
    duration_years INTEGER NOT NULL CHECK (duration_years BETWEEN 1 AND 30),
    beneficiary_id VARCHAR NOT NULL REFERENCES stakeholder (id)
);

CREATE TABLE reasoning_step (
    id VARCHAR PRIMARY KEY,
    programme_id VARCHAR NOT NULL REFERENCES programme (id),
    level VARCHAR NOT NULL CHECK (level IN ('interventie', 'resultaat', 'uitkomst', 'impact')),
    description VARCHAR NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 1)
);

CREATE TABLE reasoning_link (
    from_step VARCHAR NOT NULL REFERENCES reasoning_step (id),
    to_step VARCHAR NOT NULL REFERENCES reasoning_step (id),
    assumption VARCHAR NOT NULL,
    confidence INTEGER NOT NULL CHECK (confidence BETWEEN 0 AND 100),
    evidence VARCHAR NOT NULL,
    PRIMARY KEY (from_step, to_step)
);

CREATE TABLE meeting (
    id VARCHAR PRIMARY KEY,
    held_on DATE NOT NULL,
    leeratelier VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    programme_id VARCHAR REFERENCES programme (id),
    summary VARCHAR NOT NULL
);

CREATE TABLE decision (
    id VARCHAR PRIMARY KEY,
    meeting_id VARCHAR NOT NULL REFERENCES meeting (id),
    kind VARCHAR NOT NULL CHECK (kind IN ('afspraak', 'besluit', 'open_vraag')),
    text VARCHAR NOT NULL,
    owner VARCHAR,
    due_on DATE,
    status VARCHAR NOT NULL CHECK (status IN ('open', 'afgerond'))
);
