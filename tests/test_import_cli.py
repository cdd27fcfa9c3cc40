"""`python -m impact_core import`: exit codes, dry runs, good rows only, and re-imports that change nothing."""

from pathlib import Path

import pytest

from impact_core.__main__ import main
from impact_core.access.viewer import Role, Viewer
from impact_core.config import DEMO_SOURCES
from impact_core.db.store import open_store
from impact_core.gegevens.importer import import_paths
from impact_core.refusal import NotAllowed
from tests.conftest import copy_demo


@pytest.fixture
def files(tmp_path) -> Path:
    folder = tmp_path / "bron"
    folder.mkdir()
    (folder / "gemeenten.csv").write_text("code;naam\nGM0001;Eerstestad\nGM0002;Tweede Dorp\n", encoding="utf-8")
    (folder / "wijken.csv").write_text("code;naam;gemeente\nBU00010101;Centrum;GM0001\n", encoding="utf-8")
    return folder


def _bad(files: Path) -> Path:
    (files / "wijken.csv").write_text(
        "code;naam;gemeente\nBU00010101;Centrum;GM0001\nBU1;Haven;GM0001\nBU00010103;Dijk;GM0099\n", encoding="utf-8"
    )
    return files


def _count(db: Path, table: str) -> int:
    return open_store(db).scalar(f"SELECT count(*) FROM {table}")


def _run(files: Path, db: Path, *flags: str) -> int:
    return main(["import", *map(str, sorted(files.glob("*.csv"))), "--db", str(db), "--organisation", "wvs", *flags])


def test_good_files_load_with_exit_code_0(files, tmp_path, capsys):
    assert _run(files, tmp_path / "db.duckdb") == 0
    assert _count(tmp_path / "db.duckdb", "neighbourhood") == 1
    assert "Ingelezen" in capsys.readouterr().out


def test_bad_rows_give_exit_code_1_a_report_in_dutch_and_nothing_loaded(files, tmp_path, capsys):
    assert _run(_bad(files), tmp_path / "db.duckdb") == 1
    report = capsys.readouterr().err
    assert (
        "wijken.csv, rij 3, kolom 'code': heeft niet de juiste vorm; schrijf BU en acht cijfers, zoals BU03630001, "
        "of een statistische sector van Statbel, zoals 44021A00- (waarde: 'BU1')" in report
    )
    assert "wijken.csv, rij 4, kolom 'gemeente': verwijst naar iets dat niet bestaat" in report
    assert _count(tmp_path / "db.duckdb", "municipality") == 0


def test_the_report_can_also_be_written_as_an_excel_file(files, tmp_path):
    from openpyxl import load_workbook

    report = tmp_path / "fouten.xlsx"
    assert _run(_bad(files), tmp_path / "db.duckdb", "--report", str(report)) == 1
    rows = list(load_workbook(report, read_only=True)["fouten"].iter_rows(values_only=True))
    assert rows[0] == ("Bestand", "Rij", "Kolom", "Waarde", "Wat is er mis")
    assert rows[1][:4] == ("wijken.csv", 3, "code", "BU1")


def test_valid_rows_only_loads_the_good_rows_and_reports_the_rest(files, tmp_path, capsys):
    assert _run(_bad(files), tmp_path / "db.duckdb", "--valid-rows-only") == 1
    assert _count(tmp_path / "db.duckdb", "municipality") == 2
    assert _count(tmp_path / "db.duckdb", "neighbourhood") == 1
    assert "overgeslagen" in capsys.readouterr().out


def test_a_dry_run_changes_nothing_even_when_all_is_well(files, tmp_path, capsys):
    assert _run(files, tmp_path / "db.duckdb", "--dry-run") == 0
    assert _count(tmp_path / "db.duckdb", "municipality") == 0
    assert "Proef" in capsys.readouterr().out


def test_importing_the_same_files_twice_changes_nothing(files, tmp_path, capsys):
    db = tmp_path / "db.duckdb"
    assert _run(files, db) == 0
    assert _run(files, db) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "0 nieuw,       0 gewijzigd" in lines[-1]
    assert _count(db, "municipality") == 2


def test_a_changed_row_is_updated_in_place(files, tmp_path):
    db = tmp_path / "db.duckdb"
    _run(files, db)
    (files / "gemeenten.csv").write_text("code;naam\nGM0001;Eerste Stad\nGM0002;Tweede Dorp\n", encoding="utf-8")
    assert _run(files, db) == 0
    assert open_store(db).scalar("SELECT name FROM municipality WHERE code = 'GM0001'") == "Eerste Stad"


@pytest.mark.parametrize("organisation", ["wvs", "rvd"])
def test_reimporting_the_demo_sources_changes_nothing(tmp_path, demo_db, organisation):
    """Each steward loads the whole demo: its own rows are unchanged, the other organisation's refused."""
    db = copy_demo(demo_db, tmp_path / "demo.duckdb")
    before = open_store(db).query("SELECT count(*) AS n FROM audit_log")["n"][0]
    steward = Viewer(Role.BEHEER, organisation_id=organisation, actor="test")
    report = import_paths(open_store(db), steward, sorted(DEMO_SOURCES.glob("*.csv")), valid_rows_only=True)
    assert report.written and not report.ok
    assert set(report.errors["message"]) == {
        "hoort bij een andere organisatie; u kunt alleen gegevens van uw eigen organisatie inlezen"
    }
    assert {(result.new, result.changed) for result in report.tables} == {(0, 0)}
    assert open_store(db).query("SELECT count(*) AS n FROM audit_log")["n"][0] == before


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["import", "ontbreekt.csv"], 2),
        (["import", "gegevens.pdf"], 2),
        (["import", "onbekend.csv"], 2),
        (["import"], 2),
    ],
)
def test_usage_errors_and_refused_files_give_exit_code_2(tmp_path, argv, code, capsys):
    (tmp_path / "gegevens.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "onbekend.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    args = [
        argv[0],
        *[str(tmp_path / name) for name in argv[1:]],
        "--db",
        str(tmp_path / "db.duckdb"),
        "--organisation",
        "wvs",
    ]
    with pytest.raises(SystemExit) if len(argv) == 1 else _no_exit():
        assert main(args) == code
    assert "Traceback" not in capsys.readouterr().err


class _no_exit:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_only_the_data_steward_may_import(files, tmp_path):
    with pytest.raises(NotAllowed, match="Alleen beheer van de organisatie"):
        import_paths(
            open_store(tmp_path / "db.duckdb"),
            Viewer(Role.PROFESSIONAL, organisation_id="wvs"),
            [files / "gemeenten.csv"],
        )


def test_an_import_is_written_in_the_audit_log_without_its_content(files, tmp_path):
    db = tmp_path / "db.duckdb"
    _run(files, db)
    log = open_store(db).query("SELECT action, table_name, record_id FROM audit_log ORDER BY id")
    assert log.values.tolist() == [
        ["import", "municipality", "2 nieuw, 0 gewijzigd"],
        ["import", "neighbourhood", "1 nieuw, 0 gewijzigd"],
    ]


def test_a_file_with_fewer_columns_keeps_what_it_does_not_mention(tmp_path, demo_db):
    db = copy_demo(demo_db, tmp_path / "demo.duckdb")
    store = open_store(db)
    before = store.query("SELECT id, domains FROM programme ORDER BY id")
    (tmp_path / "programmas.csv").write_text(
        "id;organisatie;naam;piramideniveau;doelgroep\nwijk;wvs;Wijkaanpak (nieuwe naam);preventie;alle_bewoners\n",
        encoding="utf-8",
    )
    steward = Viewer(Role.BEHEER, organisation_id="wvs", actor="test")
    report = import_paths(store, steward, [tmp_path / "programmas.csv"])
    assert report.ok and [(result.new, result.changed) for result in report.tables] == [(0, 1)]
    assert store.scalar("SELECT name FROM programme WHERE id = 'wijk'") == "Wijkaanpak (nieuwe naam)"
    assert store.query("SELECT id, domains FROM programme ORDER BY id").equals(before)


@pytest.mark.duckdb_only("DuckDB cannot change a list column of a row others refer to; PostgreSQL changes it")
def test_changing_a_list_of_a_row_others_refer_to_is_refused_with_a_reason(tmp_path, demo_db):
    db = copy_demo(demo_db, tmp_path / "demo.duckdb")
    (tmp_path / "programmas.csv").write_text(
        "id;organisatie;naam;piramideniveau;doelgroep;domeinen\n"
        "wijk;wvs;Wijkaanpak;preventie;alle_bewoners;nieuw domein\n",
        encoding="utf-8",
    )
    steward = Viewer(Role.BEHEER, organisation_id="wvs", actor="test")
    report = import_paths(open_store(db), steward, [tmp_path / "programmas.csv"])
    assert not report.written
    assert "andere gegevens naar verwijzen" in report.row_errors()[0].message
