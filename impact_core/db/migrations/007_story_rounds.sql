-- Betekenisgeving: the masked version of each story (what outside viewers read and
-- what search indexes), a pseudonym of the storyteller (for erasure on request),
-- Most Significant Change selection rounds with votes, links from stories to
-- reasoning-line steps and indicators, and the search index.

ALTER TABLE story ADD COLUMN storyteller VARCHAR;
ALTER TABLE story ADD COLUMN masked_title VARCHAR;
ALTER TABLE story ADD COLUMN masked_text VARCHAR;
ALTER TABLE story ADD COLUMN masked_significance VARCHAR;

CREATE TABLE selection_round (
    id VARCHAR PRIMARY KEY,
    programme_id VARCHAR NOT NULL REFERENCES programme (id),
    level VARCHAR NOT NULL CHECK (level IN ('team', 'organisatie', 'gemeente')),
    title VARCHAR NOT NULL,
    period_from DATE NOT NULL,
    period_to DATE NOT NULL,
    domain VARCHAR,
    meeting_id VARCHAR REFERENCES meeting (id),
    status VARCHAR NOT NULL CHECK (status IN ('open', 'afgerond')),
    reasons VARCHAR NOT NULL,
    dissent VARCHAR NOT NULL,
    fed_back_on DATE,
    CHECK (period_from <= period_to)
);

CREATE TABLE round_story (
    round_id VARCHAR NOT NULL REFERENCES selection_round (id),
    story_id VARCHAR NOT NULL REFERENCES story (id),
    selected BOOLEAN NOT NULL,
    PRIMARY KEY (round_id, story_id)
);

CREATE TABLE round_vote (
    round_id VARCHAR NOT NULL REFERENCES selection_round (id),
    story_id VARCHAR NOT NULL REFERENCES story (id),
    voter VARCHAR NOT NULL,
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 5),
    PRIMARY KEY (round_id, story_id, voter)
);

CREATE TABLE story_step (
    story_id VARCHAR NOT NULL REFERENCES story (id),
    step_id VARCHAR NOT NULL REFERENCES reasoning_step (id),
    PRIMARY KEY (story_id, step_id)
);

CREATE TABLE story_indicator (
    story_id VARCHAR NOT NULL REFERENCES story (id),
    indicator_id VARCHAR NOT NULL REFERENCES indicator (id),
    PRIMARY KEY (story_id, indicator_id)
);

-- Search: how often each word occurs in the masked text of a story (and how many words
-- that story has), and each word's Dutch stem. Derived from story by impact_core.search.
CREATE TABLE story_word (
    story_id VARCHAR NOT NULL,
    word VARCHAR NOT NULL,
    n INTEGER NOT NULL,
    story_length INTEGER NOT NULL
);

CREATE TABLE word_stem (
    word VARCHAR PRIMARY KEY,
    stem VARCHAR NOT NULL
);
