"""Issue 18: real exports import right, or are refused with a reason; never a wrong number, never a
silent success. Every file here is a real .csv or .xlsx (bytes written as a registration system or
Excel writes them), loaded through the command line and the Data page, the stored values checked
exactly, and the database compared whole when a file is refused."""

from __future__ import annotations

import io
import re
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from streamlit.testing.v1 import AppTest

from impact_core.__main__ import main
from impact_core.access.viewer import Role, Viewer
from impact_core.db.store import Store
from impact_core.filters import Filters
from impact_core.gegevens import tabular, validation
from impact_core.gegevens.importer import import_uploads
from impact_core.gegevens.tabular import FileRefused, read_bytes
from impact_core.gegevens.validation import AmbiguousNumbers, NumberFormat, decide_numbers, parse_numbers
from impact_core.i18n import number
from impact_core.models import Effect
from tests.conftest import copy_demo, every_row
from tests.workbooks import xlsx

ROOT = Path(__file__).resolve().parent.parent
STEWARD = Viewer(Role.BEHEER, organisation_id="wvs", actor="test")
HEADER = ["indicator", "programma", "wijk", "maand", "waarde", "aantal_mensen", "streefwaarde"]
TABLES = ("measurement", "story", "neighbourhood", "municipality", "audit_log")
JAN, FEB = pd.Timestamp(2030, 1, 1), pd.Timestamp(2030, 2, 1)
NUMBERS_COMMA = "decimaalkomma, punt voor duizendtallen (1.234,5)"


# --- the files -------------------------------------------------------------------------------


def _csv(rows: list[list[str]], *, sep: str = ";", encoding: str = "utf-8") -> bytes:
    return ("\r\n".join(sep.join(row) for row in rows) + "\r\n").encode(encoding)


def _measurement(value: object, target: object = "", people: object = "12", month: object = "2030-01-01") -> list:
    return ["W02", "wijk", "BU99010101", month, value, people, target]


def _far_cells(sheets: int) -> bytes:
    """Small on disk, huge as declared: each sheet has A1 and CV1048576 filled."""
    book = Workbook()
    book.remove(book.active)
    for position in range(sheets):
        sheet = book.create_sheet(f"blad{position}")
        sheet["A1"], sheet["CV1048576"] = "x", 1
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@dataclass(frozen=True)
class Case:
    """One real file, and what must come of it: rows stored (table, query, expected rows), or a refusal."""

    name: str
    data: bytes
    stored: tuple[str, list[tuple]] | None = None  # (query, rows it must return after the import)
    refusal: str | None = None  # the exact Dutch sentence
    notes: tuple[str, ...] = ()  # sentences the report must hold
    code: int = 0  # the command line's exit code


STORY_HEADER = [
    "id",
    "titel",
    "tekst",
    "verteller_rol",
    "verzameld_door",
    "datum",
    "programma",
    "domein",
    "richting",
    "bedoeld",
    "directheid",
    "toestemming",
]
STORY = [
    "V-N1",
    "Weer thuis",
    "Ik kan weer koken.",
    "bewoner",
    "Team Noord",
    "01-02-2030",
    "wijk",
    "Meedoen in de buurt",
    "positief",
    "bedoeld",
    "direct",
    "organisatie",
]
_VALUES = "SELECT month, value, people, target FROM measurement WHERE month >= DATE '2030-01-01' ORDER BY month"

CASES = {
    "cp1252 semicolons": Case(
        "wijken.csv",
        _csv([["code", "naam", "gemeente"], ["BU99019901", "Kerkebuurt-Café Ëén", "GM9901"]], encoding="cp1252"),
        ("SELECT code, name FROM neighbourhood WHERE code = 'BU99019901'", [("BU99019901", "Kerkebuurt-Café Ëén")]),
    ),
    "UTF-8 with BOM": Case(
        "metingen.csv",
        _csv([HEADER, _measurement("61.3", "65")], sep=",", encoding="utf-8-sig"),
        (_VALUES, [(JAN, 61.3, 12, 65.0)]),
        notes=("metingen.csv: getallen gelezen met decimaalpunt, komma voor duizendtallen (1,234.5).",),
    ),
    "thousands beside decimal commas": Case(
        "metingen.csv",
        _csv([HEADER, _measurement("3,5", "1.200"), _measurement("4,25", "1.250", month="2030-02-01")]),
        (
            _VALUES,
            [(JAN, 3.5, 12, 1200.0), (FEB, 4.25, 12, 1250.0)],
        ),
        notes=(f"metingen.csv: getallen gelezen met {NUMBERS_COMMA}.",),
    ),
    "only thousands, nothing says which": Case(
        "metingen.csv",
        _csv([HEADER, _measurement("1.200"), _measurement("1.250", month="2030-02-01")]),
        refusal="metingen.csv, kolom 'waarde': een getal als '1.200' kan 1200 zijn of 1,2, en niets in het bestand "
        "zegt welke van de twee. Schrijf duizendtallen zonder punt of komma (1200), of geef een getal met decimalen "
        "in dezelfde schrijfwijze (bijvoorbeeld 2,5 of 2.5).",
        code=2,
    ),
    "decimal comma and decimal point in one file": Case(
        "metingen.csv",
        _csv([HEADER, _measurement("3,5", "2.5")]),
        refusal="metingen.csv: in dit bestand staan getallen met een decimaalkomma ('3,5' in kolom 'waarde') en "
        "getallen met een decimaalpunt ('2.5' in kolom 'streefwaarde'). Dan weet ik niet wat een getal als 1.200 "
        "betekent. Schrijf alle getallen op dezelfde manier.",
        code=2,
    ),
    "title rows above, a total row below": Case(
        "rapport.xlsx",
        xlsx(
            {
                "metingen": [
                    ["Rapportage wijkaanpak 2030"],
                    ["Bron: registratiesysteem"],
                    HEADER,
                    _measurement(61.3, 65, 12),
                    _measurement(58.0, 65, 10, month="2030-02-01"),
                    ["Totaal", None, None, None, 119.3, 22, None],
                ]
            }
        ),
        (
            _VALUES,
            [(JAN, 61.3, 12, 65.0), (FEB, 58.0, 10, 65.0)],
        ),
        notes=(
            "rapport.xlsx, blad metingen: de kopregel staat in rij 3; rij 1, 2 erboven is overgeslagen (een titel).",
            "rapport.xlsx, blad metingen: rij 6 onderaan is een totaalregel en is niet ingelezen.",
        ),
    ),
    "dates that lost their format": Case(
        "metingen.xlsx",
        xlsx({"metingen": [HEADER, _measurement(61.3, 65, 12, month=47484)]}),
        (_VALUES, [(JAN, 61.3, 12, 65.0)]),
        notes=(
            "metingen.xlsx, blad metingen, kolom 'maand': 1 datum(s) gelezen als Excel-datumgetal "
            "(bijvoorbeeld 47484 is 01-01-2030).",
        ),
    ),
    "Excel date numbers in a CSV": Case(
        "metingen.csv",
        _csv([HEADER, _measurement("61,3", "65", month="47484")]),
        (_VALUES, [(JAN, 61.3, 12, 65.0)]),
    ),
    "a percentage cell": Case(
        "metingen.xlsx",
        xlsx({"metingen": [HEADER, _measurement(0.45, 0.5, 12)]}, {("metingen", "E2"): "0%", ("metingen", "G2"): "0%"}),
        (_VALUES, [(JAN, 45.0, 12, 50.0)]),
        notes=(
            "metingen.xlsx, blad metingen, kolom 'waarde': 1 cel(len) met procentopmaak gelezen als het percentage "
            "dat Excel toont (45% wordt 45).",
            "metingen.xlsx, blad metingen, kolom 'streefwaarde': 1 cel(len) met procentopmaak gelezen als het "
            "percentage dat Excel toont (45% wordt 45).",
        ),
    ),
    "percentages as Excel writes them into a CSV": Case(
        "metingen.csv",
        _csv([HEADER, _measurement("45%", "61,3 %")]),
        (_VALUES, [(JAN, 45.0, 12, 61.3)]),
    ),
    "Excel's default sheet name, known columns": Case(
        "export.xlsx",
        xlsx({"Blad1": [HEADER, _measurement(61.3, 65, 12)]}),
        (_VALUES, [(JAN, 61.3, 12, 65.0)]),
        notes=(
            "export.xlsx, blad Blad1: de naam van het blad zegt niet welke gegevens erin staan; aan de kolommen "
            "herken ik 'metingen'.",
        ),
    ),
    "Excel's default sheet name, unknown columns": Case(
        "export.xlsx",
        xlsx({"Blad1": [["Naam", "Adres"], ["Jansen", "Dorpsstraat 1"]], "Blad2": []}),
        refusal="export.xlsx: er is niets ingelezen. Overgeslagen: blad 'Blad1' (de naam en de kolommen passen bij "
        "geen soort gegevens); blad 'Blad2' (het is leeg). Noem een blad naar de soort gegevens (gemeenten, wijken, "
        "organisaties, financiering, programmas, ambities, indicatoren, metingen, verhalen, verhaal_duidingen, "
        "verhaal_indicatoren, dilemmathemas, beroepscode, reflecties, belanghebbenden, investeringen, effecten, "
        "kwalitatieve_effecten, "
        "redeneerlijn_stappen, verhaal_stappen, indicator_stappen, redeneerlijn_schakels, methoden, bijeenkomsten, "
        "deelnemers, agendapunten, arena_effecten, besluiten, selectierondes, selectieronde_verhalen, "
        "selectieronde_stemmen, aannametoetsen, correcties, instrumentscores, instrument_stappen) en zet de gegevens "
        "onder een kopregel met de kolomnamen van het sjabloon.",
        code=2,
    ),
    "a workbook's sheets decide its number format together": Case(
        "gegevens.xlsx",
        xlsx({"metingen": [HEADER, _measurement("3,5")], "Blad2": [HEADER, _measurement("1.200", month="2030-02-01")]}),
        (_VALUES, [(JAN, 3.5, 12, None), (FEB, 1200.0, 12, None)]),
        notes=(f"gegevens.xlsx: getallen gelezen met {NUMBERS_COMMA}.",),
    ),
    "a workbook whose sheets write numbers two ways": Case(
        "gegevens.xlsx",
        xlsx({"metingen": [HEADER, _measurement("3,5")], "Blad2": [HEADER, _measurement("2.5", month="2030-02-01")]}),
        refusal="gegevens.xlsx: in dit bestand staan getallen met een decimaalkomma ('3,5' in kolom 'waarde' op blad "
        "'metingen') en getallen met een decimaalpunt ('2.5' in kolom 'waarde' op blad 'Blad2'). Dan weet ik niet "
        "wat een getal als 1.200 betekent. Schrijf alle getallen op dezelfde manier.",
        code=2,
    ),
    "a 13 KB workbook of 40 sheets with a far cell each": Case(
        "ver.xlsx",
        _far_cells(40),
        refusal="ver.xlsx, blad blad0: de werkmap heeft meer dan 1.000.000 gevulde cellen; zo'n werkmap lees ik niet. "
        "Sla veel gegevens op als CSV-bestand.",
        code=2,
    ),
    "n.v.t. and a dash where a field may stay empty": Case(
        "metingen.csv",
        _csv([HEADER, _measurement("61,3", "-", people="n.v.t.")]),
        (_VALUES, [(JAN, 61.3, None, None)]),
        notes=(
            "metingen.csv, kolom 'aantal_mensen': 1 keer 'n.v.t.' gelezen als leeg; dit veld mag leeg blijven.",
            "metingen.csv, kolom 'streefwaarde': 1 keer '-' gelezen als leeg; dit veld mag leeg blijven.",
        ),
    ),
}

# Files with bad rows: nothing is written, and the report names row, column, value and what is accepted.
BAD_ROWS = {
    "n.v.t. where a value is required": (
        "metingen.csv",
        _csv([HEADER, _measurement("n.v.t.", "65")]),
        "metingen.csv, rij 2, kolom 'waarde': ontbreekt; vul het in, dit veld is verplicht (waarde: 'n.v.t.')",
    ),
    "a word where a number belongs": (
        "metingen.csv",
        _csv([HEADER, _measurement("3,5", "veel")]),
        "metingen.csv, rij 2, kolom 'streefwaarde': is geen getal; schrijf een getal zoals 1234,5 "
        "(dit bestand schrijft een decimaalkomma) (waarde: 'veel')",
    ),
    "a code of the wrong form": (
        "metingen.csv",
        _csv([HEADER, ["W02", "wijk", "BU1", "2030-01-01", "3,5", "12", ""]]),
        "metingen.csv, rij 2, kolom 'wijk': heeft niet de juiste vorm; schrijf BU en acht cijfers, zoals BU03630001, "
        "of een statistische sector van Statbel, zoals 44021A00- (waarde: 'BU1')",
    ),
    "a date that is no date": (
        "metingen.csv",
        _csv([HEADER, _measurement("3,5", month="januari")]),
        "metingen.csv, rij 2, kolom 'maand': is geen geldige datum (schrijf jjjj-mm-dd, dd-mm-jjjj of een "
        "Excel-datumgetal zoals 45660) (waarde: 'januari')",
    ),
    "a duplicate row": (
        "metingen.csv",
        _csv([HEADER, _measurement("3,5"), _measurement("3,5")]),
        "metingen.csv, rij 3, kolom 'indicator': staat dubbel: rij 2 heeft dezelfde indicator + programma + wijk + "
        "maand (waarde: 'W02 | wijk | BU99010101 | 2030-01-01')",
    ),
    "a client number that is a BSN in the storyteller column": (
        "verhalen.csv",
        _csv(
            [
                [*STORY_HEADER, "verteller"],
                [*STORY, "111222333"],
            ]
        ),
        "verhalen.csv, rij 2, kolom 'verteller': bevat een BSN of rijksregisternummer; haal het weg, zo'n nummer "
        "wordt nooit opgeslagen (waarde: '[BSN]')",
    ),
}


def _snapshot(store: Store) -> dict[str, pd.DataFrame]:
    return {table: every_row(store, table) for table in TABLES}


def _same(before: dict[str, pd.DataFrame], after: dict[str, pd.DataFrame]) -> bool:
    return all(before[table].equals(after[table]) for table in TABLES)


def _cli(db: Path, folder: Path, name: str, data: bytes, *flags: str) -> int:
    (folder / name).write_bytes(data)
    return main(["import", str(folder / name), "--db", str(db), "--organisation", "wvs", *flags])


@pytest.fixture
def db(demo_db: Path, tmp_path: Path) -> Path:
    return copy_demo(demo_db, tmp_path / "demo.duckdb")


# --- through the command line ----------------------------------------------------------------


GOOD = {key: case for key, case in CASES.items() if case.refusal is None}
REFUSED = {key: case for key, case in CASES.items() if case.refusal}


@pytest.mark.parametrize("case", GOOD.values(), ids=list(GOOD))
def test_a_real_export_is_stored_with_exactly_the_values_it_shows(db, tmp_path, capsys, case):
    assert _cli(db, tmp_path, case.name, case.data) == 0
    out = capsys.readouterr().out
    assert out.startswith("Ingelezen.")
    for line in case.notes:
        assert line in out
    query, rows = case.stored
    store = Store(db)
    assert [tuple(row) for row in store.query(query).astype(object).where(lambda f: f.notna(), None).values] == rows
    store.close()


@pytest.mark.parametrize("case", REFUSED.values(), ids=list(REFUSED))
def test_a_file_that_cannot_be_read_unambiguously_is_refused_and_nothing_changes(db, tmp_path, capsys, case):
    store = Store(db)
    before = _snapshot(store)
    store.close()
    assert _cli(db, tmp_path, case.name, case.data) == case.code
    captured = capsys.readouterr()
    assert captured.err.strip() == case.refusal
    assert "Ingelezen" not in captured.out and "Traceback" not in captured.err
    store = Store(db)
    assert _same(before, _snapshot(store))
    store.close()


@pytest.mark.parametrize(("name", "data", "line"), BAD_ROWS.values(), ids=list(BAD_ROWS))
def test_a_bad_row_is_reported_with_its_row_column_value_and_what_is_accepted(db, tmp_path, capsys, name, data, line):
    store = Store(db)
    before = _snapshot(store)
    store.close()
    assert _cli(db, tmp_path, name, data) == 1
    assert f"- {line}" in capsys.readouterr().err.splitlines()
    store = Store(db)
    assert _same(before, _snapshot(store))
    store.close()


@pytest.mark.parametrize("case", REFUSED.values(), ids=list(REFUSED))
def test_the_database_is_unchanged_when_a_file_is_refused(db, tmp_path, case):
    store = Store(db)
    before = _snapshot(store)
    with pytest.raises(FileRefused):
        import_uploads(store, STEWARD, [(case.name, case.data)])
    assert _same(before, _snapshot(store))
    store.close()


# --- the dry run predicts the real run ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data"),
    [(case.name, case.data) for case in CASES.values() if case.refusal is None]
    + [(name, data) for name, data, _ in BAD_ROWS.values()],
    ids=[key for key, case in CASES.items() if case.refusal is None] + list(BAD_ROWS),
)
def test_the_dry_run_reports_exactly_what_the_real_run_then_does(demo_db, tmp_path, name, data):
    dry_store = Store(copy_demo(demo_db, tmp_path / "dry.duckdb"))
    real_store = Store(copy_demo(demo_db, tmp_path / "real.duckdb"))
    dry = import_uploads(dry_store, STEWARD, [(name, data)], dry_run=True)
    real = import_uploads(real_store, STEWARD, [(name, data)])
    assert dry.errors.equals(real.errors)
    assert dry.notices == real.notices
    assert [(r.table, r.read, r.rejected, r.new, r.changed) for r in dry.tables] == [
        (r.table, r.read, r.rejected, r.new, r.changed) for r in real.tables
    ]
    dry_store.close()
    real_store.close()


def test_a_bad_place_name_beside_a_story_is_a_report_not_a_crash(db):
    """The real import masked stories with the names of the places as they came in; a bad row's empty
    name was a float there, and only the real run (not the dry run) crashed on it."""
    store = Store(db)
    files = [
        ("wijken.csv", _csv([["code", "naam", "gemeente"], ["BU99019902", "", "GM9901"]])),
        (
            "verhalen.csv",
            BAD_ROWS["a client number that is a BSN in the storyteller column"][1].replace(b"111222333", b"VT-9"),
        ),
    ]
    dry = import_uploads(store, STEWARD, files, dry_run=True)
    real = import_uploads(store, STEWARD, files)
    assert [str(error) for error in real.row_errors()] == [
        "wijken.csv, rij 2, kolom 'naam': ontbreekt; vul het in, dit veld is verplicht"
    ]
    assert dry.errors.equals(real.errors) and not real.written
    store.close()


# --- bounds: checked before parsing ---------------------------------------------------------------


def test_a_small_workbook_with_far_cells_is_refused_at_once_naming_the_limit():
    data = _far_cells(40)
    assert len(data) < 100_000
    started = time.perf_counter()
    with pytest.raises(FileRefused) as refused:
        read_bytes("ver.xlsx", data)
    assert time.perf_counter() - started < 2
    assert str(refused.value) == CASES["a 13 KB workbook of 40 sheets with a far cell each"].refusal


def test_a_far_cell_in_a_sheet_that_says_it_is_small_costs_nothing():
    """openpyxl's own iterator filled every row up to the far cell; only the rows that exist are read."""
    book = Workbook()
    sheet = book.active
    sheet.title = "metingen"
    for row in [HEADER, _measurement(61.3)]:
        sheet.append(row)
    sheet["A1000000"] = "x"
    buffer = io.BytesIO()
    book.save(buffer)
    lying = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(lying, "w", zipfile.ZIP_DEFLATED) as target:
        for part in source.infolist():
            content = source.read(part.filename)
            if part.filename.startswith("xl/worksheets/"):
                content = content.replace(b'<dimension ref="A1:G1000000" />', b'<dimension ref="A1:G2" />')
                assert b'"A1:G2"' in content
            target.writestr(part, content)
    started = time.perf_counter()
    [read] = read_bytes("m.xlsx", lying.getvalue())
    assert time.perf_counter() - started < 2
    assert read.frame.index.tolist() == [2, 1000000]
    assert read.frame.loc[2].tolist() == ["W02", "wijk", "BU99010101", "2030-01-01", "61.3", "12", ""]


@pytest.mark.parametrize(
    ("limit", "value", "name", "data", "message"),
    [
        (
            "MAX_ROWS",
            3,
            "metingen.csv",
            _csv([HEADER, *[_measurement("1") for _ in range(5)]]),
            "metingen.csv heeft meer dan 3 rijen; zo'n bestand lees ik niet. Splits het op in kleinere bestanden.",
        ),
        (
            "MAX_CELLS",
            20,
            "metingen.csv",
            _csv([HEADER, *[_measurement("1") for _ in range(5)]]),
            "metingen.csv heeft meer dan 20 cellen (rijen maal kolommen); zo'n bestand lees ik niet. "
            "Splits het op in kleinere bestanden.",
        ),
        (
            "MAX_SHEETS",
            2,
            "m.xlsx",
            xlsx({"a": [["x"]], "b": [["x"]], "c": [["x"]]}),
            "m.xlsx heeft meer dan 2 bladen; zo'n werkmap lees ik niet.",
        ),
    ],
)
def test_each_limit_is_checked_before_parsing_with_a_sentence_naming_it(monkeypatch, limit, value, name, data, message):
    monkeypatch.setattr(tabular, limit, value)
    with pytest.raises(FileRefused) as refused:
        read_bytes(name, data)
    assert str(refused.value) == message


def test_a_file_of_errors_lists_the_first_of_each_kind_and_counts_the_rest(db, monkeypatch):
    """A 50 MB file of errors took 3.8 GB: every error was kept with its value. Now every bad row is
    still refused, but only the first of each kind (column and message) are listed."""
    monkeypatch.setattr(validation, "MAX_LISTED", 2)
    store = Store(db)
    rows = [_measurement("drie", month=f"2030-{month:02d}-01") for month in range(1, 6)]
    report = import_uploads(store, STEWARD, [("metingen.csv", _csv([HEADER, *rows]))], valid_rows_only=True)
    assert [(error.row, error.column) for error in report.row_errors()] == [(2, "waarde"), (3, "waarde")]
    assert (report.omitted, report.error_count, report.bad_rows) == (3, 5, 5)
    assert report.summary().splitlines()[:2] == [
        "Alleen de goede rijen ingelezen; 5 rij(en) overgeslagen.",
        "Van 3 fout(en) staat alleen het aantal hier; verbeter eerst de fouten in de tabel.",
    ]
    assert store.scalar("SELECT count(*) FROM measurement WHERE month >= DATE '2030-01-01'") == 0
    store.close()


def test_a_missing_column_is_reported_at_the_header_row_under_the_title_rows(db):
    store = Store(db)
    data = xlsx({"metingen": [["Rapportage 2030"], [], HEADER[:4] + HEADER[5:], ["W02", "wijk", "BU99010101"]]})
    report = import_uploads(store, STEWARD, [("rapport.xlsx", data)])
    assert [str(error) for error in report.row_errors()] == [
        "rapport.xlsx, blad metingen, rij 3, kolom 'waarde': deze verplichte kolom ontbreekt in de kopregel"
    ]
    assert not report.written
    store.close()


def test_a_csv_file_with_only_a_header_is_no_silent_success(db, tmp_path, capsys):
    assert _cli(db, tmp_path, "metingen.csv", _csv([HEADER])) == 2
    assert capsys.readouterr().err.strip() == (
        "metingen.csv: er is niets ingelezen: er staan geen rijen onder de kopregel."
    )


def test_a_csv_file_with_another_name_is_known_by_its_header(db, tmp_path, capsys):
    assert _cli(db, tmp_path, "export_2030.csv", _csv([HEADER, _measurement("61,3")])) == 0
    assert (
        "export_2030.csv: de naam van het bestand zegt niet welke gegevens erin staan; aan de kolommen herken ik "
        "'metingen'." in capsys.readouterr().out
    )


EFFECT_HEADER = [
    "id",
    "programma",
    "naam",
    "aantal",
    "proxy_bedrag",
    "proxy_bron",
    "deadweight",
    "verplaatsing",
    "attributie",
    "afname",
    "looptijd_jaren",
    "incasseerder",
]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        (
            "effecten.xlsx",
            xlsx(
                {
                    "effecten": [
                        EFFECT_HEADER,
                        ["E1", "wijk", "Minder schulden", 10, 1500, "SEOR", 0.2, 0, 0.35, 0.1, 3, "g"],
                    ]
                },
                {("effecten", "G2"): "0%", ("effecten", "I2"): "0%"},
            ),
        ),
        (
            "effecten.csv",
            _csv(
                [
                    EFFECT_HEADER,
                    ["E1", "wijk", "Minder schulden", "10", "1500", "SEOR", "20%", "0", "35 %", "0,1", "3", "g"],
                ]
            ),
        ),
    ],
)
def test_a_percentage_in_a_field_that_is_a_part_of_one_is_read_as_that_part(name, data):
    """Deadweight and attribution are stored as 0.2, not 20: a percentage there is divided back."""
    [sheet] = read_bytes(name, data)
    checked = validation.check(Effect, sheet.frame, sheet.source, sheet.typed, stripped=True)
    assert checked.errors.empty
    row = checked.typed.iloc[0]
    assert (row["deadweight"], row["displacement"], row["attribution"], row["drop_off"]) == (0.2, 0.0, 0.35, 0.1)
    said = "1 percentage(s) gelezen als deel van 1 (20% wordt 0,2); zo staat dit veld in de database."
    assert f"{sheet.source}, kolom 'deadweight': {said}" in checked.notes


# --- the number format, as a property ----------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=-10_000_000, max_value=10_000_000),
    st.integers(min_value=0, max_value=3),
    st.sampled_from(["nl", "en"]),
)
def test_a_number_written_in_dutch_or_english_reads_back_as_itself(units, decimals, lang):
    value = units / 10**decimals
    written = number(value, lang, decimals)  # 1.234,5 or 1,234.5
    evidence = number(0.5, lang, 1)  # one value that says which format the file writes
    numbers = decide_numbers({"waarde": pd.Series([written, evidence], dtype="str")}, "f.csv")
    assert numbers is (NumberFormat.COMMA if lang == "nl" else NumberFormat.POINT)
    assert parse_numbers(pd.Series([written], dtype="str"), numbers).iloc[0] == pytest.approx(value, abs=1e-9)


_NUMBER_PIECES = st.sampled_from(
    ["0", "1", "7", "12", ".", ",", "-", "+", "e", "E", " ", "%", "nan", "inf", "Infinity"]
)


@given(st.lists(_NUMBER_PIECES, max_size=6).map("".join), st.sampled_from(list(NumberFormat)))
@example("0.e0", NumberFormat.POINT)  # CI found it: the one cast read 0, the careful way refused it
@example("12.E+7", NumberFormat.PLAIN)
def test_a_cells_reading_never_depends_on_its_neighbours(cell, numbers):
    """A column of plain numbers is read in one cast; a word beside the cell sends it the careful way.
    Both ways read the cell alike: '.5' or 'inf' is not a number in one file and refused in another."""
    alone = parse_numbers(pd.Series([cell], dtype="str"), numbers).iloc[0]
    beside_a_word = parse_numbers(pd.Series([cell, "geen getal"], dtype="str"), numbers).iloc[0]
    assert alone == beside_a_word or (pd.isna(alone) and pd.isna(beside_a_word))


@pytest.mark.parametrize("written", ["1.200", "1,200", "12.345", "999,000"])
def test_a_value_both_formats_read_differently_is_never_guessed(written):
    with pytest.raises(AmbiguousNumbers):
        decide_numbers({"waarde": pd.Series([written, "12"], dtype="str")}, "f.csv")


# --- through the Data page -----------------------------------------------------------------------


def _page(db: Path, monkeypatch) -> AppTest:
    monkeypatch.setenv("IMPACT_DB", str(db))
    test = AppTest.from_file(str(ROOT / "pages" / "gegevens.py"), default_timeout=60)
    test.session_state["rol"] = "beheer@wvs"
    test.session_state["_filters"] = Filters()
    test.session_state["_inside_app"] = True
    return test.run()


def _shown(test: AppTest) -> str:
    """What the page says, as the reader sees it (markdown's escapes removed)."""
    text = " ".join(
        str(element.value)
        for kind in ("info", "success", "warning", "error", "caption")
        for element in getattr(test, kind)
    )
    return re.sub(r"\\(.)", r"\1", text)


PAGE_CASES: dict[str, tuple[str, bytes, Callable[[str], bool]]] = {
    **{
        key: (case.name, case.data, lambda text, case=case: "Ingelezen." in text and all(n in text for n in case.notes))
        for key, case in GOOD.items()
    },
    **{
        key: (case.name, case.data, lambda text, case=case: f"Dit bestand lees ik niet: {case.refusal}" in text)
        for key, case in REFUSED.items()
    },
    **{
        key: (name, data, lambda text: "Er is niets ingelezen: 1 fout(en) in 1 rij(en)." in text)
        for key, (name, data, _) in BAD_ROWS.items()
    },
}


@pytest.mark.parametrize(("name", "data", "expected"), PAGE_CASES.values(), ids=list(PAGE_CASES))
def test_the_data_page_loads_or_refuses_every_kind_of_file_without_a_traceback(db, monkeypatch, name, data, expected):
    test = _page(db, monkeypatch)
    test.file_uploader(key="data_upload").upload(name, data)
    test.run()
    test.button(key="data_check").click().run()  # the dry run first, as a steward would
    assert not test.exception
    checked = _shown(test)
    test.button(key="data_load").click().run()
    assert not test.exception
    assert expected(_shown(test)), _shown(test)
    if "Ingelezen." in _shown(test):
        assert "Proef: alles gecontroleerd, er is niets veranderd. Geen fouten gevonden." in checked


def test_the_data_page_reports_a_bad_place_name_beside_a_story_instead_of_a_traceback(db, monkeypatch):
    """The file that crashed the page's real import (AttributeError on a float) while its check passed."""
    test = _page(db, monkeypatch)
    uploader = test.file_uploader(key="data_upload")
    uploader.upload("wijken.csv", _csv([["code", "naam", "gemeente"], ["BU99019902", "", "GM9901"]]))
    uploader.upload("verhalen.csv", _csv([STORY_HEADER, STORY]))
    test.run()
    for button in ("data_check", "data_load"):
        test.button(key=button).click().run()
        assert not test.exception
    assert "Er is niets ingelezen: 1 fout(en) in 1 rij(en)." in _shown(test)
