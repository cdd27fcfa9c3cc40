"""Every row of one database into another, across engines (a PostgreSQL store's backups): the copy
holds every row of every table, and numbered rows go on after the highest number copied."""

from impact_core.db import transfer
from impact_core.db.store import Store


def test_every_sequence_of_the_schema_is_listed(tmp_path):
    fresh = Store(tmp_path / "fresh.duckdb")
    try:
        sequences = {row["sequence_name"] for row in fresh.rows("SELECT sequence_name FROM duckdb_sequences()")}
    finally:
        fresh.close()
    assert sequences == set(transfer.SEQUENCES)


def test_a_copy_into_a_duckdb_file_holds_every_row_of_every_table(demo_copy, tmp_path):
    target = tmp_path / "kopie.duckdb"
    transfer.copy_to_file(demo_copy, target)
    copy = Store(target)
    try:
        with demo_copy.cursor() as cur:
            tables = transfer.tables_in_order(cur)
        assert len(tables) > 30
        for table in tables:
            assert copy.scalar(f"SELECT count(*) FROM {table}") == demo_copy.scalar(f"SELECT count(*) FROM {table}"), (
                table
            )
    finally:
        copy.close()


def test_numbered_rows_go_on_after_the_highest_number_copied(demo_copy, tmp_path):
    demo_copy.write(
        lambda cur: cur.execute(
            "INSERT INTO audit_log (role, actor, action, table_name, record_id)"
            " VALUES ('beheer', 'test', 'test', 'test', 'een')"
        )
    )
    highest = demo_copy.scalar("SELECT max(id) FROM audit_log")
    target = tmp_path / "kopie.duckdb"
    transfer.copy_to_file(demo_copy, target)
    copy = Store(target)
    try:
        copy.write(
            lambda cur: cur.execute(
                "INSERT INTO audit_log (role, actor, action, table_name, record_id)"
                " VALUES ('beheer', 'test', 'test', 'test', 'twee')"
            )
        )
        assert copy.scalar("SELECT id FROM audit_log WHERE record_id = 'twee'") == highest + 1
    finally:
        copy.close()
