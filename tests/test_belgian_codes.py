"""Belgian municipalities by their NIS code and Flemish statistische sectoren stand beside the CBS
codes: in the models (with a Dutch refusal that names both forms), in the database (migration 021
widens both CHECKs and keeps every row), and in a view's URL."""

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from impact_core.db import schema_check
from impact_core.db.rebuild import referring_closure
from impact_core.db.store import ConstraintError, Store
from impact_core.filters import Filters
from impact_core.models import Municipality, Neighbourhood
from impact_core.refusal import dutch_errors
from tests.conftest import copy_demo

nis_codes = st.from_regex(r"\A[1-9][0-9]{4}\Z")
sector_tails = st.one_of(st.from_regex(r"\A[A-Z][0-9]{2}[0-9-]\Z"), st.just("ZZZZ"))


@pytest.mark.parametrize(
    ("code", "accepted"),
    [
        ("GM0363", True),
        ("44021", True),  # Gent
        ("11002", True),  # Antwerpen
        ("04402", False),  # no province starts with 0
        ("4402", False),
        ("440210", False),
        ("GM44021", False),
        ("BE44021", False),
    ],
)
def test_a_municipality_is_a_cbs_code_or_a_five_digit_nis_code(code, accepted):
    try:
        Municipality(code=code, name="Gemeente")
    except ValidationError as refused:
        assert not accepted
        assert dutch_errors(refused, Municipality) == [
            "code: heeft niet de juiste vorm; schrijf GM en vier cijfers, zoals GM0363, of een NIS-code van vijf"
            " cijfers, zoals 44021"
        ]
    else:
        assert accepted


@pytest.mark.parametrize(
    ("code", "accepted"),
    [
        ("BU03630001", True),
        ("44021A00-", True),  # a sector not divided further
        ("44021A001", True),
        ("44021B12-", True),
        ("44021ZZZZ", True),  # the sector of unknown addresses
        ("44021A00", False),
        ("44021a001", False),
        ("44021A0011", False),
        ("44021-A001", False),
        ("44021AA01-", False),
    ],
)
def test_a_neighbourhood_is_a_cbs_buurt_or_a_statbel_sector(code, accepted):
    try:
        Neighbourhood(code=code, name="Sector", municipality_code="44021")
    except ValidationError as refused:
        assert not accepted
        assert dutch_errors(refused, Neighbourhood) == [
            "code: heeft niet de juiste vorm; schrijf BU en acht cijfers, zoals BU03630001, of de code van een"
            " statistische sector, zoals 44021A00-"
        ]
    else:
        assert accepted


@settings(deadline=None, max_examples=30)
@given(nis_codes, sector_tails)
def test_every_statbel_shaped_sector_is_accepted_by_model_database_and_url(nis, tail):
    sector = Neighbourhood(code=nis + tail, name="Sector", municipality_code=nis)
    con = duckdb.connect()
    con.execute(schema_check.expected_catalog(21).tables["municipality"].sql)
    con.execute(schema_check.expected_catalog(21).tables["neighbourhood"].sql)
    con.execute("INSERT INTO municipality VALUES (?, 'Gemeente')", [nis])
    con.execute("INSERT INTO neighbourhood VALUES (?, 'Sector', ?)", [sector.code, nis])
    assert Filters.from_query({"wijk": f"{sector.code},BU03630001"}).neighbourhoods == (sector.code, "BU03630001")


@pytest.mark.parametrize(
    ("table", "row"),
    [
        ("municipality", ["04402", "Geen gemeente"]),
        ("neighbourhood", ["44021A00", "Geen sector", "44021"]),
        ("neighbourhood", ["BU1", "Geen buurt", "44021"]),
    ],
)
def test_the_database_refuses_a_code_of_neither_form(empty_store, table, row):
    empty_store.write(lambda cur: cur.execute("INSERT INTO municipality VALUES ('44021', 'Gent')").fetchall())
    with pytest.raises(ConstraintError):
        empty_store.write(
            lambda cur: cur.execute(f"INSERT INTO {table} VALUES ({', '.join('?' * len(row))})", row).fetchall()
        )


DUTCH_CODES = {"municipality": "GM[0-9]{4}", "neighbourhood": "BU[0-9]{8}"}  # what version 18 allows

# --- the upgrade: a database of version 18 with the whole demo in it -------------------------------


@pytest.fixture
def upgraded(demo_db, tmp_path):
    """The demo's rows in a file of schema version 18, then opened (and so migrated) anew. Only
    what version 18 can hold: its own tables, Dutch codes, and rows whose references hold."""
    path = tmp_path / "old.duckdb"
    Store(path, migrate_to=18).close()
    cur = duckdb.connect(str(path))
    # a copy: the session's demo file may be open in this process already, and DuckDB attaches a file once
    cur.execute(f"ATTACH '{copy_demo(demo_db, tmp_path / 'demo.duckdb')}' AS demo (READ_ONLY)")
    listed = cur.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"
        " AND table_name != 'schema_version'"
    ).fetchall()
    keys = cur.execute(
        "SELECT table_name, constraint_column_names, referenced_table, referenced_column_names"
        " FROM duckdb_constraints() WHERE constraint_type = 'FOREIGN KEY' AND database_name = current_database()"
    ).fetchall()
    counts = {}
    own = [row[0] for row in listed]
    for table in [table for table in referring_closure(cur, own) if table in own]:  # not the attached demo's
        held = [f"regexp_full_match(code, '{DUTCH_CODES[table]}')"] if table in DUTCH_CODES else []
        held += [
            f'("{column}" IS NULL OR "{column}" IN (SELECT "{target}" FROM "{referenced}"))'
            for referring, columns, referenced, targets in keys
            if referring == table
            for column, target in zip(columns, targets, strict=True)
        ]
        # The old table's own columns only: a later migration may have added some (erasure_log's scores).
        columns = ", ".join(
            f'"{name}"'
            for (name,) in cur.execute(
                "SELECT column_name FROM duckdb_columns() WHERE database_name = current_database()"
                " AND table_name = ? ORDER BY column_index",
                [table],
            ).fetchall()
        )
        cur.execute(
            f'INSERT INTO "{table}" ({columns}) SELECT {columns} FROM demo."{table}"'
            f" WHERE {' AND '.join(held) or 'true'}"
        )
        counts[table] = cur.execute(f'SELECT count(*) FROM "{table}"').fetchall()[0][0]
    cur.execute("DETACH demo")
    cur.close()
    store = Store(path)
    yield store, counts
    store.close()


@pytest.mark.duckdb_only("upgrades a version-18 DuckDB file")
def test_the_upgrade_keeps_every_row_of_every_table(upgraded):
    store, counts = upgraded
    assert store.schema_version >= 21
    assert {table: store.scalar(f'SELECT count(*) FROM "{table}"') for table in counts} == counts
    assert sum(counts.values()) > 1000


@pytest.mark.duckdb_only("upgrades a version-18 DuckDB file")
def test_after_the_upgrade_the_schema_is_what_a_new_database_gets(upgraded):
    store, _ = upgraded
    with store.cursor() as cur:
        found = schema_check.read_catalog(cur)
    assert schema_check.differences(schema_check.expected_catalog(store.schema_version), found) == []


@pytest.mark.duckdb_only("upgrades a version-18 DuckDB file")
def test_after_the_upgrade_a_nis_code_is_stored_and_foreign_keys_still_hold(upgraded):
    store, _ = upgraded
    store.write(
        lambda cur: cur.execute(
            "INSERT INTO municipality VALUES ('44021', 'Gent');"
            " INSERT INTO neighbourhood VALUES ('44021A00-', 'Binnenstad', '44021')"
        ).fetchall()
    )
    with pytest.raises(ConstraintError):
        store.write(
            lambda cur: cur.execute("INSERT INTO neighbourhood VALUES ('45041A00-', 'Nergens', '45041')").fetchall()
        )
