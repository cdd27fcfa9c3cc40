-- Effects that are not (or not only) money: qualitative and labour-market effects,
-- typed on the impact axes of the field's definition.

CREATE TABLE qualitative_effect (
    id VARCHAR PRIMARY KEY,
    programme_id VARCHAR NOT NULL REFERENCES programme (id),
    kind VARCHAR NOT NULL CHECK (kind IN ('kwalitatief', 'arbeidsmarkt')),
    description VARCHAR NOT NULL,
    valence VARCHAR NOT NULL CHECK (valence IN ('positief', 'negatief')),
    intention VARCHAR NOT NULL CHECK (intention IN ('bedoeld', 'onbedoeld')),
    directness VARCHAR NOT NULL CHECK (directness IN ('direct', 'indirect'))
);
