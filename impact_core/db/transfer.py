"""Every row of one database copied into another of the same schema version, across engines.

A PostgreSQL store's backup is a DuckDB file, the embedded store's own backup format: checked,
listed and restored by the same code, and restorable into either engine. The rows are read in one
snapshot of the source and written in one unit of work, so a copy is whole or not there.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from impact_core.db import postgres, upsert
from impact_core.db.store import Cursor, Store, insert_frame

# The sequences that number rows (migrations 004 and 008), and the table each numbers: after a
# copy each continues after the highest number copied. tests/test_transfer.py checks the list.
SEQUENCES = {"audit_log_id": "audit_log", "erasure_log_id": "erasure_log"}


def tables_in_order(cur: Cursor) -> list[str]:
    """The schema's tables, each after every table it refers to; without ``schema_version``,
    which the migrations fill."""
    names = sorted(
        row[0]
        for row in cur.execute(
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = 'main' AND table_type = 'BASE TABLE' AND table_name <> 'schema_version'"
        ).fetchall()
    )
    refers = {name: {key.table for key in upsert.table_keys(cur, name).foreign} - {name} for name in names}
    ordered: list[str] = []

    def place(name: str) -> None:
        if name not in ordered:
            for referenced in sorted(refers[name]):
                place(referenced)
            ordered.append(name)

    for name in names:
        place(name)
    return ordered


def copy_rows(source: Store, target: Store) -> dict[str, int]:
    """Every row of ``source`` into the empty ``target``; the number of rows per table."""
    with source.cursor() as read:
        read.execute("BEGIN TRANSACTION")
        try:
            order = tables_in_order(read)
            frames = {table: _portable(read.execute(f"SELECT * FROM {table}").df()) for table in order}
        finally:
            read.execute("ROLLBACK")

    def write(cur: Cursor) -> dict[str, int]:
        for table in order:
            if len(frames[table]):
                insert_frame(cur, table, frames[table])
        for sequence, table in SEQUENCES.items():
            highest = cur.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchall()[0][0]
            _continue_after(cur, sequence, int(highest))
        return {table: len(frame) for table, frame in frames.items()}

    return target.write(write)


def copy_to_file(store: Store, target: Path) -> None:
    """The whole of ``store`` into a new DuckDB file at ``target``; nothing there when it fails."""
    copy = Store(target, migrate_to=store.schema_version)
    try:
        copy_rows(store, copy)
    except BaseException:
        copy.close()
        for leftover in (target, Path(f"{target}.wal")):
            leftover.unlink(missing_ok=True)
        raise
    copy.close()


def _portable(frame: pd.DataFrame) -> pd.DataFrame:
    """Lists as Python lists (each engine hands them out as numpy arrays, and reads those less
    surely than lists)."""
    for column in frame.columns:
        if frame[column].dtype == object and any(hasattr(value, "tolist") for value in frame[column].head(50)):
            frame[column] = [value.tolist() if hasattr(value, "tolist") else value for value in frame[column]]
    return frame


def _continue_after(cur: Cursor, sequence: str, highest: int) -> None:
    if isinstance(cur, postgres.Cursor):  # the next number is highest + 1 (or 1 when nothing is numbered yet)
        cur.native("SELECT setval($1, $2, $3)", [sequence, max(highest, 1), highest > 0])
        return
    # DuckDB cannot set a sequence: a new one starts at 1, so draw the numbers copied rows hold.
    if highest:
        cur.execute(f"SELECT max(nextval('{sequence}')) FROM range({highest})").fetchall()
