-- The measurement table without its primary key and foreign keys (issue 18). DuckDB keeps an
-- index for each of them and updates all four on every insert and again at the checkpoint: a
-- million measurements took some ten times DuckDB's own read_csv of the file, most of it there.
-- The importer keeps both promises instead (impact_core/db/upsert.py, KEPT_BY_IMPORTER): a row
-- whose key repeats one of the file is refused, a stored row with the same key is updated, and a
-- row that refers to an unknown indicator, programme or neighbourhood is refused with its row
-- and field; no code deletes an indicator, programme or neighbourhood. NOT NULL and CHECK stay.
-- DuckDB cannot drop a constraint, so the table is copied into a new one and swapped in; nothing
-- else (no view, index or foreign key) depends on it.
CREATE TABLE measurement_rebuilt (
    indicator_id VARCHAR NOT NULL,
    programme_id VARCHAR NOT NULL,
    neighbourhood_code VARCHAR NOT NULL,
    month DATE NOT NULL CHECK (day(month) = 1),
    value DOUBLE NOT NULL,
    people INTEGER CHECK (people >= 0),
    target DOUBLE
);
INSERT INTO measurement_rebuilt
SELECT indicator_id, programme_id, neighbourhood_code, month, value, people, target
FROM measurement
ORDER BY programme_id, indicator_id, neighbourhood_code, month;
DROP TABLE measurement;
ALTER TABLE measurement_rebuilt RENAME TO measurement;
