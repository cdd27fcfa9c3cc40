"""The app says in plain Dutch that another program holds the database, instead of a traceback."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import held_by_another_process

APP = Path(__file__).resolve().parent.parent / "app.py"


@pytest.mark.duckdb_only("DuckDB lets one process hold a file; PostgreSQL serves many")
def test_the_app_says_in_plain_dutch_that_the_database_is_in_use(demo_file, monkeypatch):
    database = demo_file
    monkeypatch.setenv("IMPACT_DB", str(database))
    with held_by_another_process(database):
        test = AppTest.from_file(str(APP), default_timeout=30).run()
    assert not test.exception
    assert [error.value for error in test.error] == [
        f"De database {database} is in gebruik door een ander programma. "
        "Sluit dat programma (of de andere Impactdialoog) en probeer het opnieuw."
    ]
