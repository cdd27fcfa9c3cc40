"""Outcome instrument scores arrive from a registration system's export (CSV or Excel, Dutch
headers) and are stored, or refused row by row and field by field in plain Dutch: a ZRM score of 8,
a Positieve Gezondheid dimension under the ZRM, a name where a pseudonymous code belongs."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from impact_core.__main__ import main
from impact_core.access.viewer import Role, Viewer
from impact_core.gegevens.importer import import_upload
from impact_core.gegevens.templates import template_xlsx
from tests.conftest import copy_demo
from tests.workbooks import xlsx

STEWARD = Viewer(Role.BEHEER, organisation_id="wvs", actor="test")
HEADER = ["deelnemer", "programma", "datum", "instrument", "domein", "score"]
GOOD = [
    ["JB-0001", "jeugd", "06-01-2025", "zrm", "financien", "2"],
    ["JB-0001", "jeugd", "02-06-2025", "zrm", "financien", "4"],
    ["JB-0002", "jeugd", "2025-01-06", "positieve_gezondheid", "zingeving", "7"],
]
BAD = [
    (
        ["JB-0003", "jeugd", "2025-01-06", "zrm", "financien", "8"],
        "score",
        "valt buiten de schaal van de Zelfredzaamheid-Matrix",
    ),
    (
        ["JB-0003", "jeugd", "2025-01-06", "zrm", "zingeving", "3"],
        "domein",
        "is geen levensdomein van de Zelfredzaamheid-Matrix",
    ),
    (
        ["JB-0003", "jeugd", "2025-01-06", "positieve_gezondheid", "huisvesting", "6"],
        "domein",
        "is geen dimensie van Positieve Gezondheid",
    ),
    (["JB-0003", "jeugd", "2025-01-06", "zrm", "financien", "12"], "score", "mag hoogstens 10 zijn"),
    (["Jan", "jeugd", "2025-01-06", "zrm", "financien", "3"], "deelnemer", "heeft niet de vorm van een pseudoniem"),
    (["JB-Samira1", "jeugd", "2025-01-06", "zrm", "financien", "3"], "deelnemer", "lijkt een naam"),
    (["JB-0003", "jeugd", "2025-01-06", "zrm", "armoede", "3"], "domein", "is geen toegestane waarde"),
]


def _csv(rows: list[list[str]]) -> bytes:
    return ("\r\n".join(";".join(row) for row in [HEADER, *rows]) + "\r\n").encode("cp1252")


def _stored(store) -> list[tuple]:
    return [
        tuple(row.values())
        for row in store.rows(
            "SELECT participant, CAST(measured_on AS VARCHAR), instrument, domain, score FROM instrument_score"
            " WHERE programme_id = 'jeugd' ORDER BY ALL"
        )
    ]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_scores_from_a_real_file_are_stored_as_written(demo_copy, kind):
    data = _csv(GOOD) if kind == "csv" else xlsx({"instrumentscores": [HEADER, *GOOD]})
    report = import_upload(demo_copy, STEWARD, f"instrumentscores.{kind}", data)
    assert report.ok and report.written, report.summary()
    assert _stored(demo_copy) == [
        ("JB-0001", "2025-01-06", "zrm", "financien", 2),
        ("JB-0001", "2025-06-02", "zrm", "financien", 4),
        ("JB-0002", "2025-01-06", "positieve_gezondheid", "zingeving", 7),
    ]


@pytest.mark.parametrize(("row", "column", "message"), BAD, ids=[f"{row[4]}={row[5]} {row[0]}" for row, _, _ in BAD])
@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_each_bad_row_is_reported_by_its_field_in_dutch_and_nothing_is_stored(demo_copy, kind, row, column, message):
    data = _csv([*GOOD, row]) if kind == "csv" else xlsx({"instrumentscores": [HEADER, *GOOD, row]})
    report = import_upload(demo_copy, STEWARD, f"instrumentscores.{kind}", data)
    assert not report.written
    (error,) = report.row_errors()
    assert (error.row, error.column) == (5, column)  # the header is row 1
    assert error.message.startswith(message)
    assert _stored(demo_copy) == []


def test_a_zrm_score_of_8_under_a_pg_domain_names_both_fields(demo_copy):
    row = ["JB-0003", "jeugd", "2025-01-06", "zrm", "meedoen", "8"]
    report = import_upload(demo_copy, STEWARD, "instrumentscores.csv", _csv([row]))
    assert {(error.column, error.message.split(";")[0]) for error in report.row_errors()} == {
        ("domein", "is geen levensdomein van de Zelfredzaamheid-Matrix"),
        ("score", "valt buiten de schaal van de Zelfredzaamheid-Matrix"),
    }


def test_the_good_rows_only_load_beside_a_report_of_the_bad(demo_copy):
    rows = [*GOOD, BAD[0][0], BAD[1][0]]
    report = import_upload(demo_copy, STEWARD, "instrumentscores.csv", _csv(rows), valid_rows_only=True)
    assert report.written and report.bad_rows == 2
    assert len(_stored(demo_copy)) == 3


def test_another_organisations_programme_is_refused_by_row(demo_copy):
    row = ["JB-0003", "rvd-dorpen", "2025-01-06", "zrm", "financien", "3"]
    report = import_upload(demo_copy, STEWARD, "instrumentscores.csv", _csv([row]))
    (error,) = report.row_errors()
    assert error.column == "programma" and not report.written


def test_the_command_line_imports_a_csv_file(demo_db, tmp_path, capsys):
    database = copy_demo(demo_db, tmp_path / "db.duckdb")
    source = tmp_path / "instrumentscores.csv"
    source.write_bytes(_csv(GOOD))
    assert main(["import", "--db", str(database), "--organisation", "wvs", str(source)]) == 0
    assert "instrument_score" in capsys.readouterr().out


def test_the_template_has_the_sheet_its_explanation_and_a_dropdown_excel_accepts():
    book = load_workbook(io.BytesIO(template_xlsx()))
    assert [cell.value for cell in book["instrumentscores"][1]] == HEADER
    explained = {
        row[1]: row[4] for row in book["uitleg"].iter_rows(min_row=2, values_only=True) if row[0] == "instrumentscores"
    }
    assert "Zelfredzaamheid-Matrix 1 tot en met 5" in explained["score"]
    assert "nooit een naam" in explained["deelnemer"]
    dropdowns = [validation.formula1 for validation in book["instrumentscores"].data_validations.dataValidation]
    # Nineteen domains do not fit the 255 characters of a dropdown written out: the list stands on the sheet.
    assert all(len(formula) <= 255 for formula in dropdowns)
    (domains,) = [formula for formula in dropdowns if formula.startswith("uitleg!")]
    column = domains.split("$")[1]
    listed = [cell.value for cell in book["uitleg"][column][1:] if cell.value]
    assert listed[0] == "financien" and listed[-1] == "dagelijks_functioneren" and len(listed) == 19


def test_a_filled_in_template_loads_its_scores(demo_copy):
    book = load_workbook(io.BytesIO(template_xlsx()))
    for row in GOOD:
        book["instrumentscores"].append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    report = import_upload(demo_copy, STEWARD, "sjabloon.xlsx", buffer.getvalue())
    assert report.written, report.summary()
    assert len(_stored(demo_copy)) == 3


LINK_HEADER = ["instrument", "domein", "stap"]


@pytest.mark.parametrize(
    ("row", "column", "message"),
    [
        (["zrm", "huisvesting", "jeugd-u1"], None, None),
        (["zrm", "zingeving", "jeugd-u1"], "domein", "is geen levensdomein van de Zelfredzaamheid-Matrix"),
        (["positieve_gezondheid", "financien", "jeugd-u1"], "domein", "is geen dimensie van Positieve Gezondheid"),
        (["zrm", "financien", "rvd-u1"], "stap", None),  # a step of another organisation
    ],
)
def test_a_domain_is_linked_to_a_step_of_the_reasoning_line_by_import(demo_copy, row, column, message):
    data = xlsx({"instrument_stappen": [LINK_HEADER, row]})
    report = import_upload(demo_copy, STEWARD, "koppelingen.xlsx", data)
    stored = demo_copy.rows("SELECT * FROM instrument_step WHERE step_id = $step", {"step": row[2]})
    if column is None:
        assert report.written, report.summary()
        assert {"instrument": row[0], "domain": row[1], "step_id": row[2]} in stored
        return
    (error,) = report.row_errors()
    assert error.column == column and not report.written
    if message:
        assert error.message.startswith(message)
