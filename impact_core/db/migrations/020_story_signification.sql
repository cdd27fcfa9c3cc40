-- Self-signification (issue 22): after telling a story, the storyteller (or the professional with
-- them) marks it themselves, as SenseMaker and Sprockler ask: which life domains it is about, how
-- it felt (1 heel zwaar .. 5 heel goed), how big the change was (1 heel klein .. 5 heel groot) and
-- whether the change was expected. One row per story, at most; a story without it stays whole.
-- It follows its story everywhere: same consent, same scope, erased with it.
CREATE TABLE story_signification (
    story_id VARCHAR PRIMARY KEY REFERENCES story (id),
    marked_by VARCHAR NOT NULL CHECK (marked_by IN ('verteller', 'met_professional')),
    about VARCHAR[] NOT NULL CHECK (list_has_all(
        ['geld_regelzaken', 'wonen', 'gezondheid', 'contact', 'meedoen', 'gezin', 'school_werk',
         'zelfvertrouwen', 'veiligheid'], about)),
    feeling INTEGER CHECK (feeling BETWEEN 1 AND 5),
    change_size INTEGER CHECK (change_size BETWEEN 1 AND 5),
    expected VARCHAR CHECK (expected IN ('ja', 'deels', 'nee', 'weet_niet'))
);
