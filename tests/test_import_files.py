"""What people really send: every dialect of CSV and Excel reads the same, and nothing crashes."""

import datetime as dt
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from impact_core.access.viewer import Role, Viewer
from impact_core.gegevens import tabular
from impact_core.gegevens.importer import ImportReport, load_sheets
from impact_core.gegevens.tabular import FileRefused, read_bytes
from impact_core.gegevens.validation import parse_numbers, validate
from impact_core.models import Measurement
from tests.workbooks import xlsx

STEWARD = Viewer(Role.BEHEER, organisation_id="wvs", actor="test")
MUNICIPALITIES = [["code", "naam"], ["GM0001", "Eerstestad"], ["GM0002", "Tweede Dorp"]]


def _csv(rows: list[list[str]], *, sep: str = ",", encoding: str = "utf-8", newline: str = "\n") -> bytes:
    return newline.join(sep.join(row) for row in rows).encode(encoding) + newline.encode()


def _frame(name: str, data: bytes):
    [sheet] = read_bytes(name, data)
    return sheet.frame


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_every_encoding_and_delimiter_reads_the_same(encoding, sep):
    rows = [["code", "naam"], ["GM0001", "Café Ëén"], ["GM0002", "Tweede"]]
    frame = _frame("gemeenten.csv", _csv(rows, sep=sep, encoding=encoding, newline="\r\n"))
    assert list(frame.columns) == ["code", "naam"]
    assert frame["naam"].tolist() == ["Café Ëén", "Tweede"]


def test_a_short_row_does_not_fool_the_delimiter_count():
    frame = _frame("gemeenten.csv", b"code;naam\nGM0001;Een, twee\n")
    assert frame["naam"].tolist() == ["Een, twee"]


def test_empty_trailing_rows_and_columns_are_ignored_and_rows_keep_their_spreadsheet_number():
    data = b"code,naam,,\nGM0001,Een,,\n\nGM0002,Twee,,\n,,,\n\n"
    frame = _frame("gemeenten.csv", data)
    assert list(frame.columns) == ["code", "naam"]
    assert frame.index.tolist() == [2, 4]


def test_values_beyond_the_header_are_reported_as_a_separator_too_many(empty_store):
    data = b"code,naam\nGM0001,Een\nGM0002,Twee,extra\n"
    report = load_sheets(empty_store, STEWARD, read_bytes("gemeenten.csv", data))
    assert [(error.row, error.message[:20]) for error in report.row_errors()] == [(3, "staat buiten de kolo")]


@pytest.mark.parametrize("header", ["code,naam", "Code,Name", " CODE , NAAM ", "code , name"])
def test_headers_in_dutch_or_english_any_case_and_spacing(empty_store, header):
    data = f"{header}\nGM0001,Eerstestad\n".encode()
    report = load_sheets(empty_store, STEWARD, read_bytes("gemeenten.csv", data))
    assert report.ok and report.written
    assert empty_store.scalar("SELECT name FROM municipality") == "Eerstestad"


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("1.234,5", 1234.5),
        ("1234,5", 1234.5),
        ("1234.5", 1234.5),
        ("-3,25", -3.25),
        ("1.234.567", 1234567.0),
        ("12", 12.0),
        ("0,5", 0.5),
        ("1 234,5", 1234.5),
    ],
)
def test_numbers_with_decimal_comma_and_thousands_dot(written, number):
    import pandas as pd

    assert parse_numbers(pd.Series([written], dtype="str")).iloc[0] == number


@pytest.mark.parametrize("month", ["01-03-2025", "1-3-2025", "2025-03-01", "01/03/2025"])
def test_dates_as_dd_mm_jjjj_or_iso(month):
    import pandas as pd

    frame = pd.DataFrame(
        [{"indicator": "W01", "programma": "wijk", "wijk": "BU00010101", "maand": month, "waarde": "3,5"}],
        index=[2],
        dtype="str",
    )
    typed, errors = validate(Measurement, frame, "metingen.csv")
    assert errors.empty
    assert typed["month"].iloc[0] == pd.Timestamp(2025, 3, 1)
    assert typed["value"].iloc[0] == 3.5


def test_an_excel_workbook_with_a_sheet_per_entity_loads_and_skips_other_sheets(empty_store):
    data = xlsx(
        {
            "Uitleg": [["lees mij"]],
            "gemeenten": MUNICIPALITIES,
            "wijken": [["code", "naam", "gemeente"], ["BU00010101", "Centrum", "GM0001"], [None, None, None]],
        }
    )
    report = load_sheets(empty_store, STEWARD, read_bytes("gegevens.xlsx", data))
    assert report.ok and report.written
    assert {result.table: result.new for result in report.tables} == {"municipality": 2, "neighbourhood": 1}
    assert "Uitleg" in report.notices[0]


def test_excel_dates_numbers_and_booleans_read_as_the_importer_expects():
    data = xlsx(
        {
            "metingen": [
                ["indicator", "programma", "wijk", "maand", "waarde", "aantal_mensen"],
                ["W01", "wijk", "BU00010101", dt.datetime(2025, 3, 1), 3.5, 12.0],
            ]
        }
    )
    [sheet] = read_bytes("m.xlsx", data)
    assert sheet.frame.iloc[0].tolist() == ["W01", "wijk", "BU00010101", "2025-03-01", "3.5", "12"]


def test_excel_rows_are_numbered_as_excel_shows_them_even_after_a_blank_row(empty_store):
    data = xlsx({"gemeenten": [["code", "naam"], ["GM0001", "Een"], [None, None], ["FOUT", "Drie"]]})
    report = load_sheets(empty_store, STEWARD, read_bytes("g.xlsx", data))
    assert [(error.row, error.column) for error in report.row_errors()] == [(4, "code")]
    assert report.row_errors()[0].file == "g.xlsx, blad gemeenten"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("gegevens.pdf", b"%PDF-1.4", "dit soort bestand"),
        ("gegevens.xls", b"\xd0\xcf\x11\xe0", "oude Excel"),
        ("gegevens.xlsx", b"code,naam\n", "geen Excel-werkmap"),
        ("gegevens.xlsx", b"PK\x03\x04 kapot", "beschadigd"),
        ("gemeenten.csv", b"\x00\x01\x02binary\x00", "geen tekstbestand"),
        ("gemeenten.csv", b"", "leeg"),
        ("gemeenten.csv", ",".join(f"k{i}" for i in range(1_000_000)).encode(), "kolommen"),
        ("gemeenten.csv", b"code\nGM0001\n" + b"x," * 1_000_000 + b"\n", "kolommen"),
    ],
)
def test_hostile_or_wrong_files_are_refused_with_a_reason(name, data, reason):
    with pytest.raises(FileRefused, match=reason):
        read_bytes(name, data)


def test_a_zip_bomb_is_refused_before_it_is_unpacked():
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * 300_000_000)
    with pytest.raises(FileRefused, match="te veel"):
        read_bytes("bom.xlsx", buffer.getvalue())


def test_a_workbook_with_too_many_columns_is_refused():
    data = xlsx({"gemeenten": [["code", "naam", *[f"k{i}" for i in range(tabular.MAX_COLUMNS)]]]})
    with pytest.raises(FileRefused, match="kolommen"):
        read_bytes("breed.xlsx", data)


def test_an_upload_over_the_size_limit_is_refused(monkeypatch):
    monkeypatch.setattr(tabular, "MAX_BYTES", 10)
    with pytest.raises(FileRefused, match="groter dan"):
        read_bytes("gemeenten.csv", b"code,naam\nGM0001,Een\n")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400), st.sampled_from(["metingen.csv", "verhalen.csv", "gegevens.xlsx"]))
def test_random_bytes_are_refused_or_reported_never_a_crash(data, name):
    try:
        sheets = read_bytes(name, data)
    except FileRefused:
        return
    for sheet in sheets:
        validate(Measurement, sheet.frame, name)


_cells = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=12)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.lists(_cells, min_size=1, max_size=9), min_size=1, max_size=8), st.sampled_from([",", ";", "\t"]))
def test_random_rows_only_ever_give_a_report(empty_store, rows, sep):
    header = "indicator,programma,wijk,maand,waarde,aantal_mensen,streefwaarde".replace(",", sep)
    data = (header + "\n" + "\n".join(sep.join(row) for row in rows)).encode()
    try:
        report = load_sheets(empty_store, STEWARD, read_bytes("metingen.csv", data), dry_run=True)
    except FileRefused:  # e.g. only a header, or numbers that can be read two ways: refused with a reason
        return
    assert isinstance(report, ImportReport)
    assert empty_store.scalar("SELECT count(*) FROM measurement") == 0


def test_a_million_empty_lines_after_the_data_are_read_at_once():
    frame = _frame("gemeenten.csv", b"code,naam\nGM0001,Een\n" + b"\r\n" * 1_000_000)
    assert frame.index.tolist() == [2]


@pytest.mark.parametrize(
    ("data", "rows"),
    [
        (b'code,naam\nGM0001,"Een\nmet een regel erbij"\nGM0002,Twee\n', [2, 3]),  # Excel shows a record as one row
        (b"\r\n\r\ncode;naam\r\nGM0001;Een\r\n", [4]),  # blank lines above the header
    ],
)
def test_row_numbers_are_the_rows_a_spreadsheet_shows(data, rows):
    assert _frame("gemeenten.csv", data).index.tolist() == rows


def test_two_files_for_one_entity_keep_their_own_row_numbers(empty_store):
    from impact_core.gegevens.importer import import_uploads

    report = import_uploads(
        empty_store,
        STEWARD,
        [
            ("gemeenten.csv", b"code,naam\nGM0001,Een\nGM0001,Dubbel\n"),
            ("municipality.csv", b"code,name\nGM0003,Drie\nGM0004,Vier\n"),
        ],
        valid_rows_only=True,
    )
    assert [(error.file, error.row) for error in report.row_errors()] == [("gemeenten.csv", 3)]
    assert "staat dubbel" in report.row_errors()[0].message
    assert sorted(empty_store.query("SELECT code FROM municipality")["code"]) == ["GM0001", "GM0003", "GM0004"]
