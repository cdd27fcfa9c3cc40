"""Backups are whole and consistent; a restore checks the backup first and swaps the file in whole."""

import duckdb
import pytest

from impact_core.__main__ import main
from impact_core.access import policy
from impact_core.access.viewer import Role, Viewer
from impact_core.db.store import Store, migrations
from impact_core.gegevens.backup import InvalidBackup, check_backup, create_backup, list_backups, restore_backup
from impact_core.refusal import NotAllowed

STEWARD = policy.platform_steward("test")  # the whole database is the platform's
NEWEST = max(number for number, _, _ in migrations())


def _counts(store: Store) -> dict[str, int]:
    return {
        table: store.scalar(f"SELECT count(*) FROM {table}")
        for table in ("measurement", "story", "reflection", "indicator")
    }


def test_a_backup_is_a_timestamped_database_with_every_row(demo_copy, tmp_path):
    made = create_backup(demo_copy, STEWARD, tmp_path / "kopie")
    assert made.name.startswith("copy-") and made.suffix == ".duckdb"
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
    with pytest.raises(duckdb.ConstraintException):
        store.write(lambda cur: cur.execute("INSERT INTO municipality VALUES ('GM9901', 'dubbel')"))
    entries = store.query("SELECT action FROM audit_log ORDER BY id")["action"].tolist()
    assert entries[-1] == "restore"
    store.close()


def test_restore_puts_back_what_was_there_when_the_backup_was_made(demo_copy, tmp_path):
    made = create_backup(demo_copy, STEWARD, tmp_path)
    before = _counts(demo_copy)
    demo_copy.write(lambda cur: cur.execute("DELETE FROM measurement"))
    path = demo_copy.path
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
    path = demo_copy.path
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
    path = demo_copy.path
    demo_copy.close()
    assert main(["backup", "--db", str(path), "--dir", str(tmp_path / "b")]) == 0
    [made] = list_backups(tmp_path / "b")
    from impact_core.db.store import open_store

    open_store(path).close()  # the command line's connection lets go, as a finished process would
    assert main(["restore", str(made), "--db", str(path)]) == 0
    assert main(["restore", str(tmp_path / "bestaat-niet.duckdb"), "--db", str(path)]) == 2
    assert "bestaat niet" in capsys.readouterr().err
