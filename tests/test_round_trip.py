"""Demo database -> Excel export -> import into a new database: the same rows, the same values."""

import io

import pandas as pd
import pytest
from openpyxl import load_workbook

from impact_core.__main__ import main
from impact_core.access import tenancy
from impact_core.access.viewer import Role, Viewer
from impact_core.db.store import Store, open_store
from impact_core.gegevens.exports import export_xlsx
from impact_core.gegevens.importer import import_upload
from impact_core.models import ENTITIES
from impact_core.refusal import NotAllowed
from tests.conftest import copy_demo

STEWARD = Viewer(Role.BEHEER, organisation_id="wvs", actor="test")


@pytest.fixture(scope="module")
def exported(demo_store) -> bytes:
    return export_xlsx(demo_store, STEWARD)


@pytest.fixture(scope="module")
def reloaded(exported, tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("round") / "new.duckdb")
    report = import_upload(store, STEWARD, "export.xlsx", exported)
    assert report.ok, report.row_errors(10)
    yield store
    store.close()


def _rows(store: Store, table: str, columns: list[str]) -> pd.DataFrame:
    """The rows the steward's organisation owns, or that all organisations share."""
    names = ", ".join(f't."{name}"' for name in columns)
    owned = tenancy.owned(table, "t")
    sql = f"SELECT {names} FROM {table} t WHERE {owned or 'TRUE'} ORDER BY ALL"
    frame = store.query(sql, {"organisation": "wvs"} if owned else None)
    return frame.map(lambda value: list(value) if hasattr(value, "__len__") and not isinstance(value, str) else value)


def test_the_export_has_a_sheet_per_entity_headed_in_dutch(exported):
    book = load_workbook(io.BytesIO(exported), read_only=True)
    assert book.sheetnames == [model.__source__ for model in ENTITIES]
    assert next(book["metingen"].iter_rows(values_only=True))[:4] == ("indicator", "programma", "wijk", "maand")


@pytest.mark.parametrize("model", ENTITIES, ids=lambda model: model.__table__)
def test_every_table_comes_back_with_the_same_rows_and_values(demo_store, reloaded, model):
    columns = list(model.model_fields)
    before, after = _rows(demo_store, model.__table__, columns), _rows(reloaded, model.__table__, columns)
    assert len(after) == len(before)
    pd.testing.assert_frame_equal(after, before, check_dtype=False)


def test_importing_the_export_again_changes_nothing(reloaded, exported):
    report = import_upload(reloaded, STEWARD, "export.xlsx", exported)
    assert {(result.new, result.changed) for result in report.tables} == {(0, 0)}


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    store = Store(tmp_path / "f.duckdb")
    store.write(lambda cur: cur.execute("INSERT INTO municipality VALUES ('GM0001', '=HYPERLINK(\"x\")')"))
    exported = export_xlsx(store, STEWARD)
    cell = load_workbook(io.BytesIO(exported))["gemeenten"]["B2"]
    assert (cell.value, cell.data_type) == ('=HYPERLINK("x")', "s")
    store.close()


def test_only_the_data_steward_may_export(demo_store):
    with pytest.raises(NotAllowed):
        export_xlsx(demo_store, Viewer(Role.GEMEENTE, municipality_code="GM9901"))


def test_the_command_line_exports_excel_and_parquet(demo_db, tmp_path):
    db = copy_demo(demo_db, tmp_path / "copy.duckdb")
    assert (
        main(
            [
                "export",
                "--db",
                str(db),
                "--organisation",
                "wvs",
                "--format",
                "xlsx",
                "--out",
                str(tmp_path / "alles.xlsx"),
            ]
        )
        == 0
    )
    assert (
        main(["export", "--db", str(db), "--organisation", "wvs", "--format", "parquet", "--out", str(tmp_path / "pq")])
        == 0
    )
    assert load_workbook(tmp_path / "alles.xlsx", read_only=True).sheetnames[0] == "gemeenten"
    assert sorted(path.stem for path in (tmp_path / "pq").glob("*.parquet")) == sorted(
        model.__table__ for model in ENTITIES
    )
    count = pd.read_parquet(tmp_path / "pq" / "measurement.parquet").shape[0]
    assert count == open_store(db).scalar(
        "SELECT count(*) FROM measurement"
        " WHERE programme_id IN (SELECT id FROM programme WHERE organisation_id = 'wvs')"
    )
