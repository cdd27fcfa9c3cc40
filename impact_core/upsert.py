"""Load a staged frame into its table on natural keys, inside the caller's transaction.

Only rows that are new or differ in some column are written, so loading the same file
twice changes nothing; this also keeps DuckDB from rewriting rows that other tables
reference (it refuses to update those in some cases).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pyarrow as pa

from impact_core.store import Cursor

STAGING = "import_staging"


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    table: str
    referenced: tuple[str, ...]


@dataclass(frozen=True)
class Keys:
    primary: tuple[str, ...]
    foreign: tuple[ForeignKey, ...]


def _quoted(names: tuple[str, ...] | list[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def table_keys(cur: Cursor, table: str) -> Keys:
    rows = cur.execute(
        "SELECT constraint_type, constraint_column_names, referenced_table, referenced_column_names"
        " FROM duckdb_constraints() WHERE table_name = ? AND schema_name = 'main'"
        " AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY') ORDER BY constraint_index",
        [table],
    ).fetchall()
    primary: tuple[str, ...] = ()
    foreign = []
    for kind, columns, referenced_table, referenced in rows:
        if kind == "PRIMARY KEY":
            primary = tuple(columns)
        else:
            foreign.append(ForeignKey(tuple(columns), referenced_table, tuple(referenced)))
    return Keys(primary, tuple(foreign))


def column_types(cur: Cursor, table: str) -> dict[str, str]:
    return dict(cur.execute(
        "SELECT column_name, data_type FROM information_schema.columns"
        " WHERE table_name = ? AND table_schema = 'main' ORDER BY ordinal_position", [table]
    ).fetchall())


def stage(cur: Cursor, frame: pd.DataFrame) -> None:
    """Hand the frame to DuckDB as Arrow: scanned natively, without Python objects per cell."""
    cur.register(STAGING, pa.Table.from_pandas(frame, preserve_index=False))


def unstage(cur: Cursor) -> None:
    cur.unregister(STAGING)


def missing_references(cur: Cursor, keys: Keys) -> list[tuple[ForeignKey, pd.DataFrame]]:
    """Per foreign key: the staged rows (``_row``, ``_source``, ``_seq``, values) that point at nothing."""
    found = []
    for key in keys.foreign:
        filled = " AND ".join(f's."{column}" IS NOT NULL' for column in key.columns)
        match = " AND ".join(f'r."{ref}" = s."{column}"' for column, ref in zip(key.columns, key.referenced,
                                                                               strict=True))
        rows = cur.execute(
            f"SELECT s._row, s._source, s._seq, {', '.join(f's.{chr(34)}{c}{chr(34)}' for c in key.columns)}"
            f" FROM {STAGING} s WHERE {filled} AND NOT EXISTS (SELECT 1 FROM {key.table} r WHERE {match})"
            " ORDER BY s._seq"
        ).df()
        if not rows.empty:
            found.append((key, rows))
    return found


def upsert(cur: Cursor, table: str, columns: list[str], keys: Keys) -> tuple[int, int]:
    """Write staged rows that are new or changed; (new, changed)."""
    types = column_types(cur, table)
    cast = ", ".join(f'CAST(s."{column}" AS {types[column]}) AS "{column}"' for column in columns)
    names = _quoted(columns)
    if cur.execute(f"SELECT NOT EXISTS (SELECT 1 FROM {table})").fetchall()[0][0]:
        # First load of this table: no comparison needed.
        cur.execute(f"INSERT INTO {table} ({names}) SELECT {cast} FROM {STAGING} s")
        return cur.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0], 0
    cur.execute(
        f"CREATE OR REPLACE TEMP TABLE import_diff AS SELECT {cast} FROM {STAGING} s"
        f" EXCEPT SELECT {names} FROM {table}"
    )
    try:
        total = cur.execute("SELECT count(*) FROM import_diff").fetchall()[0][0]
        changed = 0
        if keys.primary and total:
            changed = cur.execute(
                f"SELECT count(*) FROM import_diff JOIN {table} USING ({_quoted(keys.primary)})"
            ).fetchall()[0][0]
        if total:
            verb = "INSERT OR REPLACE" if changed else "INSERT"
            cur.execute(f"{verb} INTO {table} ({names}) SELECT {names} FROM import_diff")
        return total - changed, changed
    finally:
        cur.execute("DROP TABLE IF EXISTS import_diff")
