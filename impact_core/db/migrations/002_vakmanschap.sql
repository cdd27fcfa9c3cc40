-- Vakmanschap: moral deliberation details, links from reflections to stories and
-- indicators, the methods register and the learning log of tested assumptions.

CREATE TABLE dilemma_theme (
    id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL
);

CREATE TABLE code_article (
    id VARCHAR PRIMARY KEY,
    title VARCHAR NOT NULL
);

-- DuckDB cannot add columns with constraints, so the table is rebuilt.
CREATE TABLE reflection_v2 (
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
    visibility VARCHAR NOT NULL CHECK (visibility IN ('intern', 'gemeente')),
    parties VARCHAR NOT NULL,
    dilemma_theme_id VARCHAR REFERENCES dilemma_theme (id),
    code_article_id VARCHAR REFERENCES code_article (id),
    follow_up VARCHAR NOT NULL,
    followed_up BOOLEAN NOT NULL,
    story_ids VARCHAR[] NOT NULL,
    indicator_ids VARCHAR[] NOT NULL
);

INSERT INTO reflection_v2
SELECT *, '' AS parties, NULL AS dilemma_theme_id, NULL AS code_article_id, '' AS follow_up,
       FALSE AS followed_up, [] AS story_ids, [] AS indicator_ids
FROM reflection;

DROP TABLE reflection;
ALTER TABLE reflection_v2 RENAME TO reflection;

CREATE TABLE method (
    id VARCHAR PRIMARY KEY,
    programme_id VARCHAR NOT NULL REFERENCES programme (id),
    name VARCHAR NOT NULL,
    step_id VARCHAR REFERENCES reasoning_step (id),
    evidence_base VARCHAR NOT NULL CHECK (evidence_base IN ('erkend', 'praktijkgebaseerd', 'nieuw')),
    description VARCHAR NOT NULL
);

CREATE TABLE assumption_test (
    id VARCHAR PRIMARY KEY,
    from_step VARCHAR NOT NULL,
    to_step VARCHAR NOT NULL,
    meeting_id VARCHAR REFERENCES meeting (id),
    tested_on DATE NOT NULL,
    outcome VARCHAR NOT NULL CHECK (outcome IN ('bevestigd', 'deels', 'weerlegd', 'open')),
    note VARCHAR NOT NULL,
    FOREIGN KEY (from_step, to_step) REFERENCES reasoning_link (from_step, to_step)
);
