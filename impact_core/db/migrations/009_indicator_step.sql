-- Reasoning lines with evidence: which indicators measure which step of a reasoning
-- line. Stories link to steps through story_step (007); reflections count as evidence
-- for a step through the stories and indicators they are about.

CREATE TABLE indicator_step (
    indicator_id VARCHAR NOT NULL REFERENCES indicator (id),
    step_id VARCHAR NOT NULL REFERENCES reasoning_step (id),
    PRIMARY KEY (indicator_id, step_id)
);
