"""Backups are whole and consistent; a restore checks the backup first and swaps the file in whole."""

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from impact_core.__main__ import main
from impact_core.access import policy
from impact_core.access.viewer import Role, Viewer
from impact_core.db.schema_check import read_catalog
from impact_core.db.store import ConstraintError, Store, migrations
from impact_core.gegevens.backup import InvalidBackup, check_backup, create_backup, list_backups, restore_backup
from impact_core.refusal import NotAllowed
from tests.conftest import copy_demo

STEWARD = policy.platform_steward("test")  # the whole database is the platform's
NEWEST = max(number for number, _, _ in migrations())


def _counts(store: Store) -> dict[str, int]:
    return {
        table: store.scalar(f"SELECT count(*) FROM {table}")
        for table in ("measurement", "story", "reflection", "indicator")
    }


def test_a_backup_is_a_timestamped_database_with_every_row(demo_copy, tmp_path):
    made = create_backup(demo_copy, STEWARD, tmp_path / "kopie")
    assert made.name.startswith(f"{demo_copy.path.stem}-") and made.suffix == ".duckdb"
    assert list_backups(tmp_path / "kopie") == [made]
    assert check_backup(made) == NEWEST
    copy = Store(made, read_only=True)
    assert _counts(copy) == _counts(demo_copy)
    copy.close()


def test_a_backup_keeps_keys_and_sequences_so_the_restored_database_works(demo_copy, tmp_path):
    made = create_backup(demo_copy, STEWARD, tmp_path)
    restored = tmp_path / "terug.duckdb"
    restore_backup(restored, made, STEWARD)
    store = Store(restored)
    with pytest.raises(ConstraintError):
        store.write(lambda cur: cur.execute("INSERT INTO municipality VALUES ('GM9901', 'dubbel')"))
    entries = store.query("SELECT action FROM audit_log ORDER BY id")["action"].tolist()
    assert entries[-1] == "restore"
    store.close()


def test_restore_puts_back_what_was_there_when_the_backup_was_made(demo_copy, tmp_path):
    made = create_backup(demo_copy, STEWARD, tmp_path)
    before = _counts(demo_copy)
    demo_copy.write(lambda cur: cur.execute("DELETE FROM measurement"))
    path = demo_copy.location
    demo_copy.close()
    restore_backup(path, made, STEWARD)
    store = Store(path)
    assert _counts(store) == before
    store.close()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"geen database", "geen database"),
        (None, "geen reservekopie"),
    ],
)
def test_a_file_that_is_no_backup_is_refused_and_the_database_stays(demo_copy, tmp_path, content, reason):
    bad = tmp_path / "kapot.duckdb"
    if content is None:
        Store(bad, migrate_to=0).close()
        con = duckdb.connect(str(bad))
        con.execute("DROP TABLE schema_version")
        con.close()
    else:
        bad.write_bytes(content)
    before = _counts(demo_copy)
    path = demo_copy.location
    demo_copy.close()
    with pytest.raises(InvalidBackup, match=reason):
        restore_backup(path, bad, STEWARD)
    store = Store(path)
    assert _counts(store) == before
    store.close()


def test_only_the_data_steward_makes_backups(demo_copy, tmp_path):
    with pytest.raises(NotAllowed):
        create_backup(demo_copy, Viewer(Role.PROFESSIONAL, organisation_id="wvs"), tmp_path)


def test_the_command_line_backs_up_and_restores(demo_copy, tmp_path, capsys):
    path = demo_copy.location
    demo_copy.close()
    assert main(["backup", "--db", str(path), "--dir", str(tmp_path / "b")]) == 0
    [made] = list_backups(tmp_path / "b")
    from impact_core.db.store import open_store

    open_store(path).close()  # the command line's connection lets go, as a finished process would
    assert main(["restore", str(made), "--db", str(path)]) == 0
    assert main(["restore", str(tmp_path / "bestaat-niet.duckdb"), "--db", str(path)]) == 2
    assert "bestaat niet" in capsys.readouterr().err


# --- backups that hold more than the schema ----------------------------------------------


@pytest.fixture(scope="module")
def real_backup(demo_db, tmp_path_factory) -> Path:
    """A backup made by create_backup; a test copies it before changing it."""
    directory = tmp_path_factory.mktemp("echte_kopie")
    store = Store(copy_demo(demo_db, directory / "bron.duckdb"))
    made = create_backup(store, STEWARD, directory)
    store.close()
    return made


def _altered(real_backup: Path, target: Path, statements: list[str]) -> Path:
    shutil.copyfile(real_backup, target)
    con = duckdb.connect(str(target))
    for statement in statements:
        con.execute(statement)
    con.close()
    return target


def _state(path: Path) -> tuple[dict[str, tuple], object]:
    """Every table's row count and a hash over its rows, and the catalog: what a refused restore must not change."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = [row[0] for row in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        rows = {table: con.execute(f'SELECT count(*), sum(hash(t)) FROM "{table}" t').fetchone() for table in tables}
        return rows, read_catalog(con)
    finally:
        con.close()


@pytest.fixture
def live(demo_copy) -> Path:
    if demo_copy.engine != "duckdb":
        pytest.skip(
            "DuckDB only: compares the live DuckDB file before and after (the refusal itself is engine-neutral)"
        )
    """The live database, let go as a restore requires."""
    demo_copy.close()
    return demo_copy.location


def test_a_backup_whose_story_is_a_view_over_a_server_file_is_refused_and_the_file_never_shows(
    live, real_backup, tmp_path
):
    secret = tmp_path / "geheimen.txt"
    secret.write_text("WACHTWOORD-7f3a9c", encoding="utf-8")
    hostile = _altered(
        real_backup,
        tmp_path / "vijandig.duckdb",
        [
            # story cannot go while other tables point at it
            *(
                f"DROP TABLE {table}"
                for table in ("round_story", "round_vote", "story_step", "story_indicator", "story_signification")
            ),
            "DROP TABLE story",
            f"CREATE VIEW story AS SELECT content AS text FROM read_text('{secret}')",
        ],
    )
    before = _state(live)
    with pytest.raises(InvalidBackup, match="view story") as refused:
        restore_backup(live, hostile, STEWARD)
    assert "WACHTWOORD" not in str(refused.value)
    assert _state(live) == before
    store = Store(live)
    assert not store.query("SELECT text FROM story")["text"].str.contains("WACHTWOORD").any()
    store.close()


HOSTILE = [
    pytest.param(["CREATE TABLE notities (tekst VARCHAR)"], "tabel notities", id="extra table"),
    pytest.param(["CREATE VIEW verhalen_kort AS SELECT id FROM story"], "view verhalen_kort", id="extra view"),
    pytest.param(["CREATE MACRO dubbel(x) AS x * 2"], "macro dubbel", id="macro"),
    pytest.param(["CREATE MACRO lees(pad) AS TABLE SELECT * FROM read_text(pad)"], "macro lees", id="table macro"),
    pytest.param(["ALTER TABLE story ADD COLUMN lek VARCHAR"], "kolom lek", id="extra column"),
    pytest.param(["ALTER TABLE story_word ALTER COLUMN n TYPE BIGINT"], "kolom n van de tabel story_word", id="type"),
    pytest.param(["ALTER TABLE story ALTER COLUMN title SET DEFAULT 'x'"], "tabel story", id="column default"),
    pytest.param(["DROP TABLE word_stem"], "tabel word_stem ontbreekt", id="missing table"),
    pytest.param(["CREATE SEQUENCE teller"], "teller", id="extra sequence"),
    pytest.param(["CREATE INDEX zoek ON word_stem (stem)"], "index zoek", id="extra index"),
    pytest.param(["CREATE SCHEMA apart"], "schema apart", id="extra schema"),
    pytest.param(["CREATE TYPE stemming AS ENUM ('ja', 'nee')"], "gegevenstype stemming", id="user type"),
    pytest.param(["DELETE FROM schema_version WHERE version = 7"], "schemaversies", id="missing schema version"),
]


@pytest.mark.parametrize(("statements", "named"), HOSTILE)
def test_a_backup_holding_anything_but_the_schema_is_refused_by_name_and_the_database_stays(
    live, real_backup, tmp_path, statements, named
):
    hostile = _altered(real_backup, tmp_path / "vijandig.duckdb", statements)
    before = _state(live)
    with pytest.raises(InvalidBackup, match=named) as refused:
        restore_backup(live, hostile, STEWARD)
    assert " van Impactdialoog" in str(refused.value)  # a sentence for the data steward, not DuckDB's own error
    assert _state(live) == before
    assert not Path(f"{live}.restoring").exists()


def test_a_backup_made_clean_only_by_its_write_ahead_log_is_refused_because_the_copy_lacks_the_log(
    live, real_backup, tmp_path
):
    hostile = tmp_path / "vijandig.duckdb"
    shutil.copyfile(real_backup, hostile)
    # A process that stops without a checkpoint leaves the view in the file and its removal in the log.
    script = (
        f"import duckdb, os; con = duckdb.connect({str(hostile)!r}); "
        "con.execute('CREATE VIEW lek AS SELECT 1 AS x'); con.execute('CHECKPOINT'); "
        "con.execute(\"SET checkpoint_threshold = '1GB'\"); con.execute('DROP VIEW lek'); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", script], check=True)
    assert Path(f"{hostile}.wal").exists()
    assert check_backup(hostile) == NEWEST  # read with its log, the backup looks clean
    before = _state(live)
    with pytest.raises(InvalidBackup, match="view lek"):
        restore_backup(live, hostile, STEWARD)
    assert _state(live) == before


def test_a_backup_of_an_older_schema_is_restored_and_brought_up_to_date(tmp_path):
    old = tmp_path / "oud.duckdb"
    Store(old, migrate_to=7).close()
    restored = tmp_path / "terug.duckdb"
    assert restore_backup(restored, old, STEWARD) == 7
    store = Store(restored)
    assert store.schema_version == NEWEST
    store.close()


def test_an_older_backup_holding_a_table_of_a_later_schema_is_refused(tmp_path):
    old = tmp_path / "oud.duckdb"
    Store(old, migrate_to=8).close()
    [later] = [sql for number, _, sql in migrations() if number == 9]
    con = duckdb.connect(str(old))
    con.execute(later)
    con.close()
    with pytest.raises(InvalidBackup, match="tabel indicator_step hoort er niet in"):
        restore_backup(tmp_path / "terug.duckdb", old, STEWARD)


def test_the_restored_database_opens_as_usual_for_writing_and_with_its_normal_settings(live, real_backup):
    restore_backup(live, real_backup, STEWARD)
    store = Store(live)
    store.write(lambda cur: cur.execute("INSERT INTO code_article VALUES ('test-artikel', 'Nieuw')"))
    assert store.scalar("SELECT count(*) FROM code_article WHERE id = 'test-artikel'") == 1
    assert store.scalar("SELECT current_setting('enable_external_access')") is True
    store.close()
