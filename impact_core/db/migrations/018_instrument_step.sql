-- An instrument's domain as evidence in the numbers track for a step of a reasoning line (issue 22),
-- as indicator_step links an indicator: the ZRM's financien domain behind "households have an
-- overview of their money again". The domain belongs to its instrument, as in instrument_score.
CREATE TABLE instrument_step (
    instrument VARCHAR NOT NULL CHECK (instrument IN ('zrm', 'positieve_gezondheid')),
    domain VARCHAR NOT NULL CHECK (domain IN (
        'financien', 'werk_opleiding', 'tijdsbesteding', 'huisvesting', 'huiselijke_relaties',
        'geestelijke_gezondheid', 'lichamelijke_gezondheid', 'middelengebruik', 'basale_adl',
        'instrumentele_adl', 'sociaal_netwerk', 'maatschappelijke_participatie', 'justitie',
        'lichaamsfuncties', 'mentaal_welbevinden', 'zingeving', 'kwaliteit_van_leven', 'meedoen',
        'dagelijks_functioneren')),
    step_id VARCHAR NOT NULL REFERENCES reasoning_step (id),
    CHECK ((instrument = 'positieve_gezondheid') = list_contains(
        ['lichaamsfuncties', 'mentaal_welbevinden', 'zingeving', 'kwaliteit_van_leven', 'meedoen',
         'dagelijks_functioneren'], domain)),
    PRIMARY KEY (instrument, domain, step_id)
);
