"""The store: migrations, all-or-nothing writes, retries, and a clear word when locked."""

import re
import threading
import time
import uuid

import pytest

from impact_core.db import ids
from impact_core.db.store import ConcurrentWrite, ConstraintError, DatabaseLocked, Store, migrations, open_store
from tests.conftest import held_by_another_process


def test_a_new_database_is_at_the_latest_schema_version(empty_store):
    assert empty_store.schema_version == migrations()[-1][0]


def test_migrating_again_changes_nothing(empty_store):
    before = empty_store.scalar("SELECT count(*) FROM schema_version")
    empty_store.migrate()
    assert empty_store.scalar("SELECT count(*) FROM schema_version") == before


def test_migrations_are_numbered_without_gaps():
    versions = [version for version, _, _ in migrations()]
    assert versions == list(range(1, len(versions) + 1))


def test_a_failed_write_leaves_the_database_as_it_was(empty_store):
    def half_then_fail(cur):
        cur.execute("INSERT INTO municipality VALUES ('GM0001', 'Eerstestad')")
        cur.execute("INSERT INTO municipality VALUES ('GM0002', NULL)")  # NOT NULL fails

    with pytest.raises(ConstraintError):
        empty_store.write(half_then_fail)
    assert empty_store.scalar("SELECT count(*) FROM municipality") == 0


def test_concurrent_updates_of_one_row_are_retried_not_lost(empty_store):
    empty_store.write(lambda cur: cur.execute("CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER)"))
    empty_store.write(lambda cur: cur.execute("INSERT INTO counter VALUES (1, 0)"))

    def increment(cur):
        n = cur.execute("SELECT n FROM counter WHERE id = 1").fetchone()[0]
        time.sleep(0.01)  # widen the window in which the writers overlap
        cur.execute("UPDATE counter SET n = ? WHERE id = 1", [n + 1])

    threads = [
        threading.Thread(target=lambda: [empty_store.write(increment, attempts=50) for _ in range(5)]) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert empty_store.scalar("SELECT n FROM counter WHERE id = 1") == 20


def test_a_write_that_lost_a_race_to_another_writer_runs_again(empty_store):
    runs = []

    def lose_once(cur):
        runs.append(1)
        cur.execute("INSERT INTO municipality VALUES ('GM0001', 'Eerstestad')")
        if len(runs) == 1:
            raise ConcurrentWrite("another writer added the same key first")

    empty_store.write(lose_once)
    assert (len(runs), empty_store.scalar("SELECT count(*) FROM municipality")) == (2, 1)


def test_one_process_shares_one_connection_per_file(tmp_path):
    path = tmp_path / "shared.duckdb"
    first = open_store(path)
    try:
        assert open_store(path) is first
    finally:
        first.close()


def test_a_database_held_by_another_process_is_reported_in_plain_dutch(tmp_path):
    path = tmp_path / "held.duckdb"
    Store(path).close()
    with held_by_another_process(path), pytest.raises(DatabaseLocked, match="in gebruik door een ander programma"):
        Store(path)


def test_upgrading_an_older_database_keeps_its_reflections(tmp_path):
    path = tmp_path / "old.duckdb"
    old = Store(path, migrate_to=1)
    old.write(
        lambda cur: cur.execute(
            "INSERT INTO municipality VALUES ('GM0001', 'Eerstestad');"
            "INSERT INTO organisation VALUES ('org', 'Welzijn', 'GM0001');"
            "INSERT INTO programme VALUES ('p', 'org', 'Programma', 'preventie', 'ouderen', '', []);"
            "INSERT INTO reflection VALUES ('R1', 'opbouwwerker', '2025-01-01', 'p', 'reflectie', 'Groepswerk',"
            " ['trouw'], 'Wat er gebeurde', '', '', '', '', '', '', 'intern')"
        )
    )
    assert old.schema_version == 1
    old.close()
    upgraded = Store(path)
    try:
        assert upgraded.schema_version == migrations()[-1][0]
        row = upgraded.query("SELECT what_happened, followed_up, story_ids FROM reflection WHERE id = 'R1'").iloc[0]
        assert (row.what_happened, row.followed_up, list(row.story_ids)) == ("Wat er gebeurde", False, [])
    finally:
        upgraded.close()


def test_every_migration_has_a_number_of_its_own():
    versions = [version for version, _, _ in migrations()]
    assert len(versions) == len(set(versions))


def test_every_kind_of_record_has_an_id_prefix_of_its_own():
    assert len(set(ids.PREFIXES.values())) == len(ids.PREFIXES)
    assert all(ids.new_id(table).startswith(f"{prefix}-") for table, prefix in ids.PREFIXES.items())


def test_a_new_reasoning_step_id_begins_with_its_programme():
    assert re.fullmatch(r"jeugd-[0-9a-f]{8}", ids.new_step_id("jeugd"))


def test_a_new_id_never_reads_as_a_citizen_number(monkeypatch):
    drawn = iter([uuid.UUID(hex="111222333a" + "0" * 22), uuid.UUID(hex="abcdef0123" + "0" * 22)])
    monkeypatch.setattr(ids.uuid, "uuid4", lambda: next(drawn))
    assert ids.new_id("participant") == "P-abcdef0123"
