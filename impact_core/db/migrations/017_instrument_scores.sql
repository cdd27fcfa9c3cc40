-- Outcome instruments (issue 22): a participant's scores on the Zelfredzaamheid-Matrix (13 life
-- domains, 1-5) or Positieve Gezondheid (6 dimensions, 0-10), per programme and moment. The
-- participant is a pseudonymous code, never a name (impact_core/pseudonym.py). Which domain
-- belongs to which instrument, and each instrument's range, are checked here too, so no path
-- stores a ZRM score of 8 or a Positieve Gezondheid dimension under the ZRM.
CREATE TABLE instrument_score (
    participant VARCHAR NOT NULL,
    programme_id VARCHAR NOT NULL REFERENCES programme (id),
    measured_on DATE NOT NULL,
    instrument VARCHAR NOT NULL CHECK (instrument IN ('zrm', 'positieve_gezondheid')),
    domain VARCHAR NOT NULL CHECK (domain IN (
        'financien', 'werk_opleiding', 'tijdsbesteding', 'huisvesting', 'huiselijke_relaties',
        'geestelijke_gezondheid', 'lichamelijke_gezondheid', 'middelengebruik', 'basale_adl',
        'instrumentele_adl', 'sociaal_netwerk', 'maatschappelijke_participatie', 'justitie',
        'lichaamsfuncties', 'mentaal_welbevinden', 'zingeving', 'kwaliteit_van_leven', 'meedoen',
        'dagelijks_functioneren')),
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    -- The six dimensions of Positieve Gezondheid belong to it alone; the other thirteen to the ZRM.
    CHECK ((instrument = 'positieve_gezondheid') = list_contains(
        ['lichaamsfuncties', 'mentaal_welbevinden', 'zingeving', 'kwaliteit_van_leven', 'meedoen',
         'dagelijks_functioneren'], domain)),
    CHECK (instrument <> 'zrm' OR score BETWEEN 1 AND 5),
    PRIMARY KEY (participant, programme_id, instrument, domain, measured_on)
);
