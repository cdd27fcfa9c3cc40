"""The measurement table has no primary key or foreign keys of its own (migration 016, for the speed
of a million-row import): the importer keeps what they promised. Each test is one promise."""

import threading

import duckdb
import pytest

from impact_core.access.viewer import Role, Viewer
from impact_core.db import upsert
from impact_core.db.store import Store, migrations
from impact_core.gegevens.importer import import_upload
from tests.conftest import every_row_in_order

STEWARD = Viewer(Role.BEHEER, organisation_id="wvs", actor="test")
HEADER = "indicator,programma,wijk,maand,waarde,aantal_mensen,streefwaarde"
GOOD = "W01,wijk,BU99010101,2030-01-01,3,5,4"
WITHOUT_KEYS = 16  # the migration that rebuilt the measurement table


def _file(*rows: str) -> bytes:
    return "\n".join((HEADER, *rows)).encode() + b"\n"


def _measurements(store: Store) -> list[tuple]:
    with store.cursor() as cur:
        return cur.execute(every_row_in_order(store, "measurement")).fetchall()


@pytest.mark.parametrize(
    ("row", "column", "value", "entity"),
    [
        pytest.param("W99X,wijk,BU99010101,2030-01-01,3,5,4", "indicator", "W99X", "indicatoren", id="indicator"),
        pytest.param("W01,wijk,BU99999999,2030-01-01,3,5,4", "wijk", "BU99999999", "wijken", id="neighbourhood"),
    ],
)
def test_a_measurement_of_something_unknown_is_refused_by_row_and_field_and_nothing_changes(
    demo_copy, row, column, value, entity
):
    before = _measurements(demo_copy)
    report = import_upload(demo_copy, STEWARD, "metingen.csv", _file(GOOD, row))
    assert not report.written
    [error] = report.row_errors()
    assert (error.row, error.column, error.value) == (3, column, value)
    assert error.message == f"verwijst naar iets dat niet bestaat; voeg het eerst toe (gegevens '{entity}')"
    assert _measurements(demo_copy) == before


def test_a_measurement_of_an_unknown_programme_is_refused_by_row_and_field_and_nothing_changes(demo_copy):
    # An unknown programme belongs to no organisation either: the row is refused for both reasons.
    before = _measurements(demo_copy)
    report = import_upload(
        demo_copy, STEWARD, "metingen.csv", _file(GOOD, "W01,bestaatniet,BU99010101,2030-01-01,3,5,4")
    )
    assert not report.written
    errors = report.row_errors()
    assert {(error.row, error.column, error.value) for error in errors} == {(3, "programma", "bestaatniet")}
    assert any(error.message.startswith("verwijst naar iets dat niet bestaat") for error in errors)
    assert _measurements(demo_copy) == before


def test_only_the_rows_with_an_unknown_reference_are_left_out_when_loading_the_good_rows(demo_copy):
    report = import_upload(
        demo_copy, STEWARD, "metingen.csv", _file(GOOD, "W99X,wijk,BU99010101,2030-01-01,3,5,4"), valid_rows_only=True
    )
    assert report.written
    assert [error.row for error in report.row_errors()] == [3]
    found = demo_copy.query("SELECT indicator_id FROM measurement WHERE month = DATE '2030-01-01'")
    assert found["indicator_id"].tolist() == ["W01"]


def test_a_measurement_of_another_organisation_is_refused_and_nothing_changes(demo_copy):
    before = _measurements(demo_copy)
    report = import_upload(
        demo_copy, STEWARD, "metingen.csv", _file(GOOD, "W01,rvd-dorpen,BU99010101,2030-01-01,3,5,4")
    )
    assert not report.written
    [error] = report.row_errors()
    assert (error.row, error.column) == (3, "programma")
    assert "andere organisatie" in error.message
    assert _measurements(demo_copy) == before


def test_importing_a_measurement_again_replaces_the_stored_one(demo_copy):
    import_upload(demo_copy, STEWARD, "metingen.csv", _file(GOOD))
    report = import_upload(demo_copy, STEWARD, "metingen.csv", _file("W01,wijk,BU99010101,2030-01-01,7,5,4"))
    assert report.written and (report.tables[0].new, report.tables[0].changed) == (0, 1)
    found = demo_copy.query("SELECT value FROM measurement WHERE month = DATE '2030-01-01'")
    assert found["value"].tolist() == [7.0]


def test_importing_the_same_file_twice_adds_nothing(demo_copy):
    data = _file(GOOD, "W01,wijk,BU99010101,2030-02-01,3,5,4")
    import_upload(demo_copy, STEWARD, "metingen.csv", data)
    before = _measurements(demo_copy)
    report = import_upload(demo_copy, STEWARD, "metingen.csv", data)
    assert report.written and (report.tables[0].new, report.tables[0].changed) == (0, 0)
    assert _measurements(demo_copy) == before


@pytest.mark.parametrize(
    ("rows", "new", "changed"),
    [
        pytest.param(("W01,wijk,BU99010101,2030-03-01,3,5,4",), 1, 0, id="a-month-not-stored"),
        pytest.param(("W02,wijk,BU99010101,2030-01-01,3,5,4",), 1, 0, id="each-part-stored-not-together"),
        pytest.param(
            ("W01,wijk,BU99010101,2030-01-01,8,5,4", "W01,wijk,BU99010101,2030-03-01,3,5,4"),
            1,
            1,
            id="one-of-two-stored",
        ),
    ],
)
def test_a_new_key_is_added_and_a_stored_key_updated_however_the_file_mixes_them(demo_copy, rows, new, changed):
    import_upload(demo_copy, STEWARD, "metingen.csv", _file(GOOD, "W02,wijk,BU99010102,2030-02-01,3,5,4"))
    report = import_upload(demo_copy, STEWARD, "metingen.csv", _file(*rows))
    assert report.written and (report.tables[0].new, report.tables[0].changed) == (new, changed)
    keys = "indicator_id, programme_id, neighbourhood_code, month"
    assert demo_copy.scalar(f"SELECT count(*) - count(DISTINCT ({keys})) FROM measurement") == 0
    stored = demo_copy.query(
        "SELECT indicator_id, neighbourhood_code, month, value FROM measurement WHERE year(month) = 2030"
    )
    written = {(row.split(",")[0], row.split(",")[2], row.split(",")[3]): float(row.split(",")[4]) for row in rows}
    for (indicator, neighbourhood, month), value in written.items():
        found = stored.loc[
            (stored["indicator_id"] == indicator)
            & (stored["neighbourhood_code"] == neighbourhood)
            & (stored["month"].astype(str).str.startswith(month)),
            "value",
        ]
        assert found.tolist() == [value]


def test_a_key_twice_in_one_file_is_refused_naming_the_earlier_row(demo_copy):
    before = _measurements(demo_copy)
    report = import_upload(demo_copy, STEWARD, "metingen.csv", _file(GOOD, "W01,wijk,BU99010101,2030-01-01,9,5,4"))
    assert not report.written
    [error] = report.row_errors()
    assert (error.row, error.column) == (3, "indicator")
    assert error.message.startswith("staat dubbel: rij 2 heeft dezelfde")
    assert _measurements(demo_copy) == before


def test_a_failed_write_leaves_the_measurements_as_they_were(demo_copy, monkeypatch):
    before = _measurements(demo_copy)

    def fail(*args, **kwargs):
        raise duckdb.ConstraintException("the disk is full")

    monkeypatch.setattr(upsert, "_update_changed", fail)  # after the new rows went in, before the commit
    data = _file(GOOD, "W01,wijk,BU99010101,2023-11-01,99,5,4")  # one new row, one that changes a stored one
    report = import_upload(demo_copy, STEWARD, "metingen.csv", data)
    assert not report.written
    assert _measurements(demo_copy) == before


def test_two_imports_of_the_same_rows_at_once_store_each_key_once(demo_copy):
    rows = [f"W01,wijk,BU99010101,{year}-{month:02d}-01,3,5,4" for year in (2030, 2031) for month in range(1, 13)]
    data = _file(*rows)
    threads = [
        threading.Thread(target=import_upload, args=(demo_copy, STEWARD, "metingen.csv", data)) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    keys = "indicator_id, programme_id, neighbourhood_code, month"
    assert demo_copy.scalar(f"SELECT count(*) - count(DISTINCT ({keys})) FROM measurement") == 0
    assert demo_copy.scalar("SELECT count(*) FROM measurement WHERE year(month) >= 2030") == len(rows)


# --- the migration ------------------------------------------------------------------------------

_OLDER_ROWS = (
    "INSERT INTO municipality VALUES ('GM0001', 'Eerstestad');"
    "INSERT INTO neighbourhood VALUES ('BU00010101', 'Centrum', 'GM0001'), ('BU00010102', 'Haven', 'GM0001');"
    "INSERT INTO organisation VALUES ('org', 'Welzijn', 'GM0001');"
    "INSERT INTO programme (id, organisation_id, name, pyramid_level, target_group, description, domains)"
    " VALUES ('p', 'org', 'Programma', 'preventie', 'ouderen', '', []);"
    "INSERT INTO indicator (id, name, definition, unit, aggregation, direction, chain_level, set_by)"
    " SELECT 'I' || i, 'Indicator ' || i, '', 'aantal', 'som', 'hoger_beter', 'outcome', 'samen' FROM range(3) t(i);"
    "INSERT INTO measurement SELECT 'I' || (i % 3), 'p', CASE WHEN i % 2 = 0 THEN 'BU00010101' ELSE 'BU00010102' END,"
    " DATE '2020-01-01' + INTERVAL (i // 6) MONTH, i * 1.5, CASE WHEN i % 5 = 0 THEN NULL ELSE i END,"
    " CASE WHEN i % 7 = 0 THEN NULL ELSE 2.0 END FROM range(600) t(i);"
)


@pytest.fixture
def older(tmp_path):
    """A database at the migration before the measurement table lost its keys, with measurements."""
    path = tmp_path / "ouder.duckdb"
    store = Store(path, migrate_to=WITHOUT_KEYS - 1)
    store.write(lambda cur: cur.execute(_OLDER_ROWS))
    rows = _measurements(store)
    store.close()
    return path, rows


def test_the_migration_keeps_every_measurement_of_an_upgraded_database(older):
    path, rows = older
    assert len(rows) == 600
    upgraded = Store(path)
    try:
        assert upgraded.schema_version == migrations()[-1][0]
        assert _measurements(upgraded) == rows
    finally:
        upgraded.close()


def test_the_migration_leaves_the_measurement_table_without_key_indexes(older):
    path, _ = older
    upgraded = Store(path)
    try:
        kinds = upgraded.query("SELECT constraint_type FROM duckdb_constraints() WHERE table_name = 'measurement'")
        assert not {"PRIMARY KEY", "FOREIGN KEY", "UNIQUE"} & set(kinds["constraint_type"])
    finally:
        upgraded.close()


def test_the_keys_the_importer_keeps_are_the_ones_the_table_had(older):
    path, _ = older
    store = Store(path, migrate_to=WITHOUT_KEYS - 1)
    try:
        with store.cursor() as cur:
            had = cur.execute(
                "SELECT constraint_type, constraint_column_names, referenced_table, referenced_column_names"
                " FROM duckdb_constraints() WHERE table_name = 'measurement'"
                " AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')"
            ).fetchall()
    finally:
        store.close()
    kept = upsert.KEPT_BY_IMPORTER["measurement"]
    assert [tuple(columns) for kind, columns, _, _ in had if kind == "PRIMARY KEY"] == [kept.primary]
    assert {
        upsert.ForeignKey(tuple(columns), table, tuple(referenced))
        for kind, columns, table, referenced in had
        if kind == "FOREIGN KEY"
    } == set(kept.foreign)


def test_an_import_into_an_upgraded_database_updates_instead_of_adding(older):
    path, rows = older
    store = Store(path)
    steward = Viewer(Role.BEHEER, organisation_id="org", actor="test")
    try:
        data = b"indicator,programma,wijk,maand,waarde\nI0,p,BU00010101,2020-01-01,42\n"
        report = import_upload(store, steward, "metingen.csv", data)
        assert report.written and (report.tables[0].new, report.tables[0].changed) == (0, 1)
        assert len(_measurements(store)) == len(rows)
    finally:
        store.close()
